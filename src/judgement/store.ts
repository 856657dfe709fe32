// The SQL of explicit judgement (issue 7): evidence, coverage of the conversation model, Schema 1 and
// Schema 2, observations with hypotheses, anomalies, the willingness/ability placement, trial-and-error,
// the instrument databank and the organisation's own factors, and the reintegration advice. Every rule
// lives in domain.ts; this file loads what a link may point at (only this case's), checks through the
// domain, and saves all or nothing. Contract: docs/judgement.md and docs/api.md.
import { randomUUID } from 'node:crypto';
import { mayInOrganisation, mayOnCase, type OrganisationAction, type PortalVisitor } from '../platform/access.js';
import { appendAudit } from '../platform/audit.js';
import type { Db, Sql } from '../platform/db.js';
import type { Door } from '../platform/door.js';
import { AppError } from '../platform/errors.js';
import { enqueueMail } from '../platform/mail.js';
import { auditPortal, portalWork } from '../portal/store.js';
import { todayInAmsterdam } from '../platform/time.js';
import { isClosed } from '../cases/domain.js';
import { caseForAction, caseRowForSystem, facts, recordEvent, requireOpen, setFeedbackDeadline, touchCase, type CaseRow } from '../cases/store.js';
import {
  adviceEvidenceIds, checkAdvice, checkAnomaly, checkCheckpoint, checkCoverage, checkEvidence, checkExperiment, checkExplanation, checkFactor,
  checkHypothesis, checkInstrument, checkObservation, checkPlacement, checkRating, checkReflection, checkSchema1Cell, checkSchema2Row, checkTrajectory,
  checkTrajectoryEnd, checkWithdrawal, conclusionEvidence, coverageSummary, isEmptySchema2, isSchema2Activity, judgementSignals, parseCellRef,
  questionExperiment, reflectionOf, schema1Ref, schema2Ref, tidyAdvice, ADVICE_SECTIONS, QUESTION_SIGNALS, REFLECTION_QUESTIONS, SCHEMA2_ACTIVITIES,
  type AdviceContent, type AnomalyInput, type CaseRefs, type CheckpointInput, type Conclusion, type CoverageInput, type CoverageState, type CoverageTheme,
  type EvidenceInput, type EvidenceKind, type ExperimentInput, type HypothesisInput, type HypothesisStatus, type InstrumentInput, type JudgementState,
  type ObservationInput, type PlacementInput, type Problem, type ReflectionAnswers, type Reflection, type Schema1Category, type Schema1Input,
  type Schema1Theme, type Schema2Input, type SourceType,
} from './domain.js';
import { FACTOR_GROUP_LABELS, FACTOR_GROUPS, ICF_CODE, orgFactorCode, SHIPPED_FACTORS, type Factor, type FactorGroup } from './factors.js';
import { problemText } from './messages.js';

// ---- problems: all at once, nothing saved ---------------------------------------------------------

function refuse(door: Door, problems: Problem[]): void {
  if (problems.length === 0) return;
  const texts = problems.map((p) => problemText(door.language, p));
  const first = texts[0]!;
  throw new AppError('validation', texts.length > 1 ? 'judgement.invalid_more' : 'judgement.invalid', { first: first.message, more: texts.length - 1 }, first.field, { problems: texts });
}

function requireOrganisation(door: Door, action: OrganisationAction): void {
  if (!mayInOrganisation(door.actor, action)) throw new AppError('forbidden', 'error.forbidden');
}

const today = () => todayInAmsterdam();
/** Both engines already give timestamps as ISO instants (platform/db.ts); only other forms (JSON text with an offset) are converted. */
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const iso = (value: string | Date | null) =>
  (value === null ? null : value instanceof Date ? value.toISOString() : ISO_INSTANT.test(value) ? value : new Date(value).toISOString());
const day = (value: string | Date | null) => (value === null ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));
const nullIfBlank = (s: string | null | undefined) => (s === null || s === undefined || s.trim() === '' ? null : s);

/** The case for professional judgement work; writes also need it open and lock it (numbers per case). */
async function judgementCase(tx: Sql, door: Door, caseId: string, write = true): Promise<CaseRow> {
  const row = await caseForAction(tx, door.actor, caseId, 'judgement.work', write);
  if (write) requireOpen(row);
  return row;
}

// ---- what input may link to: only this case's -----------------------------------------------------

interface RefNeeds { cells?: boolean; profiles?: boolean; notes?: boolean; contacts?: boolean; documents?: boolean; instruments?: boolean; hypotheses?: boolean; observations?: boolean; factors?: boolean }

async function loadRefs(tx: Sql, row: CaseRow, needs: RefNeeds = {}): Promise<CaseRefs> {
  const evidenceRows = await tx.query<{ id: string; number: number; withdrawn: boolean }>(
    'SELECT id, number, withdrawn_at IS NOT NULL AS withdrawn FROM evidence_items WHERE case_id = $1', [row.id]);
  const refs: { -readonly [K in keyof CaseRefs]: CaseRefs[K] } = { evidence: new Map(evidenceRows.map((e) => [e.id, { number: Number(e.number), withdrawn: e.withdrawn }])) };
  const ids = async (sql: string, params: unknown[]) => new Set((await tx.query<{ id: string }>(sql, params)).map((r) => r.id));
  if (needs.cells) {
    const one = await tx.query<{ theme: Schema1Theme; category: Schema1Category }>('SELECT theme, category FROM schema1_cells WHERE case_id = $1', [row.id]);
    const two = await tx.query<{ row_key: string; support_need: string | null; work_implications: string | null; basis: string | null }>(
      'SELECT row_key, support_need, work_implications, basis FROM schema2_rows WHERE case_id = $1', [row.id]);
    refs.cells = new Set([
      ...one.map((c) => schema1Ref(c.theme, c.category)),
      ...two.filter((r) => nullIfBlank(r.support_need) || nullIfBlank(r.work_implications) || nullIfBlank(r.basis)).map((r) => schema2Ref(r.row_key)),
    ]);
  }
  if (needs.profiles) refs.profiles = await ids('SELECT id FROM job_profiles WHERE case_id = $1 AND removed_at IS NULL', [row.id]);
  if (needs.notes) {
    refs.notes = new Set([
      ...(await ids('SELECT id FROM compass_notes WHERE case_id = $1', [row.id])),
      ...(await ids('SELECT id FROM notes WHERE case_id = $1', [row.id])),
    ]);
  }
  if (needs.contacts) refs.contacts = await ids('SELECT id FROM contacts WHERE case_id = $1', [row.id]);
  if (needs.documents) refs.documents = await ids('SELECT id FROM documents WHERE case_id = $1', [row.id]);
  if (needs.instruments) refs.instruments = await ids('SELECT id FROM instruments WHERE organisation_id = $1 AND removed_at IS NULL', [row.organisation_id]);
  if (needs.hypotheses) refs.hypotheses = await ids('SELECT id FROM hypotheses WHERE case_id = $1', [row.id]);
  if (needs.observations) refs.observations = await ids('SELECT id FROM observations WHERE case_id = $1', [row.id]);
  if (needs.factors) refs.factors = new Set((await factorCatalogue(tx, row.organisation_id)).map((f) => f.code));
  return refs;
}

async function versionCheck(found: { version: number } | undefined, expected: number): Promise<void> {
  if (!found) throw new AppError('not_found', 'error.not_found');
  if (Number(found.version) !== expected) throw new AppError('conflict', 'judgement.stale');
}

// ---- factors --------------------------------------------------------------------------------------

export async function factorCatalogue(tx: Sql, organisationId: string): Promise<Factor[]> {
  const own = await tx.query<{ id: string; group_code: FactorGroup; label_nl: string; label_en: string; icf_code: string | null }>(
    'SELECT id, group_code, label_nl, label_en, icf_code FROM judgement_factors WHERE organisation_id = $1 ORDER BY created_at', [organisationId]);
  return catalogueWith(own);
}

function catalogueWith(own: ReadonlyArray<{ id: string; group_code: FactorGroup; label_nl: string; label_en: string; icf_code: string | null }>): Factor[] {
  return [...SHIPPED_FACTORS, ...own.map((f) => ({ code: orgFactorCode(f.id), group: f.group_code, label: { nl: f.label_nl, en: f.label_en }, icf: f.icf_code }))];
}

export async function listFactors(door: Door) {
  requireOrganisation(door, 'judgement.catalogues');
  return door.work(async (tx) => ({
    groups: FACTOR_GROUPS.map((g) => ({ code: g, label: FACTOR_GROUP_LABELS[g] })),
    factors: (await factorCatalogue(tx, door.actor.organisationId)).map((f) => ({ ...f, own: f.code.startsWith('org:') })),
  }));
}

export async function addFactor(door: Door, input: { group: FactorGroup; labelNl: string; labelEn: string; icfCode: string | null }): Promise<{ code: string }> {
  requireOrganisation(door, 'judgement.catalogues');
  const icfCode = nullIfBlank(input.icfCode)?.trim().toLowerCase() ?? null;
  refuse(door, checkFactor({ ...input, icfCode }, ICF_CODE));
  return door.work(async (tx, audit) => {
    const taken = [...SHIPPED_FACTORS.map((f) => f.label.nl.toLocaleLowerCase('nl'))].includes(input.labelNl.trim().toLocaleLowerCase('nl'))
      || (await tx.query('SELECT 1 FROM judgement_factors WHERE organisation_id = $1 AND lower(label_nl) = lower($2)', [door.actor.organisationId, input.labelNl.trim()])).length > 0;
    if (taken) throw new AppError('conflict', 'judgement.factor_exists');
    const id = randomUUID();
    await tx.query('INSERT INTO judgement_factors (id, organisation_id, group_code, label_nl, label_en, icf_code, created_by) VALUES ($1,$2,$3,$4,$5,$6,$7)',
      [id, door.actor.organisationId, input.group, input.labelNl.trim(), input.labelEn.trim(), icfCode, door.actor.userId]);
    audit({ action: 'judgement.factor.add', entityType: 'judgement_factor', entityIds: [id] });
    return { code: orgFactorCode(id) };
  });
}

// ---- the instrument databank ----------------------------------------------------------------------

interface InstrumentRow {
  id: string; name: string; construct: string; validation_status: InstrumentInput['validationStatus']; validation_note: string | null; provider: string | null;
  cost_cents: number | null; duration_minutes: number | null; fits_when: string | null; version: number; created_at: string; created_by_name: string;
  uses: number; cases: number; rating_average: number | null; rating_count: number; my_rating: number | null; my_comment: string | null;
}

