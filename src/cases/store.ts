// The case file's SQL. Every function takes the request's data door: the access policy decides, the
// organisation scopes every query, and the door writes the audit entries in the same transaction.
import { randomUUID } from 'node:crypto';
import { canSeeCase, caseVisibility, mayInOrganisation, mayOnCase, type Actor, type CaseAction, type CaseFacts } from '../platform/access.js';
import type { Sql } from '../platform/db.js';
import type { AuditNote, Door } from '../platform/door.js';
import { AppError, invalidField } from '../platform/errors.js';
import { todayInAmsterdam } from '../platform/time.js';
import {
  AGREED_DEADLINE_KEYS, FEEDBACK_DEADLINE_PREFIX, allowedTransitions, canTransition, caseReference, deadlineFilterRange, deadlineKind, deadlineState, isClosed,
  poortwachterTimeline, reopenTarget, type CaseStatus, type DeadlineState,
} from './domain.js';
import { POORTWACHTER_MOMENTS } from './poortwachter-moments.js';
// The contacts on the case page come from the contact-form capability, which owns their tables.
import { contactsOfCase } from '../contact/store.js';
import type {
  AssignmentInput, CaseListQuery, CasePage, CaseSummary, CaseUpdateInput, ClientInput, NewCaseInput, PartyInput, TimelineKind,
} from './schemas.js';

type Audit = (entry: AuditNote) => void;

export interface CaseRow {
  id: string;
  organisation_id: string;
  reference: string;
  client_id: string;
  status: CaseStatus;
  assigned_expert_id: string | null;
  registered_on: string;
  version: number;
  legal_context: string;
  first_sickness_day: string | null;
  delivery_date: string | null;
  shared_with: string[];
}

/** Loads what the policy needs; a case that does not exist or may not be seen is simply "not found". */
const CASE_ROW_SELECT = `SELECT c.id, c.organisation_id, c.reference, c.client_id, c.status, c.assigned_expert_id, c.registered_on, c.version,
            c.legal_context, c.first_sickness_day, c.delivery_date,
            COALESCE((SELECT array_agg(s.user_id::text) FROM case_shares s WHERE s.case_id = c.id), '{}') AS shared_with
       FROM cases c`;

export async function caseForAction(tx: Sql, actor: Actor, caseId: string, action: CaseAction, lock = false): Promise<CaseRow> {
  const [row] = await tx.query<CaseRow>(`${CASE_ROW_SELECT} WHERE c.id = $1 AND c.organisation_id = $2${lock ? ' FOR UPDATE OF c' : ''}`, [caseId, actor.organisationId]);
  if (!row || !canSeeCase(actor, facts(row))) throw new AppError('not_found', 'error.not_found');
  if (!mayOnCase(actor, action, facts(row))) throw new AppError('forbidden', 'error.forbidden');
  return row;
}

/** A case row without an access check: only for work the system does itself (reminders). */
export async function caseRowForSystem(tx: Sql, caseId: string): Promise<CaseRow | null> {
  const [row] = await tx.query<CaseRow>(`${CASE_ROW_SELECT} WHERE c.id = $1`, [caseId]);
  return row ?? null;
}

/** What other capabilities need of a case's client to plan and invite (after caseForAction allowed it). */
export async function clientOfCase(tx: Sql, row: CaseRow): Promise<{ fullName: string; email: string | null; preferredLanguage: string; companionWanted: boolean; interpreterNeeded: boolean }> {
  const [client] = await tx.query<{ full_name: string; email: string | null; preferred_language: string; companion_wanted: boolean; interpreter_needed: boolean }>(
    'SELECT full_name, email, preferred_language, companion_wanted, interpreter_needed FROM clients WHERE id = $1 AND organisation_id = $2',
    [row.client_id, row.organisation_id],
  );
  if (!client) throw new AppError('not_found', 'error.not_found');
  return { fullName: client.full_name, email: client.email, preferredLanguage: client.preferred_language, companionWanted: client.companion_wanted, interpreterNeeded: client.interpreter_needed };
}

/** The involved parties of a case, in their order (after caseForAction allowed it). */
export async function partiesOfCase(tx: Sql, caseId: string): Promise<Array<{ role: string; name: string; contactPerson: string | null }>> {
  const rows = await tx.query<{ role: string; name: string; contact_person: string | null }>('SELECT role, name, contact_person FROM case_parties WHERE case_id = $1 ORDER BY position, name', [caseId]);
  return rows.map((p) => ({ role: p.role, name: p.name, contactPerson: p.contact_person }));
}

export const facts = (row: CaseRow): CaseFacts => ({ organisationId: row.organisation_id, assignedExpertId: row.assigned_expert_id, sharedWith: row.shared_with });

export async function recordEvent(tx: Sql, caseId: string, actorId: string | null, kind: TimelineKind, details: Record<string, unknown>, professionalOnly = false) {
  await tx.query('INSERT INTO case_events (id, case_id, kind, actor_id, details, professional_only) VALUES ($1, $2, $3, $4, $5, $6)', [
    randomUUID(), caseId, kind, actorId, JSON.stringify(details), professionalOnly,
  ]);
}

