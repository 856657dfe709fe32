// The SQL of capacity against demands (issue 6): FML catalogues, capacity profiles (FML) on a case, job
// profiles (on a case or in the organisation's library), the expert's note and judgement per item, and
// conclusions per profile. Every rule is in domain.ts / catalogue.ts; this file loads, checks through
// them, and saves all or nothing. Contract: docs/capacity.md and docs/api.md.
import { randomUUID } from 'node:crypto';
import { mayInOrganisation, type OrganisationAction } from '../platform/access.js';
import type { Sql } from '../platform/db.js';
import type { Door } from '../platform/door.js';
import { AppError } from '../platform/errors.js';
import type { Language } from '../platform/i18n.js';
import { isClosed } from '../cases/domain.js';
import { caseForAction, recordEvent, requireOpen, touchCase, type CaseRow } from '../cases/store.js';
import { FML_CATALOGUE, validateCatalogue, type Catalogue } from './catalogue.js';
import {
  checkAdjustments, checkCapacityValues, checkCellInputs, checkConclusion, checkDemandValues, checkFmlMeta, compareProfile, fmlHistory, fmlWarnings,
  parseFmlImport, questionConclusion, spoorOutcome, JOB_PROFILE_KINDS, type Adjustment, type CapacityValues, type CaseEvent, type CellOverride, type DemandValues,
  type FmlMeta, type JobProfileKind, type ProfileConclusion,
} from './domain.js';
import {
  adjustmentProblemText, catalogueProblemText, cellProblemText, conclusionProblemText, importProblemText, metaProblemText, valueProblemText, type ProblemText,
} from './messages.js';

/** The selection shipped with Passend; an organisation's own lists are rows with a uuid. */
export const SHIPPED_CATALOGUE_ID = 'shipped';
export const PROFILE_BASES = ['job_description', 'workplace_investigation', 'library', 'other'] as const;
export type ProfileBasis = (typeof PROFILE_BASES)[number];

// ---- problems: all at once, nothing saved ---------------------------------------------------------

/** 400 with every problem; the message names the first, the `problems` fact lists them all. */
function refuse(problems: ProblemText[], key: 'capacity.invalid' | 'capacity.import_invalid' | 'capacity.catalogue_invalid' = 'capacity.invalid'): never {
  const first = problems[0]!;
  const messageKey = key === 'capacity.invalid' && problems.length > 1 ? 'capacity.invalid_more' : key;
  throw new AppError('validation', messageKey, { first: first.message, more: problems.length - 1, count: problems.length }, first.field, { problems });
}

function requireOrganisation(door: Door, action: OrganisationAction): void {
  if (!mayInOrganisation(door.actor, action)) throw new AppError('forbidden', 'error.forbidden');
}

// ---- catalogues ----------------------------------------------------------------------------------

/** Loaded catalogues never change (a new version is a new row), so they are kept once parsed. */
const catalogueCache = new Map<string, Catalogue>();

export async function catalogueOf(sql: Sql, organisationId: string, catalogueId: string): Promise<Catalogue> {
  if (catalogueId === SHIPPED_CATALOGUE_ID) return FML_CATALOGUE;
  const key = `${organisationId}:${catalogueId}`;
  const cached = catalogueCache.get(key);
  if (cached) return cached;
  if (!/^[0-9a-f-]{36}$/i.test(catalogueId)) throw new AppError('not_found', 'capacity.unknown_catalogue');
  const [row] = await sql.query<{ body: unknown }>('SELECT body FROM capacity_catalogues WHERE id = $1 AND organisation_id = $2', [catalogueId, organisationId]);
  if (!row) throw new AppError('not_found', 'capacity.unknown_catalogue');
  const checked = validateCatalogue(row.body);
  if (!checked.ok) throw new AppError('internal', 'error.internal');
  catalogueCache.set(key, checked.catalogue);
  return checked.catalogue;
}

export interface CatalogueSummary { id: string; name: string; version: string; source: string; items: number; shipped: boolean; loadedAt: string | null }

