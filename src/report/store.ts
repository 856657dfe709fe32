// The report's SQL (issue 8): templates with their history, the report of a case and its versions,
// the client check as a round of the conversation-report mechanism, finalising with the seal, the
// files, corrections, and deliveries by secure link. Rules are in domain.ts; what a section says is in
// assemble.ts, from material read with each capability's own reads (so every rule has one home).
import { randomBytes, randomUUID } from 'node:crypto';
import { caseForAction, clientOfCase, facts, recordEvent, touchCase, type CaseRow } from '../cases/store.js';
import { capacityPage } from '../capacity/store.js';
import { listWageValues } from '../capacity/wage-store.js';
import { justification as contactJustification } from '../contact/store.js';
import type { Comment, Decision } from '../conversation/domain.js';
import { judgementPage } from '../judgement/store.js';
import { mayInOrganisation, mayOnCase, type PortalVisitor } from '../platform/access.js';
import type { Db, Sql } from '../platform/db.js';
import type { Door } from '../platform/door.js';
import { AppError } from '../platform/errors.js';
import type { Language } from '../platform/i18n.js';
import { appendAudit } from '../platform/audit.js';
import { enqueueMail } from '../platform/mail.js';
import { capacityText, cellWords, demandText, sectionName, SYMBOLS } from '../capacity/ui/capacity-format.js';
import { auditPortal, portalWork } from '../portal/store.js';
import { clientReactionSection, documentOf, generateSection, type CaseMaterial, type CheckRound } from './assemble.js';
import type { ReportDocument } from './document.js';
import {
  checkChangeNote, checkCorrection, checkFinaliseReport, checkLogo, checkLogoImage, checkParagraphsOf, checkSectionEdit, checkSendForCheck, checkTemplate, clientChoseSummary, contentDigest,
  contextOfCase, deliveryAccess, DELIVERY_DAYS, fillSection, isStale, logoMediaType, refreshSection, REPORT_CONTEXTS, sha256Hex,
  type CheckComment, type DraftSection, type ReportContext, type ReportParagraph, type ReportProblem, type TemplateSection, type VersionState,
} from './domain.js';
import { problemText } from './messages.js';
import { renderDocx } from './render/docx.js';
import { renderPdf } from './render/pdf.js';
import { STANDARD_TEMPLATES } from './templates.js';
import { wordsFor, type ReportLanguage } from './words.js';

const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());

/** Every problem at once; nothing is saved. */
function refuse(language: Language, problems: ReportProblem[]): void {
  if (problems.length === 0) return;
  const texts = problems.map((p) => problemText(language, p));
  const first = texts[0]!;
  const conflict = problems.some((p) => p.reason === 'final_is_final' || p.reason === 'in_check' || p.reason === 'not_in_check' || p.reason === 'stale_page' || p.reason === 'not_final');
  throw new AppError(conflict ? 'conflict' : 'validation', texts.length > 1 ? 'report.invalid_more' : 'report.invalid', { first: first.message, more: texts.length - 1 }, first.field,
    { problems: texts, reason: problems[0]!.reason });
}

// ---- templates ------------------------------------------------------------------------------------

interface TemplateVersionRow {
  id: string; template_id: string; context: ReportContext; number: number; name: string; sections: TemplateSection[]; letterhead_lines: string[];
  logo_media_type: string | null; change_note: string | null; created_at: string; created_by_name: string | null;
}

const TEMPLATE_VERSION_SELECT = `SELECT v.id, v.template_id, t.context, v.number, v.name, v.sections, v.letterhead_lines, v.logo_media_type, v.change_note, v.created_at,
       u.display_name AS created_by_name
  FROM report_template_versions v JOIN report_templates t ON t.id = v.template_id LEFT JOIN users u ON u.id = v.created_by`;

/** Every organisation starts from Passend's standard templates (version 1), made on first use. */
async function ensureTemplates(tx: Sql, organisationId: string): Promise<void> {
  const existing = await tx.query<{ context: ReportContext }>('SELECT context FROM report_templates WHERE organisation_id = $1', [organisationId]);
  const have = new Set(existing.map((e) => e.context));
  for (const context of REPORT_CONTEXTS) {
    if (have.has(context)) continue;
    const id = randomUUID();
    const inserted = await tx.query('INSERT INTO report_templates (id, organisation_id, context) VALUES ($1,$2,$3) ON CONFLICT (organisation_id, context) DO NOTHING RETURNING id', [id, organisationId, context]);
    if (inserted.length === 0) continue;
    const t = STANDARD_TEMPLATES[context];
    await tx.query('INSERT INTO report_template_versions (id, template_id, number, name, sections, letterhead_lines) VALUES ($1,$2,1,$3,$4,$5)',
      [randomUUID(), id, t.name, JSON.stringify(t.sections), t.letterheadLines]);
  }
}

const templateVersionView = (v: TemplateVersionRow) => ({
  id: v.id, templateId: v.template_id, context: v.context, number: Number(v.number), name: v.name, sections: v.sections, letterheadLines: v.letterhead_lines,
  hasLogo: v.logo_media_type !== null, changeNote: v.change_note, createdAt: iso(v.created_at)!, createdBy: v.created_by_name,
});

async function currentTemplates(tx: Sql, organisationId: string) {
  await ensureTemplates(tx, organisationId);
  return tx.query<TemplateVersionRow>(
    `${TEMPLATE_VERSION_SELECT} WHERE t.organisation_id = $1 AND v.number = (SELECT max(number) FROM report_template_versions x WHERE x.template_id = t.id) ORDER BY t.context`, [organisationId]);
}

function requireTemplates(door: Door) {
  if (!mayInOrganisation(door.actor, 'report.templates')) throw new AppError('forbidden', 'error.forbidden');
}

export async function listTemplates(door: Door) {
  requireTemplates(door);
  return door.work(async (tx) => (await currentTemplates(tx, door.actor.organisationId)).map(templateVersionView));
}

export async function templateDetail(door: Door, templateId: string) {
  requireTemplates(door);
  return door.work(async (tx) => {
    const versions = await tx.query<TemplateVersionRow>(`${TEMPLATE_VERSION_SELECT} WHERE t.id = $1 AND t.organisation_id = $2 ORDER BY v.number DESC`, [templateId, door.actor.organisationId]);
    if (versions.length === 0) throw new AppError('not_found', 'error.not_found');
    return { current: templateVersionView(versions[0]!), history: versions.map(templateVersionView) };
  });
}

async function latestTemplateRow(tx: Sql, organisationId: string, templateId: string) {
  const [row] = await tx.query<TemplateVersionRow & { logo: Buffer | null }>(
    `SELECT v.*, t.context FROM report_template_versions v JOIN report_templates t ON t.id = v.template_id
      WHERE t.id = $1 AND t.organisation_id = $2 ORDER BY v.number DESC LIMIT 1 FOR UPDATE OF v`, [templateId, organisationId]);
  if (!row) throw new AppError('not_found', 'error.not_found');
  return row;
}

