// Gezien & Gehoord's SQL (issue 5): compass notes, the client's worksheet, alliance reflections,
// evaluations and the conversation report with its versions and reactions. Staff work goes through the
// door and `conversation.work`; the client's and employer's through the portal visitor. The rules are
// in domain.ts; every write is one transaction with its audit.
import { randomUUID } from 'node:crypto';
import type { PortalVisitor } from '../platform/access.js';
import { auditPortal, portalWork } from '../portal/store.js';
import type { Db, Sql } from '../platform/db.js';
import type { Door } from '../platform/door.js';
import { AppError, invalidField } from '../platform/errors.js';
import type { MessageKey } from '../platform/i18n.js';
import { caseForAction, recordEvent, touchCase } from '../cases/store.js';
import {
  allianceSuggestion, checkEdit, checkFinalise, checkParagraphs, checkProcessing, checkReaction, checkShare, checkText, draftFromCompass, needsProcessing,
  summariseEvaluations, THEMES, visibleParagraphs, worksheetSaveOf,
  type AllianceReflection, type Audience, type Comment, type Decision, type Evaluation, type Paragraph, type ReactionInput, type ReportRefusal, type Theme, type VersionState,
} from './domain.js';

/** A refusal of the rules, as an answer naming the field where there is one. */
function refuse(refusal: ReportRefusal, field?: string): never {
  const key = `conversation.${refusal}` as MessageKey;
  // The reason travels beside the message, so the portal can explain it in the reader's own language.
  if (field) throw new AppError('validation', 'validation.field', { problemKey: key }, field, { reason: refusal });
  const code = ['final_is_final', 'not_draft', 'not_shared', 'unprocessed_comments', 'already_reacted', 'already_processed'].includes(refusal) ? 'conflict' : 'validation';
  throw new AppError(code, key, {}, undefined, { reason: refusal });
}

const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

async function contactOnCase(tx: Sql, caseId: string, contactId: string | null): Promise<void> {
  if (contactId === null) return;
  const [contact] = await tx.query('SELECT 1 FROM contacts WHERE id = $1 AND case_id = $2', [contactId, caseId]);
  if (!contact) throw invalidField('contactId', 'error.not_found');
}

// ---- compass, worksheet, alliance (staff) -------------------------------------------------------

export async function compassOf(door: Door, caseId: string, contactId: string | null) {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'conversation.work');
    await contactOnCase(tx, caseId, contactId);
    const notes = await tx.query<{ theme: Theme; body: string; version: number; updated_at: string }>(
      'SELECT theme, body, version, updated_at FROM compass_notes WHERE case_id = $1 AND contact_id IS NOT DISTINCT FROM $2', [caseId, contactId]);
    const worksheet = await tx.query<{ theme: Theme; body: string; updated_at: string }>('SELECT theme, body, updated_at FROM worksheet_entries WHERE case_id = $1', [caseId]);
    const [reflection] = await tx.query<{ id: string; notes: AllianceReflection['notes']; friction_signals: AllianceReflection['frictionSignals']; recorded_at: string }>(
      'SELECT id, notes, friction_signals, recorded_at FROM alliance_reflections WHERE case_id = $1 AND contact_id IS NOT DISTINCT FROM $2 ORDER BY recorded_at DESC, id LIMIT 1', [caseId, contactId]);
    audit({ action: 'conversation.compass.read', entityType: 'case', entityIds: [caseId] });
    return {
      themes: THEMES.map((theme) => {
        const note = notes.find((n) => n.theme === theme);
        const own = worksheet.find((w) => w.theme === theme);
        return {
          theme, note: note ? { body: note.body, version: Number(note.version), updatedAt: iso(note.updated_at)! } : null,
          clientWords: own ? { body: own.body, updatedAt: iso(own.updated_at)! } : null,
        };
      }),
      alliance: reflection
        ? { id: reflection.id, notes: reflection.notes, frictionSignals: reflection.friction_signals, recordedAt: iso(reflection.recorded_at)!, suggestion: allianceSuggestion({ notes: reflection.notes, frictionSignals: reflection.friction_signals }) }
        : null,
    };
  });
}