export async function listInstruments(door: Door) {
  requireOrganisation(door, 'judgement.catalogues');
  return door.work(async (tx) => {
    const rows = await tx.query<InstrumentRow>(
      `SELECT i.id, i.name, i.construct, i.validation_status, i.validation_note, i.provider, i.cost_cents, i.duration_minutes, i.fits_when, i.version,
              i.created_at, u.display_name AS created_by_name,
              (SELECT count(*) FROM evidence_items e WHERE e.instrument_id = i.id AND e.withdrawn_at IS NULL) AS uses,
              (SELECT count(DISTINCT e.case_id) FROM evidence_items e WHERE e.instrument_id = i.id AND e.withdrawn_at IS NULL) AS cases,
              (SELECT avg(r.rating) FROM instrument_ratings r WHERE r.instrument_id = i.id) AS rating_average,
              (SELECT count(*) FROM instrument_ratings r WHERE r.instrument_id = i.id) AS rating_count,
              mine.rating AS my_rating, mine.comment AS my_comment
         FROM instruments i JOIN users u ON u.id = i.created_by
         LEFT JOIN instrument_ratings mine ON mine.instrument_id = i.id AND mine.user_id = $2
        WHERE i.organisation_id = $1 AND i.removed_at IS NULL ORDER BY lower(i.name)`,
      [door.actor.organisationId, door.actor.userId]);
    return {
      canRate: mayInOrganisation(door.actor, 'instruments.rate'),
      items: rows.map((r) => ({
        id: r.id, name: r.name, construct: r.construct, validationStatus: r.validation_status, validationNote: r.validation_note, provider: r.provider,
        costCents: r.cost_cents === null ? null : Number(r.cost_cents), durationMinutes: r.duration_minutes === null ? null : Number(r.duration_minutes), fitsWhen: r.fits_when,
        version: Number(r.version), createdAt: iso(r.created_at)!, createdBy: r.created_by_name,
        usage: { uses: Number(r.uses), cases: Number(r.cases) },
        rating: { average: r.rating_average === null ? null : Math.round(Number(r.rating_average) * 10) / 10, count: Number(r.rating_count), mine: r.my_rating === null ? null : Number(r.my_rating), myComment: r.my_comment },
      })),
    };
  });
}

function cleanInstrument(input: InstrumentInput): InstrumentInput {
  return { ...input, name: input.name.trim(), validationNote: nullIfBlank(input.validationNote), provider: nullIfBlank(input.provider), fitsWhen: nullIfBlank(input.fitsWhen) };
}

async function nameTaken(tx: Sql, organisationId: string, name: string, except: string | null) {
  const rows = await tx.query('SELECT 1 FROM instruments WHERE organisation_id = $1 AND lower(name) = lower($2) AND removed_at IS NULL AND id <> $3',
    [organisationId, name, except ?? '00000000-0000-0000-0000-000000000000']);
  if (rows.length > 0) throw new AppError('conflict', 'judgement.instrument_exists');
}

export async function addInstrument(door: Door, raw: InstrumentInput): Promise<{ id: string }> {
  requireOrganisation(door, 'judgement.catalogues');
  const input = cleanInstrument(raw);
  refuse(door, checkInstrument(input));
  return door.work(async (tx, audit) => {
    await nameTaken(tx, door.actor.organisationId, input.name, null);
    const id = randomUUID();
    await tx.query(
      `INSERT INTO instruments (id, organisation_id, name, construct, validation_status, validation_note, provider, cost_cents, duration_minutes, fits_when, created_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
      [id, door.actor.organisationId, input.name, input.construct, input.validationStatus, input.validationNote, input.provider, input.costCents, input.durationMinutes, input.fitsWhen, door.actor.userId]);
    audit({ action: 'judgement.instrument.add', entityType: 'instrument', entityIds: [id] });
    return { id };
  });
}

export async function updateInstrument(door: Door, instrumentId: string, raw: InstrumentInput & { version: number }): Promise<{ version: number }> {
  requireOrganisation(door, 'judgement.catalogues');
  const input = cleanInstrument(raw);
  refuse(door, checkInstrument(input));
  return door.work(async (tx, audit) => {
    const [found] = await tx.query<{ version: number }>('SELECT version FROM instruments WHERE id = $1 AND organisation_id = $2 AND removed_at IS NULL FOR UPDATE', [instrumentId, door.actor.organisationId]);
    await versionCheck(found, raw.version);
    await nameTaken(tx, door.actor.organisationId, input.name, instrumentId);
    await tx.query(
      `UPDATE instruments SET name = $2, construct = $3, validation_status = $4, validation_note = $5, provider = $6, cost_cents = $7, duration_minutes = $8, fits_when = $9,
              version = version + 1, updated_by = $10, updated_at = now() WHERE id = $1`,
      [instrumentId, input.name, input.construct, input.validationStatus, input.validationNote, input.provider, input.costCents, input.durationMinutes, input.fitsWhen, door.actor.userId]);
    audit({ action: 'judgement.instrument.update', entityType: 'instrument', entityIds: [instrumentId] });
    return { version: Number(found!.version) + 1 };
  });
}

/** Removed from the catalogue, never deleted: results on cases keep pointing at what was used. */
export async function removeInstrument(door: Door, instrumentId: string): Promise<void> {
  requireOrganisation(door, 'judgement.catalogues');
  await door.work(async (tx, audit) => {
    const [found] = await tx.query('UPDATE instruments SET removed_at = now(), removed_by = $3 WHERE id = $1 AND organisation_id = $2 AND removed_at IS NULL RETURNING id',
      [instrumentId, door.actor.organisationId, door.actor.userId]);
    if (!found) throw new AppError('not_found', 'error.not_found');
    audit({ action: 'judgement.instrument.remove', entityType: 'instrument', entityIds: [instrumentId] });
  });
}

export async function rateInstrument(door: Door, instrumentId: string, input: { rating: number; comment: string | null }): Promise<void> {
  requireOrganisation(door, 'instruments.rate');
  refuse(door, checkRating(input));
  await door.work(async (tx, audit) => {
    const [found] = await tx.query('SELECT 1 FROM instruments WHERE id = $1 AND organisation_id = $2 AND removed_at IS NULL', [instrumentId, door.actor.organisationId]);
    if (!found) throw new AppError('not_found', 'error.not_found');
    await tx.query(
      `INSERT INTO instrument_ratings (instrument_id, user_id, rating, comment) VALUES ($1,$2,$3,$4)
       ON CONFLICT (instrument_id, user_id) DO UPDATE SET rating = EXCLUDED.rating, comment = EXCLUDED.comment, rated_at = now()`,
      [instrumentId, door.actor.userId, input.rating, nullIfBlank(input.comment)]);
    audit({ action: 'judgement.instrument.rate', entityType: 'instrument', entityIds: [instrumentId] });
  });
}

// ---- evidence -------------------------------------------------------------------------------------

function cleanEvidence(input: EvidenceInput): EvidenceInput {
  return {
    ...input, title: input.title.trim(), sourceName: nullIfBlank(input.sourceName), body: nullIfBlank(input.body), interest: nullIfBlank(input.interest),
    realityCheck: nullIfBlank(input.realityCheck),
  };
}

const EVIDENCE_NEEDS: RefNeeds = { factors: true, instruments: true, contacts: true, documents: true };

export async function recordEvidence(door: Door, caseId: string, raw: EvidenceInput): Promise<{ id: string; number: number }> {
  const input = cleanEvidence(raw);
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    refuse(door, checkEvidence(input, await loadRefs(tx, row, EVIDENCE_NEEDS), today()));
    const [next] = await tx.query<{ n: number }>('SELECT COALESCE(MAX(number), 0) + 1 AS n FROM evidence_items WHERE case_id = $1', [caseId]);
    const id = randomUUID();
    const number = Number(next!.n);
    await tx.query(
      `INSERT INTO evidence_items (id, case_id, number, kind, source_type, source_name, observed_on, method, title, body, interest, reliability, reality_check,
                                   not_investigated_reason, factor_codes, instrument_id, contact_id, document_id, professional_only, recorded_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15::text[],$16,$17,$18,$19,$20)`,
      [id, caseId, number, input.kind, input.sourceType, input.sourceName, input.observedOn, input.method, input.title, input.body, input.interest, input.reliability,
        input.realityCheck, input.notInvestigatedReason, input.factorCodes, input.instrumentId, input.contactId, input.documentId, input.professionalOnly, door.actor.userId]);
    await recordEvent(tx, caseId, door.actor.userId, 'evidence_recorded', input.professionalOnly ? { number } : { number, title: input.title }, input.professionalOnly);
    await touchCase(tx, caseId);
    audit({ action: 'judgement.evidence.create', entityType: 'evidence_item', entityIds: [id] });
    return { id, number };
  });
}

export async function updateEvidence(door: Door, caseId: string, evidenceId: string, raw: EvidenceInput & { version: number }): Promise<{ version: number }> {
  const input = cleanEvidence(raw);
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    const [found] = await tx.query<{ version: number; withdrawn: boolean; number: number; professional_only: boolean }>(
      'SELECT version, withdrawn_at IS NOT NULL AS withdrawn, number, professional_only FROM evidence_items WHERE id = $1 AND case_id = $2 FOR UPDATE', [evidenceId, caseId]);
    await versionCheck(found, raw.version);
    if (found!.withdrawn) throw new AppError('conflict', 'judgement.already_withdrawn');
    refuse(door, checkEvidence(input, await loadRefs(tx, row, EVIDENCE_NEEDS), today()));
    // Marked professional-only now: the timeline entry that showed its title to everyone on the case goes behind the same screen.
    if (input.professionalOnly && !found!.professional_only) {
      await tx.query("UPDATE case_events SET professional_only = true WHERE case_id = $1 AND kind IN ('evidence_recorded', 'evidence_withdrawn') AND details->>'number' = $2",
        [caseId, String(found!.number)]);
    }
    await tx.query(
      `UPDATE evidence_items SET kind = $3, source_type = $4, source_name = $5, observed_on = $6, method = $7, title = $8, body = $9, interest = $10, reliability = $11,
              reality_check = $12, not_investigated_reason = $13, factor_codes = $14::text[], instrument_id = $15, contact_id = $16, document_id = $17, professional_only = $18,
              version = version + 1, updated_by = $19, updated_at = now()
        WHERE id = $1 AND case_id = $2`,
      [evidenceId, caseId, input.kind, input.sourceType, input.sourceName, input.observedOn, input.method, input.title, input.body, input.interest, input.reliability,
        input.realityCheck, input.notInvestigatedReason, input.factorCodes, input.instrumentId, input.contactId, input.documentId, input.professionalOnly, door.actor.userId]);
    await touchCase(tx, caseId);
    audit({ action: 'judgement.evidence.update', entityType: 'evidence_item', entityIds: [evidenceId] });
    return { version: Number(found!.version) + 1 };
  });
}

/** Withdrawn, never deleted: whatever linked it keeps showing what it rested on, marked withdrawn. */
export async function withdrawEvidence(door: Door, caseId: string, evidenceId: string, input: { reason: string }): Promise<void> {
  refuse(door, checkWithdrawal(input.reason));
  await door.work(async (tx, audit) => {
    await judgementCase(tx, door, caseId);
    const [found] = await tx.query<{ number: number; withdrawn: boolean; professional_only: boolean; title: string }>(
      'SELECT number, withdrawn_at IS NOT NULL AS withdrawn, professional_only, title FROM evidence_items WHERE id = $1 AND case_id = $2 FOR UPDATE', [evidenceId, caseId]);
    if (!found) throw new AppError('not_found', 'error.not_found');
    if (found.withdrawn) throw new AppError('conflict', 'judgement.already_withdrawn');
    await tx.query('UPDATE evidence_items SET withdrawn_at = now(), withdrawn_by = $3, withdrawn_reason = $4 WHERE id = $1 AND case_id = $2',
      [evidenceId, caseId, door.actor.userId, input.reason.trim()]);
    const number = Number(found.number);
    await recordEvent(tx, caseId, door.actor.userId, 'evidence_withdrawn', found.professional_only ? { number } : { number, title: found.title }, found.professional_only);
    audit({ action: 'judgement.evidence.withdraw', entityType: 'evidence_item', entityIds: [evidenceId] });
  });
}

/**
 * The sources that are not marked professional-only, in the words anyone on the case may read: what,
 * from whom, when and how. Never the expert's reliability, the source's interest or the reality check.
 */
export async function sharedSources(tx: Sql, caseId: string): Promise<Array<{ id: string; number: number; title: string; sourceType: SourceType; sourceName: string | null; observedOn: string; method: string; kind: EvidenceKind }>> {
  const rows = await tx.query<{ id: string; number: number; title: string; source_type: SourceType; source_name: string | null; observed_on: string; method: string; kind: EvidenceKind }>(
    `SELECT id, number, title, source_type, source_name, observed_on, method, kind FROM evidence_items
      WHERE case_id = $1 AND NOT professional_only AND withdrawn_at IS NULL ORDER BY observed_on DESC, number DESC`, [caseId]);
  return rows.map((r) => ({ id: r.id, number: Number(r.number), title: r.title, sourceType: r.source_type, sourceName: r.source_name, observedOn: day(r.observed_on)!, method: r.method, kind: r.kind }));
}

/** Office staff and the labour expert: the case's shared sources (professional-only ones are never in it). */
export async function caseSources(door: Door, caseId: string) {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'evidence.read');
    const items = await sharedSources(tx, caseId);
    audit({ action: 'judgement.sources.read', entityType: 'case', entityIds: [caseId] });
    return { items, canWorkJudgement: mayOnCase(door.actor, 'judgement.work', facts(row)) };
  });
}

/** The client in the portal: the information the labour expert uses, as far as it is shared. */
export async function portalSources(db: Db, visitor: PortalVisitor) {
  return portalWork(db, visitor, 'portal.sources', async (tx) => {
    const items = await sharedSources(tx, visitor.caseId);
    await auditPortal(tx, visitor, 'portal.sources.read', 'case', [visitor.caseId]);
    return { items: items.map(({ id, number, title, sourceType, sourceName, observedOn }) => ({ id, number, title, sourceType, sourceName, observedOn })) };
  });
}

// ---- coverage of the conversation model -----------------------------------------------------------

export async function saveCoverage(door: Door, caseId: string, theme: CoverageTheme, input: (CoverageInput & { version: number }) | { state: 'untouched'; version: number }): Promise<{ version: number }> {
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    const [current] = await tx.query<{ version: number; evidence_ids: string[] }>(
      'SELECT version, evidence_ids::text[] AS evidence_ids FROM coverage_themes WHERE case_id = $1 AND theme = $2 FOR UPDATE', [caseId, theme]);
    if (Number(current?.version ?? 0) !== input.version) throw new AppError('conflict', 'judgement.stale');
    if (input.state === 'untouched') {
      await tx.query('DELETE FROM coverage_themes WHERE case_id = $1 AND theme = $2', [caseId, theme]);
      audit({ action: 'judgement.coverage.clear', entityType: 'case', entityIds: [caseId] });
      return { version: 0 };
    }
    const clean = { ...input, note: nullIfBlank(input.note) };
    refuse(door, checkCoverage(clean, await loadRefs(tx, row, { notes: true }), current?.evidence_ids ?? []));
    await tx.query(
      `INSERT INTO coverage_themes (case_id, theme, state, note, note_ids, evidence_ids, updated_by) VALUES ($1,$2,$3,$4,$5::uuid[],$6::uuid[],$7)
       ON CONFLICT (case_id, theme) DO UPDATE SET state = EXCLUDED.state, note = EXCLUDED.note, note_ids = EXCLUDED.note_ids, evidence_ids = EXCLUDED.evidence_ids,
         version = coverage_themes.version + 1, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [caseId, theme, clean.state, clean.note, clean.noteIds, clean.evidenceIds, door.actor.userId]);
    audit({ action: 'judgement.coverage.save', entityType: 'case', entityIds: [caseId] });
    return { version: input.version + 1 };
  });
}