/** A change to a template is a new version; the earlier ones stay (the history). */
export async function saveTemplate(door: Door, templateId: string, input: { name: string; sections: Array<Omit<TemplateSection, 'kind'> & { kind: string }>; letterheadLines: string[]; changeNote: string; basedOn: number }) {
  requireTemplates(door);
  return door.work(async (tx, audit) => {
    const latest = await latestTemplateRow(tx, door.actor.organisationId, templateId);
    if (Number(latest.number) !== input.basedOn) refuse(door.language, [{ field: 'basedOn', reason: 'stale_page' }]);
    refuse(door.language, [...checkTemplate(latest.context, input), ...checkChangeNote(input.changeNote)]);
    const number = Number(latest.number) + 1;
    await tx.query(
      `INSERT INTO report_template_versions (id, template_id, number, name, sections, letterhead_lines, logo, logo_media_type, change_note, created_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
      [randomUUID(), templateId, number, input.name.trim(), JSON.stringify(input.sections.map((s) => ({ kind: s.kind, title: s.title.trim(), standardText: s.standardText, forEmployer: s.forEmployer }))),
        input.letterheadLines.map((l) => l.trim()).filter(Boolean), latest.logo, latest.logo_media_type, input.changeNote.trim(), door.actor.userId]);
    audit({ action: 'report.template.save', entityType: 'report_template', entityIds: [templateId] });
    return { number };
  });
}

/** A new logo (or none) is a new version too; the image is checked by its own bytes. */
export async function saveTemplateLogo(door: Door, templateId: string, logo: Buffer | null, basedOn: number) {
  requireTemplates(door);
  return door.work(async (tx, audit) => {
    const latest = await latestTemplateRow(tx, door.actor.organisationId, templateId);
    if (Number(latest.number) !== basedOn) refuse(door.language, [{ field: 'basedOn', reason: 'stale_page' }]);
    if (logo) refuse(door.language, checkLogo(logo));
    // Then what the renderers will read of it: a damaged image is refused now, not when a report is sealed.
    if (logo) refuse(door.language, checkLogoImage(logo));
    const number = Number(latest.number) + 1;
    await tx.query(
      `INSERT INTO report_template_versions (id, template_id, number, name, sections, letterhead_lines, logo, logo_media_type, change_note, created_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
      [randomUUID(), templateId, number, latest.name, JSON.stringify(latest.sections), latest.letterhead_lines, logo, logo ? logoMediaType(logo) : null,
        door.language === 'nl' ? (logo ? 'Nieuw logo' : 'Logo verwijderd') : (logo ? 'New logo' : 'Logo removed'), door.actor.userId]);
    audit({ action: 'report.template.logo', entityType: 'report_template', entityIds: [templateId] });
    return { number };
  });
}

export async function templateLogo(door: Door, templateId: string, number: number) {
  return door.work(async (tx) => {
    const [row] = await tx.query<{ logo: Buffer | null; logo_media_type: string | null }>(
      `SELECT v.logo, v.logo_media_type FROM report_template_versions v JOIN report_templates t ON t.id = v.template_id WHERE t.id = $1 AND t.organisation_id = $2 AND v.number = $3`,
      [templateId, door.actor.organisationId, number]);
    if (!row?.logo || !row.logo_media_type) throw new AppError('not_found', 'error.not_found');
    return { content: row.logo, mediaType: row.logo_media_type };
  });
}

// ---- the material: the case, read by each capability's own reads -----------------------------

/** The case as the report needs it. Each read checks access and writes its own audit entry. */
export async function gatherMaterial(door: Door, caseId: string): Promise<CaseMaterial> {
  const base = await door.work(async (tx) => {
    const row = await caseForAction(tx, door.actor, caseId, 'report.work');
    const [c] = await tx.query<{
      full_name: string; birth_date: string; commissioning_party: string; commissioning_party_other: string | null; legal_context: string; legal_context_other: string | null;
      question: string; delivery_date: string | null; first_sickness_day: string | null; commissioner_reference: string | null; expert_name: string | null; organisation_name: string;
    }>(
      `SELECT cl.full_name, to_char(cl.birth_date, 'YYYY-MM-DD') AS birth_date, c.commissioning_party, c.commissioning_party_other, c.legal_context, c.legal_context_other, c.question,
              to_char(c.delivery_date, 'YYYY-MM-DD') AS delivery_date, to_char(c.first_sickness_day, 'YYYY-MM-DD') AS first_sickness_day, c.commissioner_reference,
              u.display_name AS expert_name, o.name AS organisation_name
         FROM cases c JOIN clients cl ON cl.id = c.client_id JOIN organisations o ON o.id = c.organisation_id LEFT JOIN users u ON u.id = c.assigned_expert_id
        WHERE c.id = $1`, [caseId]);
    const documents = await tx.query<{ file_name: string; document_type: string; uploaded_at: string; professional_only: boolean }>(
      'SELECT file_name, document_type, uploaded_at, professional_only FROM documents WHERE case_id = $1 ORDER BY uploaded_at', [caseId]);
    const contacts = await tx.query<{ activity_type: string; contact_form: string; state: string; planned_at: string; held_at: string | null }>(
      'SELECT activity_type, contact_form, state, planned_at, held_at FROM contacts WHERE case_id = $1 ORDER BY COALESCE(held_at, planned_at)', [caseId]);
    // Only conversation reports the client checked and that became final speak for the client (seed 002 §3).
    const conversations = await tx.query<{ title: string; number: number; finalised_at: string; paragraphs: Array<{ text: string }> }>(
      `SELECT r.title, v.number, v.finalised_at, v.paragraphs FROM conversation_reports r
         JOIN LATERAL (SELECT number, finalised_at, paragraphs FROM report_versions WHERE report_id = r.id AND state = 'final' ORDER BY number DESC LIMIT 1) v ON true
        WHERE r.case_id = $1 AND r.kind = 'conversation' ORDER BY v.finalised_at`, [caseId]);
    const worksheet = await tx.query<{ theme: string; body: string }>("SELECT theme, body FROM worksheet_entries WHERE case_id = $1 ORDER BY array_position(ARRAY['experiences','needs','future'], theme)", [caseId]);
    return { row, c: c!, documents, contacts, conversations, worksheet };
  });
  const words = wordsFor(door.language);
  const justification = await contactJustification(door, caseId);
  const capacity = await capacityPage(door, caseId, null);
  const judgement = await judgementPage(door, caseId);
  const wage = base.row.legal_context === 'participatiewet' ? await listWageValues(door, caseId) : null;
  const lang = door.language;
  const chosenFml = capacity.fmls.find((f) => f.id === capacity.chosenFmlId) ?? null;
  const finalAdvice = judgement.advice?.state === 'final' ? judgement.advice : null;
  const newestWage = wage?.items.find((i) => i.newest) ?? null;
  return {
    reference: base.row.reference,
    organisationName: base.c.organisation_name,
    client: { fullName: base.c.full_name, birthDate: base.c.birth_date },
    assignment: {
      commissioningParty: base.c.commissioning_party, commissioningPartyOther: base.c.commissioning_party_other, legalContext: base.c.legal_context, legalContextOther: base.c.legal_context_other,
      question: base.c.question, deliveryDate: base.c.delivery_date, firstSicknessDay: base.c.first_sickness_day, commissionerReference: base.c.commissioner_reference,
    },
    expert: base.c.expert_name ? { displayName: base.c.expert_name } : null,
    documents: base.documents.map((d) => ({ fileName: d.file_name, documentType: d.document_type, uploadedAt: iso(d.uploaded_at)!, professionalOnly: d.professional_only })),
    contacts: base.contacts.map((c) => ({ activityType: c.activity_type, contactForm: c.contact_form, state: c.state, plannedAt: iso(c.planned_at)!, heldAt: iso(c.held_at) })),
    conversationReports: base.conversations.map((r) => ({ title: r.title, number: Number(r.number), finalisedAt: iso(r.finalised_at)!, paragraphs: r.paragraphs.map((p) => p.text) })),
    worksheet: base.worksheet,
    justification: {
      entries: justification.entries.map((e) => ({
        activity: e.activity, form: e.form, state: e.state, plannedAt: iso(e.plannedAt)!, heldAt: iso(e.heldAt), againstAdvice: e.againstAdvice, reasonText: e.reasonText,
        clientPreference: e.clientPreference ? { form: e.clientPreference.form } : null, clientPreferenceFollowed: e.clientPreferenceFollowed,
        consent: e.consent ? { givenAt: iso(e.consent.givenAt)! } : null, mitigations: e.mitigations, adequacy: e.adequacy ? { verdict: e.adequacy.verdict } : null,
      })),
      summary: justification.summary,
    },
    capacity: {
      fml: chosenFml ? { date: chosenFml.date, authorRole: chosenFml.authorRole } : null,
      profiles: capacity.profiles.map((p) => {
        const catalogue = capacity.catalogues[p.catalogueId]!;
        const items = new Map(catalogue.items.map((i) => [i.code, i]));
        const rows = p.cells.filter((cell) => cell.outcome !== 'fits').map((cell) => {
          const item = items.get(cell.item)!;
          const label = item.label[lang] ?? item.label.nl;
          return {
            marker: SYMBOLS[cell.outcome], item: `${item.code} ${label}`,
            capacity: capacityText(words.t, lang, item, chosenFml && p.comparable ? chosenFml.values[item.code] : undefined),
            demand: demandText(words.t, lang, item, p.demands[item.code]),
            outcome: cellWords(words.t, lang, item, cell).outcome, emphasis: cell.outcome === 'exceeds',
          };
        });
        const sections = catalogue.sections.map((s) => ({
          label: sectionName(catalogue, s.code, lang), items: p.cells.filter((c) => c.section === s.code).length, exceeds: p.cells.filter((c) => c.section === s.code && c.outcome === 'exceeds').length,
        })).filter((s) => s.items > 0);
        const j = p.summary.judged;
        return {
          name: p.name, kind: p.kind, conclusion: p.conclusion ? { conclusion: p.conclusion.conclusion, reasoning: p.conclusion.reasoning } : null,
          summary: { items: p.summary.items, fits: j.fits, adjusted: j.fitsWithAdjustment, exceeds: j.exceeds, unknown: j.unknown }, rows, sections,
        };
      }),
      spoor1: capacity.spoor ? capacity.spoor.spoor1 : null,
    },
    evidence: judgement.evidence.map((e) => ({
      id: e.id, number: e.number, kind: e.kind, sourceType: e.sourceType, observedOn: e.observedOn, title: e.title, reliability: e.reliability, notInvestigatedReason: e.notInvestigatedReason,
      professionalOnly: e.professionalOnly, withdrawn: e.withdrawn !== null,
    })),
    schema1: judgement.schema1.map((c) => ({ ref: c.ref, theme: c.theme, category: c.category, body: c.body })),
    schema2: judgement.schema2.map((r) => ({ ref: r.ref, key: r.key, label: r.label, supportNeed: r.supportNeed, workImplications: r.workImplications })),
    observations: judgement.observations.map((o) => ({ number: o.number, body: o.body, discriminator: o.discriminator, hypotheses: o.hypotheses.map((h) => ({ explanation: h.explanation, status: h.status, statusArgument: h.statusArgument })) })),
    anomalies: judgement.anomalies.map((a) => ({ kind: a.kind, description: a.description, explanation: a.explanation })),
    advice: finalAdvice && finalAdvice.finalisedAt ? {
      number: finalAdvice.number, finalisedAt: finalAdvice.finalisedAt, content: finalAdvice.content,
      reflection: { answers: (finalAdvice.reflection?.answers ?? {}) as unknown as Record<string, unknown>, skipped: finalAdvice.reflection?.skipped ?? [] },
      trace: finalAdvice.trace, profileNames: Object.fromEntries(judgement.profiles.map((p) => [p.id, p.name])),
    } : null,
    wageValue: newestWage ? {
      measuredOn: newestWage.measuredOn, method: newestWage.method === 'other' && newestWage.methodOther ? newestWage.methodOther : words.t(`wageValue.methods.${newestWage.method}`, { defaultValue: newestWage.method }),
      assessor: newestWage.assessor, percentage: newestWage.percentage, job: newestWage.job, hoursPerWeek: newestWage.hoursPerWeek,
      subsidy: newestWage.subsidy, problem: wage?.problem?.message ?? null,
    } : null,
  };
}

// ---- the report and its versions ----------------------------------------------------------------

interface ReportRow { id: string; case_id: string; template_version_id: string; language: ReportLanguage; check_report_id: string | null; created_at: string }
interface VersionRow {
  id: string; report_id: string; number: number; state: VersionState; sections: DraftSection[]; lock_version: number; change_note: string | null; check_version_number: number | null;
  unprocessed_reason: string | null; client_reaction_summary: string | null; content_sha256: string | null; pdf_sha256: string | null; docx_sha256: string | null;
  signer_name: string | null; signed_at: string | null; created_at: string;
}
const VERSION_COLUMNS = `id, report_id, number, state, sections, lock_version, change_note, check_version_number, unprocessed_reason, client_reaction_summary, content_sha256,
  pdf_sha256, docx_sha256, signer_name, signed_at, created_at`;

async function reportOf(tx: Sql, caseId: string, reportId: string): Promise<ReportRow> {
  const [r] = await tx.query<ReportRow>('SELECT id, case_id, template_version_id, language, check_report_id, created_at FROM assessment_reports WHERE id = $1 AND case_id = $2', [reportId, caseId]);
  if (!r) throw new AppError('not_found', 'error.not_found');
  return r;
}

async function versionsOf(tx: Sql, reportId: string, lock = false): Promise<VersionRow[]> {
  return tx.query<VersionRow>(`SELECT ${VERSION_COLUMNS} FROM assessment_report_versions WHERE report_id = $1 ORDER BY number${lock ? ' FOR UPDATE' : ''}`, [reportId]);
}

async function templateVersion(tx: Sql, id: string) {
  const [t] = await tx.query<{ context: ReportContext; name: string; sections: TemplateSection[]; letterhead_lines: string[]; logo: Buffer | null; logo_media_type: 'image/png' | 'image/jpeg' | null; number: number }>(
    'SELECT t.context, v.name, v.sections, v.letterhead_lines, v.logo, v.logo_media_type, v.number FROM report_template_versions v JOIN report_templates t ON t.id = v.template_id WHERE v.id = $1', [id]);
  return t!;
}

/** The templates a labour expert can start from on this case, the one that fits its context first. */
export async function templatesForCase(door: Door, caseId: string) {
  return door.work(async (tx) => {
    const row = await caseForAction(tx, door.actor, caseId, 'report.work');
    const fits = contextOfCase(row.legal_context as Parameters<typeof contextOfCase>[0]);
    const templates = (await currentTemplates(tx, row.organisation_id)).map(templateVersionView);
    return { suggested: fits, templates: [...templates.filter((t) => t.context === fits), ...templates.filter((t) => t.context !== fits)] };
  });
}

export async function listReports(door: Door, caseId: string) {
  return door.work(async (tx) => {
    const row = await caseForAction(tx, door.actor, caseId, 'report.send');
    const work = mayOnCase(door.actor, 'report.work', facts(row));
    const reports = await tx.query<{ id: string; created_at: string; template_name: string; number: number; state: VersionState; signed_at: string | null; finals: number }>(
      `SELECT r.id, r.created_at, tv.name AS template_name, v.number, v.state, v.signed_at,
              (SELECT count(*)::int FROM assessment_report_versions f WHERE f.report_id = r.id AND f.state = 'final') AS finals
         FROM assessment_reports r JOIN report_template_versions tv ON tv.id = r.template_version_id
         JOIN LATERAL (SELECT number, state, signed_at FROM assessment_report_versions WHERE report_id = r.id ORDER BY number DESC LIMIT 1) v ON true
        WHERE r.case_id = $1 ORDER BY r.created_at`, [caseId]);
    // Office staff see the sealed reports (to send them), never a draft.
    return reports.filter((r) => work || Number(r.finals) > 0).map((r) => ({
      id: r.id, createdAt: iso(r.created_at)!, templateName: r.template_name, latestVersion: Number(r.number), state: r.state, signedAt: iso(r.signed_at), finalVersions: Number(r.finals),
    }));
  });
}

/** A new report: every section filled from the case, with the template's standard texts. */
export async function createReport(door: Door, caseId: string, input: { templateId: string }) {
  const material = await gatherMaterial(door, caseId);
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'report.work');
    await ensureTemplates(tx, row.organisation_id);
    const [template] = await tx.query<{ id: string }>(
      `SELECT v.id FROM report_template_versions v JOIN report_templates t ON t.id = v.template_id
        WHERE t.id = $1 AND t.organisation_id = $2 ORDER BY v.number DESC LIMIT 1`, [input.templateId, row.organisation_id]);
    if (!template) throw new AppError('validation', 'validation.field', { problemKey: 'error.not_found' }, 'templateId');
    const tv = await templateVersion(tx, template.id);
    const words = wordsFor(door.language);
    const at = new Date().toISOString();
    const sections = tv.sections.map((s) => fillSection(s, generateSection(s.kind, material, words), randomUUID, at));
    const id = randomUUID();
    await tx.query('INSERT INTO assessment_reports (id, case_id, template_version_id, language, created_by) VALUES ($1,$2,$3,$4,$5)', [id, caseId, template.id, door.language, door.actor.userId]);
    await tx.query("INSERT INTO assessment_report_versions (id, report_id, number, state, sections, created_by) VALUES ($1,$2,1,'draft',$3,$4)", [randomUUID(), id, JSON.stringify(sections), door.actor.userId]);
    await recordEvent(tx, caseId, door.actor.userId, 'report_created', { reportId: id, template: tv.name }, true);
    await touchCase(tx, caseId);
    audit({ action: 'report.create', entityType: 'assessment_report', entityIds: [id] });
    return { id };
  });
}