/** Saves one theme's notes; `version` is the one the expert edited (0 for a first note): a stale one gets 409. */
export async function saveCompassNote(door: Door, caseId: string, input: { contactId: string | null; theme: Theme; body: string; version: number }): Promise<{ version: number }> {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'conversation.work');
    await contactOnCase(tx, caseId, input.contactId);
    if (checkText(input.body) !== 'ok') throw invalidField('body', 'conversation.too_long');
    const [current] = await tx.query<{ id: string; version: number }>(
      'SELECT id, version FROM compass_notes WHERE case_id = $1 AND contact_id IS NOT DISTINCT FROM $2 AND theme = $3 FOR UPDATE', [caseId, input.contactId, input.theme]);
    if ((current ? Number(current.version) : 0) !== input.version) throw new AppError('conflict', 'conversation.stale');
    let version = 1;
    if (current) {
      version = Number(current.version) + 1;
      await tx.query('UPDATE compass_notes SET body = $2, version = $3, updated_at = now(), updated_by = $4 WHERE id = $1', [current.id, input.body, version, door.actor.userId]);
    } else {
      await tx.query('INSERT INTO compass_notes (id, case_id, contact_id, theme, body, updated_by) VALUES ($1,$2,$3,$4,$5,$6)',
        [randomUUID(), caseId, input.contactId, input.theme, input.body, door.actor.userId]);
    }
    audit({ action: 'conversation.compass.save', entityType: 'case', entityIds: [caseId] });
    return { version };
  });
}

export async function recordAlliance(door: Door, caseId: string, input: { contactId: string | null } & AllianceReflection) {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'conversation.work');
    await contactOnCase(tx, caseId, input.contactId);
    for (const [element, note] of Object.entries(input.notes)) if (checkText(note ?? '') !== 'ok') throw invalidField(`notes.${element}`, 'conversation.too_long');
    await tx.query('INSERT INTO alliance_reflections (id, case_id, contact_id, notes, friction_signals, recorded_by) VALUES ($1,$2,$3,$4,$5,$6)',
      [randomUUID(), caseId, input.contactId, JSON.stringify(input.notes), input.frictionSignals, door.actor.userId]);
    audit({ action: 'conversation.alliance.record', entityType: 'case', entityIds: [caseId] });
    return { suggestion: allianceSuggestion(input) };
  });
}

/**
 * Every reflection of the case, newest first: they are kept, never replaced (append-only), so the
 * expert can see how the alliance developed and whether friction returned (§3, §5 notice resistance
 * and address it), conversation by conversation.
 */
export async function allianceHistory(door: Door, caseId: string) {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'conversation.work');
    const rows = await tx.query<{ id: string; contact_id: string | null; notes: AllianceReflection['notes']; friction_signals: AllianceReflection['frictionSignals']; recorded_at: string; recorded_by: string; display_name: string }>(
      `SELECT a.id, a.contact_id, a.notes, a.friction_signals, a.recorded_at, a.recorded_by, u.display_name
         FROM alliance_reflections a JOIN users u ON u.id = a.recorded_by WHERE a.case_id = $1 ORDER BY a.recorded_at DESC, a.id`, [caseId]);
    audit({ action: 'conversation.alliance.read', entityType: 'case', entityIds: [caseId] });
    return rows.map((r) => ({
      id: r.id, contactId: r.contact_id, notes: r.notes, frictionSignals: r.friction_signals, recordedAt: iso(r.recorded_at)!,
      recordedBy: { id: r.recorded_by, displayName: r.display_name }, suggestion: allianceSuggestion({ notes: r.notes, frictionSignals: r.friction_signals }),
    }));
  });
}

// ---- the conversation report (staff) ---------------------------------------------------------

interface VersionRow {
  id: string;
  report_id: string;
  number: number;
  state: VersionState;
  paragraphs: Paragraph[];
  change_note: string | null;
  lock_version: number;
  created_at: string;
  shared_at: string | null;
  shared_with_employer: boolean;
  finalised_at: string | null;
}
interface CommentRow {
  id: string;
  version_id: string;
  audience: Audience;
  paragraph_id: string | null;
  stance: Comment['stance'];
  body: string;
  decision: Decision | null;
  explanation: string | null;
  processed_at: string | null;
  submitted_at: string;
}

const COMMENT_SELECT = `SELECT c.id, c.version_id, r.audience, c.paragraph_id, c.stance, c.body, c.decision, c.explanation, c.processed_at, r.submitted_at
  FROM report_comments c JOIN report_reactions r ON r.id = c.reaction_id`;