export async function listCatalogues(door: Door): Promise<CatalogueSummary[]> {
  return door.work(async (tx) => {
    const rows = await tx.query<{ id: string; name: string; version: string; source: string; items: number; loaded_at: string }>(
      `SELECT id, name, version, source, jsonb_array_length(body->'items') AS items, loaded_at FROM capacity_catalogues WHERE organisation_id = $1 ORDER BY loaded_at DESC`,
      [door.actor.organisationId]);
    return [
      { id: SHIPPED_CATALOGUE_ID, name: FML_CATALOGUE.name, version: FML_CATALOGUE.version, source: FML_CATALOGUE.source, items: FML_CATALOGUE.items.length, shipped: true, loadedAt: null },
      ...rows.map((r) => ({ id: r.id, name: r.name, version: r.version, source: r.source, items: Number(r.items), shipped: false, loadedAt: new Date(r.loaded_at).toISOString() })),
    ];
  });
}

export async function catalogue(door: Door, catalogueId: string): Promise<Catalogue> {
  return door.work((tx) => catalogueOf(tx, door.actor.organisationId, catalogueId));
}

/** An administrator loads the full official list or a successor (AKC Inzetbaarheidslijst, BAR) as data. */
export async function loadCatalogue(door: Door, input: unknown): Promise<{ id: string }> {
  requireOrganisation(door, 'capacity.configure');
  const checked = validateCatalogue(input);
  if (!checked.ok) refuse(checked.problems.map((p) => catalogueProblemText(door.language, p)), 'capacity.catalogue_invalid');
  const c = checked.catalogue;
  return door.work(async (tx, audit) => {
    const [exists] = await tx.query('SELECT 1 FROM capacity_catalogues WHERE organisation_id = $1 AND name = $2 AND version = $3', [door.actor.organisationId, c.name, c.version]);
    if (exists || (c.name === FML_CATALOGUE.name && c.version === FML_CATALOGUE.version)) throw new AppError('conflict', 'capacity.catalogue_exists');
    const id = randomUUID();
    await tx.query('INSERT INTO capacity_catalogues (id, organisation_id, name, version, source, body, loaded_by) VALUES ($1,$2,$3,$4,$5,$6,$7)',
      [id, door.actor.organisationId, c.name, c.version, c.source, JSON.stringify(c), door.actor.userId]);
    audit({ action: 'capacity.catalogue.load', entityType: 'capacity_catalogue', entityIds: [id] });
    return { id };
  });
}

// ---- FML ----------------------------------------------------------------------------------------

export interface FmlInput extends FmlMeta { catalogueId: string; values: unknown }

interface FmlRow {
  id: string; catalogue_id: string; drawn_up_on: string; author_role: FmlMeta['authorRole']; during_treatment: boolean; prognosis: string | null;
  version_label: string | null; capacity: CapacityValues; entered_via: 'form' | 'import'; version: number; recorded_at: string; recorded_by_name: string;
}

const isoDay = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

function checkedFml(language: Language, catalogue: Catalogue, input: { values: unknown } & Record<string, unknown>) {
  const meta = checkFmlMeta(input);
  const values = checkCapacityValues(catalogue, input.values);
  const problems = [
    ...(meta.ok ? [] : meta.problems.map((p) => metaProblemText(language, p))),
    ...(values.ok ? [] : values.problems.map((p) => valueProblemText(language, p, 'values'))),
  ];
  if (problems.length > 0 || !meta.ok || !values.ok) refuse(problems);
  return { meta: meta.meta, values: values.values };
}

async function insertFml(tx: Sql, door: Door, row: CaseRow, catalogueId: string, meta: FmlMeta, values: CapacityValues, via: 'form' | 'import') {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO fml_profiles (id, case_id, catalogue_id, drawn_up_on, author_role, during_treatment, prognosis, version_label, capacity, entered_via, recorded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
    [id, row.id, catalogueId, meta.date, meta.authorRole, meta.circumstances.duringTreatment, meta.circumstances.prognosis, meta.versionLabel, JSON.stringify(values), via, door.actor.userId]);
  await recordEvent(tx, row.id, door.actor.userId, 'fml_recorded', { fmlId: id, date: meta.date, authorRole: meta.authorRole, via }, true);
  await touchCase(tx, row.id);
  return id;
}