interface CheckCommentRow {
  id: string; version_number: number; audience: 'client' | 'employer'; paragraph_id: string | null; stance: Comment['stance']; body: string; decision: Decision | null;
  explanation: string | null; in_final_report: 'full' | 'summary' | null; submitted_at: string; shared_at: string | null;
}

async function checkComments(tx: Sql, checkReportId: string | null): Promise<CheckCommentRow[]> {
  if (!checkReportId) return [];
  return tx.query<CheckCommentRow>(
    `SELECT c.id, v.number AS version_number, r.audience, c.paragraph_id, c.stance, c.body, c.decision, c.explanation, r.in_final_report, r.submitted_at, v.shared_at
       FROM report_comments c JOIN report_reactions r ON r.id = c.reaction_id JOIN report_versions v ON v.id = c.version_id
      WHERE v.report_id = $1 ORDER BY r.submitted_at, c.position`, [checkReportId]);
}

const asCheckComment = (c: CheckCommentRow): CheckComment => ({
  audience: c.audience, stance: c.stance, inFinalReport: c.in_final_report, processing: c.decision ? { decision: c.decision, explanation: c.explanation ?? '' } : null,
});

async function checkRounds(tx: Sql, checkReportId: string | null) {
  if (!checkReportId) return [];
  return tx.query<{ id: string; number: number; state: string; shared_at: string | null; shared_with_employer: boolean }>(
    'SELECT id, number, state, shared_at, shared_with_employer FROM report_versions WHERE report_id = $1 ORDER BY number', [checkReportId]);
}