const commentView = (c: CommentRow) => ({
  id: c.id, versionId: c.version_id, audience: c.audience, paragraphId: c.paragraph_id, stance: c.stance, text: c.body, submittedAt: iso(c.submitted_at)!,
  processing: c.decision ? { decision: c.decision, explanation: c.explanation ?? '', processedAt: iso(c.processed_at)! } : null,
});
const versionView = (v: VersionRow) => ({
  id: v.id, number: Number(v.number), state: v.state, paragraphs: v.paragraphs, changeNote: v.change_note, lockVersion: Number(v.lock_version),
  createdAt: iso(v.created_at)!, sharedAt: iso(v.shared_at), sharedWithEmployer: v.shared_with_employer, finalisedAt: iso(v.finalised_at),
});

/**
 * A report of the case. The client check of a draft assessment report (issue 8) is a report of kind
 * 'assessment': its reactions are processed here, but its text is the draft report's, so editing,
 * sharing, versions and finalising go through the report (src/report), never here (`forText`).
 */
async function reportRow(tx: Sql, caseId: string, reportId: string, forText = false) {
  const [report] = await tx.query<{ id: string; case_id: string; contact_id: string | null; title: string; created_at: string; kind: 'conversation' | 'assessment' }>(
    'SELECT id, case_id, contact_id, title, created_at, kind FROM conversation_reports WHERE id = $1 AND case_id = $2', [reportId, caseId]);
  if (!report) throw new AppError('not_found', 'error.not_found');
  if (forText && report.kind === 'assessment') throw new AppError('conflict', 'conversation.assessment_check', {}, undefined, { reason: 'assessment_check' });
  return report;
}

async function versionsOf(tx: Sql, reportId: string, lock = false): Promise<VersionRow[]> {
  return tx.query<VersionRow>(`SELECT * FROM report_versions WHERE report_id = $1 ORDER BY number${lock ? ' FOR UPDATE' : ''}`, [reportId]);
}

export async function listReports(door: Door, caseId: string) {
  return door.work(async (tx) => {
    await caseForAction(tx, door.actor, caseId, 'conversation.work');
    const rows = await tx.query<{ id: string; contact_id: string | null; title: string; created_at: string; number: number; state: VersionState; open_comments: number }>(
      `SELECT r.id, r.contact_id, r.title, r.created_at, v.number, v.state,
              (SELECT count(*)::int FROM report_comments c JOIN report_versions v2 ON v2.id = c.version_id
                WHERE v2.report_id = r.id AND c.stance <> 'agree' AND c.decision IS NULL) AS open_comments
         FROM conversation_reports r JOIN LATERAL (SELECT number, state FROM report_versions WHERE report_id = r.id ORDER BY number DESC LIMIT 1) v ON true
        WHERE r.case_id = $1 AND r.kind = 'conversation' ORDER BY r.created_at`, [caseId]);
    return rows.map((r) => ({ id: r.id, contactId: r.contact_id, title: r.title, createdAt: iso(r.created_at)!, latestVersion: Number(r.number), state: r.state, openComments: Number(r.open_comments) }));
  });
}

/** A new report, its first draft built from the compass notes of that conversation (§4: notes are building blocks). */
export async function createReport(door: Door, caseId: string, input: { contactId: string | null; title: string }) {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'conversation.work');
    await contactOnCase(tx, caseId, input.contactId);
    const notes = await tx.query<{ theme: Theme; body: string }>('SELECT theme, body FROM compass_notes WHERE case_id = $1 AND contact_id IS NOT DISTINCT FROM $2', [caseId, input.contactId]);
    let paragraphs = draftFromCompass(Object.fromEntries(notes.map((n) => [n.theme, n.body])), randomUUID);
    if (paragraphs.length === 0) paragraphs = [{ id: randomUUID(), theme: null, text: '', forEmployer: false }];
    const id = randomUUID();
    await tx.query('INSERT INTO conversation_reports (id, case_id, contact_id, title, created_by) VALUES ($1,$2,$3,$4,$5)', [id, caseId, input.contactId, input.title, door.actor.userId]);
    await tx.query("INSERT INTO report_versions (id, report_id, number, state, paragraphs, created_by) VALUES ($1,$2,1,'draft',$3,$4)", [randomUUID(), id, JSON.stringify(paragraphs), door.actor.userId]);
    await recordEvent(tx, caseId, door.actor.userId, 'conversation_report_created', { reportId: id, title: input.title }, true);
    audit({ action: 'conversation.report.create', entityType: 'conversation_report', entityIds: [id] });
    return { id };
  });
}