// ---- Schema 1 and Schema 2 ------------------------------------------------------------------------

/** The current advice (newest version); a cell it names cannot be emptied under it. */
async function currentAdvice(tx: Sql, caseId: string): Promise<{ id: string; number: number; content: AdviceContent; state: 'draft' | 'final'; lock_version: number } | undefined> {
  const [row] = await tx.query<{ id: string; number: number; content: AdviceContent; state: 'draft' | 'final'; lock_version: number }>(
    'SELECT id, number, content, state, lock_version FROM advice_versions WHERE case_id = $1 ORDER BY number DESC LIMIT 1', [caseId]);
  return row;
}

async function refuseIfInAdvice(tx: Sql, caseId: string, ref: string): Promise<void> {
  const advice = await currentAdvice(tx, caseId);
  if (!advice) return;
  const c = advice.content;
  const all = [...c.workTypes, c.schooling, c.guidance, c.endGoal, c.supportNeed, c.risksAndSafeguards, c.uncertainties];
  if (all.some((x) => x?.cellRefs.includes(ref))) throw new AppError('conflict', 'judgement.cell_in_advice');
}

export async function saveSchema1Cell(door: Door, caseId: string, theme: Schema1Theme, category: Schema1Category, input: Schema1Input & { version: number }): Promise<{ version: number }> {
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    const [current] = await tx.query<{ version: number; evidence_ids: string[] }>(
      'SELECT version, evidence_ids::text[] AS evidence_ids FROM schema1_cells WHERE case_id = $1 AND theme = $2 AND category = $3 FOR UPDATE', [caseId, theme, category]);
    if (Number(current?.version ?? 0) !== input.version) throw new AppError('conflict', 'judgement.stale');
    refuse(door, checkSchema1Cell(input, await loadRefs(tx, row), current?.evidence_ids ?? []));
    if (input.body.trim() === '') {
      await refuseIfInAdvice(tx, caseId, schema1Ref(theme, category));
      await tx.query('DELETE FROM schema1_cells WHERE case_id = $1 AND theme = $2 AND category = $3', [caseId, theme, category]);
      audit({ action: 'judgement.schema1.clear', entityType: 'case', entityIds: [caseId] });
      return { version: 0 };
    }
    await tx.query(
      `INSERT INTO schema1_cells (case_id, theme, category, body, evidence_ids, updated_by) VALUES ($1,$2,$3,$4,$5::uuid[],$6)
       ON CONFLICT (case_id, theme, category) DO UPDATE SET body = EXCLUDED.body, evidence_ids = EXCLUDED.evidence_ids,
         version = schema1_cells.version + 1, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [caseId, theme, category, input.body, input.evidenceIds, door.actor.userId]);
    audit({ action: 'judgement.schema1.save', entityType: 'case', entityIds: [caseId] });
    return { version: input.version + 1 };
  });
}

/** A row of the expert's own in Schema 2 ("[nader invullen]"), e.g. "Beroepsvaardigheden: netwerkbeheer". */
export async function addSchema2Row(door: Door, caseId: string, input: Schema2Input): Promise<{ key: string }> {
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    const key = `eigen-${randomUUID().replace(/-/g, '').slice(0, 8)}`;
    refuse(door, checkSchema2Row(key, input, await loadRefs(tx, row)));
    const [position] = await tx.query<{ p: number }>('SELECT COALESCE(MAX(position), 0) + 1 AS p FROM schema2_rows WHERE case_id = $1', [caseId]);
    await tx.query(
      `INSERT INTO schema2_rows (case_id, row_key, label, support_need, work_implications, basis, evidence_ids, position, updated_by) VALUES ($1,$2,$3,$4,$5,$6,$7::uuid[],$8,$9)`,
      [caseId, key, input.label!.trim(), nullIfBlank(input.supportNeed), nullIfBlank(input.workImplications), nullIfBlank(input.basis), input.evidenceIds, Number(position!.p), door.actor.userId]);
    audit({ action: 'judgement.schema2.add', entityType: 'case', entityIds: [caseId] });
    return { key };
  });
}

export async function saveSchema2Row(door: Door, caseId: string, key: string, input: Schema2Input & { version: number }): Promise<{ version: number }> {
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    const [current] = await tx.query<{ version: number; evidence_ids: string[] }>(
      'SELECT version, evidence_ids::text[] AS evidence_ids FROM schema2_rows WHERE case_id = $1 AND row_key = $2 FOR UPDATE', [caseId, key]);
    if (!current && !isSchema2Activity(key)) throw new AppError('not_found', 'error.not_found');
    if (Number(current?.version ?? 0) !== input.version) throw new AppError('conflict', 'judgement.stale');
    refuse(door, checkSchema2Row(key, input, await loadRefs(tx, row), current?.evidence_ids ?? []));
    const values = { supportNeed: nullIfBlank(input.supportNeed), workImplications: nullIfBlank(input.workImplications), basis: nullIfBlank(input.basis), evidenceIds: input.evidenceIds };
    if (isEmptySchema2(values)) await refuseIfInAdvice(tx, caseId, schema2Ref(key));
    if (isSchema2Activity(key) && isEmptySchema2(values)) {
      await tx.query('DELETE FROM schema2_rows WHERE case_id = $1 AND row_key = $2', [caseId, key]);
      audit({ action: 'judgement.schema2.clear', entityType: 'case', entityIds: [caseId] });
      return { version: 0 };
    }
    await tx.query(
      `INSERT INTO schema2_rows (case_id, row_key, label, support_need, work_implications, basis, evidence_ids, position, updated_by) VALUES ($1,$2,$3,$4,$5,$6,$7::uuid[],$8,$9)
       ON CONFLICT (case_id, row_key) DO UPDATE SET label = EXCLUDED.label, support_need = EXCLUDED.support_need, work_implications = EXCLUDED.work_implications,
         basis = EXCLUDED.basis, evidence_ids = EXCLUDED.evidence_ids, version = schema2_rows.version + 1, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [caseId, key, isSchema2Activity(key) ? null : input.label!.trim(), values.supportNeed, values.workImplications, values.basis, values.evidenceIds,
        isSchema2Activity(key) ? -SCHEMA2_ACTIVITIES.length + SCHEMA2_ACTIVITIES.indexOf(key) : 0, door.actor.userId]);
    audit({ action: 'judgement.schema2.save', entityType: 'case', entityIds: [caseId] });
    return { version: input.version + 1 };
  });
}