/** The report with its current version: sections (and which are stale), the check, files and deliveries. */
export async function reportDetail(door: Door, caseId: string, reportId: string) {
  const canWork = await door.work(async (tx) => mayOnCase(door.actor, 'report.work', facts(await caseForAction(tx, door.actor, caseId, 'report.send'))));
  const material = canWork ? await gatherMaterial(door, caseId) : null;
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'report.send');
    const report = await reportOf(tx, caseId, reportId);
    const versions = await versionsOf(tx, reportId);
    const visible = canWork ? versions : versions.filter((v) => v.state === 'final');
    if (visible.length === 0) throw new AppError('not_found', 'error.not_found');
    const current = visible.at(-1)!;
    const tv = await templateVersion(tx, report.template_version_id);
    const words = wordsFor(report.language);
    const comments = canWork ? await checkComments(tx, report.check_report_id) : [];
    const rounds = canWork ? await checkRounds(tx, report.check_report_id) : [];
    const deliveries = await tx.query<{ id: string; version_id: string; recipient: string; name: string; email: string; sent_at: string; expires_at: string; first_opened_at: string | null; open_count: number }>(
      `SELECT d.id, d.version_id, d.recipient, d.name, d.email, d.sent_at, d.expires_at, d.first_opened_at, d.open_count FROM report_deliveries d
         JOIN assessment_report_versions v ON v.id = d.version_id WHERE v.report_id = $1 ORDER BY d.sent_at`, [reportId]);
    const client = await clientOfCase(tx, row);
    const parties = await tx.query<{ id: string; role: string; name: string; organisation: string | null; email: string | null }>('SELECT id, role, name, organisation, email FROM case_parties WHERE case_id = $1 ORDER BY name', [caseId]);
    audit({ action: 'report.read', entityType: 'assessment_report', entityIds: [reportId] });
    return {
      id: report.id, caseId, reference: row.reference, language: report.language, template: { name: tv.name, context: tv.context, number: Number(tv.number) },
      checkReportId: report.check_report_id,
      versions: visible.map((v) => ({
        number: Number(v.number), state: v.state, changeNote: v.change_note, createdAt: iso(v.created_at)!, signedAt: iso(v.signed_at), signer: v.signer_name,
        pdfSha256: v.pdf_sha256, docxSha256: v.docx_sha256, contentSha256: v.content_sha256, unprocessedReason: v.unprocessed_reason,
      })),
      current: {
        number: Number(current.number), state: current.state, lockVersion: Number(current.lock_version), changeNote: current.change_note,
        sections: current.sections.map((s, index) => ({
          index, kind: s.kind, title: s.title, paragraphs: s.paragraphs, blocks: s.blocks, edited: s.edited, forEmployer: s.forEmployer, generatedAt: s.generated.at,
          stale: current.state !== 'final' && material !== null && isStale(s, generateSection(s.kind, material, words)),
        })),
      },
      check: {
        rounds: rounds.map((r) => ({ number: Number(r.number), state: r.state, sharedAt: iso(r.shared_at), withEmployer: r.shared_with_employer })),
        comments: comments.map((c) => ({
          id: c.id, round: Number(c.version_number), audience: c.audience, paragraphId: c.paragraph_id, stance: c.stance, text: c.body, inFinalReport: c.in_final_report, submittedAt: iso(c.submitted_at)!,
          processing: c.decision ? { decision: c.decision, explanation: c.explanation ?? '' } : null,
        })),
        clientChoseSummary: clientChoseSummary(comments.map(asCheckComment)),
      },
      deliveries: deliveries.map((d) => ({
        id: d.id, version: Number(versions.find((v) => v.id === d.version_id)?.number ?? 0), recipient: d.recipient, name: d.name, email: d.email, sentAt: iso(d.sent_at)!, expiresAt: iso(d.expires_at)!,
        firstOpenedAt: iso(d.first_opened_at), openCount: Number(d.open_count),
      })),
      recipients: [
        { kind: 'client' as const, partyId: null, name: client.fullName, role: 'client', hasEmail: !!client.email },
        ...parties.map((p) => ({ kind: 'party' as const, partyId: p.id, name: p.organisation ? `${p.name} (${p.organisation})` : p.name, role: p.role, hasEmail: !!p.email })),
      ],
    };
  });
}