export async function recordFml(door: Door, caseId: string, input: FmlInput): Promise<{ id: string }> {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'capacity.work');
    requireOpen(row);
    const catalogue = await catalogueOf(tx, row.organisation_id, input.catalogueId);
    const { meta, values } = checkedFml(door.language, catalogue, input as unknown as { values: unknown } & Record<string, unknown>);
    const id = await insertFml(tx, door, row, input.catalogueId, meta, values, 'form');
    audit({ action: 'capacity.fml.create', entityType: 'fml_profile', entityIds: [id] });
    return { id };
  });
}

/** An FML from a structured file (docs/capacity.md): every problem with its line, or the whole FML. */
export async function importFml(door: Door, caseId: string, input: { catalogueId: string; text: string }): Promise<{ id: string; items: number }> {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'capacity.work');
    requireOpen(row);
    const catalogue = await catalogueOf(tx, row.organisation_id, input.catalogueId);
    const parsed = parseFmlImport(input.text, catalogue);
    if (!parsed.ok) refuse(parsed.problems.map((p) => importProblemText(door.language, p)), 'capacity.import_invalid');
    const { catalogue: _ref, values, ...meta } = parsed.fml;
    const id = await insertFml(tx, door, row, input.catalogueId, meta, values, 'import');
    audit({ action: 'capacity.fml.import', entityType: 'fml_profile', entityIds: [id] });
    return { id, items: Object.keys(values).length };
  });
}

/** Corrects a typing error in an FML (the physician's document stays one row; the audit keeps who and when). */
export async function correctFml(door: Door, caseId: string, fmlId: string, input: Omit<FmlInput, 'catalogueId'> & { version: number }): Promise<{ version: number }> {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'capacity.work');
    requireOpen(row);
    const [current] = await tx.query<{ catalogue_id: string; version: number }>('SELECT catalogue_id, version FROM fml_profiles WHERE id = $1 AND case_id = $2 FOR UPDATE', [fmlId, caseId]);
    if (!current) throw new AppError('not_found', 'error.not_found');
    if (Number(current.version) !== input.version) throw new AppError('conflict', 'capacity.stale');
    const catalogue = await catalogueOf(tx, row.organisation_id, current.catalogue_id);
    const { meta, values } = checkedFml(door.language, catalogue, input as unknown as { values: unknown } & Record<string, unknown>);
    const version = Number(current.version) + 1;
    await tx.query(
      `UPDATE fml_profiles SET drawn_up_on = $2, author_role = $3, during_treatment = $4, prognosis = $5, version_label = $6, capacity = $7, version = $8,
              updated_by = $9, updated_at = now() WHERE id = $1`,
      [fmlId, meta.date, meta.authorRole, meta.circumstances.duringTreatment, meta.circumstances.prognosis, meta.versionLabel, JSON.stringify(values), version, door.actor.userId]);
    audit({ action: 'capacity.fml.correct', entityType: 'fml_profile', entityIds: [fmlId] });
    return { version };
  });
}

// ---- job profiles -------------------------------------------------------------------------------

export interface ProfileInput {
  kind: JobProfileKind;
  name: string;
  basis: ProfileBasis;
  description: string | null;
  catalogueId: string;
  demands: unknown;
  adjustments: unknown;
}

function checkedProfile(language: Language, catalogue: Catalogue, input: { demands: unknown; adjustments: unknown }) {
  const demands = checkDemandValues(catalogue, input.demands);
  const adjustmentProblems = checkAdjustments(catalogue, input.adjustments ?? []);
  const problems = [
    ...(demands.ok ? [] : demands.problems.map((p) => valueProblemText(language, p, 'demands'))),
    ...adjustmentProblems.map((p) => adjustmentProblemText(language, p)),
  ];
  if (problems.length > 0 || !demands.ok) refuse(problems);
  return { demands: demands.values, adjustments: (input.adjustments ?? []) as Adjustment[] };
}