export async function reportDetail(door: Door, caseId: string, reportId: string) {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'conversation.work');
    const report = await reportRow(tx, caseId, reportId);
    const versions = await versionsOf(tx, reportId);
    const comments = await tx.query<CommentRow>(`${COMMENT_SELECT} WHERE c.version_id = ANY($1::uuid[]) ORDER BY r.submitted_at, c.position`, [versions.map((v) => v.id)]);
    audit({ action: 'conversation.report.read', entityType: 'conversation_report', entityIds: [reportId] });
    return {
      id: report.id, contactId: report.contact_id, title: report.title, createdAt: iso(report.created_at)!,
      versions: versions.map((v) => ({ ...versionView(v), comments: comments.filter((c) => c.version_id === v.id).map(commentView) })),
    };
  });
}

/** Edits the draft (the latest version, when it is a draft); `lockVersion` guards against a stale page. */
export async function saveDraft(door: Door, caseId: string, reportId: string, input: { lockVersion: number; paragraphs: Paragraph[] }) {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'conversation.work');
    await reportRow(tx, caseId, reportId, true);
    const latest = (await versionsOf(tx, reportId, true)).at(-1)!;
    const edit = checkEdit(latest.state);
    if (edit) refuse(edit);
    if (Number(latest.lock_version) !== input.lockVersion) throw new AppError('conflict', 'conversation.stale');
    const problem = checkParagraphs(input.paragraphs);
    if (problem) refuse(problem, 'paragraphs');
    await tx.query('UPDATE report_versions SET paragraphs = $2, lock_version = lock_version + 1 WHERE id = $1', [latest.id, JSON.stringify(input.paragraphs)]);
    audit({ action: 'conversation.report.edit', entityType: 'conversation_report', entityIds: [reportId] });
    return { lockVersion: Number(latest.lock_version) + 1 };
  });
}

/** Shares the draft with the client (and, for the paragraphs about them, the employer) to check. */
export async function shareReport(door: Door, caseId: string, reportId: string, input: { withEmployer: boolean }) {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'conversation.work');
    await reportRow(tx, caseId, reportId, true);
    const latest = (await versionsOf(tx, reportId, true)).at(-1)!;
    const problem = checkShare(latest.state, latest.paragraphs);
    if (problem) refuse(problem);
    if (input.withEmployer && !latest.paragraphs.some((p) => p.forEmployer)) throw invalidField('withEmployer', 'conversation.no_employer_paragraphs');
    await tx.query("UPDATE report_versions SET state = 'shared', shared_at = now(), shared_with_employer = $2, lock_version = lock_version + 1 WHERE id = $1", [latest.id, input.withEmployer]);
    await recordEvent(tx, caseId, door.actor.userId, 'conversation_report_shared', { reportId, version: Number(latest.number), withEmployer: input.withEmployer });
    await touchCase(tx, caseId);
    audit({ action: 'conversation.report.share', entityType: 'conversation_report', entityIds: [reportId] });
  });
}

/** The expert's decision on one reaction: adopted, adjusted, or kept with an explanation. */
export async function processComment(door: Door, caseId: string, reportId: string, commentId: string, input: { decision: Decision; explanation: string }) {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'conversation.work');
    await reportRow(tx, caseId, reportId);
    const [comment] = await tx.query<{ id: string; stance: Comment['stance']; decision: Decision | null; state: VersionState }>(
      `SELECT c.id, c.stance, c.decision, v.state FROM report_comments c JOIN report_versions v ON v.id = c.version_id WHERE c.id = $1 AND v.report_id = $2 FOR UPDATE OF c`, [commentId, reportId]);
    if (!comment) throw new AppError('not_found', 'error.not_found');
    const problem = checkProcessing({ stance: comment.stance, processing: comment.decision ? { decision: comment.decision, explanation: '' } : null }, input.decision, input.explanation);
    if (problem === 'explanation_required' || problem === 'comment_too_long') refuse(problem, 'explanation');
    if (problem) refuse(problem);
    await tx.query('UPDATE report_comments SET decision = $2, explanation = $3, processed_at = now(), processed_by = $4 WHERE id = $1', [commentId, input.decision, input.explanation, door.actor.userId]);
    audit({ action: 'conversation.report.process', entityType: 'report_comment', entityIds: [commentId] });
  });
}