async function draftForWrite(tx: Sql, door: Door, caseId: string, reportId: string, lockVersion: number) {
  const row = await caseForAction(tx, door.actor, caseId, 'report.work');
  const report = await reportOf(tx, caseId, reportId);
  const latest = (await versionsOf(tx, reportId, true)).at(-1)!;
  if (latest.state === 'final') refuse(door.language, [{ field: 'state', reason: 'final_is_final' }]);
  if (Number(latest.lock_version) !== lockVersion) refuse(door.language, [{ field: 'lockVersion', reason: 'stale_page' }]);
  return { row, report, latest };
}

async function writeSections(tx: Sql, versionId: string, sections: DraftSection[]): Promise<number> {
  const [updated] = await tx.query<{ lock_version: number }>('UPDATE assessment_report_versions SET sections = $2, lock_version = lock_version + 1 WHERE id = $1 RETURNING lock_version', [versionId, JSON.stringify(sections)]);
  return Number(updated!.lock_version);
}

/** The expert's text of one section. */
export async function saveSection(door: Door, caseId: string, reportId: string, index: number, input: { lockVersion: number; paragraphs: ReportParagraph[] }) {
  return door.work(async (tx, audit) => {
    const { latest } = await draftForWrite(tx, door, caseId, reportId, input.lockVersion);
    const section = latest.sections[index];
    if (!section) throw new AppError('not_found', 'error.not_found');
    refuse(door.language, checkSectionEdit(latest.state, index, input.paragraphs));
    const sections = latest.sections.map((s, i) => (i === index ? { ...s, paragraphs: input.paragraphs, edited: true } : s));
    const lockVersion = await writeSections(tx, latest.id, sections);
    audit({ action: 'report.section.edit', entityType: 'assessment_report', entityIds: [reportId] });
    return { lockVersion };
  });
}

/** What a refresh of one section would change (preview), or does change (apply). */
export async function refresh(door: Door, caseId: string, reportId: string, index: number, input: { lockVersion: number; apply: boolean }) {
  const material = await gatherMaterial(door, caseId);
  return door.work(async (tx, audit) => {
    const { report, latest } = await draftForWrite(tx, door, caseId, reportId, input.lockVersion);
    const section = latest.sections[index];
    if (!section) throw new AppError('not_found', 'error.not_found');
    if (latest.state === 'in_check' && input.apply) refuse(door.language, [{ field: 'state', reason: 'in_check' }]);
    const tv = await templateVersion(tx, report.template_version_id);
    const template = tv.sections.filter((s) => s.kind === section.kind).length === 1 ? tv.sections.find((s) => s.kind === section.kind)! : null;
    const { section: next, diff } = refreshSection(section, template, generateSection(section.kind, material, wordsFor(report.language)), randomUUID, new Date().toISOString());
    if (!input.apply) return { diff, lockVersion: Number(latest.lock_version) };
    const lockVersion = await writeSections(tx, latest.id, latest.sections.map((s, i) => (i === index ? next : s)));
    audit({ action: 'report.section.refresh', entityType: 'assessment_report', entityIds: [reportId] });
    return { diff, lockVersion };
  });
}

/**
 * The draft goes to the client (and, for the paragraphs marked for them, the employer) to check, as a
 * round of the conversation-report mechanism: the portal shows it and takes reactions per paragraph.
 */
export async function sendForCheck(door: Door, caseId: string, reportId: string, input: { lockVersion: number; withEmployer: boolean }) {
  return door.work(async (tx, audit) => {
    const { report, latest } = await draftForWrite(tx, door, caseId, reportId, input.lockVersion);
    refuse(door.language, checkSendForCheck(latest.state, latest.sections, input.withEmployer));
    const paragraphs = checkParagraphsOf(latest.sections).map(({ sectionIndex: _s, ...p }) => p);
    let checkReportId = report.check_report_id;
    const title = door.language === 'nl' ? `Concept rapportage (versie ${Number(latest.number)})` : `Draft report (version ${Number(latest.number)})`;
    if (!checkReportId) {
      checkReportId = randomUUID();
      await tx.query("INSERT INTO conversation_reports (id, case_id, contact_id, title, created_by, kind) VALUES ($1,$2,NULL,$3,$4,'assessment')", [checkReportId, caseId, title, door.actor.userId]);
      await tx.query('UPDATE assessment_reports SET check_report_id = $2 WHERE id = $1', [reportId, checkReportId]);
    } else {
      await tx.query('UPDATE conversation_reports SET title = $2 WHERE id = $1', [checkReportId, title]);
      // An earlier round that is still open closes: reactions go to the newest text.
      await tx.query("UPDATE report_versions SET state = 'final', finalised_at = now(), finalised_by = $2 WHERE report_id = $1 AND state = 'shared'", [checkReportId, door.actor.userId]);
    }
    const [{ next }] = (await tx.query<{ next: number }>('SELECT COALESCE(max(number), 0) + 1 AS next FROM report_versions WHERE report_id = $1', [checkReportId])) as [{ next: number }];
    await tx.query(
      `INSERT INTO report_versions (id, report_id, number, state, paragraphs, created_by, shared_at, shared_with_employer) VALUES ($1,$2,$3,'shared',$4,$5,now(),$6)`,
      [randomUUID(), checkReportId, Number(next), JSON.stringify(paragraphs), door.actor.userId, input.withEmployer]);
    await tx.query("UPDATE assessment_report_versions SET state = 'in_check', check_version_number = $2, lock_version = lock_version + 1 WHERE id = $1", [latest.id, Number(next)]);
    await recordEvent(tx, caseId, door.actor.userId, 'report_sent_for_check', { reportId, version: Number(latest.number), withEmployer: input.withEmployer });
    await touchCase(tx, caseId);
    audit({ action: 'report.check', entityType: 'assessment_report', entityIds: [reportId] });
    return { checkReportId };
  });
}