export async function removeSchema2Row(door: Door, caseId: string, key: string): Promise<void> {
  if (isSchema2Activity(key)) throw new AppError('conflict', 'judgement.fixed_row');
  await door.work(async (tx, audit) => {
    await judgementCase(tx, door, caseId);
    await refuseIfInAdvice(tx, caseId, schema2Ref(key));
    const [found] = await tx.query('DELETE FROM schema2_rows WHERE case_id = $1 AND row_key = $2 RETURNING row_key', [caseId, key]);
    if (!found) throw new AppError('not_found', 'error.not_found');
    audit({ action: 'judgement.schema2.remove', entityType: 'case', entityIds: [caseId] });
  });
}

// ---- observations and hypotheses ------------------------------------------------------------------

const cleanHypothesis = (h: HypothesisInput): HypothesisInput => ({ ...h, explanation: h.explanation.trim(), statusArgument: nullIfBlank(h.statusArgument) });

async function insertHypothesis(tx: Sql, caseId: string, observationId: string, h: HypothesisInput, userId: string): Promise<string> {
  const id = randomUUID();
  const [position] = await tx.query<{ p: number }>('SELECT COALESCE(MAX(position), 0) + 1 AS p FROM hypotheses WHERE observation_id = $1', [observationId]);
  await tx.query(
    `INSERT INTO hypotheses (id, observation_id, case_id, position, explanation, status, status_argument, evidence_for, evidence_against, created_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8::uuid[],$9::uuid[],$10)`,
    [id, observationId, caseId, Number(position!.p), h.explanation, h.status, h.statusArgument, h.evidenceFor, h.evidenceAgainst, userId]);
  return id;
}

export async function addObservation(door: Door, caseId: string, input: ObservationInput & { hypotheses: HypothesisInput[] }): Promise<{ id: string; number: number; hypothesisIds: string[] }> {
  const clean = { body: input.body.trim(), discriminator: nullIfBlank(input.discriminator), evidenceIds: input.evidenceIds };
  const hypotheses = input.hypotheses.map(cleanHypothesis);
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    refuse(door, checkObservation(clean, await loadRefs(tx, row), hypotheses));
    const [next] = await tx.query<{ n: number }>('SELECT COALESCE(MAX(number), 0) + 1 AS n FROM observations WHERE case_id = $1', [caseId]);
    const id = randomUUID();
    const number = Number(next!.n);
    await tx.query('INSERT INTO observations (id, case_id, number, body, discriminator, evidence_ids, created_by) VALUES ($1,$2,$3,$4,$5,$6::uuid[],$7)',
      [id, caseId, number, clean.body, clean.discriminator, clean.evidenceIds, door.actor.userId]);
    const hypothesisIds: string[] = [];
    for (const h of hypotheses) hypothesisIds.push(await insertHypothesis(tx, caseId, id, h, door.actor.userId));
    await touchCase(tx, caseId);
    audit({ action: 'judgement.observation.create', entityType: 'observation', entityIds: [id, ...hypothesisIds] });
    return { id, number, hypothesisIds };
  });
}

export async function updateObservation(door: Door, caseId: string, observationId: string, input: ObservationInput & { version: number }): Promise<{ version: number }> {
  const clean = { body: input.body.trim(), discriminator: nullIfBlank(input.discriminator), evidenceIds: input.evidenceIds };
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    const [found] = await tx.query<{ version: number; evidence_ids: string[] }>(
      'SELECT version, evidence_ids::text[] AS evidence_ids FROM observations WHERE id = $1 AND case_id = $2 FOR UPDATE', [observationId, caseId]);
    await versionCheck(found, input.version);
    refuse(door, checkObservation(clean, await loadRefs(tx, row), null, found!.evidence_ids));
    await tx.query('UPDATE observations SET body = $3, discriminator = $4, evidence_ids = $5::uuid[], version = version + 1, updated_by = $6, updated_at = now() WHERE id = $1 AND case_id = $2',
      [observationId, caseId, clean.body, clean.discriminator, clean.evidenceIds, door.actor.userId]);
    audit({ action: 'judgement.observation.update', entityType: 'observation', entityIds: [observationId] });
    return { version: input.version + 1 };
  });
}

export async function addHypothesis(door: Door, caseId: string, observationId: string, input: HypothesisInput): Promise<{ id: string }> {
  const clean = cleanHypothesis(input);
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    const [observation] = await tx.query('SELECT id FROM observations WHERE id = $1 AND case_id = $2', [observationId, caseId]);
    if (!observation) throw new AppError('not_found', 'error.not_found');
    refuse(door, checkHypothesis(clean, await loadRefs(tx, row)));
    const id = await insertHypothesis(tx, caseId, observationId, clean, door.actor.userId);
    audit({ action: 'judgement.hypothesis.create', entityType: 'hypothesis', entityIds: [id] });
    return { id };
  });
}

export async function updateHypothesis(door: Door, caseId: string, hypothesisId: string, input: HypothesisInput & { version: number }): Promise<{ version: number }> {
  const clean = cleanHypothesis(input);
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    const [found] = await tx.query<{ version: number; evidence_for: string[]; evidence_against: string[] }>(
      'SELECT version, evidence_for::text[] AS evidence_for, evidence_against::text[] AS evidence_against FROM hypotheses WHERE id = $1 AND case_id = $2 FOR UPDATE', [hypothesisId, caseId]);
    await versionCheck(found, input.version);
    refuse(door, checkHypothesis(clean, await loadRefs(tx, row), '', { for: found!.evidence_for, against: found!.evidence_against }));
    await tx.query(
      `UPDATE hypotheses SET explanation = $3, status = $4, status_argument = $5, evidence_for = $6::uuid[], evidence_against = $7::uuid[],
              version = version + 1, updated_by = $8, updated_at = now() WHERE id = $1 AND case_id = $2`,
      [hypothesisId, caseId, clean.explanation, clean.status, clean.statusArgument, clean.evidenceFor, clean.evidenceAgainst, door.actor.userId]);
    audit({ action: 'judgement.hypothesis.update', entityType: 'hypothesis', entityIds: [hypothesisId] });
    return { version: input.version + 1 };
  });
}

// ---- inconsistencies and anomalies ----------------------------------------------------------------

export async function addAnomaly(door: Door, caseId: string, input: AnomalyInput): Promise<{ id: string }> {
  const clean = { ...input, description: input.description.trim() };
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    refuse(door, checkAnomaly(clean, await loadRefs(tx, row, { observations: true })));
    const id = randomUUID();
    await tx.query('INSERT INTO anomalies (id, case_id, kind, description, evidence_ids, observation_id, created_by) VALUES ($1,$2,$3,$4,$5::uuid[],$6,$7)',
      [id, caseId, clean.kind, clean.description, clean.evidenceIds, clean.observationId, door.actor.userId]);
    audit({ action: 'judgement.anomaly.create', entityType: 'anomaly', entityIds: [id] });
    return { id };
  });
}

export async function updateAnomaly(door: Door, caseId: string, anomalyId: string, input: AnomalyInput & { version: number }): Promise<{ version: number }> {
  const clean = { ...input, description: input.description.trim() };
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    const [found] = await tx.query<{ version: number; evidence_ids: string[] }>('SELECT version, evidence_ids::text[] AS evidence_ids FROM anomalies WHERE id = $1 AND case_id = $2 FOR UPDATE', [anomalyId, caseId]);
    await versionCheck(found, input.version);
    refuse(door, checkAnomaly(clean, await loadRefs(tx, row, { observations: true }), found!.evidence_ids));
    await tx.query('UPDATE anomalies SET kind = $3, description = $4, evidence_ids = $5::uuid[], observation_id = $6, version = version + 1 WHERE id = $1 AND case_id = $2',
      [anomalyId, caseId, clean.kind, clean.description, clean.evidenceIds, clean.observationId]);
    audit({ action: 'judgement.anomaly.update', entityType: 'anomaly', entityIds: [anomalyId] });
    return { version: input.version + 1 };
  });
}

export async function explainAnomaly(door: Door, caseId: string, anomalyId: string, input: { explanation: string; version: number }): Promise<{ version: number }> {
  refuse(door, checkExplanation(input.explanation));
  return door.work(async (tx, audit) => {
    await judgementCase(tx, door, caseId);
    const [found] = await tx.query<{ version: number }>('SELECT version FROM anomalies WHERE id = $1 AND case_id = $2 FOR UPDATE', [anomalyId, caseId]);
    await versionCheck(found, input.version);
    await tx.query('UPDATE anomalies SET explanation = $3, explained_by = $4, explained_at = now(), version = version + 1 WHERE id = $1 AND case_id = $2',
      [anomalyId, caseId, input.explanation.trim(), door.actor.userId]);
    audit({ action: 'judgement.anomaly.explain', entityType: 'anomaly', entityIds: [anomalyId] });
    return { version: input.version + 1 };
  });
}

// ---- willingness and ability ----------------------------------------------------------------------