export async function touchCase(tx: Sql, caseId: string) {
  await tx.query('UPDATE cases SET updated_at = now() WHERE id = $1', [caseId]);
}

/** Rejects a stale version: the second of two concurrent writers is told, nothing is overwritten. */
async function bumpVersion(tx: Sql, caseId: string, expected: number) {
  const rows = await tx.query('UPDATE cases SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id', [caseId, expected]);
  if (rows.length === 0) throw new AppError('conflict', 'error.conflict_case');
}

export function requireOpen(row: CaseRow) {
  if (isClosed(row.status)) throw new AppError('conflict', 'case.closed');
}

// ---- assignment rules that need more than one field ----------------------------------------
function checkAssignment(a: Pick<AssignmentInput, 'legalContext' | 'legalContextOther' | 'commissioningParty' | 'commissioningPartyOther' | 'firstSicknessDay'>, today: string) {
  if (a.legalContext === 'poortwachter' && !a.firstSicknessDay) throw invalidField('assignment.firstSicknessDay', 'validation.first_sickness_day_required');
  if (a.firstSicknessDay && a.firstSicknessDay > today) throw invalidField('assignment.firstSicknessDay', 'validation.not_in_future');
  if (a.legalContext === 'other' && !a.legalContextOther) throw invalidField('assignment.legalContextOther', 'validation.other_required');
  if (a.commissioningParty === 'other' && !a.commissioningPartyOther) throw invalidField('assignment.commissioningPartyOther', 'validation.other_required');
}

function checkClient(c: Pick<ClientInput, 'birthDate'>, today: string) {
  if (c.birthDate > today || c.birthDate < '1900-01-01') throw invalidField('client.birthDate', 'validation.birth_date_range');
}

async function checkExpert(tx: Sql, actor: Actor, expertId: string | null, field: string) {
  if (!expertId) return;
  const rows = await tx.query("SELECT 1 FROM users WHERE id = $1 AND organisation_id = $2 AND active AND 'labour_expert' = ANY(roles)", [expertId, actor.organisationId]);
  if (rows.length === 0) throw invalidField(field, 'validation.expert_unknown');
}

/** Delivery date and, for Poortwachter cases, the statutory moments (social-domain.md §3) as deadlines. */
async function syncDeadlines(tx: Sql, caseId: string, legalContext: string, firstSicknessDay: string | null, deliveryDate: string | null) {
  const wanted: Array<{ key: string; due: string; windowStart: string | null; informational: boolean }> = [];
  if (deliveryDate) wanted.push({ key: 'delivery', due: deliveryDate, windowStart: null, informational: false });
  if (legalContext === 'poortwachter' && firstSicknessDay) {
    for (const moment of poortwachterTimeline(firstSicknessDay)) wanted.push({ key: moment.key, due: moment.dueDate, windowStart: moment.windowStart, informational: moment.informational });
  }
  // Feedback moments of trial-and-error (issue 7) are not derived from the assignment: they stay.
  await tx.query(`DELETE FROM case_deadlines WHERE case_id = $1 AND NOT (key = ANY($2)) AND key NOT LIKE '${FEEDBACK_DEADLINE_PREFIX}%'`, [caseId, wanted.map((w) => w.key)]);
  for (const w of wanted) {
    await tx.query(
      `INSERT INTO case_deadlines (id, case_id, key, due_date, window_start, informational) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (case_id, key) DO UPDATE SET due_date = EXCLUDED.due_date, window_start = EXCLUDED.window_start, informational = EXCLUDED.informational`,
      [randomUUID(), caseId, w.key, w.due, w.windowStart, w.informational],
    );
  }
  await refreshNextDeadline(tx, [caseId]);
}

/**
 * A feedback moment of a trial-and-error experiment as a deadline of the case (issue 7), so it shows
 * among the case's deadlines and in the case list; `due` null removes it. A new date reopens it.
 */
export async function setFeedbackDeadline(tx: Sql, caseId: string, experimentId: string, due: string | null): Promise<void> {
  const key = `${FEEDBACK_DEADLINE_PREFIX}${experimentId}`;
  if (due === null) await tx.query('DELETE FROM case_deadlines WHERE case_id = $1 AND key = $2', [caseId, key]);
  else {
    await tx.query(
      `INSERT INTO case_deadlines (id, case_id, key, due_date, window_start, informational) VALUES ($1, $2, $3, $4, NULL, false)
       ON CONFLICT (case_id, key) DO UPDATE SET due_date = EXCLUDED.due_date, completed_at = NULL, completed_by = NULL`,
      [randomUUID(), caseId, key, due]);
  }
  await refreshNextDeadline(tx, [caseId]);
}

/**
 * Keeps `cases.next_deadline_*` equal to the case's next open deadline: not done, not informational,
 * and not a statutory moment that passed before registration (domain.ts deadlineState). Called by
 * every write that changes deadlines; the case list filters and sorts on it.
 */