/** Back to editing while or after the client checks: their reactions stay, to be processed. */
export async function resumeEditing(door: Door, caseId: string, reportId: string, input: { lockVersion: number }) {
  return door.work(async (tx, audit) => {
    const { latest } = await draftForWrite(tx, door, caseId, reportId, input.lockVersion);
    if (latest.state !== 'in_check') refuse(door.language, [{ field: 'state', reason: 'not_in_check' }]);
    const [updated] = await tx.query<{ lock_version: number }>("UPDATE assessment_report_versions SET state = 'draft', lock_version = lock_version + 1 WHERE id = $1 RETURNING lock_version", [latest.id]);
    audit({ action: 'report.resume', entityType: 'assessment_report', entityIds: [reportId] });
    return { lockVersion: Number(updated!.lock_version) };
  });
}

async function letterheadOf(tx: Sql, templateVersionId: string) {
  const tv = await templateVersion(tx, templateVersionId);
  return { lines: tv.letterhead_lines, logo: tv.logo && tv.logo_media_type ? { mediaType: tv.logo_media_type, data: tv.logo } : null };
}

/** Rendering, with a failure said in words (the draft stays as it was). */
async function render(doc: ReportDocument): Promise<{ pdf: Buffer; docx: Buffer }> {
  let step = 'PDF';
  try {
    const pdf = await renderPdf(doc);
    step = 'Word';
    const docx = await renderDocx(doc);
    return { pdf, docx };
  } catch (error) {
    // Not a 500: what the draft holds cannot be made into a file as it stands; the answer says what failed.
    throw new AppError('conflict', 'report.render_failed', { what: `${step}: ${(error as Error).message}`.slice(0, 300) }, undefined, { reason: 'render_failed' });
  }
}

/** A preview of the draft as PDF, marked CONCEPT on every page. */
export async function previewPdf(door: Door, caseId: string, reportId: string): Promise<Buffer> {
  const doc = await door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'report.work');
    const report = await reportOf(tx, caseId, reportId);
    const latest = (await versionsOf(tx, reportId)).at(-1)!;
    const material = await frontMatter(tx, row);
    audit({ action: 'report.preview', entityType: 'assessment_report', entityIds: [reportId] });
    return documentOf({ material, sections: latest.sections, version: Number(latest.number), draft: latest.state !== 'final', letterhead: await letterheadOf(tx, report.template_version_id), signature: null, date: new Date().toISOString() }, wordsFor(report.language));
  });
  return (await render(doc)).pdf;
}

/** The front page's facts, read inside a transaction (finalising reads them with the draft). */
async function frontMatter(tx: Sql, row: CaseRow) {
  const [c] = await tx.query<{ full_name: string; birth_date: string; commissioning_party: string; commissioning_party_other: string | null; legal_context: string; legal_context_other: string | null; question: string; commissioner_reference: string | null; expert_name: string | null; organisation_name: string }>(
    `SELECT cl.full_name, to_char(cl.birth_date, 'YYYY-MM-DD') AS birth_date, c.commissioning_party, c.commissioning_party_other, c.legal_context, c.legal_context_other, c.question,
            c.commissioner_reference, u.display_name AS expert_name, o.name AS organisation_name
       FROM cases c JOIN clients cl ON cl.id = c.client_id JOIN organisations o ON o.id = c.organisation_id LEFT JOIN users u ON u.id = c.assigned_expert_id WHERE c.id = $1`, [row.id]);
  return {
    reference: row.reference, organisationName: c!.organisation_name, client: { fullName: c!.full_name, birthDate: c!.birth_date }, expert: c!.expert_name ? { displayName: c!.expert_name } : null,
    assignment: {
      commissioningParty: c!.commissioning_party, commissioningPartyOther: c!.commissioning_party_other, legalContext: c!.legal_context, legalContextOther: c!.legal_context_other,
      question: c!.question, commissionerReference: c!.commissioner_reference, deliveryDate: null, firstSicknessDay: null,
    },
  };
}

/**
 * Finalise and seal: the client's reaction section is written, the report rendered to PDF and Word,
 * the PDF's SHA-256 is the seal, with the signer and the time. The version never changes after this
 * (a trigger refuses it). A rendering failure leaves the draft as it was.
 */