export async function placeClient(door: Door, caseId: string, input: PlacementInput): Promise<{ id: string }> {
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    refuse(door, checkPlacement(input, await loadRefs(tx, row)));
    const id = randomUUID();
    await tx.query('INSERT INTO placements (id, case_id, willingness, ability, argument, evidence_ids, placed_by) VALUES ($1,$2,$3,$4,$5,$6::uuid[],$7)',
      [id, caseId, input.willingness, input.ability, input.argument.trim(), input.evidenceIds, door.actor.userId]);
    audit({ action: 'judgement.placement.create', entityType: 'placement', entityIds: [id] });
    return { id };
  });
}

// ---- trial-and-error --------------------------------------------------------------------------------

export async function startTrajectory(door: Door, caseId: string, input: { screeningReason: string; startedOn: string }): Promise<{ id: string }> {
  refuse(door, checkTrajectory(input));
  return door.work(async (tx, audit) => {
    await judgementCase(tx, door, caseId);
    const [open] = await tx.query('SELECT 1 FROM trajectories WHERE case_id = $1 AND ended_on IS NULL', [caseId]);
    if (open) throw new AppError('conflict', 'judgement.trajectory_open');
    const id = randomUUID();
    await tx.query('INSERT INTO trajectories (id, case_id, screening_reason, started_on, created_by) VALUES ($1,$2,$3,$4,$5)', [id, caseId, input.screeningReason.trim(), input.startedOn, door.actor.userId]);
    await recordEvent(tx, caseId, door.actor.userId, 'trajectory_started', { startedOn: input.startedOn }, true);
    await touchCase(tx, caseId);
    audit({ action: 'judgement.trajectory.start', entityType: 'trajectory', entityIds: [id] });
    return { id };
  });
}

export async function endTrajectory(door: Door, caseId: string, trajectoryId: string, input: { endedOn: string; endNote: string }): Promise<void> {
  await door.work(async (tx, audit) => {
    await judgementCase(tx, door, caseId);
    const [found] = await tx.query<{ started_on: string }>('SELECT started_on FROM trajectories WHERE id = $1 AND case_id = $2 AND ended_on IS NULL FOR UPDATE', [trajectoryId, caseId]);
    if (!found) throw new AppError('not_found', 'error.not_found');
    refuse(door, checkTrajectoryEnd(input, day(found.started_on)!));
    const running = await tx.query<{ id: string }>("SELECT id FROM experiments WHERE trajectory_id = $1 AND state = 'running'", [trajectoryId]);
    for (const x of running) {
      await tx.query("UPDATE experiments SET state = 'ended', next_feedback_on = NULL, outcome = COALESCE(outcome, $2) WHERE id = $1", [x.id, input.endNote.trim()]);
      await setFeedbackDeadline(tx, caseId, x.id, null);
    }
    await tx.query('UPDATE trajectories SET ended_on = $2, end_note = $3 WHERE id = $1', [trajectoryId, input.endedOn, input.endNote.trim()]);
    await recordEvent(tx, caseId, door.actor.userId, 'trajectory_ended', { endedOn: input.endedOn }, true);
    audit({ action: 'judgement.trajectory.end', entityType: 'trajectory', entityIds: [trajectoryId] });
  });
}

export async function addExperiment(door: Door, caseId: string, input: ExperimentInput): Promise<{ id: string; questions: ReturnType<typeof questionExperiment> }> {
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    const [trajectory] = await tx.query<{ id: string; started_on: string }>('SELECT id, started_on FROM trajectories WHERE case_id = $1 AND ended_on IS NULL', [caseId]);
    if (!trajectory) throw new AppError('conflict', 'judgement.no_trajectory');
    refuse(door, checkExperiment(input, await loadRefs(tx, row, { hypotheses: true }), today(), day(trajectory.started_on)));
    const id = randomUUID();
    await tx.query(
      `INSERT INTO experiments (id, trajectory_id, case_id, title, question, hypothesis_id, expected_signals, vulnerabilities, safeguards, starts_on, next_feedback_on, state, created_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,'running',$12)`,
      [id, trajectory.id, caseId, input.title.trim(), input.question.trim(), input.hypothesisId, input.expectedSignals.trim(), input.vulnerabilities.trim(), input.safeguards.trim(),
        input.startsOn, input.nextFeedbackOn, door.actor.userId]);
    await setFeedbackDeadline(tx, caseId, id, input.nextFeedbackOn);
    await recordEvent(tx, caseId, door.actor.userId, 'experiment_planned', { title: input.title.trim(), nextFeedbackOn: input.nextFeedbackOn }, true);
    await touchCase(tx, caseId);
    audit({ action: 'judgement.experiment.create', entityType: 'experiment', entityIds: [id] });
    return { id, questions: questionExperiment(input.startsOn < today() ? today() : input.startsOn, input.nextFeedbackOn) };
  });
}

/** A checkpoint (*ijkpunt*): what succeeded and failed, the style used, and the next feedback moment; it reopens the schemas. */
export async function recordCheckpoint(door: Door, caseId: string, experimentId: string, input: CheckpointInput): Promise<{ id: string; questions: ReturnType<typeof questionExperiment> }> {
  return door.work(async (tx, audit) => {
    await judgementCase(tx, door, caseId);
    const [experiment] = await tx.query<{ title: string; starts_on: string; state: string }>('SELECT title, starts_on, state FROM experiments WHERE id = $1 AND case_id = $2 FOR UPDATE', [experimentId, caseId]);
    if (!experiment) throw new AppError('not_found', 'error.not_found');
    if (experiment.state !== 'running') throw new AppError('conflict', 'judgement.experiment_ended');
    const [last] = await tx.query<{ held_on: string }>('SELECT held_on FROM checkpoints WHERE experiment_id = $1 ORDER BY held_on DESC LIMIT 1', [experimentId]);
    const clean: CheckpointInput = {
      ...input, successExperiences: nullIfBlank(input.successExperiences), failureExperiences: nullIfBlank(input.failureExperiences), pictureChanges: nullIfBlank(input.pictureChanges),
    };
    refuse(door, checkCheckpoint(clean, { startsOn: day(experiment.starts_on)!, lastCheckpointOn: day(last?.held_on ?? null) }, today()));
    const id = randomUUID();
    await tx.query(
      `INSERT INTO checkpoints (id, experiment_id, case_id, held_on, success_experiences, failure_experiences, intervention_styles, picture_changes, decision, next_feedback_on, recorded_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7::text[],$8,$9,$10,$11)`,
      [id, experimentId, caseId, clean.heldOn, clean.successExperiences, clean.failureExperiences, clean.interventionStyles, clean.pictureChanges, clean.decision, clean.nextFeedbackOn, door.actor.userId]);
    if (clean.decision === 'stop') {
      await tx.query("UPDATE experiments SET state = 'ended', next_feedback_on = NULL, outcome = $2, reminder_sent_for = NULL WHERE id = $1", [experimentId, clean.failureExperiences ?? clean.successExperiences ?? clean.pictureChanges]);
      await setFeedbackDeadline(tx, caseId, experimentId, null);
    } else {
      await tx.query('UPDATE experiments SET next_feedback_on = $2, reminder_sent_for = NULL WHERE id = $1', [experimentId, clean.nextFeedbackOn]);
      await setFeedbackDeadline(tx, caseId, experimentId, clean.nextFeedbackOn);
    }
    await recordEvent(tx, caseId, door.actor.userId, 'checkpoint_recorded', { title: experiment.title, nextFeedbackOn: clean.nextFeedbackOn }, true);
    await touchCase(tx, caseId);
    audit({ action: 'judgement.checkpoint.create', entityType: 'checkpoint', entityIds: [id, experimentId] });
    return { id, questions: clean.nextFeedbackOn ? questionExperiment(clean.heldOn, clean.nextFeedbackOn) : [] };
  });
}

/**
 * Reminds the labour expert of a feedback moment on its day or the working day before, once per moment.
 * Runs without a user. The mail names only the case reference and the date (no personal data).
 */
export async function queueFeedbackReminders(db: Db, mail: { appUrl: string }, now = new Date()): Promise<number> {
  const todayHere = todayInAmsterdam(now);
  const tomorrow = new Date(Date.parse(`${todayHere}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const due = await db.query<{ id: string; case_id: string; next_feedback_on: string }>(
    `SELECT x.id, x.case_id, x.next_feedback_on FROM experiments x
      WHERE x.state = 'running' AND x.next_feedback_on <= $1 AND x.next_feedback_on >= $2
        AND (x.reminder_sent_for IS NULL OR x.reminder_sent_for <> x.next_feedback_on) LIMIT 200`, [tomorrow, todayHere]);
  let queued = 0;
  for (const item of due) {
    await db.transaction(async (tx) => {
      const [claimed] = await tx.query('UPDATE experiments SET reminder_sent_for = next_feedback_on WHERE id = $1 AND (reminder_sent_for IS NULL OR reminder_sent_for <> next_feedback_on) RETURNING id', [item.id]);
      if (!claimed) return;
      const row = await caseRowForSystem(tx, item.case_id);
      if (!row || isClosed(row.status) || !row.assigned_expert_id) return;
      const [expert] = await tx.query<{ email: string; language: string | null }>('SELECT email, language FROM users WHERE id = $1', [row.assigned_expert_id]);
      if (!expert) return;
      const date = day(item.next_feedback_on)!;
      const dutch = `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
      const link = `${mail.appUrl.replace(/\/$/, '')}/dossiers/${row.id}/oordeel#trial-and-error`;
      const english = expert.language === 'en';
      await enqueueMail(tx, {
        organisationId: row.organisation_id, caseId: row.id, contactId: null, kind: 'feedback_reminder', to: expert.email,
        subject: english ? `Feedback moment on ${dutch}, case ${row.reference}` : `Terugkoppelmoment op ${dutch}, dossier ${row.reference}`,
        text: english
          ? `A feedback moment of a trial-and-error experiment in case ${row.reference} is due on ${dutch}.\n\nRecord the checkpoint in Passend: ${link}\n`
          : `In dossier ${row.reference} staat op ${dutch} een terugkoppelmoment van een trial-and-error-experiment.\n\nLeg het ijkpunt vast in Passend: ${link}\n`,
        ics: null,
      });
      await appendAudit(tx, row.organisation_id, [{ actorId: null, action: 'judgement.feedback.reminder', entityType: 'experiment', entityIds: [item.id], route: 'system:reminders' }]);
      queued += 1;
    });
  }
  return queued;
}

// ---- the reintegration advice -------------------------------------------------------------------------