async function insertProfile(tx: Sql, door: Door, caseId: string | null, input: Omit<ProfileInput, 'demands' | 'adjustments'>, demands: DemandValues, adjustments: Adjustment[], copiedFrom: string | null) {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO job_profiles (id, organisation_id, case_id, kind, name, basis, description, catalogue_id, demands, adjustments, copied_from, created_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
    [id, door.actor.organisationId, caseId, input.kind, input.name, input.basis, input.description, input.catalogueId, JSON.stringify(demands),
      JSON.stringify(adjustments.map((a) => ({ description: a.description, effect: a.effect, items: a.items ?? [] }))), copiedFrom, door.actor.userId]);
  return id;
}

export async function addProfile(door: Door, caseId: string, input: ProfileInput): Promise<{ id: string }> {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'capacity.work');
    requireOpen(row);
    const catalogue = await catalogueOf(tx, row.organisation_id, input.catalogueId);
    const { demands, adjustments } = checkedProfile(door.language, catalogue, input);
    const id = await insertProfile(tx, door, caseId, input, demands, adjustments, null);
    await recordEvent(tx, caseId, door.actor.userId, 'job_profile_added', { profileId: id, kind: input.kind, name: input.name }, true);
    await touchCase(tx, caseId);
    audit({ action: 'capacity.profile.create', entityType: 'job_profile', entityIds: [id] });
    return { id };
  });
}

interface ProfileRow {
  id: string; case_id: string | null; kind: JobProfileKind; name: string; basis: ProfileBasis; description: string | null; catalogue_id: string;
  demands: DemandValues; adjustments: Adjustment[]; copied_from: string | null; version: number; created_at: string; updated_at: string | null;
}
const PROFILE_COLUMNS = 'id, case_id, kind, name, basis, description, catalogue_id, demands, adjustments, copied_from, version, created_at, updated_at';

async function profileOnCase(tx: Sql, caseId: string, profileId: string, lock = false): Promise<ProfileRow> {
  const [profile] = await tx.query<ProfileRow>(
    `SELECT ${PROFILE_COLUMNS} FROM job_profiles WHERE id = $1 AND case_id = $2 AND removed_at IS NULL${lock ? ' FOR UPDATE' : ''}`, [profileId, caseId]);
  if (!profile) throw new AppError('not_found', 'error.not_found');
  return profile;
}

/** A copy to adjust: "adapted own job" from the own job, another variant of a profile. */
export async function copyProfile(door: Door, caseId: string, profileId: string, input: { name: string; kind: JobProfileKind }): Promise<{ id: string }> {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'capacity.work');
    requireOpen(row);
    const source = await profileOnCase(tx, caseId, profileId);
    const id = await insertProfile(tx, door, caseId, { ...source, catalogueId: source.catalogue_id, name: input.name, kind: input.kind }, source.demands, source.adjustments, source.id);
    await recordEvent(tx, caseId, door.actor.userId, 'job_profile_added', { profileId: id, kind: input.kind, name: input.name, copiedFrom: source.id }, true);
    audit({ action: 'capacity.profile.copy', entityType: 'job_profile', entityIds: [id, source.id] });
    return { id };
  });
}

export async function updateProfile(door: Door, caseId: string, profileId: string, input: Omit<ProfileInput, 'catalogueId'> & { version: number }): Promise<{ version: number }> {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'capacity.work');
    requireOpen(row);
    const current = await profileOnCase(tx, caseId, profileId, true);
    if (Number(current.version) !== input.version) throw new AppError('conflict', 'capacity.stale');
    const catalogue = await catalogueOf(tx, row.organisation_id, current.catalogue_id);
    const { demands, adjustments } = checkedProfile(door.language, catalogue, input);
    const version = Number(current.version) + 1;
    await tx.query(
      `UPDATE job_profiles SET kind = $2, name = $3, basis = $4, description = $5, demands = $6, adjustments = $7, version = $8, updated_by = $9, updated_at = now() WHERE id = $1`,
      [profileId, input.kind, input.name, input.basis, input.description, JSON.stringify(demands), JSON.stringify(adjustments), version, door.actor.userId]);
    audit({ action: 'capacity.profile.update', entityType: 'job_profile', entityIds: [profileId] });
    return { version };
  });
}

