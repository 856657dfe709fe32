-- The next open deadline of a case, kept on the case itself so that the case list can filter and
-- sort on it with an index instead of computing it for every case on every request.
-- Maintained by src/cases/store.ts (refreshNextDeadline) whenever deadlines change.
ALTER TABLE cases ADD COLUMN next_deadline_key text;
ALTER TABLE cases ADD COLUMN next_deadline_due date;

UPDATE cases c SET (next_deadline_key, next_deadline_due) = (
  SELECT d.key, d.due_date FROM case_deadlines d
   WHERE d.case_id = c.id AND d.completed_at IS NULL AND NOT d.informational
     AND (d.due_date >= c.registered_on OR d.key = 'delivery')
   ORDER BY d.due_date, d.key LIMIT 1);

CREATE INDEX cases_org_next_deadline ON cases (organisation_id, next_deadline_due) WHERE next_deadline_due IS NOT NULL;