export async function saveAdvice(door: Door, caseId: string, input: { lockVersion: number | null; content: AdviceContent }) {
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    const current = await currentAdvice(tx, caseId);
    const refs = await loadRefs(tx, row, { cells: true, profiles: true });
    refuse(door, checkAdvice(input.content, refs, current?.content ?? null));
    const content = tidyAdvice(input.content);
    let result: { number: number; lockVersion: number };
    if (current && current.state === 'draft') {
      if (input.lockVersion !== Number(current.lock_version)) throw new AppError('conflict', 'judgement.stale');
      await tx.query('UPDATE advice_versions SET content = $2, lock_version = lock_version + 1, updated_by = $3, updated_at = now() WHERE id = $1',
        [current.id, JSON.stringify(content), door.actor.userId]);
      result = { number: Number(current.number), lockVersion: Number(current.lock_version) + 1 };
    } else {
      // The first advice, or the first change after a final one: a new version; the final one stays.
      if (input.lockVersion !== null) throw new AppError('conflict', 'judgement.stale');
      const number = current ? Number(current.number) + 1 : 1;
      await tx.query("INSERT INTO advice_versions (id, case_id, number, content, state, created_by) VALUES ($1,$2,$3,$4,'draft',$5)",
        [randomUUID(), caseId, number, JSON.stringify(content), door.actor.userId]);
      result = { number, lockVersion: 1 };
    }
    await touchCase(tx, caseId);
    audit({ action: 'judgement.advice.save', entityType: 'case', entityIds: [caseId] });
    const state = await judgementState(tx, row, content);
    return { ...result, signals: judgementSignals(state) };
  });
}

/** Finalising never waits for an answer: the answers are kept, and the questions left unanswered stay visible. */
export async function finaliseAdvice(door: Door, caseId: string, input: { lockVersion: number; answers: ReflectionAnswers }) {
  refuse(door, checkReflection(input.answers));
  return door.work(async (tx, audit) => {
    const row = await judgementCase(tx, door, caseId);
    const current = await currentAdvice(tx, caseId);
    if (!current) throw new AppError('conflict', 'judgement.no_advice');
    if (current.state === 'final') throw new AppError('conflict', 'judgement.already_final');
    if (input.lockVersion !== Number(current.lock_version)) throw new AppError('conflict', 'judgement.stale');
    // The case may have changed since the draft was saved: the advice must still hold together.
    refuse(door, checkAdvice(current.content, await loadRefs(tx, row, { cells: true, profiles: true }), current.content));
    const state = await judgementState(tx, row, current.content);
    const reflection: Reflection & { trace: AdviceTrace } = { ...reflectionOf(input.answers, judgementSignals(state)), trace: await adviceTrace(tx, row, current.content, state) };
    await tx.query("UPDATE advice_versions SET state = 'final', reflection = $2, finalised_by = $3, finalised_at = now() WHERE id = $1",
      [current.id, JSON.stringify(reflection), door.actor.userId]);
    await recordEvent(tx, caseId, door.actor.userId, 'advice_finalised', { number: Number(current.number), skipped: reflection.skipped.length }, false);
    await touchCase(tx, caseId);
    audit({ action: 'judgement.advice.finalise', entityType: 'case', entityIds: [caseId] });
    return { number: Number(current.number), skipped: reflection.skipped };
  });
}

// ---- reading: the state the signals need, the trace, the page ---------------------------------------

/**
 * What the page, the signals and the trace need of a source (its summary). The full record (text,
 * interest, reality check, links, who recorded it) is read one source at a time (evidenceDetail): a
 * case may hold hundreds of sources, and the page shows them as a list to open (bench/judgement.ts).
 */
interface EvidenceRow {
  id: string; number: number; kind: EvidenceKind; source_type: SourceType; source_name: string | null; observed_on: string; method: string; title: string;
  reliability: string | null; not_investigated_reason: string | null; factor_codes: string[]; instrument_id: string | null; professional_only: boolean;
  has_reality_check: boolean; withdrawn_at: string | null; withdrawn_reason: string | null;
}

interface Loaded {
  evidence: EvidenceRow[];
  coverage: Array<{ theme: CoverageTheme; state: CoverageState; note: string | null; note_ids: string[]; evidence_ids: string[]; version: number; updated_at: string; by_name: string }>;
  schema1: Array<{ theme: Schema1Theme; category: Schema1Category; body: string; evidence_ids: string[]; version: number; updated_at: string; by_name: string }>;
  schema2: Array<{ row_key: string; label: string | null; support_need: string | null; work_implications: string | null; basis: string | null; evidence_ids: string[]; position: number; version: number; updated_at: string; by_name: string }>;
  observations: Array<{ id: string; number: number; body: string; discriminator: string | null; evidence_ids: string[]; version: number; created_at: string }>;
  hypotheses: Array<{ id: string; observation_id: string; position: number; explanation: string; status: HypothesisStatus; status_argument: string | null; evidence_for: string[]; evidence_against: string[]; version: number; updated_at: string | null }>;
  anomalies: Array<{ id: string; kind: string; description: string; evidence_ids: string[]; observation_id: string | null; explanation: string | null; explained_at: string | null; version: number; created_at: string }>;
  placements: Array<{ id: string; willingness: number; ability: number; argument: string; evidence_ids: string[]; placed_at: string; by_name: string }>;
  trajectories: Array<{ id: string; screening_reason: string; started_on: string; ended_on: string | null; end_note: string | null }>;
  experiments: Array<{ id: string; trajectory_id: string; title: string; question: string; hypothesis_id: string | null; expected_signals: string; vulnerabilities: string; safeguards: string; starts_on: string; next_feedback_on: string | null; state: 'running' | 'ended'; outcome: string | null }>;
  checkpoints: Array<{ id: string; experiment_id: string; held_on: string; success_experiences: string | null; failure_experiences: string | null; intervention_styles: string[]; picture_changes: string | null; decision: string; next_feedback_on: string | null; recorded_at: string; by_name: string }>;
  profiles: Array<{ id: string; name: string; kind: string; conclusion: string | null }>;
}

const EVIDENCE_SELECT = `SELECT e.id, e.number, e.kind, e.source_type, e.source_name, e.observed_on, e.method, e.title, e.reliability, e.not_investigated_reason,
              array_to_string(e.factor_codes, ' ') AS factor_codes, e.instrument_id, e.professional_only, btrim(coalesce(e.reality_check, '')) <> '' AS has_reality_check,
              e.withdrawn_at, e.withdrawn_reason
         FROM evidence_items e WHERE e.case_id = $1 ORDER BY e.number`;

/** The sources' rows, factor codes split here: codes have no spaces, and this is cheaper than parsing 500 array literals. */
async function evidenceRows(tx: Sql, caseId: string): Promise<EvidenceRow[]> {
  const rows = await tx.query<Omit<EvidenceRow, 'factor_codes'> & { factor_codes: string }>(EVIDENCE_SELECT, [caseId]);
  return rows.map((r) => ({ ...r, factor_codes: r.factor_codes === '' ? [] : r.factor_codes.split(' ') }));
}

/** One collection as a JSON array in its order: many small reads in one round trip (the bench's judgement page). */
const collection = (name: string, select: string, order?: string) =>
  `(SELECT coalesce(json_agg(x${order ? ` ORDER BY ${order}` : ''}), '[]'::json) FROM (${select}) x) AS ${name}`;

/** Everything of the case but its evidence; `$1` is the case. Timestamps come as JSON text and go through iso()/day() like every other. */
const CASE_COLLECTIONS = [
  collection('coverage', `SELECT c.theme, c.state, c.note, c.note_ids, c.evidence_ids, c.version, c.updated_at, u.display_name AS by_name
                            FROM coverage_themes c JOIN users u ON u.id = c.updated_by WHERE c.case_id = $1`),
  collection('schema1', `SELECT c.theme, c.category, c.body, c.evidence_ids, c.version, c.updated_at, u.display_name AS by_name
                           FROM schema1_cells c JOIN users u ON u.id = c.updated_by WHERE c.case_id = $1`),
  collection('schema2', `SELECT r.row_key, r.label, r.support_need, r.work_implications, r.basis, r.evidence_ids, r.position, r.version, r.updated_at, u.display_name AS by_name
                           FROM schema2_rows r JOIN users u ON u.id = r.updated_by WHERE r.case_id = $1`, 'x.position, x.row_key'),
  collection('observations', 'SELECT id, number, body, discriminator, evidence_ids, version, created_at FROM observations WHERE case_id = $1', 'x.number'),
  collection('hypotheses', `SELECT id, observation_id, position, explanation, status, status_argument, evidence_for, evidence_against, version, updated_at
                              FROM hypotheses WHERE case_id = $1`, 'x.observation_id, x.position'),
  collection('anomalies', 'SELECT id, kind, description, evidence_ids, observation_id, explanation, explained_at, version, created_at FROM anomalies WHERE case_id = $1', 'x.created_at'),
  collection('placements', `SELECT p.id, p.willingness, p.ability, p.argument, p.evidence_ids, p.placed_at, u.display_name AS by_name
                              FROM placements p JOIN users u ON u.id = p.placed_by WHERE p.case_id = $1`, 'x.placed_at DESC'),
  collection('trajectories', 'SELECT id, screening_reason, started_on, ended_on, end_note, created_at FROM trajectories WHERE case_id = $1', 'x.started_on, x.created_at'),
  collection('experiments', `SELECT id, trajectory_id, title, question, hypothesis_id, expected_signals, vulnerabilities, safeguards, starts_on, next_feedback_on, state, outcome, created_at
                               FROM experiments WHERE case_id = $1`, 'x.created_at'),
  collection('checkpoints', `SELECT k.id, k.experiment_id, k.held_on, k.success_experiences, k.failure_experiences, k.intervention_styles, k.picture_changes,
                                    k.decision, k.next_feedback_on, k.recorded_at, u.display_name AS by_name
                               FROM checkpoints k JOIN users u ON u.id = k.recorded_by WHERE k.case_id = $1`, 'x.held_on, x.recorded_at'),
  collection('profiles', `SELECT p.id, p.name, p.kind, p.created_at,
                                 (SELECT c.conclusion FROM profile_conclusions c WHERE c.profile_id = p.id ORDER BY c.concluded_at DESC LIMIT 1) AS conclusion
                            FROM job_profiles p WHERE p.case_id = $1 AND p.removed_at IS NULL`, 'x.created_at'),
];

