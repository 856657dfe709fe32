-- The judgement page (src/judgement/store.ts loadAll) reads a case's trajectories by case: the only
-- index on case_id there is the partial one for the open trajectory (0015), so every page view scanned
-- the whole table. Every other table of explicit judgement is already indexed by case (0015).
CREATE INDEX trajectories_case ON trajectories (case_id, started_on, created_at);