/** Removed from the case's comparison; kept in the database with its judgements and conclusions (audit). */
export async function removeProfile(door: Door, caseId: string, profileId: string): Promise<void> {
  await door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'capacity.work');
    requireOpen(row);
    await profileOnCase(tx, caseId, profileId, true);
    await tx.query('UPDATE job_profiles SET removed_at = now(), removed_by = $2 WHERE id = $1', [profileId, door.actor.userId]);
    audit({ action: 'capacity.profile.remove', entityType: 'job_profile', entityIds: [profileId] });
  });
}

// ---- the expert's note and judgement per item; conclusions ---------------------------------------

export async function saveCell(door: Door, caseId: string, profileId: string, itemCode: string, input: { note: string | null; override: CellOverride | null }): Promise<void> {
  await door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'capacity.work');
    requireOpen(row);
    const profile = await profileOnCase(tx, caseId, profileId);
    const catalogue = await catalogueOf(tx, row.organisation_id, profile.catalogue_id);
    const note = input.note !== null && input.note.trim() !== '' ? input.note : null;
    const problems = checkCellInputs(catalogue, input.override ? { [itemCode]: input.override } : {}, note !== null ? { [itemCode]: note } : {});
    if (!catalogue.items.some((i) => i.code === itemCode)) problems.unshift({ item: itemCode, field: 'override', reason: 'unknown_item' });
    if (problems.length > 0) refuse(problems.map((p) => cellProblemText(door.language, p)));
    if (note === null && input.override === null) {
      await tx.query('DELETE FROM capacity_cells WHERE profile_id = $1 AND item_code = $2', [profileId, itemCode]);
    } else {
      await tx.query(
        `INSERT INTO capacity_cells (profile_id, item_code, note, override_conclusion, override_reason, updated_by) VALUES ($1,$2,$3,$4,$5,$6)
         ON CONFLICT (profile_id, item_code) DO UPDATE SET note = $3, override_conclusion = $4, override_reason = $5, updated_by = $6, updated_at = now()`,
        [profileId, itemCode, note, input.override?.conclusion ?? null, input.override?.reason ?? null, door.actor.userId]);
    }
    audit({ action: 'capacity.cell.save', entityType: 'job_profile', entityIds: [profileId] });
  });
}

/** A conclusion per profile, against the FML shown; Passend's questions are kept with it, never a block. */
export async function concludeProfile(door: Door, caseId: string, profileId: string, input: ProfileConclusion & { fmlId: string | null }) {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'capacity.work');
    requireOpen(row);
    const problems = checkConclusion(input);
    if (problems.length > 0) refuse(problems.map((p) => conclusionProblemText(door.language, p)));
    const profile = await profileOnCase(tx, caseId, profileId);
    const catalogue = await catalogueOf(tx, row.organisation_id, profile.catalogue_id);
    let fmlValues: CapacityValues = {};
    if (input.fmlId !== null) {
      const [fml] = await tx.query<{ capacity: CapacityValues; catalogue_id: string }>('SELECT capacity, catalogue_id FROM fml_profiles WHERE id = $1 AND case_id = $2', [input.fmlId, caseId]);
      if (!fml) throw new AppError('not_found', 'error.not_found');
      if (fml.catalogue_id !== profile.catalogue_id) throw new AppError('conflict', 'capacity.other_catalogue');
      fmlValues = fml.capacity;
    }
    const cells = await cellsOf(tx, [profileId]);
    const comparison = compareProfile(catalogue, { values: fmlValues }, { id: profileId, values: profile.demands }, cells.overrides.get(profileId), cells.notes.get(profileId));
    const questions = questionConclusion(input, comparison.summary, profile.adjustments);
    const id = randomUUID();
    await tx.query('INSERT INTO profile_conclusions (id, profile_id, fml_id, conclusion, reasoning, questions, concluded_by) VALUES ($1,$2,$3,$4,$5,$6,$7)',
      [id, profileId, input.fmlId, input.conclusion, input.reasoning, JSON.stringify(questions), door.actor.userId]);
    await recordEvent(tx, caseId, door.actor.userId, 'profile_concluded', { profileId, name: profile.name, conclusion: input.conclusion }, true);
    await touchCase(tx, caseId);
    audit({ action: 'capacity.profile.conclude', entityType: 'job_profile', entityIds: [profileId] });
    return { id, questions };
  });
}