export async function refreshNextDeadline(tx: Sql, caseIds: readonly string[] | 'all'): Promise<void> {
  await tx.query(
    `UPDATE cases c SET (next_deadline_key, next_deadline_due) = (
       SELECT d.key, d.due_date FROM case_deadlines d
        WHERE d.case_id = c.id AND d.completed_at IS NULL AND NOT d.informational
          AND (d.due_date >= c.registered_on OR d.key = ANY($1) OR d.key LIKE '${FEEDBACK_DEADLINE_PREFIX}%')
        ORDER BY d.due_date, d.key LIMIT 1)
     ${caseIds === 'all' ? '' : 'WHERE c.id = ANY($2::uuid[])'}`,
    caseIds === 'all' ? [[...AGREED_DEADLINE_KEYS]] : [[...AGREED_DEADLINE_KEYS], [...caseIds]],
  );
}

async function nextReference(tx: Sql, organisationId: string, year: number): Promise<string> {
  const [row] = await tx.query<{ last_value: number }>(
    `INSERT INTO case_sequences (organisation_id, year, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (organisation_id, year) DO UPDATE SET last_value = case_sequences.last_value + 1 RETURNING last_value`,
    [organisationId, year],
  );
  return caseReference(year, Number(row!.last_value));
}

async function insertParty(tx: Sql, caseId: string, party: PartyInput, position: number): Promise<string> {
  const id = randomUUID();
  await tx.query('INSERT INTO case_parties (id, case_id, role, name, organisation, contact_person, email, phone, position) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)', [
    id, caseId, party.role, party.name, party.organisation, party.contactPerson, party.email, party.phone, position,
  ]);
  return id;
}