/** What the page shows beside the case's own judgement; `$2` is the organisation. */
const PAGE_COLLECTIONS = [
  collection('versions', `SELECT a.id, a.number, a.content, a.state, a.lock_version, a.reflection, a.created_at, a.updated_at, a.finalised_at, u.display_name AS finalised_by_name
                            FROM advice_versions a LEFT JOIN users u ON u.id = a.finalised_by WHERE a.case_id = $1`, 'x.number DESC'),
  collection('instruments', `SELECT id, name, removed_at IS NOT NULL AS removed FROM instruments
                               WHERE organisation_id = $2 AND (removed_at IS NULL OR id IN (SELECT instrument_id FROM evidence_items WHERE case_id = $1))`, 'lower(x.name)'),
  collection('notes', `SELECT id, 'compass' AS kind, body, updated_at AS at, contact_id FROM compass_notes WHERE case_id = $1
                       UNION ALL SELECT id, 'case_note' AS kind, body, created_at AS at, NULL AS contact_id FROM notes WHERE case_id = $1`, 'x.at DESC'),
  collection('contacts', 'SELECT id, planned_at, contact_form, activity_type, state FROM contacts WHERE case_id = $1', 'x.planned_at'),
  collection('documents', 'SELECT id, file_name, document_type, uploaded_at FROM documents WHERE case_id = $1', 'x.uploaded_at DESC'),
  collection('own_factors', 'SELECT id, group_code, label_nl, label_en, icf_code, created_at FROM judgement_factors WHERE organisation_id = $2', 'x.created_at'),
];

type OwnFactorRow = { id: string; group_code: FactorGroup; label_nl: string; label_en: string; icf_code: string | null };
interface PageRows {
  versions: Array<{ id: string; number: number; content: AdviceContent; state: 'draft' | 'final'; lock_version: number; reflection: (Reflection & { trace: AdviceTrace }) | null; created_at: string; updated_at: string | null; finalised_at: string | null; finalised_by_name: string | null }>;
  instruments: Array<{ id: string; name: string; removed: boolean }>;
  notes: Array<{ id: string; kind: 'compass' | 'case_note'; body: string; at: string; contact_id: string | null }>;
  contacts: Array<{ id: string; planned_at: string; contact_form: string; activity_type: string; state: string }>;
  documents: Array<{ id: string; file_name: string; document_type: string }>;
  own_factors: OwnFactorRow[];
}

/** The case's judgement in two round trips: its sources, and everything else as JSON collections. */
async function loadAll(tx: Sql, caseId: string): Promise<Loaded> {
  const evidence = await evidenceRows(tx, caseId);
  const [rest] = await tx.query<Omit<Loaded, 'evidence'>>(`SELECT ${CASE_COLLECTIONS.join(',\n')}`, [caseId]);
  return { evidence, ...rest! };
}

/** The judgement page: the same two round trips, the second also carrying what the page shows beside it. */
async function loadPage(tx: Sql, caseId: string, organisationId: string): Promise<Loaded & PageRows> {
  const evidence = await evidenceRows(tx, caseId);
  const [rest] = await tx.query<Omit<Loaded, 'evidence'> & PageRows>(`SELECT ${[...CASE_COLLECTIONS, ...PAGE_COLLECTIONS].join(',\n')}`, [caseId, organisationId]);
  return { evidence, ...rest! };
}

const BOUNDARY_GROUPS: readonly FactorGroup[] = ['psychological', 'substances'];

function stateOf(loaded: Loaded, factors: Factor[], advice: AdviceContent | null): JudgementState {
  const lastCheckpoint = loaded.checkpoints.map((k) => iso(k.recorded_at)!).sort().pop() ?? null;
  return {
    today: today(),
    evidence: loaded.evidence.map((e) => ({ id: e.id, number: Number(e.number), kind: e.kind, sourceType: e.source_type, realityCheck: e.has_reality_check ? 'yes' : null, factorCodes: e.factor_codes, withdrawn: e.withdrawn_at !== null })),
    coverage: loaded.coverage.map((c) => ({ theme: c.theme, state: c.state })),
    schema1: loaded.schema1.map((c) => ({ theme: c.theme, category: c.category, body: c.body, evidenceIds: c.evidence_ids, updatedAt: iso(c.updated_at)! })),
    schema2: loaded.schema2.map((r) => ({ key: r.row_key, supportNeed: r.support_need, workImplications: r.work_implications, basis: r.basis, evidenceIds: r.evidence_ids, updatedAt: iso(r.updated_at)! })),
    observations: loaded.observations.map((o) => ({
      id: o.id, discriminator: o.discriminator,
      hypotheses: loaded.hypotheses.filter((h) => h.observation_id === o.id).map((h) => ({ id: h.id, status: h.status, evidenceFor: h.evidence_for })),
    })),
    anomalies: loaded.anomalies.map((a) => ({ id: a.id, explanation: a.explanation })),
    placement: loaded.placements[0] ? { willingness: Number(loaded.placements[0].willingness), ability: Number(loaded.placements[0].ability) } : null,
    experiments: loaded.experiments.map((x) => ({ id: x.id, state: x.state, nextFeedbackOn: day(x.next_feedback_on) })),
    lastCheckpointAt: lastCheckpoint,
    advice,
    profileConclusions: new Map(loaded.profiles.map((p) => [p.id, p.conclusion])),
    boundaryFactors: new Set(factors.filter((f) => BOUNDARY_GROUPS.includes(f.group)).map((f) => f.code)),
  };
}

async function judgementState(tx: Sql, row: CaseRow, advice: AdviceContent | null): Promise<JudgementState> {
  return stateOf(await loadAll(tx, row.id), await factorCatalogue(tx, row.organisation_id), advice);
}

/** Each conclusion of the advice with what it rests on, resolved to readable items (for the page, the final version and the report). */
export interface TraceItem { kind: 'evidence'; id: string; number: number; title: string; sourceType: string; observedOn: string; reliability: string | null; withdrawn: boolean; viaCell: string | null }
export interface TraceCell { kind: 'cell'; ref: string; text: string }
export type AdviceTrace = Record<string, { evidence: TraceItem[]; cells: TraceCell[]; profile: { id: string; name: string; conclusion: string | null } | null }>;

async function adviceTrace(tx: Sql, row: CaseRow, content: AdviceContent, state?: JudgementState, loaded?: Loaded): Promise<AdviceTrace> {
  const data = loaded ?? (await loadAll(tx, row.id));
  const st = state ?? stateOf(data, await factorCatalogue(tx, row.organisation_id), content);
  return traceOf(data, st, content);
}

function traceOf(data: Loaded, state: JudgementState, content: AdviceContent): AdviceTrace {
  const evidence = new Map(data.evidence.map((e) => [e.id, e]));
  const cellText = (ref: string): string => {
    const parsed = parseCellRef(ref);
    if (!parsed) return '';
    if (parsed.schema === 1) return data.schema1.find((c) => c.theme === parsed.theme && c.category === parsed.category)?.body ?? '';
    const r = data.schema2.find((x) => x.row_key === parsed.key);
    return [r?.support_need, r?.work_implications].filter(Boolean).join(' — ');
  };
  const trace: AdviceTrace = {};
  const sections: Array<[string, Conclusion | null, string | null]> = [
    ...content.workTypes.map((w, i): [string, Conclusion, string | null] => [`workTypes.${i}`, w, w.profileId]),
    ...(['schooling', 'guidance', 'endGoal', 'supportNeed', 'risksAndSafeguards', 'uncertainties'] as const).map((s): [string, Conclusion | null, null] => [s, content[s], null]),
  ];
  for (const [name, c, profileId] of sections) {
    if (!c) continue;
    const direct = new Set(c.evidenceIds);
    const items: TraceItem[] = [];
    for (const id of conclusionEvidence(c, state)) {
      const e = evidence.get(id);
      if (!e) continue;
      const viaCell = direct.has(id) ? null : c.cellRefs.find((ref) => {
        const p = parseCellRef(ref);
        if (!p) return false;
        const ids = p.schema === 1 ? state.schema1.find((x) => x.theme === p.theme && x.category === p.category)?.evidenceIds : state.schema2.find((x) => x.key === p.key)?.evidenceIds;
        return ids?.includes(id) ?? false;
      }) ?? null;
      items.push({ kind: 'evidence', id, number: Number(e.number), title: e.title, sourceType: e.source_type, observedOn: day(e.observed_on)!, reliability: e.reliability, withdrawn: e.withdrawn_at !== null, viaCell });
    }
    items.sort((a, b) => a.number - b.number);
    const profile = profileId ? data.profiles.find((p) => p.id === profileId) : undefined;
    trace[name] = {
      evidence: items, cells: c.cellRefs.map((ref) => ({ kind: 'cell' as const, ref, text: cellText(ref) })),
      profile: profile ? { id: profile.id, name: profile.name, conclusion: profile.conclusion } : null,
    };
  }
  return trace;
}