async function cellsOf(tx: Sql, profileIds: string[]) {
  const overrides = new Map<string, Record<string, CellOverride>>();
  const notes = new Map<string, Record<string, string>>();
  if (profileIds.length === 0) return { overrides, notes, meta: new Map<string, { updatedAt: string; by: string }>() };
  const rows = await tx.query<{ profile_id: string; item_code: string; note: string | null; override_conclusion: CellOverride['conclusion'] | null; override_reason: string | null; updated_at: string; by_name: string }>(
    `SELECT c.profile_id, c.item_code, c.note, c.override_conclusion, c.override_reason, c.updated_at, u.display_name AS by_name
       FROM capacity_cells c JOIN users u ON u.id = c.updated_by WHERE c.profile_id = ANY($1::uuid[])`, [profileIds]);
  const meta = new Map<string, { updatedAt: string; by: string }>();
  for (const r of rows) {
    if (r.override_conclusion && r.override_reason) overrides.set(r.profile_id, { ...overrides.get(r.profile_id), [r.item_code]: { conclusion: r.override_conclusion, reason: r.override_reason } });
    if (r.note) notes.set(r.profile_id, { ...notes.get(r.profile_id), [r.item_code]: r.note });
    meta.set(`${r.profile_id}:${r.item_code}`, { updatedAt: new Date(r.updated_at).toISOString(), by: r.by_name });
  }
  return { overrides, notes, meta };
}

// ---- the page: FMLs side by side, profiles, the matrix, conclusions, spoor -----------------------

/** Timeline events that may change what an FML means: a newer medical or earlier report, a reopened case. */
const MEANINGFUL_DOCUMENTS = new Set(['fml', 'medical_free_information', 'earlier_report']);