// ---- cases ---------------------------------------------------------------------------------
export async function createCase(door: Door, input: NewCaseInput): Promise<{ id: string }> {
  const actor = door.actor;
  if (!mayInOrganisation(actor, 'case.create')) throw new AppError('forbidden', 'error.forbidden');
  const today = todayInAmsterdam();
  checkClient(input.client, today);
  checkAssignment(input.assignment, today);
  // A labour expert who registers a case without naming someone takes it on themselves (also when
  // "not assigned" is sent: otherwise they would lose sight of the case they just registered).
  const expertId = input.assignedExpertId ?? (actor.roles.includes('labour_expert') ? actor.userId : null);
  return door.work(async (tx, audit) => {
    await checkExpert(tx, actor, expertId, 'assignedExpertId');
    const clientId = randomUUID();
    const c = input.client;
    await tx.query(
      `INSERT INTO clients (id, organisation_id, full_name, birth_date, email, phone, address, preferred_language, interpreter_needed, companion_wanted)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
      [clientId, actor.organisationId, c.fullName, c.birthDate, c.email, c.phone, c.address, c.preferredLanguage, c.interpreterNeeded, c.companionWanted],
    );
    const id = randomUUID();
    const a = input.assignment;
    const reference = await nextReference(tx, actor.organisationId, Number(today.slice(0, 4)));
    await tx.query(
      `INSERT INTO cases (id, organisation_id, reference, client_id, status, commissioning_party, commissioning_party_other, legal_context,
         legal_context_other, question, delivery_date, first_sickness_day, commissioner_reference, assigned_expert_id, registered_on, created_by)
       VALUES ($1,$2,$3,$4,'registered',$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)`,
      [id, actor.organisationId, reference, clientId, a.commissioningParty, a.commissioningParty === 'other' ? a.commissioningPartyOther : null,
        a.legalContext, a.legalContext === 'other' ? a.legalContextOther : null, a.question, a.deliveryDate, a.firstSicknessDay,
        a.commissionerReference, expertId, today, actor.userId],
    );
    for (const [index, party] of input.parties.entries()) await insertParty(tx, id, party, index);
    await syncDeadlines(tx, id, a.legalContext, a.firstSicknessDay, a.deliveryDate);
    await recordEvent(tx, id, actor.userId, 'case_registered', { reference });
    audit({ action: 'case.create', entityType: 'case', entityIds: [id] });
    return { id };
  });
}

export async function listCases(door: Door, query: CaseListQuery): Promise<{ items: CaseSummary[]; total: number; page: number; pageSize: number }> {
  const actor = door.actor;
  if (!mayInOrganisation(actor, 'case.list')) throw new AppError('forbidden', 'error.forbidden');
  const visibility = caseVisibility(actor);
  const today = todayInAmsterdam();
  const params: unknown[] = [actor.organisationId];
  const where: string[] = ['c.organisation_id = $1'];
  const add = (value: unknown) => `$${params.push(value)}`;
  if (visibility.kind === 'assigned_or_shared') {
    // Two index look-ups instead of an OR over the whole organisation.
    const me = add(visibility.userId);
    where.push(`c.id IN (SELECT id FROM cases WHERE assigned_expert_id = ${me} UNION ALL SELECT case_id FROM case_shares WHERE user_id = ${me})`);
  }
  if (query.status) where.push(`c.status = ${add(query.status)}`);
  if (query.legalContext) where.push(`c.legal_context = ${add(query.legalContext)}`);
  if (query.commissioningParty) where.push(`c.commissioning_party = ${add(query.commissioningParty)}`);
  if (query.q) {
    const pattern = add(`%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
    where.push(`(c.reference ILIKE ${pattern} OR EXISTS (SELECT 1 FROM clients cl WHERE cl.id = c.client_id AND cl.full_name ILIKE ${pattern}))`);
  }
  if (query.deadline) {
    const range = deadlineFilterRange(query.deadline, today);
    where.push(`c.status NOT IN ('completed', 'archived') AND c.next_deadline_due <= ${add(range.to)}`);
    if (range.from) where.push(`c.next_deadline_due >= ${add(range.from)}`);
  }
  const order = query.deadline ? 'c.next_deadline_due ASC, c.updated_at DESC, c.id' : 'c.updated_at DESC, c.id';
  const limit = add(query.pageSize);
  const offset = add((query.page - 1) * query.pageSize);
  const rows = await door.work(async (tx, audit) => {
    // Find the page (and the total) first; only its rows are joined with names.
    const found = await tx.query<{
      id: string; reference: string; client_name: string; status: CaseStatus; legal_context: string; commissioning_party: string;
      delivery_date: string | null; updated_at: string; registered_on: string; expert_id: string | null; expert_name: string | null;
      next_key: string | null; next_due: string | null; total: number;
    }>(
      // The total as a separate count, not count(*) OVER (): the window needs every matching row, which
      // makes PGlite's planner read the whole table instead of the first page from an index.
      `WITH page AS (
         SELECT c.id FROM cases c WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})
       SELECT c.id, c.reference, cl.full_name AS client_name, c.status, c.legal_context, c.commissioning_party, c.delivery_date,
              c.updated_at, c.registered_on, u.id AS expert_id, u.display_name AS expert_name,
              c.next_deadline_key AS next_key, c.next_deadline_due AS next_due,
              (SELECT count(*) FROM cases c WHERE ${where.join(' AND ')}) AS total
         FROM page JOIN cases c ON c.id = page.id JOIN clients cl ON cl.id = c.client_id LEFT JOIN users u ON u.id = c.assigned_expert_id
        ORDER BY ${order}`,
      params,
    );
    if (found.length > 0) audit({ action: 'case.list', entityType: 'case', entityIds: found.map((r) => r.id) });
    return found;
  });
  const items: CaseSummary[] = rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    clientName: r.client_name,
    status: r.status,
    legalContext: r.legal_context as CaseSummary['legalContext'],
    commissioningParty: r.commissioning_party as CaseSummary['commissioningParty'],
    deliveryDate: r.delivery_date,
    nextDeadline: r.next_key && r.next_due
      ? { key: r.next_key, dueDate: r.next_due, state: deadlineState({ dueDate: r.next_due, kind: deadlineKind(r.next_key) }, { today, assignedOn: r.registered_on, caseClosed: isClosed(r.status) }) }
      : null,
    assignedExpert: r.expert_id ? { id: r.expert_id, displayName: r.expert_name ?? '' } : null,
    updatedAt: r.updated_at,
  }));
  // A page beyond the end still needs the total: count separately only then.
  let total = rows[0] ? Number(rows[0].total) : 0;
  if (rows.length === 0 && query.page > 1) {
    const [row] = await door.work((tx) => tx.query<{ total: number }>(`SELECT count(*) AS total FROM cases c WHERE ${where.join(' AND ')}`, params.slice(0, -2)));
    total = Number(row?.total ?? 0);
  }
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getCasePage(door: Door, caseId: string): Promise<CasePage> {
  const actor = door.actor;
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, actor, caseId, 'case.read');
    const f = facts(row);
    const may = (action: CaseAction) => mayOnCase(actor, action, f);
    const seeProfessional = may('note.readProfessional');
    const [detail] = await tx.query<Record<string, unknown>>(
      `SELECT c.*, cl.full_name, cl.birth_date, cl.email, cl.phone, cl.address, cl.preferred_language, cl.interpreter_needed, cl.companion_wanted,
              u.display_name AS expert_name
         FROM cases c JOIN clients cl ON cl.id = c.client_id LEFT JOIN users u ON u.id = c.assigned_expert_id WHERE c.id = $1`,
      [caseId],
    );
    const d = detail!;
    const [parties, shares, deadlines, contacts, documents, notes, events] = [
      await tx.query<Record<string, unknown>>('SELECT id, role, name, organisation, contact_person, email, phone FROM case_parties WHERE case_id = $1 ORDER BY position, name', [caseId]),
      await tx.query<{ id: string; display_name: string }>('SELECT u.id, u.display_name FROM case_shares s JOIN users u ON u.id = s.user_id WHERE s.case_id = $1 ORDER BY u.display_name', [caseId]),
      await tx.query<Record<string, unknown>>('SELECT id, key, due_date, window_start, informational, completed_at FROM case_deadlines WHERE case_id = $1 ORDER BY due_date, key', [caseId]),
      await contactsOfCase(tx, caseId),
      await tx.query<Record<string, unknown>>(
        `SELECT d.id, d.file_name, d.document_type, d.media_type, d.size_bytes, d.sha256, d.professional_only, d.uploaded_at, u.id AS user_id, u.display_name
           FROM documents d JOIN users u ON u.id = d.uploaded_by WHERE d.case_id = $1 ${seeProfessional ? '' : 'AND NOT d.professional_only'} ORDER BY d.uploaded_at DESC`,
        [caseId],
      ),
      await tx.query<Record<string, unknown>>(
        `SELECT n.id, n.body, n.professional_only, n.created_at, u.id AS user_id, u.display_name
           FROM notes n JOIN users u ON u.id = n.author_id WHERE n.case_id = $1 ${seeProfessional ? '' : 'AND NOT n.professional_only'} ORDER BY n.created_at DESC`,
        [caseId],
      ),
      await tx.query<Record<string, unknown>>(
        `SELECT e.id, e.kind, e.at, e.details, u.id AS user_id, u.display_name
           FROM case_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.case_id = $1 ${seeProfessional ? '' : 'AND NOT e.professional_only'} ORDER BY e.at DESC, e.id LIMIT 500`,
        [caseId],
      ),
    ];
    audit({ action: 'case.read', entityType: 'case', entityIds: [caseId] });
    const today = todayInAmsterdam();
    const closed = isClosed(row.status);
    const language = door.language;
    const momentByKey = new Map(POORTWACHTER_MOMENTS.moments.map((m) => [m.key as string, m]));
    const person = (id: unknown, name: unknown) => ({ id: String(id), displayName: String(name ?? '') });
    return {
      id: row.id,
      reference: row.reference,
      version: Number(row.version),
      status: row.status,
      createdAt: String(d.created_at),
      updatedAt: String(d.updated_at),
      client: {
        fullName: String(d.full_name), birthDate: String(d.birth_date), email: (d.email as string | null) ?? null, phone: (d.phone as string | null) ?? null,
        address: (d.address as string | null) ?? null, preferredLanguage: String(d.preferred_language), interpreterNeeded: Boolean(d.interpreter_needed),
        companionWanted: Boolean(d.companion_wanted),
      },
      assignment: {
        commissioningParty: d.commissioning_party as CasePage['assignment']['commissioningParty'],
        commissioningPartyOther: (d.commissioning_party_other as string | null) ?? null,
        legalContext: d.legal_context as CasePage['assignment']['legalContext'],
        legalContextOther: (d.legal_context_other as string | null) ?? null,
        question: String(d.question),
        deliveryDate: (d.delivery_date as string | null) ?? null,
        firstSicknessDay: (d.first_sickness_day as string | null) ?? null,
        commissionerReference: (d.commissioner_reference as string | null) ?? null,
      },
      parties: parties.map((p) => ({
        id: String(p.id), role: p.role as CasePage['parties'][number]['role'], name: String(p.name), organisation: (p.organisation as string | null) ?? null,
        contactPerson: (p.contact_person as string | null) ?? null, email: (p.email as string | null) ?? null, phone: (p.phone as string | null) ?? null,
      })),
      assignedExpert: row.assigned_expert_id ? person(row.assigned_expert_id, d.expert_name) : null,
      sharedWith: shares.map((s) => person(s.id, s.display_name)),
      allowedTransitions: may('case.changeStatus') ? allowedTransitions(row.status) : [],
      canReopen: may('case.reopen') && reopenTarget(row.status) !== null,
      deadlines: deadlines.map((x) => {
        const moment = momentByKey.get(String(x.key));
        const state: DeadlineState = deadlineState(
          { dueDate: String(x.due_date), completedAt: (x.completed_at as string | null) ?? null, informational: Boolean(x.informational), kind: deadlineKind(String(x.key)) },
          { today, assignedOn: row.registered_on, caseClosed: closed },
        );
        return {
          id: String(x.id), key: String(x.key),
          label: moment ? moment.label[language]
            : String(x.key).startsWith(FEEDBACK_DEADLINE_PREFIX) ? (language === 'en' ? 'Feedback moment (trial and error)' : 'Terugkoppelmoment (trial-and-error)')
            : language === 'en' ? 'Agreed delivery date' : 'Afgesproken opleverdatum',
          explanation: moment ? moment.explanation[language] : null,
          dueDate: String(x.due_date), windowStart: (x.window_start as string | null) ?? null, state, completedAt: (x.completed_at as string | null) ?? null,
        };
      }),
      contacts,
      documents: documents.map((x) => ({
        id: String(x.id), fileName: String(x.file_name), documentType: x.document_type as CasePage['documents'][number]['documentType'], mediaType: String(x.media_type),
        sizeBytes: Number(x.size_bytes), sha256: String(x.sha256), professionalOnly: Boolean(x.professional_only), uploadedAt: String(x.uploaded_at),
        uploadedBy: person(x.user_id, x.display_name),
      })),
      notes: notes.map((n) => ({ id: String(n.id), body: String(n.body), professionalOnly: Boolean(n.professional_only), createdAt: String(n.created_at), author: person(n.user_id, n.display_name) })),
      timeline: events.map((e) => ({
        id: String(e.id), kind: e.kind as TimelineKind, at: String(e.at), actor: e.user_id ? person(e.user_id, e.display_name) : null,
        details: (e.details ?? {}) as Record<string, unknown>,
      })),
      permissions: {
        canEdit: may('case.update') && !closed,
        canChangeStatus: may('case.changeStatus'),
        canPlanContact: may('contact.plan') && !closed,
        canRecordContact: may('contact.record') && !closed,
        canUpload: may('document.upload') && !closed,
        canUploadProfessional: may('document.uploadProfessional') && !closed,
        canAddNote: may('note.add') && !closed,
        canAddProfessionalNote: may('note.addProfessional') && !closed,
        canShare: may('case.share'),
        canSeeProfessional: seeProfessional,
        canAssign: may('case.assign') && !closed,
        canManageParties: may('party.manage') && !closed,
        canCompleteDeadlines: may('deadline.complete') && !closed,
        // Wage value and subsidy (issue 6): the section is for the labour expert working on the case.
        canWorkWageValue: may('wageValue.record'),
        // Capacity against demands (issue 6): readable on a closed case too; the page says when it is closed.
        canWorkCapacity: may('capacity.work'),
        // Explicit judgement (issue 7): the page for the professionals on the case; the shared sources for office staff too.
        canWorkJudgement: may('judgement.work'),
        canReadSources: may('evidence.read'),
        // The report (issue 8): the labour expert writes it; office staff see the final ones and send them.
        canWorkReport: may('report.work'),
        canSendReport: may('report.send'),
      },
    };
  });
}