/** A new draft from the latest shared or final version: to adjust after reactions, or to correct a final one. */
export async function newVersion(door: Door, caseId: string, reportId: string, input: { changeNote: string }) {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'conversation.work');
    await reportRow(tx, caseId, reportId, true);
    const latest = (await versionsOf(tx, reportId, true)).at(-1)!;
    if (latest.state === 'draft') refuse('not_shared');
    if (input.changeNote.trim().length < 10) throw invalidField('changeNote', 'conversation.change_note_required');
    const id = randomUUID();
    await tx.query("INSERT INTO report_versions (id, report_id, number, state, paragraphs, change_note, created_by) VALUES ($1,$2,$3,'draft',$4,$5,$6)",
      [id, reportId, Number(latest.number) + 1, JSON.stringify(latest.paragraphs), input.changeNote, door.actor.userId]);
    audit({ action: 'conversation.report.version', entityType: 'conversation_report', entityIds: [reportId] });
    return { versionId: id, number: Number(latest.number) + 1 };
  });
}

/** The final version: every reaction has a decision; from then on it never changes. */
export async function finaliseReport(door: Door, caseId: string, reportId: string) {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'conversation.work');
    await reportRow(tx, caseId, reportId, true);
    const versions = await versionsOf(tx, reportId, true);
    const latest = versions.at(-1)!;
    const comments = await tx.query<{ stance: Comment['stance']; decision: Decision | null }>(
      'SELECT stance, decision FROM report_comments WHERE version_id = ANY($1::uuid[])', [versions.map((v) => v.id)]);
    const problem = checkFinalise(latest.state, comments.map((c) => ({ stance: c.stance, processing: c.decision ? { decision: c.decision, explanation: '' } : null })));
    if (problem) refuse(problem);
    const paragraphsProblem = checkParagraphs(latest.paragraphs);
    if (paragraphsProblem) refuse(paragraphsProblem);
    await tx.query("UPDATE report_versions SET state = 'final', finalised_at = now(), finalised_by = $2 WHERE id = $1", [latest.id, door.actor.userId]);
    await recordEvent(tx, caseId, door.actor.userId, 'conversation_report_final', { reportId, version: Number(latest.number) });
    await touchCase(tx, caseId);
    audit({ action: 'conversation.report.finalise', entityType: 'conversation_report', entityIds: [reportId] });
  });
}

// ---- evaluations (staff and organisation) ----------------------------------------------------

export async function evaluationsOfCase(door: Door, caseId: string) {
  return door.work(async (tx) => {
    await caseForAction(tx, door.actor, caseId, 'conversation.work');
    const rows = await tx.query<{ contact_id: string; felt_heard: Evaluation['feltHeard']; clear_what_next: Evaluation['clearWhatNext']; form_right: Evaluation['formRight']; comment: string | null; submitted_at: string }>(
      'SELECT contact_id, felt_heard, clear_what_next, form_right, comment, submitted_at FROM contact_evaluations WHERE case_id = $1 ORDER BY submitted_at', [caseId]);
    return rows.map((r) => ({ contactId: r.contact_id, feltHeard: r.felt_heard, clearWhatNext: r.clear_what_next, formRight: r.form_right, comment: r.comment, submittedAt: iso(r.submitted_at)! }));
  });
}