export async function capacityPage(door: Door, caseId: string, chosenFmlId: string | null, now = new Date()) {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'capacity.work');
    const fmlRows = await tx.query<FmlRow>(
      `SELECT f.id, f.catalogue_id, f.drawn_up_on, f.author_role, f.during_treatment, f.prognosis, f.version_label, f.capacity, f.entered_via, f.version, f.recorded_at,
              u.display_name AS recorded_by_name
         FROM fml_profiles f JOIN users u ON u.id = f.recorded_by WHERE f.case_id = $1`, [caseId]);
    const profiles = await tx.query<ProfileRow>(`SELECT ${PROFILE_COLUMNS} FROM job_profiles WHERE case_id = $1 AND removed_at IS NULL ORDER BY created_at`, [caseId]);
    const events = await tx.query<{ kind: string; at: string; details: Record<string, unknown> }>(
      "SELECT kind, at, details FROM case_events WHERE case_id = $1 AND kind IN ('document_added', 'reopened') ORDER BY at", [caseId]);
    const caseEvents: CaseEvent[] = events
      .filter((e) => e.kind === 'reopened' || MEANINGFUL_DOCUMENTS.has(String(e.details.documentType)))
      .map((e) => ({ kind: e.kind === 'reopened' ? 'reopened' : `document:${String(e.details.documentType)}`, at: new Date(e.at).toISOString(), label: typeof e.details.fileName === 'string' ? e.details.fileName : undefined }));

    const fmls = fmlHistory(fmlRows.map((f) => ({ ...f, date: isoDay(f.drawn_up_on) })));
    const today = now.toISOString();
    const fmlViews = fmls.map((f) => ({
      id: f.id, catalogueId: f.catalogue_id, date: f.date, authorRole: f.author_role, circumstances: { duringTreatment: f.during_treatment, prognosis: f.prognosis },
      versionLabel: f.version_label, values: f.capacity, enteredVia: f.entered_via, version: Number(f.version), recordedAt: new Date(f.recorded_at).toISOString(),
      recordedBy: f.recorded_by_name, latest: f.latest,
      warnings: fmlWarnings({ id: f.id, date: f.date, circumstances: { duringTreatment: f.during_treatment, prognosis: f.prognosis } }, caseEvents, today, fmls),
    }));
    const chosen = chosenFmlId ? fmlViews.find((f) => f.id === chosenFmlId) : fmlViews[0];
    if (chosenFmlId && !chosen) throw new AppError('not_found', 'error.not_found');

    const profileIds = profiles.map((p) => p.id);
    const cells = await cellsOf(tx, profileIds);
    const conclusions = profileIds.length === 0 ? [] : await tx.query<{ profile_id: string; fml_id: string | null; conclusion: ProfileConclusion['conclusion']; reasoning: string; questions: unknown[]; concluded_at: string; by_name: string }>(
      `SELECT DISTINCT ON (c.profile_id) c.profile_id, c.fml_id, c.conclusion, c.reasoning, c.questions, c.concluded_at, u.display_name AS by_name
         FROM profile_conclusions c JOIN users u ON u.id = c.concluded_by WHERE c.profile_id = ANY($1::uuid[]) ORDER BY c.profile_id, c.concluded_at DESC`, [profileIds]);

    const catalogueIds = [...new Set([chosen?.catalogueId ?? SHIPPED_CATALOGUE_ID, ...profiles.map((p) => p.catalogue_id)])];
    const catalogues = new Map<string, Catalogue>();
    for (const id of catalogueIds) catalogues.set(id, await catalogueOf(tx, row.organisation_id, id));

    const profileViews = profiles.map((p) => {
      const catalogue = catalogues.get(p.catalogue_id)!;
      const comparable = chosen !== undefined && chosen.catalogueId === p.catalogue_id;
      const comparison = compareProfile(catalogue, { values: comparable ? chosen.values : {} }, { id: p.id, values: p.demands }, cells.overrides.get(p.id), cells.notes.get(p.id));
      const latest = conclusions.find((c) => c.profile_id === p.id);
      const conclusion = latest ? { conclusion: latest.conclusion, reasoning: latest.reasoning, fmlId: latest.fml_id, questions: latest.questions, concludedAt: new Date(latest.concluded_at).toISOString(), concludedBy: latest.by_name } : null;
      return {
        id: p.id, kind: p.kind, name: p.name, basis: p.basis, description: p.description, catalogueId: p.catalogue_id, demands: p.demands, adjustments: p.adjustments,
        copiedFrom: p.copied_from, version: Number(p.version), comparable,
        cells: comparison.cells.map((c) => ({ ...c, changed: cells.meta.get(`${p.id}:${c.item}`) ?? null })),
        summary: comparison.summary,
        conclusion,
        // The questions as they stand now (the case may have changed since the conclusion).
        openQuestions: conclusion ? questionConclusion(conclusion, comparison.summary, p.adjustments) : [],
      };
    });
    const spoor = row.legal_context === 'poortwachter'
      ? spoorOutcome(profileViews.map((p) => ({ id: p.id, kind: p.kind, conclusion: p.conclusion ? { conclusion: p.conclusion.conclusion, reasoning: p.conclusion.reasoning } : null })))
      : null;
    audit({ action: 'capacity.read', entityType: 'case', entityIds: [caseId] });
    return {
      caseId, reference: row.reference, legalContext: row.legal_context, open: !isClosed(row.status),
      fmls: fmlViews, chosenFmlId: chosen?.id ?? null, profiles: profileViews, spoor,
      catalogues: Object.fromEntries(catalogues),
    };
  });
}