export async function updateCase(door: Door, caseId: string, input: CaseUpdateInput): Promise<void> {
  const actor = door.actor;
  const today = todayInAmsterdam();
  await door.work(async (tx, audit) => {
    const row = await caseForAction(tx, actor, caseId, 'case.update', true);
    requireOpen(row);
    if (input.assignedExpertId !== undefined) {
      if (!mayOnCase(actor, 'case.assign', facts(row))) throw new AppError('forbidden', 'error.forbidden');
      await checkExpert(tx, actor, input.assignedExpertId, 'assignedExpertId');
    }
    await bumpVersion(tx, caseId, input.version);
    const changed: string[] = [];
    // Columns per API field; the timeline names the API fields that changed (never their values).
    const setColumns = async (table: string, id: string, columns: Record<string, [column: string, value: unknown]>, prefix: string) => {
      const entries = Object.entries(columns).filter(([, [, v]]) => v !== undefined);
      if (entries.length === 0) return;
      const assignments = entries.map(([, [column]], i) => `${column} = $${i + 2}`).join(', ');
      await tx.query(`UPDATE ${table} SET ${assignments} WHERE id = $1`, [id, ...entries.map(([, [, v]]) => v)]);
      changed.push(...entries.map(([field]) => `${prefix}.${field}`));
    };
    if (input.client) {
      const c = input.client;
      if (c.birthDate) checkClient({ birthDate: c.birthDate }, today);
      await setColumns('clients', row.client_id, {
        fullName: ['full_name', c.fullName], birthDate: ['birth_date', c.birthDate], email: ['email', c.email], phone: ['phone', c.phone],
        address: ['address', c.address], preferredLanguage: ['preferred_language', c.preferredLanguage],
        interpreterNeeded: ['interpreter_needed', c.interpreterNeeded], companionWanted: ['companion_wanted', c.companionWanted],
      }, 'client');
    }
    if (input.assignment) {
      const a = input.assignment;
      const [current] = await tx.query<{ legal_context: string; legal_context_other: string | null; commissioning_party: string; commissioning_party_other: string | null; first_sickness_day: string | null; delivery_date: string | null }>(
        'SELECT legal_context, legal_context_other, commissioning_party, commissioning_party_other, first_sickness_day, delivery_date FROM cases WHERE id = $1', [caseId]);
      const merged = {
        legalContext: (a.legalContext ?? current!.legal_context) as AssignmentInput['legalContext'],
        legalContextOther: a.legalContextOther !== undefined ? a.legalContextOther : current!.legal_context_other,
        commissioningParty: (a.commissioningParty ?? current!.commissioning_party) as AssignmentInput['commissioningParty'],
        commissioningPartyOther: a.commissioningPartyOther !== undefined ? a.commissioningPartyOther : current!.commissioning_party_other,
        firstSicknessDay: a.firstSicknessDay !== undefined ? a.firstSicknessDay : current!.first_sickness_day,
        deliveryDate: a.deliveryDate !== undefined ? a.deliveryDate : current!.delivery_date,
      };
      checkAssignment(merged, today);
      await setColumns('cases', caseId, {
        commissioningParty: ['commissioning_party', a.commissioningParty], commissioningPartyOther: ['commissioning_party_other', a.commissioningPartyOther],
        legalContext: ['legal_context', a.legalContext], legalContextOther: ['legal_context_other', a.legalContextOther], question: ['question', a.question],
        deliveryDate: ['delivery_date', a.deliveryDate], firstSicknessDay: ['first_sickness_day', a.firstSicknessDay],
        commissionerReference: ['commissioner_reference', a.commissionerReference],
      }, 'assignment');
      await syncDeadlines(tx, caseId, merged.legalContext, merged.firstSicknessDay, merged.deliveryDate);
    }
    if (input.assignedExpertId !== undefined) {
      await tx.query('UPDATE cases SET assigned_expert_id = $2 WHERE id = $1', [caseId, input.assignedExpertId]);
      changed.push('assignedExpert');
    }
    await recordEvent(tx, caseId, actor.userId, 'case_updated', { fields: changed });
    audit({ action: 'case.update', entityType: 'case', entityIds: [caseId] });
  });
}