/** Everything on the judgement page in one answer: the bench's "case judgement page". */
export async function judgementPage(door: Door, caseId: string) {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'judgement.work');
    const data = await loadPage(tx, caseId, row.organisation_id);
    const factors = catalogueWith(data.own_factors);
    const { versions, instruments, notes: noteRows, contacts, documents } = data;
    const current = versions[0];
    const state = stateOf(data, factors, current?.content ?? null);
    const signals = judgementSignals(state);
    audit({ action: 'judgement.read', entityType: 'case', entityIds: [caseId] });
    const summary = coverageSummary(state.coverage);
    const excerpt = (s: string) => ([...s].length > 160 ? `${[...s].slice(0, 157).join('')}…` : s);
    return {
      caseId, reference: row.reference, legalContext: row.legal_context, open: !isClosed(row.status), today: state.today,
      evidence: data.evidence.map((e) => ({
        id: e.id, number: Number(e.number), kind: e.kind, sourceType: e.source_type, sourceName: e.source_name, observedOn: day(e.observed_on)!, method: e.method, title: e.title,
        reliability: e.reliability, notInvestigatedReason: e.not_investigated_reason, factorCodes: e.factor_codes, instrumentId: e.instrument_id, professionalOnly: e.professional_only,
        hasRealityCheck: e.has_reality_check, withdrawn: e.withdrawn_at ? { at: iso(e.withdrawn_at)!, reason: e.withdrawn_reason ?? '' } : null,
      })),
      coverage: {
        themes: data.coverage.map((c) => ({ theme: c.theme, state: c.state, note: c.note, noteIds: c.note_ids, evidenceIds: c.evidence_ids, version: Number(c.version), updatedAt: iso(c.updated_at)!, updatedBy: c.by_name })),
        summary,
      },
      schema1: data.schema1.map((c) => ({ ref: schema1Ref(c.theme, c.category), theme: c.theme, category: c.category, body: c.body, evidenceIds: c.evidence_ids, version: Number(c.version), updatedAt: iso(c.updated_at)!, updatedBy: c.by_name })),
      schema2: data.schema2.map((r) => ({
        ref: schema2Ref(r.row_key), key: r.row_key, label: r.label, supportNeed: r.support_need, workImplications: r.work_implications, basis: r.basis, evidenceIds: r.evidence_ids,
        version: Number(r.version), updatedAt: iso(r.updated_at)!, updatedBy: r.by_name,
      })),
      observations: data.observations.map((o) => ({
        id: o.id, number: Number(o.number), body: o.body, discriminator: o.discriminator, evidenceIds: o.evidence_ids, version: Number(o.version), createdAt: iso(o.created_at)!,
        hypotheses: data.hypotheses.filter((h) => h.observation_id === o.id).map((h) => ({
          id: h.id, explanation: h.explanation, status: h.status, statusArgument: h.status_argument, evidenceFor: h.evidence_for, evidenceAgainst: h.evidence_against,
          version: Number(h.version), updatedAt: iso(h.updated_at),
        })),
      })),
      anomalies: data.anomalies.map((a) => ({
        id: a.id, kind: a.kind, description: a.description, evidenceIds: a.evidence_ids, observationId: a.observation_id, explanation: a.explanation, explainedAt: iso(a.explained_at),
        version: Number(a.version), createdAt: iso(a.created_at)!,
      })),
      placements: data.placements.map((p) => ({ id: p.id, willingness: Number(p.willingness), ability: Number(p.ability), argument: p.argument, evidenceIds: p.evidence_ids, placedAt: iso(p.placed_at)!, placedBy: p.by_name })),
      trajectories: data.trajectories.map((t) => ({
        id: t.id, screeningReason: t.screening_reason, startedOn: day(t.started_on)!, endedOn: day(t.ended_on), endNote: t.end_note,
        experiments: data.experiments.filter((x) => x.trajectory_id === t.id).map((x) => ({
          id: x.id, title: x.title, question: x.question, hypothesisId: x.hypothesis_id, expectedSignals: x.expected_signals, vulnerabilities: x.vulnerabilities, safeguards: x.safeguards,
          startsOn: day(x.starts_on)!, nextFeedbackOn: day(x.next_feedback_on), state: x.state, outcome: x.outcome,
          questions: x.state === 'running' && x.next_feedback_on ? questionExperiment(lastHeld(data, x.id) ?? (day(x.starts_on)! < state.today ? state.today : day(x.starts_on)!), day(x.next_feedback_on)!) : [],
          checkpoints: data.checkpoints.filter((k) => k.experiment_id === x.id).map((k) => ({
            id: k.id, heldOn: day(k.held_on)!, successExperiences: k.success_experiences, failureExperiences: k.failure_experiences, interventionStyles: k.intervention_styles,
            pictureChanges: k.picture_changes, decision: k.decision, nextFeedbackOn: day(k.next_feedback_on), recordedAt: iso(k.recorded_at)!, recordedBy: k.by_name,
          })),
        })),
      })),
      lastCheckpointAt: state.lastCheckpointAt,
      advice: current ? {
        number: Number(current.number), state: current.state, lockVersion: Number(current.lock_version), content: current.content,
        trace: current.state === 'final' && current.reflection ? current.reflection.trace : traceOf(data, state, current.content),
        reflection: current.reflection ? { answers: current.reflection.answers, skipped: current.reflection.skipped, signals: current.reflection.signals } : null,
        finalisedAt: iso(current.finalised_at), finalisedBy: current.finalised_by_name,
      } : null,
      adviceHistory: versions.map((v) => ({ number: Number(v.number), state: v.state, createdAt: iso(v.created_at)!, finalisedAt: iso(v.finalised_at), finalisedBy: v.finalised_by_name, skipped: v.reflection?.skipped ?? [] })),
      signals,
      beforeFinal: REFLECTION_QUESTIONS.map((q) => ({ question: q, signals: signals.filter((s) => QUESTION_SIGNALS[q].includes(s.code)) })),
      adviceSections: [...ADVICE_SECTIONS],
      factors: factors.map((f) => ({ ...f, own: f.code.startsWith('org:') })),
      factorGroups: FACTOR_GROUPS.map((g) => ({ code: g, label: FACTOR_GROUP_LABELS[g] })),
      instruments: instruments.map((i) => ({ id: i.id, name: i.name, removed: i.removed })),
      notes: noteRows.map((n) => ({ id: n.id, kind: n.kind, excerpt: excerpt(n.body), at: iso(n.at)!, contactId: n.contact_id })),
      contacts: contacts.map((c) => ({ id: c.id, plannedAt: iso(c.planned_at)!, contactForm: c.contact_form, activityType: c.activity_type, state: c.state })),
      documents: documents.map((d) => ({ id: d.id, fileName: d.file_name, documentType: d.document_type })),
      profiles: data.profiles.map((p) => ({ id: p.id, name: p.name, kind: p.kind, conclusion: p.conclusion })),
    };
  });
}

/** Where a source is used on the case: the other direction of the trace. */
export interface EvidenceUse { kind: 'coverage' | 'schema1' | 'schema2' | 'observation' | 'hypothesis_for' | 'hypothesis_against' | 'anomaly' | 'placement' | 'advice'; ref: string; label: string }

function usesOf(data: Loaded, advice: AdviceContent | null, evidenceId: string): EvidenceUse[] {
  const uses: EvidenceUse[] = [];
  for (const c of data.coverage) if (c.evidence_ids.includes(evidenceId)) uses.push({ kind: 'coverage', ref: c.theme, label: c.theme });
  for (const c of data.schema1) if (c.evidence_ids.includes(evidenceId)) uses.push({ kind: 'schema1', ref: schema1Ref(c.theme, c.category), label: c.body });
  for (const r of data.schema2) if (r.evidence_ids.includes(evidenceId)) uses.push({ kind: 'schema2', ref: schema2Ref(r.row_key), label: r.label ?? r.row_key });
  for (const o of data.observations) if (o.evidence_ids.includes(evidenceId)) uses.push({ kind: 'observation', ref: o.id, label: `W${Number(o.number)}: ${o.body}` });
  for (const h of data.hypotheses) {
    if (h.evidence_for.includes(evidenceId)) uses.push({ kind: 'hypothesis_for', ref: h.id, label: h.explanation });
    if (h.evidence_against.includes(evidenceId)) uses.push({ kind: 'hypothesis_against', ref: h.id, label: h.explanation });
  }
  for (const a of data.anomalies) if (a.evidence_ids.includes(evidenceId)) uses.push({ kind: 'anomaly', ref: a.id, label: a.description });
  for (const p of data.placements) if (p.evidence_ids.includes(evidenceId)) uses.push({ kind: 'placement', ref: p.id, label: p.argument });
  if (advice) {
    const sections: Array<[string, Conclusion | null]> = [
      ...advice.workTypes.map((w, i): [string, Conclusion] => [`workTypes.${i}`, w]),
      ...(['schooling', 'guidance', 'endGoal', 'supportNeed', 'risksAndSafeguards', 'uncertainties'] as const).map((k): [string, Conclusion | null] => [k, advice[k]]),
    ];
    for (const [name, c] of sections) if (c?.evidenceIds.includes(evidenceId)) uses.push({ kind: 'advice', ref: name, label: c.text });
  }
  return uses;
}

/** One source in full, with where it is used; for the labour expert on the case. */
export async function evidenceDetail(door: Door, caseId: string, evidenceId: string) {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'judgement.work');
    const [e] = await tx.query<{
      id: string; number: number; kind: EvidenceKind; source_type: SourceType; source_name: string | null; observed_on: string; method: string; title: string; body: string | null;
      interest: string | null; reliability: string | null; reality_check: string | null; not_investigated_reason: string | null; factor_codes: string[]; instrument_id: string | null;
      contact_id: string | null; document_id: string | null; professional_only: boolean; version: number; recorded_at: string; recorded_by_name: string; updated_at: string | null;
      withdrawn_at: string | null; withdrawn_reason: string | null;
    }>(
      `SELECT e.id, e.number, e.kind, e.source_type, e.source_name, e.observed_on, e.method, e.title, e.body, e.interest, e.reliability, e.reality_check, e.not_investigated_reason,
              e.factor_codes::text[] AS factor_codes, e.instrument_id, e.contact_id, e.document_id, e.professional_only, e.version, e.recorded_at, u.display_name AS recorded_by_name,
              e.updated_at, e.withdrawn_at, e.withdrawn_reason
         FROM evidence_items e JOIN users u ON u.id = e.recorded_by WHERE e.id = $1 AND e.case_id = $2`, [evidenceId, caseId]);
    if (!e) throw new AppError('not_found', 'error.not_found');
    const data = await loadAll(tx, caseId);
    const advice = await currentAdvice(tx, caseId);
    audit({ action: 'judgement.evidence.read', entityType: 'evidence_item', entityIds: [evidenceId] });
    return {
      id: e.id, number: Number(e.number), kind: e.kind, sourceType: e.source_type, sourceName: e.source_name, observedOn: day(e.observed_on)!, method: e.method, title: e.title,
      body: e.body, interest: e.interest, reliability: e.reliability, realityCheck: e.reality_check, notInvestigatedReason: e.not_investigated_reason, factorCodes: e.factor_codes,
      instrumentId: e.instrument_id, contactId: e.contact_id, documentId: e.document_id, professionalOnly: e.professional_only, version: Number(e.version),
      recordedAt: iso(e.recorded_at)!, recordedBy: e.recorded_by_name, updatedAt: iso(e.updated_at),
      withdrawn: e.withdrawn_at ? { at: iso(e.withdrawn_at)!, reason: e.withdrawn_reason ?? '' } : null,
      usedIn: usesOf(data, advice?.content ?? null, evidenceId),
    };
  });
}

function lastHeld(data: Loaded, experimentId: string): string | null {
  const held = data.checkpoints.filter((k) => k.experiment_id === experimentId).map((k) => day(k.held_on)!).sort();
  return held.pop() ?? null;
}

/** The final advice with its trace, for the report (issue 8); null while there is none. */
export async function finalAdvice(tx: Sql, caseId: string): Promise<{ number: number; content: AdviceContent; reflection: Reflection & { trace: AdviceTrace }; finalisedAt: string } | null> {
  const [row] = await tx.query<{ number: number; content: AdviceContent; reflection: Reflection & { trace: AdviceTrace }; finalised_at: string }>(
    "SELECT number, content, reflection, finalised_at FROM advice_versions WHERE case_id = $1 AND state = 'final' ORDER BY number DESC LIMIT 1", [caseId]);
  return row ? { number: Number(row.number), content: row.content, reflection: row.reflection, finalisedAt: iso(row.finalised_at)! } : null;
}