// ---- the organisation's library of job profiles --------------------------------------------------

export async function library(door: Door) {
  requireOrganisation(door, 'jobProfiles.library');
  return door.work(async (tx) => {
    const rows = await tx.query<ProfileRow & { created_by_name: string }>(
      `SELECT ${PROFILE_COLUMNS.split(', ').map((c) => `p.${c}`).join(', ')}, u.display_name AS created_by_name
         FROM job_profiles p JOIN users u ON u.id = p.created_by WHERE p.organisation_id = $1 AND p.case_id IS NULL AND p.removed_at IS NULL ORDER BY p.name`,
      [door.actor.organisationId]);
    return rows.map((p) => ({
      id: p.id, kind: p.kind, name: p.name, basis: p.basis, description: p.description, catalogueId: p.catalogue_id, demands: p.demands,
      adjustments: p.adjustments, items: Object.keys(p.demands).length, createdBy: p.created_by_name, createdAt: new Date(p.created_at).toISOString(),
    }));
  });
}

/** A case's profile into the library (names and demands only: no client data belongs in a profile). */
export async function saveToLibrary(door: Door, caseId: string, profileId: string, input: { name: string; description: string | null }): Promise<{ id: string }> {
  requireOrganisation(door, 'jobProfiles.library');
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'capacity.work');
    const source = await profileOnCase(tx, caseId, profileId);
    const kind: JobProfileKind = source.kind === 'own_job' || source.kind === 'adapted_own_job' || source.kind === 'other_work_same_employer' ? 'named_profile' : source.kind;
    const id = await insertProfile(tx, door, null, { kind, name: input.name, basis: source.basis, description: input.description, catalogueId: source.catalogue_id }, source.demands, source.adjustments, source.id);
    audit({ action: 'capacity.library.add', entityType: 'job_profile', entityIds: [id, source.id] });
    return { id };
  });
}

/** A library profile onto a case as the starting point for this client's work. */
export async function takeFromLibrary(door: Door, caseId: string, input: { libraryId: string; kind: JobProfileKind; name: string }): Promise<{ id: string }> {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'capacity.work');
    requireOpen(row);
    const [source] = await tx.query<ProfileRow>(`SELECT ${PROFILE_COLUMNS} FROM job_profiles WHERE id = $1 AND organisation_id = $2 AND case_id IS NULL AND removed_at IS NULL`,
      [input.libraryId, door.actor.organisationId]);
    if (!source) throw new AppError('not_found', 'capacity.library_only_own');
    const id = await insertProfile(tx, door, caseId, { ...source, basis: 'library', catalogueId: source.catalogue_id, kind: input.kind, name: input.name }, source.demands, source.adjustments, source.id);
    await recordEvent(tx, caseId, door.actor.userId, 'job_profile_added', { profileId: id, kind: input.kind, name: input.name, fromLibrary: source.id }, true);
    audit({ action: 'capacity.library.take', entityType: 'job_profile', entityIds: [id, source.id] });
    return { id };
  });
}

export async function removeFromLibrary(door: Door, libraryId: string): Promise<void> {
  requireOrganisation(door, 'jobProfiles.library');
  await door.work(async (tx, audit) => {
    const [found] = await tx.query('UPDATE job_profiles SET removed_at = now(), removed_by = $3 WHERE id = $1 AND organisation_id = $2 AND case_id IS NULL AND removed_at IS NULL RETURNING id',
      [libraryId, door.actor.organisationId, door.actor.userId]);
    if (!found) throw new AppError('not_found', 'error.not_found');
    audit({ action: 'capacity.library.remove', entityType: 'job_profile', entityIds: [libraryId] });
  });
}

export { JOB_PROFILE_KINDS };