export async function changeStatus(door: Door, caseId: string, input: { version: number; to: CaseStatus; reason: string | null }): Promise<void> {
  await door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'case.changeStatus', true);
    // A stale version first: the writer should reload, whatever they asked.
    await bumpVersion(tx, caseId, input.version);
    if (!canTransition(row.status, input.to)) throw new AppError('conflict', 'case.transition_not_allowed', { from: `status:${row.status}`, to: `status:${input.to}` });
    await tx.query('UPDATE cases SET status = $2 WHERE id = $1', [caseId, input.to]);
    await recordEvent(tx, caseId, door.actor.userId, 'status_changed', { from: row.status, to: input.to, reason: input.reason });
    audit({ action: 'case.status', entityType: 'case', entityIds: [caseId] });
  });
}

export async function reopenCase(door: Door, caseId: string, input: { version: number; reason: string }): Promise<void> {
  await door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'case.reopen', true);
    const target = reopenTarget(row.status);
    if (!target) throw new AppError('conflict', 'case.reopen_not_allowed');
    await bumpVersion(tx, caseId, input.version);
    await tx.query('UPDATE cases SET status = $2 WHERE id = $1', [caseId, target]);
    await recordEvent(tx, caseId, door.actor.userId, 'reopened', { from: row.status, to: target, reason: input.reason });
    audit({ action: 'case.reopen', entityType: 'case', entityIds: [caseId] });
  });
}