export async function finalise(door: Door, caseId: string, reportId: string, input: { lockVersion: number; reason: string | null; clientReactionSummary: string | null }) {
  // Read and render outside the writing transaction, then write only if nothing changed meanwhile.
  const prepared = await door.work(async (tx) => {
    const { row, report, latest } = await draftForWrite(tx, door, caseId, reportId, input.lockVersion);
    const comments = await checkComments(tx, report.check_report_id);
    const rounds = await checkRounds(tx, report.check_report_id);
    refuse(door.language, checkFinaliseReport({ state: latest.state, sections: latest.sections, checked: rounds.length > 0, comments: comments.map(asCheckComment) }, input));
    const words = wordsFor(report.language);
    const lastRound = rounds.at(-1) ?? null;
    const round: CheckRound | null = lastRound ? {
      sharedAt: iso(lastRound.shared_at),
      comments: comments.map((c) => ({ audience: c.audience, paragraphId: c.paragraph_id, stance: c.stance, text: c.body, processing: c.decision ? { decision: c.decision, explanation: c.explanation ?? '' } : null })),
      summaryChosen: clientChoseSummary(comments.map(asCheckComment)),
    } : null;
    const paragraphTexts = new Map(latest.sections.flatMap((s) => s.paragraphs.map((p) => [p.id, p.text] as const)));
    // Paragraphs of earlier rounds may have been edited since: the round's own text is what the reader saw.
    for (const r of rounds) {
      const [v] = await tx.query<{ paragraphs: Array<{ id: string; text: string }> }>('SELECT paragraphs FROM report_versions WHERE id = $1', [r.id]);
      for (const p of v?.paragraphs ?? []) if (!paragraphTexts.has(p.id)) paragraphTexts.set(p.id, p.text);
    }
    const reaction = clientReactionSection(round, paragraphTexts, { reason: input.reason, summary: input.clientReactionSummary }, words);
    const signedAt = new Date().toISOString();
    const sections: DraftSection[] = latest.sections.map((s) => (s.kind === 'client_reaction'
      ? { ...s, paragraphs: [...s.paragraphs.filter((p) => p.text.trim().length > 0), ...reaction.map((text, i) => ({ id: `reaction-${i}`, text, forEmployer: s.forEmployer }))] }
      : s));
    const [signer] = await tx.query<{ display_name: string }>('SELECT display_name FROM users WHERE id = $1', [door.actor.userId]);
    const doc = documentOf({ material: await frontMatter(tx, row), sections, version: Number(latest.number), draft: false, letterhead: await letterheadOf(tx, report.template_version_id), signature: { signer: signer!.display_name, signedAt }, date: signedAt }, words);
    return { sections, doc, signer: signer!.display_name, signedAt, checkReportId: report.check_report_id, versionId: latest.id, number: Number(latest.number) };
  });
  const files = await render(prepared.doc);
  return door.work(async (tx, audit) => {
    const { latest } = await draftForWrite(tx, door, caseId, reportId, input.lockVersion);
    if (latest.id !== prepared.versionId) refuse(door.language, [{ field: 'lockVersion', reason: 'stale_page' }]);
    const pdfSha256 = sha256Hex(files.pdf);
    const docxSha256 = sha256Hex(files.docx);
    const content = contentDigest(prepared.doc.sections);
    await tx.query(
      `UPDATE assessment_report_versions SET state = 'final', sections = $2, unprocessed_reason = $3, client_reaction_summary = $4, content_sha256 = $5, pdf = $6, pdf_sha256 = $7,
              docx = $8, docx_sha256 = $9, signed_by = $10, signer_name = $11, signed_at = $12, lock_version = lock_version + 1 WHERE id = $1`,
      [latest.id, JSON.stringify(prepared.sections), input.reason?.trim() || null, input.clientReactionSummary?.trim() || null, content, files.pdf, pdfSha256, files.docx, docxSha256,
        door.actor.userId, prepared.signer, prepared.signedAt]);
    // The check is over: no reactions to a sealed report.
    if (prepared.checkReportId) {
      await tx.query("UPDATE report_versions SET state = 'final', finalised_at = now(), finalised_by = $2 WHERE report_id = $1 AND state = 'shared'", [prepared.checkReportId, door.actor.userId]);
    }
    await recordEvent(tx, caseId, door.actor.userId, 'report_finalised', { reportId, version: prepared.number, pdfSha256, withReason: !!input.reason?.trim() });
    await touchCase(tx, caseId);
    audit({ action: 'report.finalise', entityType: 'assessment_report', entityIds: [reportId] });
    return { number: prepared.number, pdfSha256, docxSha256, contentSha256: content, signedAt: prepared.signedAt, signer: prepared.signer };
  });
}

/** A correction: a new draft from the final version, stating what changed and why; the old stays. */
export async function correct(door: Door, caseId: string, reportId: string, input: { changeNote: string }) {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'report.work');
    await reportOf(tx, caseId, reportId);
    const latest = (await versionsOf(tx, reportId, true)).at(-1)!;
    refuse(door.language, checkCorrection(latest.state, input.changeNote));
    const number = Number(latest.number) + 1;
    // The reaction text written at finalisation is rewritten at the next one, from the reactions themselves.
    const sections = latest.sections.map((s) => (s.kind === 'client_reaction' ? { ...s, paragraphs: s.paragraphs.filter((p) => !p.id.startsWith('reaction-')) } : s));
    await tx.query("INSERT INTO assessment_report_versions (id, report_id, number, state, sections, change_note, created_by) VALUES ($1,$2,$3,'draft',$4,$5,$6)",
      [randomUUID(), reportId, number, JSON.stringify(sections), input.changeNote.trim(), door.actor.userId]);
    await recordEvent(tx, caseId, door.actor.userId, 'report_corrected', { reportId, version: number, changeNote: input.changeNote.trim() });
    audit({ action: 'report.correct', entityType: 'assessment_report', entityIds: [reportId] });
    return { number };
  });
}

export type ReportFormat = 'pdf' | 'docx';
export const MEDIA_TYPES: Record<ReportFormat, string> = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };

/** A sealed file, for the expert and office staff on the case. */
export async function finalFile(door: Door, caseId: string, reportId: string, number: number, format: ReportFormat) {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'report.send');
    await reportOf(tx, caseId, reportId);
    const [v] = await tx.query<{ content: Buffer | null; sha256: string | null }>(
      `SELECT ${format} AS content, ${format}_sha256 AS sha256 FROM assessment_report_versions WHERE report_id = $1 AND number = $2 AND state = 'final'`, [reportId, number]);
    if (!v?.content) throw new AppError('not_found', 'error.not_found');
    audit({ action: 'report.download', entityType: 'assessment_report', entityIds: [reportId] });
    return { content: v.content, sha256: v.sha256!, mediaType: MEDIA_TYPES[format], fileName: `${row.reference}-rapportage-v${number}.${format}` };
  });
}

/** Anyone with the PDF (or Word file) can check it against the seal: the exact bytes, or no match. */
export async function verifySeal(db: Db, bytes: Buffer) {
  const digest = sha256Hex(bytes);
  const [match] = await db.query<{ reference: string; number: number; signer_name: string; signed_at: string; organisation: string; format: string }>(
    `SELECT c.reference, v.number, v.signer_name, v.signed_at, o.name AS organisation, CASE WHEN v.pdf_sha256 = $1 THEN 'pdf' ELSE 'docx' END AS format
       FROM assessment_report_versions v JOIN assessment_reports r ON r.id = v.report_id JOIN cases c ON c.id = r.case_id JOIN organisations o ON o.id = c.organisation_id
      WHERE v.state = 'final' AND (v.pdf_sha256 = $1 OR v.docx_sha256 = $1) LIMIT 1`, [digest]);
  if (!match) return { match: false as const, sha256: digest };
  return { match: true as const, sha256: digest, reference: match.reference, version: Number(match.number), signer: match.signer_name, signedAt: iso(match.signed_at)!, organisation: match.organisation, format: match.format };
}

// ---- sending ---------------------------------------------------------------------------------------

const hashToken = (token: string) => sha256Hex(token);

/**
 * Sends a final version to recipients the case names, each by their own secure download link (never
 * the report as an attachment); only the token's hash is kept. The client also finds it in the portal.
 */