/** How clients experience the service, per organisation: counts only, no names, no comments, small groups hidden. */
export async function evaluationOverview(door: Door, range: { from: string; to: string }) {
  return door.work(async (tx) => {
    const rows = await tx.query<{ felt_heard: Evaluation['feltHeard']; clear_what_next: Evaluation['clearWhatNext']; form_right: Evaluation['formRight'] }>(
      // The period's days are Dutch calendar days, whatever the database session's time zone.
      `SELECT felt_heard, clear_what_next, form_right FROM contact_evaluations
        WHERE organisation_id = $1 AND submitted_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Amsterdam')
          AND submitted_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
      [door.actor.organisationId, range.from, range.to]);
    return { from: range.from, to: range.to, ...summariseEvaluations(rows.map((r) => ({ feltHeard: r.felt_heard, clearWhatNext: r.clear_what_next, formRight: r.form_right, comment: null }))) };
  });
}

// ---- the portal side: worksheet, evaluation, reading and reacting to reports -------------------

export async function worksheetOf(db: Db, visitor: PortalVisitor) {
  return portalWork(db, visitor, 'portal.worksheet', async (tx, row) => {
    const rows = await tx.query<{ theme: Theme; body: string; version: number; updated_at: string }>('SELECT theme, body, version, updated_at FROM worksheet_entries WHERE case_id = $1', [row.id]);
    return {
      themes: THEMES.map((theme) => {
        const r = rows.find((x) => x.theme === theme);
        return { theme, body: r?.body ?? '', version: r ? Number(r.version) : 0, updatedAt: r ? iso(r.updated_at) : null };
      }),
    };
  });
}

/**
 * "Ons gesprek": the client's own words per theme, kept exactly as typed. Each entry carries the
 * version its screen read; when any theme was saved elsewhere since, nothing is saved and the answer is
 * 409 `reason: 'changed_elsewhere'`, so the page can show both texts (worksheetSaveOf).
 */
export async function saveWorksheet(db: Db, visitor: PortalVisitor, entries: Array<{ theme: Theme; body: string; version: number }>) {
  return portalWork(db, visitor, 'portal.worksheet', async (tx, row) => {
    for (const [i, entry] of entries.entries()) if (checkText(entry.body) !== 'ok') throw invalidField(`entries.${i}.body`, 'conversation.too_long');
    if (new Set(entries.map((e) => e.theme)).size !== entries.length) throw invalidField('entries', 'conversation.duplicate_theme');
    const changedElsewhere = () => new AppError('conflict', 'conversation.worksheet_changed', {}, undefined, { reason: 'changed_elsewhere' });
    // The case's rows are locked, so no other save slips in between the check and the write.
    const rows = await tx.query<{ id: string; theme: Theme; body: string; version: number; updated_at: string }>(
      'SELECT id, theme, body, version, updated_at FROM worksheet_entries WHERE case_id = $1 ORDER BY theme FOR UPDATE', [row.id]);
    const current = new Map(rows.map((r) => [r.theme, { ...r, version: Number(r.version) }]));
    const plan = entries.map((entry) => ({ entry, outcome: worksheetSaveOf(entry, current.get(entry.theme) ?? null) }));
    if (plan.some((p) => p.outcome === 'stale')) throw changedElsewhere();
    const saved: Array<{ theme: Theme; version: number; updatedAt: string }> = [];
    for (const { entry, outcome } of plan) {
      const existing = current.get(entry.theme);
      if (outcome === 'unchanged') {
        saved.push({ theme: entry.theme, version: existing!.version, updatedAt: iso(existing!.updated_at)! });
      } else if (existing) {
        const [updated] = await tx.query<{ version: number; updated_at: string }>(
          'UPDATE worksheet_entries SET body = $2, version = version + 1, updated_at = now(), access_id = $3 WHERE id = $1 RETURNING version, updated_at',
          [existing.id, entry.body, visitor.accessId]);
        saved.push({ theme: entry.theme, version: Number(updated!.version), updatedAt: iso(updated!.updated_at)! });
      } else {
        // A first text: if another screen wrote this theme's first text just now, that one stands.
        const [inserted] = await tx.query<{ version: number; updated_at: string }>(
          `INSERT INTO worksheet_entries (id, case_id, theme, body, access_id) VALUES ($1,$2,$3,$4,$5)
           ON CONFLICT (case_id, theme) DO NOTHING RETURNING version, updated_at`,
          [randomUUID(), row.id, entry.theme, entry.body, visitor.accessId]);
        if (!inserted) throw changedElsewhere();
        saved.push({ theme: entry.theme, version: Number(inserted.version), updatedAt: iso(inserted.updated_at)! });
      }
    }
    const written = plan.filter((p) => p.outcome === 'write').map((p) => p.entry.theme);
    if (written.length > 0) await recordEvent(tx, row.id, null, 'worksheet_updated', { themes: written }, true);
    await auditPortal(tx, visitor, 'portal.worksheet.save', 'case', [row.id]);
    return { themes: saved };
  });
}

/** Held contacts the client can still evaluate, and those they did. */
export async function evaluableContacts(db: Db, visitor: PortalVisitor) {
  return portalWork(db, visitor, 'portal.evaluate', async (tx, row) => {
    const rows = await tx.query<{ id: string; planned_at: string; held_at: string | null; contact_form: string; evaluated: boolean }>(
      `SELECT c.id, c.planned_at, c.held_at, c.contact_form, EXISTS (SELECT 1 FROM contact_evaluations e WHERE e.contact_id = c.id) AS evaluated
         FROM contacts c WHERE c.case_id = $1 AND c.state = 'held' ORDER BY COALESCE(c.held_at, c.planned_at) DESC`, [row.id]);
    return rows.map((r) => ({ contactId: r.id, heldAt: iso(r.held_at ?? r.planned_at)!, form: r.contact_form, evaluated: r.evaluated }));
  });
}

export async function evaluateContact(db: Db, visitor: PortalVisitor, contactId: string, input: Evaluation) {
  return portalWork(db, visitor, 'portal.evaluate', async (tx, row) => {
    const [contact] = await tx.query<{ state: string }>('SELECT state FROM contacts WHERE id = $1 AND case_id = $2', [contactId, row.id]);
    if (!contact) throw new AppError('not_found', 'error.not_found');
    if (contact.state !== 'held') throw new AppError('conflict', 'conversation.not_held', {}, undefined, { reason: 'not_held' });
    if (input.comment !== null && checkText(input.comment, 2_000) !== 'ok') throw invalidField('comment', 'conversation.too_long');
    const inserted = await tx.query(
      `INSERT INTO contact_evaluations (id, organisation_id, case_id, contact_id, felt_heard, clear_what_next, form_right, comment)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (contact_id) DO NOTHING RETURNING id`,
      [randomUUID(), row.organisation_id, row.id, contactId, input.feltHeard, input.clearWhatNext, input.formRight, input.comment]);
    if (inserted.length === 0) throw new AppError('conflict', 'conversation.already_evaluated', {}, undefined, { reason: 'already_evaluated' });
    await recordEvent(tx, row.id, null, 'contact_evaluated', { contactId }, true);
    await auditPortal(tx, visitor, 'portal.evaluate', 'contact', [contactId]);
  });
}

/** The versions a reader may see: shared or final; for the employer only those shared with them. */
function readable(v: VersionRow, audience: Audience): boolean {
  if (v.state === 'draft') return false;
  if (audience === 'client') return true;
  return (v.state === 'final' || v.shared_with_employer) && v.paragraphs.some((p) => p.forEmployer);
}

export async function portalReports(db: Db, visitor: PortalVisitor) {
  return portalWork(db, visitor, 'portal.reports', async (tx, row) => {
    const reports = await tx.query<{ id: string; title: string; contact_id: string | null; kind: 'conversation' | 'assessment' }>('SELECT id, title, contact_id, kind FROM conversation_reports WHERE case_id = $1 ORDER BY created_at', [row.id]);
    const result = [];
    for (const report of reports) {
      const all = await versionsOf(tx, report.id);
      const versions = all.filter((v) => readable(v, visitor.audience));
      const latest = versions.at(-1);
      if (!latest) continue;
      const [reacted] = await tx.query('SELECT 1 FROM report_reactions WHERE version_id = $1 AND access_id = $2', [latest.id, visitor.accessId]);
      // A newer draft means the expert is already working on the next version: reacting waits for it.
      const newest = all.at(-1)!.id === latest.id;
      result.push({ id: report.id, title: report.title, kind: report.kind, contactId: report.contact_id, latestVersion: Number(latest.number), state: latest.state, canReact: latest.state === 'shared' && newest && !reacted });
    }
    return result;
  });
}

export async function portalReport(db: Db, visitor: PortalVisitor, reportId: string) {
  return portalWork(db, visitor, 'portal.reports', async (tx, row) => {
    const [report] = await tx.query<{ id: string; title: string; kind: 'conversation' | 'assessment' }>('SELECT id, title, kind FROM conversation_reports WHERE id = $1 AND case_id = $2', [reportId, row.id]);
    if (!report) throw new AppError('not_found', 'error.not_found');
    const versions = (await versionsOf(tx, reportId)).filter((v) => readable(v, visitor.audience));
    if (versions.length === 0) throw new AppError('not_found', 'error.not_found');
    // Each reader sees their own reactions and what the expert did with them, never the other reader's.
    const comments = await tx.query<CommentRow>(`${COMMENT_SELECT} WHERE c.version_id = ANY($1::uuid[]) AND r.access_id = $2 ORDER BY c.position`, [versions.map((v) => v.id), visitor.accessId]);
    await auditPortal(tx, visitor, 'portal.report.read', 'conversation_report', [reportId]);
    return {
      id: report.id, title: report.title, kind: report.kind,
      versions: versions.map((v) => ({
        id: v.id, number: Number(v.number), state: v.state, sharedAt: iso(v.shared_at), finalisedAt: iso(v.finalised_at), changeNote: v.change_note,
        paragraphs: visibleParagraphs(v.paragraphs, visitor.audience).map((p) => ({ id: p.id, text: p.text })),
        reacted: comments.some((c) => c.version_id === v.id),
        comments: comments.filter((c) => c.version_id === v.id).map(commentView).map(({ audience: _audience, ...c }) => c),
      })),
    };
  });
}

/** The reader sends their reaction back, once per shared version. */
export async function reactToReport(db: Db, visitor: PortalVisitor, reportId: string, versionId: string, input: ReactionInput & { inFinalReport?: 'full' | 'summary' }) {
  return portalWork(db, visitor, 'portal.reports', async (tx, row) => {
    const [version] = await tx.query<VersionRow>(
      'SELECT v.* FROM report_versions v JOIN conversation_reports r ON r.id = v.report_id WHERE v.id = $1 AND r.id = $2 AND r.case_id = $3 FOR UPDATE OF v', [versionId, reportId, row.id]);
    if (!version || !readable(version, visitor.audience)) throw new AppError('not_found', 'error.not_found');
    if (version.state !== 'shared') refuse('not_shared');
    const latest = (await versionsOf(tx, reportId)).at(-1)!;
    if (latest.id !== version.id) refuse('not_shared');
    const problem = checkReaction(input, visibleParagraphs(version.paragraphs, visitor.audience));
    if (problem === 'comment_required' || problem === 'comment_too_long' || problem === 'not_for_audience' || problem === 'duplicate_paragraph') refuse(problem, 'items');
    if (problem) refuse(problem);
    const reactionId = randomUUID();
    // In the check of a draft report the client says how their reaction goes into the final report (issue 8).
    const [kind] = await tx.query<{ kind: string }>('SELECT kind FROM conversation_reports WHERE id = $1', [reportId]);
    const inFinalReport = kind?.kind === 'assessment' && visitor.audience === 'client' ? (input.inFinalReport ?? 'full') : null;
    const inserted = await tx.query('INSERT INTO report_reactions (id, version_id, audience, access_id, in_final_report) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (version_id, access_id) DO NOTHING RETURNING id',
      [reactionId, versionId, visitor.audience, visitor.accessId, inFinalReport]);
    if (inserted.length === 0) refuse('already_reacted');
    let position = 0;
    for (const item of input.items) {
      await tx.query('INSERT INTO report_comments (id, reaction_id, version_id, paragraph_id, stance, body, position) VALUES ($1,$2,$3,$4,$5,$6,$7)',
        [randomUUID(), reactionId, versionId, item.paragraphId, item.stance, item.text, position++]);
    }
    for (const addition of input.additions.filter((a) => a.trim().length > 0)) {
      await tx.query("INSERT INTO report_comments (id, reaction_id, version_id, paragraph_id, stance, body, position) VALUES ($1,$2,$3,NULL,'addition',$4,$5)",
        [randomUUID(), reactionId, versionId, addition, position++]);
    }
    const open = input.items.filter(needsProcessing).length + input.additions.filter((a) => a.trim().length > 0).length;
    await recordEvent(tx, row.id, null, 'conversation_report_reaction', { reportId, version: Number(version.number), audience: visitor.audience, toProcess: open }, true);
    await auditPortal(tx, visitor, 'portal.report.react', 'conversation_report', [reportId]);
  });
}