// ---- parties -------------------------------------------------------------------------------
export async function addParty(door: Door, caseId: string, party: PartyInput): Promise<{ id: string }> {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'party.manage');
    requireOpen(row);
    const [pos] = await tx.query<{ next: number }>('SELECT COALESCE(max(position) + 1, 0) AS next FROM case_parties WHERE case_id = $1', [caseId]);
    const id = await insertParty(tx, caseId, party, Number(pos?.next ?? 0));
    await recordEvent(tx, caseId, door.actor.userId, 'party_added', { role: party.role, name: party.name });
    await touchCase(tx, caseId);
    audit({ action: 'party.create', entityType: 'party', entityIds: [id] });
    return { id };
  });
}

export async function updateParty(door: Door, caseId: string, partyId: string, party: PartyInput): Promise<void> {
  await door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'party.manage');
    requireOpen(row);
    const updated = await tx.query(
      'UPDATE case_parties SET role = $3, name = $4, organisation = $5, contact_person = $6, email = $7, phone = $8 WHERE id = $1 AND case_id = $2 RETURNING id',
      [partyId, caseId, party.role, party.name, party.organisation, party.contactPerson, party.email, party.phone],
    );
    if (updated.length === 0) throw new AppError('not_found', 'error.not_found');
    await recordEvent(tx, caseId, door.actor.userId, 'party_updated', { role: party.role, name: party.name });
    await touchCase(tx, caseId);
    audit({ action: 'party.update', entityType: 'party', entityIds: [partyId] });
  });
}

export async function removeParty(door: Door, caseId: string, partyId: string): Promise<void> {
  await door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'party.manage');
    requireOpen(row);
    const removed = await tx.query<{ role: string; name: string }>('DELETE FROM case_parties WHERE id = $1 AND case_id = $2 RETURNING role, name', [partyId, caseId]);
    if (removed.length === 0) throw new AppError('not_found', 'error.not_found');
    await recordEvent(tx, caseId, door.actor.userId, 'party_removed', { role: removed[0]!.role, name: removed[0]!.name });
    await touchCase(tx, caseId);
    audit({ action: 'party.delete', entityType: 'party', entityIds: [partyId] });
  });
}

// ---- documents -----------------------------------------------------------------------------
export async function addDocument(
  door: Door,
  caseId: string,
  doc: { fileName: string; documentType: string; mediaType: string; content: Buffer; sha256: string; professionalOnly: boolean },
): Promise<{ id: string }> {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, doc.professionalOnly ? 'document.uploadProfessional' : 'document.upload');
    requireOpen(row);
    const id = randomUUID();
    await tx.query(
      'INSERT INTO documents (id, case_id, file_name, document_type, media_type, size_bytes, sha256, professional_only, uploaded_by) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)',
      [id, caseId, doc.fileName, doc.documentType, doc.mediaType, doc.content.length, doc.sha256, doc.professionalOnly, door.actor.userId],
    );
    await tx.query('INSERT INTO document_contents (document_id, content) VALUES ($1, $2)', [id, doc.content]);
    await recordEvent(tx, caseId, door.actor.userId, 'document_added', { documentId: id, fileName: doc.fileName, documentType: doc.documentType }, doc.professionalOnly);
    await touchCase(tx, caseId);
    audit({ action: 'document.create', entityType: 'document', entityIds: [id] });
    return { id };
  });
}