export async function sendReport(door: Door, caseId: string, reportId: string, number: number, input: { recipients: Array<{ kind: 'client' } | { kind: 'party'; partyId: string }> }, appUrl: string) {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'report.send');
    await reportOf(tx, caseId, reportId);
    const [v] = await tx.query<{ id: string; state: VersionState }>('SELECT id, state FROM assessment_report_versions WHERE report_id = $1 AND number = $2', [reportId, number]);
    if (!v) throw new AppError('not_found', 'error.not_found');
    if (v.state !== 'final') refuse(door.language, [{ field: 'number', reason: 'not_final' }]);
    const client = await clientOfCase(tx, row);
    const problems: ReportProblem[] = [];
    const targets: Array<{ recipient: 'client' | 'party'; partyId: string | null; name: string; email: string; language: string }> = [];
    for (const [i, r] of input.recipients.entries()) {
      if (r.kind === 'client') {
        if (!client.email) problems.push({ field: `recipients.${i}`, reason: 'no_email' });
        else targets.push({ recipient: 'client', partyId: null, name: client.fullName, email: client.email, language: client.preferredLanguage });
      } else {
        const [p] = await tx.query<{ name: string; email: string | null }>('SELECT name, email FROM case_parties WHERE id = $1 AND case_id = $2', [r.partyId, caseId]);
        if (!p) problems.push({ field: `recipients.${i}`, reason: 'unknown_recipient' });
        else if (!p.email) problems.push({ field: `recipients.${i}`, reason: 'no_email' });
        else targets.push({ recipient: 'party', partyId: r.partyId, name: p.name, email: p.email, language: 'nl' });
      }
    }
    if (input.recipients.length === 0) problems.push({ field: 'recipients', reason: 'required' });
    refuse(door.language, problems);
    const [org] = await tx.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [row.organisation_id]);
    const expiresAt = new Date(Date.now() + DELIVERY_DAYS * 86_400_000);
    const sent: string[] = [];
    for (const t of targets) {
      const token = randomBytes(32).toString('base64url');
      const id = randomUUID();
      await tx.query(
        `INSERT INTO report_deliveries (id, case_id, version_id, recipient, party_id, name, email, token_hash, expires_at, sent_by) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
        [id, caseId, v.id, t.recipient, t.partyId, t.name, t.email, hashToken(token), expiresAt, door.actor.userId]);
      const link = `${appUrl.replace(/\/$/, '')}/rapport/${token}`;
      const nl = t.language !== 'en';
      const until = new Intl.DateTimeFormat(nl ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(expiresAt);
      // The mail carries no personal data beyond the recipient's name: the report is behind the link.
      await enqueueMail(tx, {
        organisationId: row.organisation_id, caseId, contactId: null, kind: 'report_delivery', to: t.email, ics: null,
        subject: nl ? `Rapportage van ${org!.name}` : `Report from ${org!.name}`,
        text: nl
          ? `Beste ${t.name},\n\nDe rapportage van het arbeidsdeskundig onderzoek staat voor u klaar. U kunt haar downloaden via deze persoonlijke link:\n\n${link}\n\nDe link werkt tot ${until}. Stuur de link niet door: hij is alleen voor u.\n\nMet vriendelijke groet,\n${org!.name}`
          : `Dear ${t.name},\n\nThe report of the labour-expert assessment is ready for you. You can download it with this personal link:\n\n${link}\n\nThe link works until ${until}. Do not forward it: it is for you only.\n\nKind regards,\n${org!.name}`,
      });
      await recordEvent(tx, caseId, door.actor.userId, 'report_sent', { reportId, version: number, deliveryId: id, recipient: t.recipient, name: t.name });
      sent.push(id);
    }
    await touchCase(tx, caseId);
    audit({ action: 'report.send', entityType: 'assessment_report', entityIds: [reportId] });
    return { deliveries: sent, expiresAt: expiresAt.toISOString() };
  });
}

interface DeliveryRow { id: string; case_id: string; organisation_id: string; recipient: 'client' | 'party'; name: string; expires_at: string; first_opened_at: string | null; reference: string; number: number; pdf: Buffer; pdf_sha256: string }

const DELIVERY_SELECT = `SELECT d.id, d.case_id, c.organisation_id, d.recipient, d.name, d.expires_at, d.first_opened_at, c.reference, v.number, v.pdf, v.pdf_sha256
  FROM report_deliveries d JOIN cases c ON c.id = d.case_id JOIN assessment_report_versions v ON v.id = d.version_id`;

async function opened(tx: Sql, d: DeliveryRow, via: string) {
  await tx.query('UPDATE report_deliveries SET open_count = open_count + 1, first_opened_at = COALESCE(first_opened_at, now()) WHERE id = $1', [d.id]);
  // The timeline shows the first opening of each delivery: who received it and opened it.
  if (!d.first_opened_at) await recordEvent(tx, d.case_id, null, 'report_opened', { deliveryId: d.id, name: d.name, version: Number(d.number), via });
}

function refuseDelivery(refusal: 'expired' | 'not_yours'): never {
  if (refusal === 'expired') throw new AppError('not_found', 'report.delivery_expired', {}, undefined, { reason: 'expired' });
  throw new AppError('forbidden', 'report.delivery_not_yours', {}, undefined, { reason: 'not_yours' });
}

/** A delivery link: what it holds (without opening it), or the PDF itself (counted as opened). */
export async function deliveryByToken(db: Db, token: string, download: boolean, now = new Date()) {
  return db.transaction(async (tx) => {
    const [d] = await tx.query<DeliveryRow>(`${DELIVERY_SELECT} WHERE d.token_hash = $1 FOR UPDATE OF d`, [hashToken(token)]);
    if (!d) throw new AppError('not_found', 'report.delivery_unknown', {}, undefined, { reason: 'unknown' });
    const refusal = deliveryAccess({ id: d.id, expiresAt: iso(d.expires_at)! }, d.id, now);
    if (refusal) refuseDelivery(refusal);
    if (download) {
      await opened(tx, d, 'link');
      await appendAudit(tx, d.organisation_id, [{ actorId: null, action: 'report.delivery.download', entityType: 'report_delivery', entityIds: [d.id], route: 'link' }]);
    }
    return { name: d.name, reference: d.reference, version: Number(d.number), expiresAt: iso(d.expires_at)!, sha256: d.pdf_sha256, content: download ? d.pdf : null };
  });
}

/** The client's final reports in the portal: the deliveries made to the client on this case. */
export async function portalFinalReports(db: Db, visitor: PortalVisitor) {
  return portalWork(db, visitor, 'portal.finalReport', async (tx, row) => {
    const rows = await tx.query<{ id: string; number: number; sent_at: string; expires_at: string }>(
      `SELECT d.id, v.number, d.sent_at, d.expires_at FROM report_deliveries d JOIN assessment_report_versions v ON v.id = d.version_id
        WHERE d.case_id = $1 AND d.recipient = 'client' ORDER BY d.sent_at DESC`, [row.id]);
    return rows.map((r) => ({ id: r.id, version: Number(r.number), sentAt: iso(r.sent_at)!, expiresAt: iso(r.expires_at)! }));
  });
}

export async function portalFinalReport(db: Db, visitor: PortalVisitor, deliveryId: string, now = new Date()) {
  return portalWork(db, visitor, 'portal.finalReport', async (tx, row) => {
    const [d] = await tx.query<DeliveryRow>(`${DELIVERY_SELECT} WHERE d.id = $1`, [deliveryId]);
    if (!d) throw new AppError('not_found', 'report.delivery_unknown', {}, undefined, { reason: 'unknown' });
    // A delivery to someone else (another case, or the employer on this one) is not the client's to open.
    if (d.case_id !== row.id || d.recipient !== 'client') refuseDelivery('not_yours');
    const refusal = deliveryAccess({ id: d.id, expiresAt: iso(d.expires_at)! }, deliveryId, now);
    if (refusal) refuseDelivery(refusal);
    await opened(tx, d, 'portal');
    await auditPortal(tx, visitor, 'portal.finalReport.download', 'report_delivery', [d.id]);
    return { content: d.pdf, sha256: d.pdf_sha256, fileName: `${d.reference}-rapportage-v${Number(d.number)}.pdf` };
  });
}

export const sha256Of = (bytes: Buffer) => sha256Hex(bytes);