export async function readDocument(door: Door, caseId: string, documentId: string): Promise<{ fileName: string; mediaType: string; sha256: string; content: Buffer }> {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'case.read');
    const [doc] = await tx.query<{ file_name: string; media_type: string; sha256: string; professional_only: boolean; content: Buffer }>(
      'SELECT d.file_name, d.media_type, d.sha256, d.professional_only, c.content FROM documents d JOIN document_contents c ON c.document_id = d.id WHERE d.id = $1 AND d.case_id = $2',
      [documentId, caseId],
    );
    if (!doc || (doc.professional_only && !mayOnCase(door.actor, 'document.readProfessional', facts(row)))) throw new AppError('not_found', 'error.not_found');
    audit({ action: 'document.read', entityType: 'document', entityIds: [documentId] });
    return { fileName: doc.file_name, mediaType: doc.media_type, sha256: doc.sha256, content: doc.content };
  });
}

// ---- notes ---------------------------------------------------------------------------------
export async function addNote(door: Door, caseId: string, input: { body: string; professionalOnly: boolean }): Promise<{ id: string }> {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, input.professionalOnly ? 'note.addProfessional' : 'note.add');
    requireOpen(row);
    const id = randomUUID();
    await tx.query('INSERT INTO notes (id, case_id, body, professional_only, author_id) VALUES ($1,$2,$3,$4,$5)', [id, caseId, input.body, input.professionalOnly, door.actor.userId]);
    await recordEvent(tx, caseId, door.actor.userId, 'note_added', { noteId: id }, input.professionalOnly);
    await touchCase(tx, caseId);
    audit({ action: 'note.create', entityType: 'note', entityIds: [id] });
    return { id };
  });
}

// ---- deadlines and sharing -----------------------------------------------------------------
export async function setDeadlineCompleted(door: Door, caseId: string, deadlineId: string, completed: boolean): Promise<void> {
  await door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'deadline.complete');
    requireOpen(row);
    const updated = await tx.query<{ key: string }>(
      `UPDATE case_deadlines SET completed_at = CASE WHEN $3::boolean THEN now() ELSE NULL END, completed_by = CASE WHEN $3::boolean THEN $4::uuid ELSE NULL END
        WHERE id = $1 AND case_id = $2 RETURNING key`,
      [deadlineId, caseId, completed, door.actor.userId],
    );
    if (updated.length === 0) throw new AppError('not_found', 'error.not_found');
    await refreshNextDeadline(tx, [caseId]);
    await recordEvent(tx, caseId, door.actor.userId, 'deadline_updated', { key: updated[0]!.key, completed });
    await touchCase(tx, caseId);
    audit({ action: 'deadline.update', entityType: 'case', entityIds: [caseId] });
  });
}

export async function shareCase(door: Door, caseId: string, userId: string): Promise<void> {
  await door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'case.share');
    const [colleague] = await tx.query<{ display_name: string }>(
      "SELECT display_name FROM users WHERE id = $1 AND organisation_id = $2 AND active AND 'labour_expert' = ANY(roles)", [userId, door.actor.organisationId]);
    if (!colleague || userId === row.assigned_expert_id) throw invalidField('userId', 'validation.share_unknown');
    const inserted = await tx.query('INSERT INTO case_shares (case_id, user_id, shared_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id', [caseId, userId, door.actor.userId]);
    if (inserted.length > 0) {
      await recordEvent(tx, caseId, door.actor.userId, 'case_shared', { userId, displayName: colleague.display_name });
      await touchCase(tx, caseId);
    }
    audit({ action: 'case.share', entityType: 'case', entityIds: [caseId] });
  });
}

export async function unshareCase(door: Door, caseId: string, userId: string): Promise<void> {
  await door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'case.share');
    const removed = await tx.query('DELETE FROM case_shares WHERE case_id = $1 AND user_id = $2 RETURNING user_id', [caseId, userId]);
    if (removed.length === 0) throw new AppError('not_found', 'error.not_found');
    const [colleague] = await tx.query<{ display_name: string }>('SELECT display_name FROM users WHERE id = $1', [userId]);
    await recordEvent(tx, caseId, door.actor.userId, 'share_removed', { userId, displayName: colleague?.display_name ?? '' });
    await touchCase(tx, caseId);
    audit({ action: 'case.unshare', entityType: 'case', entityIds: [caseId] });
  });
}

export async function listColleagues(door: Door): Promise<Array<{ id: string; displayName: string; roles: string[] }>> {
  if (!mayInOrganisation(door.actor, 'colleagues.list')) throw new AppError('forbidden', 'error.forbidden');
  const rows = await door.work((tx) => tx.query<{ id: string; display_name: string; roles: string[] }>(
    "SELECT id, display_name, roles FROM users WHERE organisation_id = $1 AND active AND 'labour_expert' = ANY(roles) ORDER BY display_name", [door.actor.organisationId]));
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, roles: r.roles }));
}
