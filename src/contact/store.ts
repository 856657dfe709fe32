// The contact-form capability's SQL (issue 3): planning with advice, the decision log, consent,
// readiness, invitations through the outbox, the justification, organisation configuration and the
// oversight view. Every function goes through the data door: the access policy decides, the
// organisation scopes every query, the audit entries commit with the work.
import { randomUUID } from 'node:crypto';
import { mayInOrganisation, mayOnCase, type OrganisationAction } from '../platform/access.js';
import type { Db, Sql } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import type { Door } from '../platform/door.js';
import { appendAudit } from '../platform/audit.js';
import { AppError, invalidField, invalidQueryField } from '../platform/errors.js';
import { translate, type Language, type MessageKey } from '../platform/i18n.js';
import { enqueueMail, listOutbox, type MailKind } from '../platform/mail.js';
import { sameDayYearBefore, todayInAmsterdam } from '../platform/time.js';
import { caseForAction, caseRowForSystem, clientOfCase, facts, partiesOfCase, recordEvent, requireOpen, touchCase, type CaseRow } from '../cases/store.js';
import { organisationName, userContact } from '../platform/auth/store.js';
import type { ActivityType, ContactForm, ParticipantRole } from '../cases/domain.js';
import { evaluateAdvice, validateRuleSet, type Advice, type ContactCircumstances, type Rule, type RuleSet } from './domain.js';
import { buildAppointmentMail, buildWithdrawalNotice, mailLanguageFor, type AppointmentMailKind } from './invitation.js';
import { buildJustification, type JustificationContact, type JustificationDecision } from './justification.js';
import {
  appointmentTimeProblems, assessReadiness, channelApprovalProblems, DEFAULT_CONTACT_SETTINGS, deviationsOfChoice, settingsProblems,
  suggestPhysicalFollowUp, unequalChannels, videoPlanningBlocks, type ContactSettings, type DpiaStatus, type ReadinessAnswers, type TimeProblem,
} from './planning.js';
import { SEED_000_RULE_SET } from './rules.js';
import { issueLink } from '../video/store.js';
import { ensureAccess, mintPortalLink } from '../portal/links.js';
import type {
  AdequacyInput, ChangeFormInput, ChannelInput, CircumstancesInput, ConsentInput, ContactUpdateInput, PlanContactInput, ReadinessInput,
} from './schemas.js';

export interface MailContext {
  /** Where links in mail point (the public URL of Passend). */
  appUrl: string;
  /** The sender address, used as the reply address when the organisation has none. */
  fromAddress: string;
}

/** The mail context of a configuration: `MAIL_FROM` may be "Name <address>". */
export function mailContextOf(config: Pick<Config, 'publicUrl' | 'mailFrom'>): MailContext {
  return { appUrl: config.publicUrl, fromAddress: /<([^>]+)>/.exec(config.mailFrom)?.[1] ?? config.mailFrom };
}

type Warning = { code: string; message: string };
type InvitationOutcome = 'queued' | 'waiting_for_consent' | 'no_email' | 'not_requested';

function requireOrganisationAction(door: Door, action: OrganisationAction) {
  if (!mayInOrganisation(door.actor, action)) throw new AppError('forbidden', 'error.forbidden');
}

// ---- rule sets ---------------------------------------------------------------------------------

interface RuleSetRow {
  id: string;
  version: string;
  effective_from: string;
  rules: Rule[];
  change_note: string;
  created_at: string;
  created_by_name: string | null;
}

/** The organisation's rule set in force: its newest edit, or the shipped seed-based set. */
export async function currentRuleSet(sql: Sql, organisationId: string): Promise<RuleSet> {
  const [row] = await sql.query<RuleSetRow>(
    'SELECT id, version, effective_from, rules FROM contact_rule_sets WHERE organisation_id = $1 ORDER BY created_at DESC, version DESC LIMIT 1',
    [organisationId],
  );
  return row ? { version: row.version, effectiveFrom: row.effective_from, rules: row.rules } : SEED_000_RULE_SET;
}

const SHIPPED_NOTE = 'Meegeleverde set op basis van seed 000 (AKC-onderzoek beeldbellen) / Shipped set based on seed 000';

export async function ruleSetHistory(door: Door) {
  requireOrganisationAction(door, 'contact.configure');
  return door.work(async (tx) => {
    const rows = await tx.query<RuleSetRow & { rule_count: number }>(
      `SELECT r.id, r.version, r.effective_from, r.change_note, r.created_at, u.display_name AS created_by_name, jsonb_array_length(r.rules) AS rule_count
         FROM contact_rule_sets r JOIN users u ON u.id = r.created_by WHERE r.organisation_id = $1 ORDER BY r.created_at DESC, r.version DESC`,
      [door.actor.organisationId],
    );
    const items: Array<{ id: string; version: string; effectiveFrom: string; changeNote: string; createdAt: string | null; createdBy: string | null; ruleCount: number; current: boolean; shipped: boolean }> = rows.map((r, i) => ({
      id: r.id, version: r.version, effectiveFrom: r.effective_from, changeNote: r.change_note, createdAt: r.created_at,
      createdBy: r.created_by_name, ruleCount: Number(r.rule_count), current: i === 0, shipped: false,
    }));
    items.push({
      id: 'seed', version: SEED_000_RULE_SET.version, effectiveFrom: SEED_000_RULE_SET.effectiveFrom, changeNote: SHIPPED_NOTE, createdAt: null,
      createdBy: null, ruleCount: SEED_000_RULE_SET.rules.length, current: rows.length === 0, shipped: true,
    });
    return { items };
  });
}

/** One version of the rule set: any version for the administrator ('current' = the one in force);
 *  for those who plan contacts only the one in force, so they can read the rules behind the advice. */
export async function ruleSetDetail(door: Door, ruleSetId: string, reader: 'administrator' | 'planner' = 'administrator') {
  const allowed = reader === 'administrator'
    ? mayInOrganisation(door.actor, 'contact.configure')
    : ruleSetId === 'current' && (mayInOrganisation(door.actor, 'case.list') || mayInOrganisation(door.actor, 'contact.configure'));
  if (!allowed) throw new AppError('forbidden', 'error.forbidden');
  return door.work(async (tx) => {
    const [newest] = await tx.query<{ id: string }>('SELECT id FROM contact_rule_sets WHERE organisation_id = $1 ORDER BY created_at DESC, version DESC LIMIT 1', [door.actor.organisationId]);
    const wanted = ruleSetId === 'current' ? (newest?.id ?? 'seed') : ruleSetId;
    if (wanted === 'seed') {
      return {
        id: 'seed', version: SEED_000_RULE_SET.version, effectiveFrom: SEED_000_RULE_SET.effectiveFrom, changeNote: SHIPPED_NOTE, createdAt: null,
        createdBy: null, ruleCount: SEED_000_RULE_SET.rules.length, current: !newest, shipped: true, rules: SEED_000_RULE_SET.rules as unknown[],
      };
    }
    if (!/^[0-9a-f-]{36}$/i.test(wanted)) throw new AppError('not_found', 'error.not_found');
    const [row] = await tx.query<RuleSetRow>(
      `SELECT r.id, r.version, r.effective_from, r.rules, r.change_note, r.created_at, u.display_name AS created_by_name
         FROM contact_rule_sets r JOIN users u ON u.id = r.created_by WHERE r.id = $1 AND r.organisation_id = $2`,
      [wanted, door.actor.organisationId],
    );
    if (!row) throw new AppError('not_found', 'error.not_found');
    return {
      id: row.id, version: row.version, effectiveFrom: row.effective_from, changeNote: row.change_note, createdAt: row.created_at,
      createdBy: row.created_by_name, ruleCount: row.rules.length, current: newest?.id === row.id, shipped: false, rules: row.rules as unknown[],
    };
  });
}

export async function saveRuleSet(door: Door, input: { version: string; effectiveFrom: string; rules: unknown[]; changeNote: string }) {
  requireOrganisationAction(door, 'contact.configure');
  const problems = validateRuleSet({ version: input.version, effectiveFrom: input.effectiveFrom, rules: input.rules });
  if (problems.length > 0) {
    const list = problems.slice(0, 5).map((p) => (p.ruleId ? `${p.ruleId}: ${p.message}` : p.message)).join('; ');
    throw new AppError('validation', 'contact.rule_set_invalid', { problems: list, count: problems.length }, 'rules');
  }
  const id = await door.work(async (tx, audit) => {
    const [taken] = await tx.query('SELECT 1 FROM contact_rule_sets WHERE organisation_id = $1 AND version = $2', [door.actor.organisationId, input.version]);
    if (taken || input.version === SEED_000_RULE_SET.version) throw invalidField('version', 'contact.rule_set_version_taken');
    const newId = randomUUID();
    await tx.query(
      'INSERT INTO contact_rule_sets (id, organisation_id, version, effective_from, rules, change_note, created_by) VALUES ($1,$2,$3,$4,$5,$6,$7)',
      [newId, door.actor.organisationId, input.version, input.effectiveFrom, JSON.stringify(input.rules), input.changeNote, door.actor.userId],
    );
    audit({ action: 'contact.ruleSet.create', entityType: 'contact_rule_set', entityIds: [newId] });
    return newId;
  });
  return ruleSetDetail(door, id);
}

// ---- settings, channels, privacy notices ------------------------------------------------------

export async function loadSettings(sql: Sql, organisationId: string): Promise<ContactSettings> {
  const [row] = await sql.query<{ office_days: number[]; office_start: string; office_end: string; min_lead_hours: number; warn_unequal_channels: boolean; reminder_hours: number; contact_email: string | null; contact_phone: string | null }>(
    'SELECT office_days, office_start, office_end, min_lead_hours, warn_unequal_channels, reminder_hours, contact_email, contact_phone FROM contact_settings WHERE organisation_id = $1',
    [organisationId],
  );
  if (!row) return DEFAULT_CONTACT_SETTINGS;
  return {
    officeDays: row.office_days.map(Number), officeStart: row.office_start, officeEnd: row.office_end, minLeadHours: row.min_lead_hours,
    warnUnequalChannels: row.warn_unequal_channels, reminderHours: row.reminder_hours, contactEmail: row.contact_email, contactPhone: row.contact_phone,
  };
}

export async function getSettings(door: Door): Promise<ContactSettings> {
  requireOrganisationAction(door, 'contact.configure');
  return door.work((tx) => loadSettings(tx, door.actor.organisationId));
}

export async function saveSettings(door: Door, settings: ContactSettings): Promise<ContactSettings> {
  requireOrganisationAction(door, 'contact.configure');
  const problem = settingsProblems(settings)[0];
  if (problem) throw invalidField(problem === 'office_days_empty' ? 'officeDays' : problem === 'lead_time_invalid' ? 'minLeadHours' : problem === 'reminder_invalid' ? 'reminderHours' : 'officeEnd', `contact.settings_${problem}`);
  return door.work(async (tx, audit) => {
    await tx.query(
      `INSERT INTO contact_settings (organisation_id, office_days, office_start, office_end, min_lead_hours, warn_unequal_channels, reminder_hours, contact_email, contact_phone, updated_by, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10, now())
       ON CONFLICT (organisation_id) DO UPDATE SET office_days = EXCLUDED.office_days, office_start = EXCLUDED.office_start, office_end = EXCLUDED.office_end,
         min_lead_hours = EXCLUDED.min_lead_hours, warn_unequal_channels = EXCLUDED.warn_unequal_channels, reminder_hours = EXCLUDED.reminder_hours,
         contact_email = EXCLUDED.contact_email, contact_phone = EXCLUDED.contact_phone, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [door.actor.organisationId, [...settings.officeDays].sort(), settings.officeStart, settings.officeEnd, settings.minLeadHours, settings.warnUnequalChannels,
        settings.reminderHours, settings.contactEmail, settings.contactPhone, door.actor.userId],
    );
    audit({ action: 'contact.settings.update', entityType: 'organisation', entityIds: [door.actor.organisationId] });
    return loadSettings(tx, door.actor.organisationId);
  });
}

interface ChannelRow {
  id: string; name: string; form: 'video' | 'phone'; built_in: boolean; dpia_status: DpiaStatus; legal_basis: string | null;
  recording_policy: 'never' | 'only_with_consent'; retention: string | null; approved: boolean; notes: string | null; updated_at: string;
}
const CHANNEL_COLUMNS = 'id, name, form, built_in, dpia_status, legal_basis, recording_policy, retention, approved, notes, updated_at';
const channelView = (r: ChannelRow) => ({
  id: r.id, name: r.name, form: r.form, builtIn: r.built_in, dpiaStatus: r.dpia_status, legalBasis: r.legal_basis, recordingPolicy: r.recording_policy,
  retention: r.retention, approved: r.approved, notes: r.notes, updatedAt: r.updated_at,
});

async function channelsOf(sql: Sql, organisationId: string, approvedOnly = false) {
  const rows = await sql.query<ChannelRow>(
    `SELECT ${CHANNEL_COLUMNS} FROM contact_channels WHERE organisation_id = $1${approvedOnly ? ' AND approved' : ''} ORDER BY built_in DESC, name`,
    [organisationId],
  );
  return rows.map(channelView);
}

export async function listChannels(door: Door) {
  requireOrganisationAction(door, 'contact.configure');
  return door.work(async (tx) => ({ items: await channelsOf(tx, door.actor.organisationId) }));
}

function checkApproval(input: ChannelInput) {
  if (!input.approved) return;
  const problem = channelApprovalProblems(input)[0];
  if (problem) throw invalidField(problem === 'dpia_not_completed' ? 'dpiaStatus' : problem === 'legal_basis_missing' ? 'legalBasis' : 'retention', `contact.channel_${problem}`);
}

export async function createChannel(door: Door, input: ChannelInput) {
  requireOrganisationAction(door, 'contact.configure');
  checkApproval(input);
  return door.work(async (tx, audit) => {
    const id = randomUUID();
    const [row] = await tx.query<ChannelRow>(
      `INSERT INTO contact_channels (id, organisation_id, name, form, built_in, dpia_status, legal_basis, recording_policy, retention, approved, notes, updated_by)
       VALUES ($1,$2,$3,$4,false,$5,$6,$7,$8,$9,$10,$11) RETURNING ${CHANNEL_COLUMNS}`,
      [id, door.actor.organisationId, input.name, input.form, input.dpiaStatus, input.legalBasis, input.recordingPolicy, input.retention, input.approved, input.notes, door.actor.userId],
    );
    audit({ action: 'contact.channel.create', entityType: 'contact_channel', entityIds: [id] });
    return channelView(row!);
  });
}

export async function updateChannel(door: Door, channelId: string, input: ChannelInput) {
  requireOrganisationAction(door, 'contact.configure');
  checkApproval(input);
  return door.work(async (tx, audit) => {
    const [current] = await tx.query<ChannelRow>(`SELECT ${CHANNEL_COLUMNS} FROM contact_channels WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [channelId, door.actor.organisationId]);
    if (!current) throw new AppError('not_found', 'error.not_found');
    // The built-in call stays what it is: a video channel.
    if (current.built_in && input.form !== 'video') throw invalidField('form', 'contact.channel_builtin_form');
    const [row] = await tx.query<ChannelRow>(
      `UPDATE contact_channels SET name = $3, form = $4, dpia_status = $5, legal_basis = $6, recording_policy = $7, retention = $8, approved = $9, notes = $10,
              updated_by = $11, updated_at = now() WHERE id = $1 AND organisation_id = $2 RETURNING ${CHANNEL_COLUMNS}`,
      [channelId, door.actor.organisationId, input.name, input.form, input.dpiaStatus, input.legalBasis, input.recordingPolicy, input.retention, input.approved, input.notes, door.actor.userId],
    );
    audit({ action: 'contact.channel.update', entityType: 'contact_channel', entityIds: [channelId] });
    return channelView(row!);
  });
}

interface NoticeRow { id: string; version: number; body_nl: string; body_en: string; published_at: string; published_by_name: string }
const noticeView = (r: NoticeRow) => ({ id: r.id, version: Number(r.version), bodyNl: r.body_nl, bodyEn: r.body_en, publishedAt: r.published_at, publishedBy: r.published_by_name });
const NOTICE_SELECT = `SELECT n.id, n.version, n.body_nl, n.body_en, n.published_at, u.display_name AS published_by_name
  FROM privacy_notices n JOIN users u ON u.id = n.published_by WHERE n.organisation_id = $1`;

async function currentNotice(sql: Sql, organisationId: string) {
  const [row] = await sql.query<NoticeRow>(`${NOTICE_SELECT} ORDER BY n.version DESC LIMIT 1`, [organisationId]);
  return row ? noticeView(row) : null;
}

export async function listPrivacyNotices(door: Door) {
  requireOrganisationAction(door, 'contact.configure');
  return door.work(async (tx) => ({ items: (await tx.query<NoticeRow>(`${NOTICE_SELECT} ORDER BY n.version DESC`, [door.actor.organisationId])).map(noticeView) }));
}

export async function publishPrivacyNotice(door: Door, input: { bodyNl: string; bodyEn: string }) {
  requireOrganisationAction(door, 'contact.configure');
  return door.work(async (tx, audit) => {
    const id = randomUUID();
    // The version number comes from the table itself; the unique key refuses a concurrent duplicate.
    await tx.query(
      `INSERT INTO privacy_notices (id, organisation_id, version, body_nl, body_en, published_by)
       VALUES ($1, $2, COALESCE((SELECT max(version) FROM privacy_notices WHERE organisation_id = $2), 0) + 1, $3, $4, $5)`,
      [id, door.actor.organisationId, input.bodyNl, input.bodyEn, door.actor.userId],
    );
    audit({ action: 'contact.privacyNotice.publish', entityType: 'privacy_notice', entityIds: [id] });
    const [row] = await tx.query<NoticeRow>(`${NOTICE_SELECT} AND n.id = $2`, [door.actor.organisationId, id]);
    return noticeView(row!);
  });
}

export async function outbox(door: Door, page: number, pageSize: number) {
  requireOrganisationAction(door, 'outbox.read');
  return door.work(async (tx, audit) => {
    const result = await listOutbox(tx, door.actor.organisationId, page, pageSize);
    // Mail holds client names and addresses: reading it is a read of personal data.
    if (result.items.length > 0) audit({ action: 'mail.read', entityType: 'mail', entityIds: result.items.map((m) => m.id) });
    return { ...result, page, pageSize };
  });
}

// ---- advice for a case -------------------------------------------------------------------------

function toCircumstances(input: CircumstancesInput, preconditions: { videoConsent: boolean; clientInformed: boolean; approvedChannel: boolean }): ContactCircumstances {
  const { medicalObstacle, ...rest } = input;
  return { ...rest, preconditions: { ...preconditions, medicalObstacle } };
}

async function activeConsent(sql: Sql, contactId: string): Promise<{ id: string; software_explained: boolean } | null> {
  const [row] = await sql.query<{ id: string; software_explained: boolean }>(
    'SELECT id, software_explained FROM video_consents WHERE contact_id = $1 AND withdrawn_at IS NULL ORDER BY given_at DESC LIMIT 1',
    [contactId],
  );
  return row ?? null;
}

async function hasApprovedVideoChannel(sql: Sql, organisationId: string, channelId: string | null): Promise<boolean> {
  const rows = channelId
    ? await sql.query('SELECT 1 FROM contact_channels WHERE id = $1 AND organisation_id = $2 AND approved AND form = $3', [channelId, organisationId, 'video'])
    : await sql.query("SELECT 1 FROM contact_channels WHERE organisation_id = $1 AND approved AND form = 'video' LIMIT 1", [organisationId]);
  return rows.length > 0;
}

async function logDecision(
  tx: Sql,
  entry: { caseId: string; contactId: string | null; kind: 'advice_shown' | 'form_chosen' | 'form_changed'; advice: Advice; circumstances: ContactCircumstances; chosenForm?: ContactForm; againstAdvice?: boolean; reasonCodes?: string[]; reasonText?: string | null; actorId: string },
): Promise<string> {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO contact_decisions (id, case_id, contact_id, kind, rule_set_version, circumstances, advice, chosen_form, against_advice, reason_codes, reason_text, actor_id)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
    [id, entry.caseId, entry.contactId, entry.kind, entry.advice.ruleSetVersion, JSON.stringify(entry.circumstances), JSON.stringify(entry.advice),
      entry.chosenForm ?? null, entry.againstAdvice ?? false, entry.reasonCodes ?? [], entry.reasonText ?? null, entry.actorId],
  );
  return id;
}

export async function adviseForCase(door: Door, caseId: string, input: { circumstances: CircumstancesInput; contactId?: string }) {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'contact.chooseForm');
    let consent = false;
    if (input.contactId) {
      const [contact] = await tx.query('SELECT 1 FROM contacts WHERE id = $1 AND case_id = $2', [input.contactId, caseId]);
      if (!contact) throw invalidField('contactId', 'error.not_found');
      consent = (await activeConsent(tx, input.contactId)) !== null;
    }
    const ruleSet = await currentRuleSet(tx, door.actor.organisationId);
    const circumstances = toCircumstances(input.circumstances, {
      videoConsent: consent, clientInformed: consent, approvedChannel: await hasApprovedVideoChannel(tx, door.actor.organisationId, null),
    });
    const advice = evaluateAdvice(ruleSet, circumstances, todayInAmsterdam());
    const decisionId = await logDecision(tx, { caseId, contactId: input.contactId ?? null, kind: 'advice_shown', advice, circumstances, actorId: door.actor.userId });
    audit({ action: 'contact.advice', entityType: 'case', entityIds: [caseId] });
    return { advice, decisionId };
  });
}

/** The public advice operation: the caller's organisation rule set when signed in, else the shipped set. */
export async function adviseStateless(sql: Sql | null, organisationId: string | null, request: ContactCircumstances): Promise<Advice> {
  const ruleSet = sql && organisationId ? await currentRuleSet(sql, organisationId) : SEED_000_RULE_SET;
  return evaluateAdvice(ruleSet, request, todayInAmsterdam());
}

// ---- the choice of form -------------------------------------------------------------------------

interface ChoiceOutcome {
  advice: Advice;
  circumstances: ContactCircumstances;
  channelId: string | null;
  againstAdvice: boolean;
}

/**
 * Evaluates the advice for a chosen form and enforces what is not advisory: an approved channel
 * (P3, P5), no medical obstacle for video (P4), and a reason whenever the choice departs from the
 * advice or from the client's preference (P8).
 */
async function judgeChoice(
  tx: Sql,
  organisationId: string,
  choice: { contactForm: ContactForm; channelId: string | null; circumstances: CircumstancesInput; choiceReasonCodes: string[]; choiceReason: string | null },
  consent: boolean,
): Promise<ChoiceOutcome> {
  let channelId = choice.channelId;
  if (choice.contactForm === 'physical') {
    if (channelId) throw invalidField('channelId', 'contact.channel_not_for_physical');
  } else if (channelId) {
    const [channel] = await tx.query<{ form: string; approved: boolean; dpia_status: string; legal_basis: string | null; retention: string | null }>(
      'SELECT form, approved, dpia_status, legal_basis, retention FROM contact_channels WHERE id = $1 AND organisation_id = $2',
      [channelId, organisationId],
    );
    if (!channel) throw invalidField('channelId', 'contact.channel_unknown');
    if (channel.form !== choice.contactForm) throw invalidField('channelId', 'contact.channel_wrong_form');
    if (!channel.approved) {
      const why = channelApprovalProblems({ dpiaStatus: channel.dpia_status as DpiaStatus, legalBasis: channel.legal_basis, retention: channel.retention })[0];
      throw invalidField('channelId', 'contact.channel_not_approved', { reason: why ?? 'not_approved' });
    }
  } else if (choice.contactForm === 'video') {
    // Video without a named channel goes through an approved one, the built-in call first.
    const [channel] = await tx.query<{ id: string }>("SELECT id FROM contact_channels WHERE organisation_id = $1 AND form = 'video' AND approved ORDER BY built_in DESC, name LIMIT 1", [organisationId]);
    if (!channel) throw invalidField('channelId', 'contact.no_approved_video_channel');
    channelId = channel.id;
  }
  const ruleSet = await currentRuleSet(tx, organisationId);
  const circumstances = toCircumstances(choice.circumstances, {
    videoConsent: consent, clientInformed: consent, approvedChannel: await hasApprovedVideoChannel(tx, organisationId, choice.contactForm === 'video' ? channelId : null),
  });
  const advice = evaluateAdvice(ruleSet, circumstances, todayInAmsterdam());
  if (choice.contactForm === 'video' && videoPlanningBlocks(advice).includes('medicalObstacle')) throw new AppError('conflict', 'contact.video_medical_obstacle', {}, 'contactForm');
  const deviations = deviationsOfChoice(advice, choice.contactForm);
  if (deviations.length > 0) {
    if (choice.choiceReasonCodes.length === 0) throw invalidField('choiceReasonCodes', 'contact.reason_codes_required');
    if (!choice.choiceReason || choice.choiceReason.length < 10) throw invalidField('choiceReason', 'contact.reason_text_required');
  }
  return { advice, circumstances, channelId, againstAdvice: deviations.length > 0 };
}

function timeProblemError(problem: TimeProblem): AppError {
  switch (problem.code) {
    case 'in_past':
      return invalidField('plannedAt', 'contact.time_in_past');
    case 'too_short_notice':
      return invalidField('plannedAt', 'contact.time_short_notice', { hours: problem.minLeadHours });
    case 'outside_office_hours':
      return invalidField('plannedAt', 'contact.time_outside_office_hours', { start: problem.officeStart, end: problem.officeEnd });
    case 'overlap':
      return invalidField('plannedAt', 'contact.time_overlap');
  }
}

async function checkTime(tx: Sql, organisationId: string, expertId: string, startsAt: string, durationMinutes: number, exceptContactId: string | null, now: Date) {
  const settings = await loadSettings(tx, organisationId);
  const windowStart = new Date(new Date(startsAt).getTime() - 24 * 3_600_000).toISOString();
  const windowEnd = new Date(new Date(startsAt).getTime() + (durationMinutes + 24 * 60) * 60_000).toISOString();
  const busy = await tx.query<{ contact_id: string; starts_at: string; duration_minutes: number }>(
    `SELECT id AS contact_id, planned_at AS starts_at, duration_minutes FROM contacts
      WHERE expert_id = $1 AND state = 'planned' AND planned_at BETWEEN $2 AND $3 AND ($4::uuid IS NULL OR id <> $4::uuid)`,
    [expertId, windowStart, windowEnd, exceptContactId],
  );
  const problem = appointmentTimeProblems({
    startsAt, durationMinutes, now, settings, busy: busy.map((b) => ({ contactId: b.contact_id, startsAt: b.starts_at, durationMinutes: b.duration_minutes })),
  })[0];
  if (problem) throw timeProblemError(problem);
  return settings;
}

async function channelWarnings(tx: Sql, caseId: string, settings: ContactSettings, language: Language, extra?: { form: ContactForm; roles: string[]; activity: ActivityType }): Promise<Warning[]> {
  if (!settings.warnUnequalChannels) return [];
  const rows = await tx.query<{ contact_form: ContactForm; participants: Array<{ role: string }> }>(
    "SELECT contact_form, participants FROM contacts WHERE case_id = $1 AND activity_type = 'hoor_wederhoor' AND state <> 'cancelled'",
    [caseId],
  );
  if (extra && extra.activity !== 'hoor_wederhoor' && rows.length === 0) return [];
  const unequal = unequalChannels(rows.map((r) => ({ form: r.contact_form, roles: r.participants.map((p) => p.role) })));
  if (!unequal) return [];
  const forms = (list: ContactForm[]) => list.map((f) => translate(language, `contact.form_${f}` as MessageKey)).join(', ');
  return [{ code: 'unequal_channels', message: translate(language, 'contact.warning_unequal_channels', { client: forms(unequal.client), employer: forms(unequal.employer) }) }];
}

// ---- mail about an appointment -----------------------------------------------------------------

interface ContactMailRow {
  id: string; case_id: string; activity_type: ActivityType; contact_form: ContactForm; planned_at: string; duration_minutes: number; location: string | null;
  participants: Array<{ name: string; role: string }>; sequence: number; cancel_reason: string | null; invitation_sent_at: string | null;
}

/** `actorId` null: the system itself (reminders). */
async function enqueueAppointmentMail(tx: Sql, actorId: string | null, caseRow: CaseRow, contact: ContactMailRow, kind: AppointmentMailKind, mail: MailContext): Promise<boolean> {
  const client = await clientOfCase(tx, caseRow);
  if (!client.email) return false;
  const expert = caseRow.assigned_expert_id ? await userContact(tx, caseRow.assigned_expert_id) : null;
  const settings = await loadSettings(tx, caseRow.organisation_id);
  const [notice] = contact.contact_form === 'video'
    ? await tx.query<{ version: number }>(
      `SELECT n.version FROM video_consents c JOIN privacy_notices n ON n.id = c.privacy_notice_id
        WHERE c.contact_id = $1 AND c.withdrawn_at IS NULL ORDER BY c.given_at DESC LIMIT 1`, [contact.id])
    : [];
  const language = mailLanguageFor(client.preferredLanguage);
  // Video: every message carries the client's own link to the call (and the test call). Earlier links
  // stay valid until the appointment window closes, so an older e-mail still works.
  const callUrl = contact.contact_form === 'video' && kind !== 'cancellation'
    ? `${mail.appUrl}/gesprek#${(await issueLink(tx, { contactId: contact.id, role: 'client', displayName: client.fullName, createdBy: actorId, replacePrevious: false })).token}`
    : null;
  // Every invitation and change carries a fresh link to the client's own page in the portal (issue 5).
  const portalUrl = kind === 'cancellation' ? null : await mintPortalLink(tx, (await ensureAccess(tx, caseRow, 'client', null, actorId)).id, mail.appUrl);
  const built = buildAppointmentMail({
    contactId: contact.id, sequence: contact.sequence, kind, startsAt: contact.planned_at, durationMinutes: contact.duration_minutes,
    form: contact.contact_form, location: contact.location, activity: contact.activity_type, clientName: client.fullName,
    // P20: the client sees the professional's display name as the organisation set it, never a personal address.
    expertName: expert?.displayName ?? (language === 'nl' ? 'de arbeidsdeskundige' : 'the labour expert'),
    organisationName: (await organisationName(tx, caseRow.organisation_id)) ?? 'Passend', organisationEmail: settings.contactEmail ?? mail.fromAddress, organisationPhone: settings.contactPhone,
    participants: contact.participants.filter((p) => p.role !== 'client' && p.role !== 'labour_expert'),
    companionAllowed: true, privacyNoticeVersion: notice ? Number(notice.version) : null, cancelReason: contact.cancel_reason, appUrl: mail.appUrl, callUrl, portalUrl,
  }, language);
  await enqueueMail(tx, {
    organisationId: caseRow.organisation_id, caseId: caseRow.id, contactId: contact.id, kind: kind as MailKind, to: client.email,
    subject: built.subject, text: built.text, ics: built.ics,
  });
  await recordEvent(tx, caseRow.id, actorId, 'invitation_sent', { contactId: contact.id, kind });
  return true;
}

const CONTACT_MAIL_COLUMNS = 'id, case_id, activity_type, contact_form, planned_at, duration_minutes, location, participants, sequence, cancel_reason, invitation_sent_at';

async function contactForMail(tx: Sql, contactId: string): Promise<ContactMailRow> {
  const [row] = await tx.query<ContactMailRow>(`SELECT ${CONTACT_MAIL_COLUMNS} FROM contacts WHERE id = $1`, [contactId]);
  return row!;
}

/** Sends the invitation when everything it needs is there: an address, and consent for video (P1). */
async function inviteIfReady(tx: Sql, actorId: string | null, caseRow: CaseRow, contactId: string, mail: MailContext): Promise<InvitationOutcome> {
  const contact = await contactForMail(tx, contactId);
  if (contact.contact_form === 'video' && !(await activeConsent(tx, contactId))) return 'waiting_for_consent';
  const kind: AppointmentMailKind = contact.invitation_sent_at ? 'update' : 'invitation';
  if (!(await enqueueAppointmentMail(tx, actorId, caseRow, contact, kind, mail))) return 'no_email';
  await tx.query('UPDATE contacts SET invitation_sent_at = now() WHERE id = $1', [contactId]);
  return 'queued';
}

// ---- planning ----------------------------------------------------------------------------------

export async function planContact(door: Door, caseId: string, input: PlanContactInput, mail: MailContext, now = new Date()) {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'contact.chooseForm');
    requireOpen(row);
    if (input.circumstances.activity === undefined) throw invalidField('circumstances.activity', 'validation.required');
    const expertId = row.assigned_expert_id ?? door.actor.userId;
    const settings = await checkTime(tx, door.actor.organisationId, expertId, input.plannedAt, input.durationMinutes, null, now);
    let notice: { id: string } | undefined;
    if (input.videoConsent) {
      if (input.contactForm !== 'video') throw invalidField('videoConsent', 'contact.consent_only_video');
      [notice] = await tx.query<{ id: string }>('SELECT id FROM privacy_notices WHERE id = $1 AND organisation_id = $2', [input.videoConsent.privacyNoticeId, door.actor.organisationId]);
      if (!notice) throw invalidField('videoConsent.privacyNoticeId', 'contact.privacy_notice_unknown');
      if (Date.parse(input.videoConsent.givenAt) > now.getTime() + 5 * 60_000) throw invalidField('videoConsent.givenAt', 'contact.consent_in_future');
    }
    const choice = await judgeChoice(tx, door.actor.organisationId, input, input.videoConsent !== null);
    if (input.followUpOf) {
      const [origin] = await tx.query('SELECT 1 FROM contacts WHERE id = $1 AND case_id = $2', [input.followUpOf, caseId]);
      if (!origin) throw invalidField('followUpOf', 'error.not_found');
    }
    const id = randomUUID();
    await tx.query(
      `INSERT INTO contacts (id, case_id, activity_type, contact_form, state, planned_at, duration_minutes, location, participants, note, created_by,
                             circumstances, channel_id, mitigations, follow_up_of, expert_id)
       VALUES ($1,$2,$3,$4,'planned',$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)`,
      [id, caseId, input.circumstances.activity, input.contactForm, input.plannedAt, input.durationMinutes, input.location, JSON.stringify(input.participants),
        input.note, door.actor.userId, JSON.stringify(input.circumstances), choice.channelId, input.mitigations, input.followUpOf, expertId],
    );
    await logDecision(tx, {
      caseId, contactId: id, kind: 'form_chosen', advice: choice.advice, circumstances: choice.circumstances, chosenForm: input.contactForm,
      againstAdvice: choice.againstAdvice, reasonCodes: input.choiceReasonCodes, reasonText: input.choiceReason, actorId: door.actor.userId,
    });
    await recordEvent(tx, caseId, door.actor.userId, 'contact_planned', {
      contactId: id, activityType: input.circumstances.activity, contactForm: input.contactForm, plannedAt: new Date(input.plannedAt).toISOString(),
    });
    if (input.videoConsent && notice) await insertConsent(tx, { userId: door.actor.userId, via: 'staff' }, caseId, id, input.videoConsent);
    const warnings = await channelWarnings(tx, caseId, settings, door.language);
    if (!(await clientOfCase(tx, row)).email) warnings.push({ code: 'no_client_email', message: translate(door.language, 'contact.warning_no_email') });
    const [readiness] = await tx.query<{ result: string }>('SELECT result FROM readiness_screenings WHERE case_id = $1 ORDER BY recorded_at DESC LIMIT 1', [caseId]);
    if (input.contactForm === 'video' && readiness?.result === 'not_ready') warnings.push({ code: 'readiness_not_ready', message: translate(door.language, 'contact.warning_not_ready') });
    const invitation: InvitationOutcome = input.sendInvitation ? await inviteIfReady(tx, door.actor.userId, row, id, mail) : 'not_requested';
    await touchCase(tx, caseId);
    audit({ action: 'contact.create', entityType: 'contact', entityIds: [id] });
    return { id, warnings, invitation };
  });
}

export async function changeForm(door: Door, caseId: string, contactId: string, input: ChangeFormInput, mail: MailContext) {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'contact.chooseForm');
    requireOpen(row);
    const [current] = await tx.query<{ state: string; contact_form: ContactForm }>('SELECT state, contact_form FROM contacts WHERE id = $1 AND case_id = $2 FOR UPDATE', [contactId, caseId]);
    if (!current) throw new AppError('not_found', 'error.not_found');
    if (current.state !== 'planned') throw new AppError('conflict', 'contact.not_planned');
    const consent = input.contactForm === 'video' && (await activeConsent(tx, contactId)) !== null;
    const choice = await judgeChoice(tx, door.actor.organisationId, input, consent);
    const updated = await tx.query(
      `UPDATE contacts SET version = version + 1, sequence = sequence + 1, contact_form = $4, channel_id = $5, circumstances = $6, activity_type = $7, needs_new_form = false
        WHERE id = $1 AND case_id = $2 AND version = $3 RETURNING id`,
      [contactId, caseId, input.version, input.contactForm, choice.channelId, JSON.stringify(input.circumstances), input.circumstances.activity],
    );
    if (updated.length === 0) throw new AppError('conflict', 'error.conflict_contact');
    await logDecision(tx, {
      caseId, contactId, kind: 'form_changed', advice: choice.advice, circumstances: choice.circumstances, chosenForm: input.contactForm,
      againstAdvice: choice.againstAdvice, reasonCodes: input.choiceReasonCodes, reasonText: input.choiceReason, actorId: door.actor.userId,
    });
    await recordEvent(tx, caseId, door.actor.userId, 'contact_form_changed', { contactId, from: current.contact_form, to: input.contactForm });
    const settings = await loadSettings(tx, door.actor.organisationId);
    const warnings = await channelWarnings(tx, caseId, settings, door.language);
    const invitation: InvitationOutcome = input.sendUpdate ? await inviteIfReady(tx, door.actor.userId, row, contactId, mail) : 'not_requested';
    await touchCase(tx, caseId);
    audit({ action: 'contact.update', entityType: 'contact', entityIds: [contactId] });
    return { warnings, invitation };
  });
}

export async function updateContact(door: Door, caseId: string, contactId: string, input: ContactUpdateInput, mail: MailContext, now = new Date()): Promise<void> {
  await door.work(async (tx, audit) => {
    // Recording that a contact took place, and any later change to a held contact, is the professional's
    // act; office staff reschedule and cancel contacts that have not taken place.
    const row = await caseForAction(tx, door.actor, caseId, 'contact.plan');
    requireOpen(row);
    const [current] = await tx.query<{ state: string; held_at: string | null; contact_form: ContactForm; planned_at: string; duration_minutes: number; expert_id: string | null; invitation_sent_at: string | null }>(
      'SELECT state, held_at, contact_form, planned_at, duration_minutes, expert_id, invitation_sent_at FROM contacts WHERE id = $1 AND case_id = $2 FOR UPDATE',
      [contactId, caseId],
    );
    if (!current) throw new AppError('not_found', 'error.not_found');
    const recording = input.state === 'held' || input.heldAt !== undefined || input.adequacy !== undefined || current.state === 'held';
    if (recording && !mayOnCase(door.actor, 'contact.record', facts(row))) throw new AppError('forbidden', 'error.forbidden');
    if (current.state === 'cancelled' && input.state !== 'planned') throw new AppError('conflict', 'case.contact_state');
    const state = input.state ?? current.state;
    const heldAt = input.heldAt !== undefined ? input.heldAt : current.held_at;
    if (state === 'held' && !heldAt) throw invalidField('heldAt', 'case.held_needs_time');
    if (state === 'held' && heldAt && Date.parse(heldAt) > now.getTime() + 5 * 60_000) throw invalidField('heldAt', 'contact.held_in_future');
    if (input.adequacy && state !== 'held') throw invalidField('adequacy', 'contact.adequacy_needs_held');
    // P1: a video contact only takes place with the client's consent for it.
    if (state === 'held' && current.state !== 'held' && current.contact_form === 'video' && !(await activeConsent(tx, contactId))) {
      throw new AppError('conflict', 'contact.consent_missing', {}, 'state');
    }
    const rescheduled = state === 'planned' && ((input.plannedAt !== undefined && Date.parse(input.plannedAt) !== Date.parse(current.planned_at)) ||
      (input.durationMinutes !== undefined && input.durationMinutes !== current.duration_minutes) || (current.state !== 'planned'));
    if (rescheduled) {
      await checkTime(tx, door.actor.organisationId, current.expert_id ?? row.assigned_expert_id ?? door.actor.userId, input.plannedAt ?? current.planned_at,
        input.durationMinutes ?? current.duration_minutes, contactId, now);
    }
    const cancelling = state === 'cancelled' && current.state !== 'cancelled';
    const notify = input.notifyClient && current.invitation_sent_at !== null && (cancelling || (state === 'planned' && (rescheduled || input.location !== undefined || input.participants !== undefined)));
    const updated = await tx.query(
      `UPDATE contacts SET version = version + 1, sequence = sequence + $17,
          state = $4, held_at = $5,
          planned_at = COALESCE($6, planned_at), duration_minutes = COALESCE($7, duration_minutes),
          location = CASE WHEN $8::boolean THEN $9 ELSE location END,
          participants = COALESCE($10::jsonb, participants),
          note = CASE WHEN $11::boolean THEN $12 ELSE note END,
          mitigations = CASE WHEN $13::boolean THEN $14 ELSE mitigations END,
          cancel_reason = CASE WHEN $4 = 'cancelled' THEN COALESCE($15, cancel_reason) ELSE NULL END,
          adequacy = CASE WHEN $4 <> 'held' THEN NULL WHEN $18::boolean THEN $16::jsonb ELSE adequacy END,
          reminder_sent_at = CASE WHEN $19::boolean THEN NULL ELSE reminder_sent_at END
        WHERE id = $1 AND case_id = $2 AND version = $3 RETURNING id`,
      [contactId, caseId, input.version, state, state === 'held' ? heldAt : null, input.plannedAt ?? null, input.durationMinutes ?? null,
        input.location !== undefined, input.location ?? null, input.participants ? JSON.stringify(input.participants) : null,
        input.note !== undefined, input.note ?? null, input.mitigations !== undefined, input.mitigations ?? null, input.cancelReason ?? null,
        input.adequacy ? JSON.stringify(input.adequacy) : null, notify ? 1 : 0, input.adequacy !== undefined, rescheduled],
    );
    if (updated.length === 0) throw new AppError('conflict', 'error.conflict_contact');
    await recordEvent(tx, caseId, door.actor.userId, 'contact_updated', {
      contactId, state, contactForm: current.contact_form, heldAt: state === 'held' && heldAt ? new Date(heldAt).toISOString() : null,
      fields: Object.keys(input).filter((k) => k !== 'version' && k !== 'notifyClient'),
    });
    if (notify) await enqueueAppointmentMail(tx, door.actor.userId, row, await contactForMail(tx, contactId), cancelling ? 'cancellation' : 'update', mail);
    await touchCase(tx, caseId);
    audit({ action: 'contact.update', entityType: 'contact', entityIds: [contactId] });
  });
}

export async function sendInvitation(door: Door, caseId: string, contactId: string, mail: MailContext) {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'contact.plan');
    requireOpen(row);
    const [contact] = await tx.query<{ state: string }>('SELECT state FROM contacts WHERE id = $1 AND case_id = $2 FOR UPDATE', [contactId, caseId]);
    if (!contact) throw new AppError('not_found', 'error.not_found');
    if (contact.state !== 'planned') throw new AppError('conflict', 'contact.not_planned');
    const outcome = await inviteIfReady(tx, door.actor.userId, row, contactId, mail);
    if (outcome === 'waiting_for_consent') throw new AppError('conflict', 'contact.consent_missing');
    if (outcome === 'no_email') throw new AppError('conflict', 'contact.no_client_email');
    audit({ action: 'contact.invite', entityType: 'contact', entityIds: [contactId] });
    return outcome;
  });
}

// ---- consent -------------------------------------------------------------------------------------

/** Who records a consent or its withdrawal: a staff member, or the client in the portal (no user). */
/** Who recorded something the client may also do in the portal: a staff user, or the client there (no user). */
export interface RecordedBy { userId: string | null; via: 'staff' | 'portal' }

async function insertConsent(tx: Sql, by: RecordedBy, caseId: string, contactId: string, input: ConsentInput): Promise<string> {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO video_consents (id, contact_id, case_id, given_at, method, privacy_notice_id, software_explained, recorded_by, recorded_via)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [id, contactId, caseId, input.givenAt, input.method, input.privacyNoticeId, input.softwareExplained, by.userId, by.via],
  );
  await recordEvent(tx, caseId, by.userId, 'consent_recorded', { contactId, method: input.method });
  return id;
}

/**
 * Consent for video at one appointment (§3.1 P1), by whoever records it: checks, stores, and sends the
 * invitation that was waiting for it. The caller has checked access and opens the transaction.
 */
export async function giveConsent(tx: Sql, row: CaseRow, contactId: string, input: ConsentInput, by: RecordedBy, mail: MailContext, now = new Date()) {
  requireOpen(row);
  const [contact] = await tx.query<{ state: string; contact_form: string; invitation_sent_at: string | null }>(
    'SELECT state, contact_form, invitation_sent_at FROM contacts WHERE id = $1 AND case_id = $2 FOR UPDATE', [contactId, row.id]);
  if (!contact) throw new AppError('not_found', 'error.not_found');
  if (contact.contact_form !== 'video') throw new AppError('conflict', 'contact.consent_only_video');
  if (contact.state !== 'planned') throw new AppError('conflict', 'contact.not_planned');
  if (await activeConsent(tx, contactId)) throw new AppError('conflict', 'contact.consent_exists');
  const [notice] = await tx.query('SELECT 1 FROM privacy_notices WHERE id = $1 AND organisation_id = $2', [input.privacyNoticeId, row.organisation_id]);
  if (!notice) throw invalidField('privacyNoticeId', 'contact.privacy_notice_unknown');
  if (Date.parse(input.givenAt) > now.getTime() + 5 * 60_000) throw invalidField('givenAt', 'contact.consent_in_future');
  const id = await insertConsent(tx, by, row.id, contactId, input);
  const invitation: InvitationOutcome = contact.invitation_sent_at ? 'not_requested' : await inviteIfReady(tx, by.userId, row, contactId, mail);
  await touchCase(tx, row.id);
  return { id, invitation };
}

export async function recordConsent(door: Door, caseId: string, contactId: string, input: ConsentInput, mail: MailContext, now = new Date()) {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'contact.consent');
    const result = await giveConsent(tx, row, contactId, input, { userId: door.actor.userId, via: 'staff' }, mail, now);
    audit({ action: 'contact.consent.record', entityType: 'video_consent', entityIds: [result.id] });
    return result;
  });
}

/**
 * Withdrawal of consent, by whoever records it: the appointment then needs another form and the
 * labour expert is told. Returns the consent's id. The caller has checked access.
 */
export async function takeBackConsent(tx: Sql, row: CaseRow, contactId: string, reason: string | null, by: RecordedBy, mail: MailContext): Promise<string> {
  const consent = await activeConsent(tx, contactId);
  const [contact] = await tx.query<{ state: string; planned_at: string }>('SELECT state, planned_at FROM contacts WHERE id = $1 AND case_id = $2 FOR UPDATE', [contactId, row.id]);
  if (!contact) throw new AppError('not_found', 'error.not_found');
  if (!consent) throw new AppError('conflict', 'contact.no_consent_to_withdraw');
  await tx.query('UPDATE video_consents SET withdrawn_at = now(), withdrawal_reason = $2, withdrawal_recorded_by = $3, withdrawn_via = $4 WHERE id = $1', [consent.id, reason, by.userId, by.via]);
  // The appointment can no longer go ahead by video: it needs another form, and the expert is told.
  if (contact.state === 'planned') await tx.query('UPDATE contacts SET needs_new_form = true, version = version + 1 WHERE id = $1', [contactId]);
  await recordEvent(tx, row.id, by.userId, 'consent_withdrawn', { contactId, via: by.via });
  if (row.assigned_expert_id && contact.state === 'planned') {
    const expert = await userContact(tx, row.assigned_expert_id);
    const client = await clientOfCase(tx, row);
    if (expert?.active) {
      const notice = buildWithdrawalNotice({
        expertName: expert.displayName, clientName: client.fullName, caseReference: row.reference, startsAt: contact.planned_at, reason,
        appUrl: `${mail.appUrl}/dossiers/${row.id}/contacten/${contactId}`,
      }, expert.language === 'en' ? 'en' : 'nl');
      await enqueueMail(tx, { organisationId: row.organisation_id, caseId: row.id, contactId, kind: 'consent_withdrawn', to: expert.email, subject: notice.subject, text: notice.text, ics: null });
    }
  }
  await touchCase(tx, row.id);
  return consent.id;
}

export async function withdrawConsent(door: Door, caseId: string, contactId: string, reason: string | null, mail: MailContext): Promise<void> {
  await door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'contact.consent');
    const consentId = await takeBackConsent(tx, row, contactId, reason, { userId: door.actor.userId, via: 'staff' }, mail);
    audit({ action: 'contact.consent.withdraw', entityType: 'video_consent', entityIds: [consentId] });
  });
}

// ---- readiness -----------------------------------------------------------------------------------

interface ReadinessRow { id: string; answered_by: ReadinessInput['answeredBy']; answers: ReadinessAnswers; result: string; recorded_at: string; recorded_by_name: string | null; recorded_via: 'staff' | 'portal' }
function readinessView(r: ReadinessRow) {
  const assessed = assessReadiness(r.answers);
  return {
    id: r.id, answeredBy: r.answered_by, answers: r.answers, result: assessed.result, conditions: assessed.conditions, offerTestCall: assessed.offerTestCall,
    recordedAt: new Date(r.recorded_at).toISOString(), recordedBy: r.recorded_by_name, recordedVia: r.recorded_via,
  };
}
export async function latestReadiness(sql: Sql, caseId: string) {
  const [row] = await sql.query<ReadinessRow>(
    `SELECT r.id, r.answered_by, r.answers, r.result, r.recorded_at, r.recorded_via, u.display_name AS recorded_by_name
       FROM readiness_screenings r LEFT JOIN users u ON u.id = r.recorded_by WHERE r.case_id = $1 ORDER BY r.recorded_at DESC LIMIT 1`,
    [caseId],
  );
  return row ? readinessView(row) : null;
}

/**
 * Saves one screening, by staff on the case page or by the client in the portal (then `answeredBy` is
 * always 'client'), with its event on the timeline; the advice reads the newest one.
 */
export async function saveReadiness(tx: Sql, row: CaseRow, input: ReadinessInput, by: RecordedBy) {
  requireOpen(row);
  const id = randomUUID();
  const assessed = assessReadiness(input.answers);
  await tx.query('INSERT INTO readiness_screenings (id, case_id, answered_by, answers, result, recorded_by, recorded_via) VALUES ($1,$2,$3,$4,$5,$6,$7)', [
    id, row.id, input.answeredBy, JSON.stringify(input.answers), assessed.result, by.userId, by.via,
  ]);
  await recordEvent(tx, row.id, by.userId, 'readiness_recorded', { result: assessed.result, via: by.via });
  await touchCase(tx, row.id);
  return id;
}

export async function recordReadiness(door: Door, caseId: string, input: ReadinessInput) {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'readiness.record');
    const id = await saveReadiness(tx, row, input, { userId: door.actor.userId, via: 'staff' });
    audit({ action: 'readiness.create', entityType: 'readiness_screening', entityIds: [id] });
    return (await latestReadiness(tx, caseId))!;
  });
}

export async function readinessOf(door: Door, caseId: string) {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'readiness.record');
    audit({ action: 'readiness.read', entityType: 'case', entityIds: [caseId] });
    return { latest: await latestReadiness(tx, caseId) };
  });
}

// ---- reading -----------------------------------------------------------------------------------

export async function planningData(door: Door, caseId: string) {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'contact.plan');
    const canChooseForm = mayOnCase(door.actor, 'contact.chooseForm', facts(row));
    const client = await clientOfCase(tx, row);
    const parties = await partiesOfCase(tx, caseId);
    const expert = row.assigned_expert_id ? await userContact(tx, row.assigned_expert_id) : null;
    const contacts = await tx.query<{ id: string; state: string; contact_form: ContactForm; activity_type: ActivityType; held_at: string | null; planned_at: string; circumstances: CircumstancesInput | null; adequacy: AdequacyInput | null }>(
      'SELECT id, state, contact_form, activity_type, held_at, planned_at, circumstances, adequacy FROM contacts WHERE case_id = $1 ORDER BY planned_at',
      [caseId],
    );
    const held = contacts.filter((c) => c.state === 'held');
    const readiness = await latestReadiness(tx, caseId);
    const latest = [...contacts].reverse().find((c) => c.circumstances !== null)?.circumstances ?? null;
    const conditions = new Set([...(canChooseForm ? latest?.clientConditions ?? [] : []), ...(readiness?.conditions ?? [])]);
    const prefill: CircumstancesInput = {
      activity: contacts.length === 0 ? 'first_contact' : 'checking_facts',
      physicalPossible: true, physicalImpossibleReason: null,
      clientConditions: [...conditions],
      employerConflict: canChooseForm ? latest?.employerConflict ?? false : false,
      complaintContext: false,
      earlierContacts: held.length,
      physicalFirstContactHeld: held[0]?.contact_form === 'physical',
      outcomeExpectation: 'unknown',
      workplaceMaterial: canChooseForm ? latest?.workplaceMaterial ?? [] : [],
      expertKnowsWorkplace: canChooseForm ? latest?.expertKnowsWorkplace ?? false : false,
      clientPreference: null, employerPreference: null, medicalObstacle: false,
    };
    const followedUp = new Set((await tx.query<{ follow_up_of: string }>('SELECT follow_up_of FROM contacts WHERE case_id = $1 AND follow_up_of IS NOT NULL', [caseId])).map((r) => r.follow_up_of));
    const openFollowUps = held.filter((c) => c.adequacy?.physicalFollowUp && !followedUp.has(c.id)).map((c) => ({ contactId: c.id, activity: c.activity_type, heldAt: c.held_at }));
    audit({ action: 'contact.planning.read', entityType: 'case', entityIds: [caseId] });
    return {
      caseId, reference: row.reference,
      client: { fullName: client.fullName, hasEmail: Boolean(client.email), preferredLanguage: client.preferredLanguage, companionWanted: client.companionWanted, interpreterNeeded: client.interpreterNeeded },
      parties,
      assignedExpert: expert && row.assigned_expert_id ? { id: row.assigned_expert_id, displayName: expert.displayName } : null,
      prefill, readiness: canChooseForm || mayOnCase(door.actor, 'readiness.record', facts(row)) ? readiness : null,
      settings: await loadSettings(tx, door.actor.organisationId),
      channels: await channelsOf(tx, door.actor.organisationId, true),
      privacyNotice: await currentNotice(tx, door.actor.organisationId),
      ruleSetVersion: (await currentRuleSet(tx, door.actor.organisationId)).version,
      openFollowUps, canChooseForm,
    };
  });
}

interface DecisionRow {
  id: string; kind: string; at: string; actor_name: string; contact_id: string | null; rule_set_version: string; circumstances: Record<string, unknown>;
  advice: Record<string, unknown>; chosen_form: ContactForm | null; against_advice: boolean; reason_codes: string[]; reason_text: string | null;
}
const decisionView = (d: DecisionRow) => ({
  id: d.id, kind: d.kind, at: d.at, actor: d.actor_name, contactId: d.contact_id, ruleSetVersion: d.rule_set_version, circumstances: d.circumstances,
  advice: d.advice, chosenForm: d.chosen_form, againstAdvice: d.against_advice, reasonCodes: d.reason_codes, reasonText: d.reason_text,
});
const DECISION_SELECT = `SELECT d.id, d.kind, d.at, u.display_name AS actor_name, d.contact_id, d.rule_set_version, d.circumstances, d.advice, d.chosen_form,
  d.against_advice, d.reason_codes, d.reason_text FROM contact_decisions d JOIN users u ON u.id = d.actor_id`;

export async function decisionLog(door: Door, caseId: string) {
  return door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'contact.decisionLog');
    const rows = await tx.query<DecisionRow>(`${DECISION_SELECT} WHERE d.case_id = $1 ORDER BY d.at DESC, d.id`, [caseId]);
    audit({ action: 'contact.decisions.read', entityType: 'case', entityIds: [caseId] });
    return { items: rows.map(decisionView) };
  });
}

interface ContactRow {
  id: string; case_id: string; version: number; activity_type: ActivityType; contact_form: ContactForm; state: 'planned' | 'held' | 'cancelled'; planned_at: string;
  held_at: string | null; duration_minutes: number; location: string | null; participants: Array<{ name: string; role: string }>; note: string | null;
  mitigations: string | null; cancel_reason: string | null; channel_id: string | null; channel_name: string | null; circumstances: CircumstancesInput | null;
  needs_new_form: boolean; invitation_sent_at: string | null; reminder_sent_at: string | null; sequence: number; adequacy: AdequacyInput | null; follow_up_of: string | null;
}

export async function contactDetail(door: Door, caseId: string, contactId: string) {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'case.read');
    const professional = mayOnCase(door.actor, 'contact.decisionLog', facts(row));
    const [c] = await tx.query<ContactRow>(
      `SELECT c.*, ch.name AS channel_name FROM contacts c LEFT JOIN contact_channels ch ON ch.id = c.channel_id WHERE c.id = $1 AND c.case_id = $2`,
      [contactId, caseId],
    );
    if (!c) throw new AppError('not_found', 'error.not_found');
    const consents = await tx.query<{ id: string; given_at: string; method: string; version: number; software_explained: boolean; recorded_at: string; recorded_by_name: string | null; withdrawn_at: string | null; withdrawal_reason: string | null }>(
      `SELECT v.id, v.given_at, v.method, n.version, v.software_explained, v.recorded_at, u.display_name AS recorded_by_name, v.withdrawn_at, v.withdrawal_reason
         FROM video_consents v JOIN privacy_notices n ON n.id = v.privacy_notice_id LEFT JOIN users u ON u.id = v.recorded_by WHERE v.contact_id = $1 ORDER BY v.given_at DESC`,
      [contactId],
    );
    const mails = await tx.query<{ id: string; kind: string; status: string; created_at: string; sent_at: string | null }>(
      'SELECT id, kind, status, created_at, sent_at FROM mail_outbox WHERE contact_id = $1 ORDER BY created_at DESC', [contactId]);
    const decisions = professional ? await tx.query<DecisionRow>(`${DECISION_SELECT} WHERE d.contact_id = $1 ORDER BY d.at DESC, d.id`, [contactId]) : [];
    const [preference] = professional
      ? await tx.query<{ form: ContactForm; reason: string; stated_at: string }>('SELECT form, reason, stated_at FROM client_preferences WHERE contact_id = $1 ORDER BY stated_at DESC LIMIT 1', [contactId])
      : [];
    audit({ action: 'contact.read', entityType: 'contact', entityIds: [contactId] });
    const planned = c.state === 'planned';
    return {
      id: c.id, caseId: c.case_id, version: Number(c.version), activityType: c.activity_type, contactForm: c.contact_form, state: c.state, plannedAt: c.planned_at,
      heldAt: c.held_at, durationMinutes: Number(c.duration_minutes), location: c.location, participants: c.participants as never, note: c.note,
      mitigations: c.mitigations, cancelReason: c.cancel_reason, channel: c.channel_id ? { id: c.channel_id, name: c.channel_name ?? '' } : null,
      // The stated circumstances carry the client's conditions: professional information.
      circumstances: professional ? c.circumstances : null,
      needsNewForm: c.needs_new_form, invitationSentAt: c.invitation_sent_at, reminderSentAt: c.reminder_sent_at, sequence: Number(c.sequence),
      clientPreference: preference ? { form: preference.form, reason: preference.reason, statedAt: new Date(preference.stated_at).toISOString() } : null,
      adequacy: professional ? c.adequacy : null, followUpOf: c.follow_up_of,
      consents: consents.map((v) => ({
        id: v.id, givenAt: v.given_at, method: v.method as ConsentInput['method'], privacyNoticeVersion: Number(v.version), softwareExplained: v.software_explained,
        recordedAt: v.recorded_at, recordedBy: v.recorded_by_name, withdrawnAt: v.withdrawn_at, withdrawalReason: v.withdrawal_reason,
      })),
      activeConsent: consents.some((v) => v.withdrawn_at === null),
      mails: mails.map((m) => ({ id: m.id, kind: m.kind, status: m.status, createdAt: m.created_at, sentAt: m.sent_at })),
      decisions: decisions.map(decisionView),
      suggestPhysicalFollowUp: c.state === 'held' && c.adequacy !== null && suggestPhysicalFollowUp(c.contact_form, c.adequacy.verdict, c.adequacy.signs),
      permissions: {
        canChooseForm: planned && mayOnCase(door.actor, 'contact.chooseForm', facts(row)),
        canEdit: c.state !== 'held' && mayOnCase(door.actor, 'contact.plan', facts(row)),
        canRecord: mayOnCase(door.actor, 'contact.record', facts(row)),
        canRecordConsent: planned && c.contact_form === 'video' && mayOnCase(door.actor, 'contact.consent', facts(row)),
      },
    };
  });
}

export async function justification(door: Door, caseId: string) {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'contact.decisionLog');
    const contacts = await tx.query<JustificationContact>(
      `SELECT c.id, c.activity_type, c.contact_form, c.state, c.planned_at, c.held_at, ch.name AS channel_name, c.circumstances, c.mitigations, c.adequacy, c.follow_up_of,
              (SELECT json_build_object('givenAt', v.given_at, 'method', v.method, 'privacyNoticeVersion', n.version, 'withdrawnAt', v.withdrawn_at)
                 FROM video_consents v JOIN privacy_notices n ON n.id = v.privacy_notice_id WHERE v.contact_id = c.id ORDER BY v.given_at DESC LIMIT 1) AS consent
         FROM contacts c LEFT JOIN contact_channels ch ON ch.id = c.channel_id WHERE c.case_id = $1 ORDER BY c.planned_at`,
      [caseId],
    );
    const decisions = await tx.query<JustificationDecision>(
      `SELECT contact_id, kind, at, rule_set_version, advice, chosen_form, against_advice, reason_codes, reason_text
         FROM contact_decisions WHERE case_id = $1 AND kind IN ('form_chosen', 'form_changed') ORDER BY at`,
      [caseId],
    );
    audit({ action: 'contact.justification.read', entityType: 'case', entityIds: [caseId] });
    return { caseId, reference: row.reference, generatedAt: new Date().toISOString(), ...buildJustification(contacts, decisions) };
  });
}

export async function oversight(door: Door, range: { from?: string; to?: string }) {
  requireOrganisationAction(door, 'oversight.read');
  // By default the last twelve months and what is already planned for the coming three.
  const today = todayInAmsterdam();
  const to = range.to ?? new Date(Date.parse(`${today}T12:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);
  const from = range.from ?? sameDayYearBefore(today);
  if (from > to) throw invalidQueryField('from', 'contact.range_reversed');
  return door.work(async (tx, audit) => {
    const params = [door.actor.organisationId, from, to];
    const inRange = `c.organisation_id = $1 AND k.state <> 'cancelled' AND (k.planned_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date`;
    const byActivity = await tx.query<{ activity_type: ActivityType; contact_form: ContactForm; n: number }>(
      `SELECT k.activity_type, k.contact_form, count(*)::int AS n FROM contacts k JOIN cases c ON c.id = k.case_id WHERE ${inRange} GROUP BY 1, 2`, params);
    const byExpert = await tx.query<{ id: string; display_name: string; contact_form: ContactForm; n: number }>(
      `SELECT u.id, u.display_name, k.contact_form, count(*)::int AS n FROM contacts k JOIN cases c ON c.id = k.case_id
         JOIN users u ON u.id = COALESCE(k.expert_id, c.assigned_expert_id) WHERE ${inRange} GROUP BY 1, 2, 3 ORDER BY 2`, params);
    const [extra] = await tx.query<{ against: number; follow_ups: number; withdrawn: number }>(
      `SELECT (SELECT count(*)::int FROM contact_decisions d JOIN cases c ON c.id = d.case_id JOIN contacts k ON k.id = d.contact_id
                WHERE ${inRange} AND d.against_advice AND d.kind IN ('form_chosen', 'form_changed')) AS against,
              (SELECT count(*)::int FROM contacts k JOIN cases c ON c.id = k.case_id WHERE ${inRange} AND (k.adequacy->>'physicalFollowUp') = 'true') AS follow_ups,
              (SELECT count(*)::int FROM video_consents v JOIN contacts k ON k.id = v.contact_id JOIN cases c ON c.id = k.case_id
                WHERE c.organisation_id = $1 AND v.withdrawn_at IS NOT NULL AND (k.planned_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date) AS withdrawn`,
      params,
    );
    const empty = () => ({ physical: 0, video: 0, phone: 0 });
    const activities = new Map<ActivityType, ReturnType<typeof empty>>();
    for (const r of byActivity) {
      const counts = activities.get(r.activity_type) ?? empty();
      counts[r.contact_form] += Number(r.n);
      activities.set(r.activity_type, counts);
    }
    const experts = new Map<string, { expert: { id: string; displayName: string }; counts: ReturnType<typeof empty> }>();
    for (const r of byExpert) {
      const entry = experts.get(r.id) ?? { expert: { id: r.id, displayName: r.display_name }, counts: empty() };
      entry.counts[r.contact_form] += Number(r.n);
      experts.set(r.id, entry);
    }
    audit({ action: 'contact.oversight.read', entityType: 'organisation', entityIds: [door.actor.organisationId] });
    return {
      from, to,
      byActivity: [...activities].map(([activity, counts]) => ({ activity, counts })),
      byExpert: [...experts.values()],
      againstAdvice: extra?.against ?? 0, followUps: extra?.follow_ups ?? 0, withdrawnConsents: extra?.withdrawn ?? 0,
      total: byActivity.reduce((sum, r) => sum + Number(r.n), 0),
    };
  });
}

/**
 * The labour expert moved a video conversation to phone during the call (issue 4; seed 000 §2.5:
 * sensitive topics can surface unexpectedly). The contact's form follows, and the change is logged
 * like any other change of form, with the advice for phone under the stated circumstances.
 */
export async function recordSwitchToPhone(tx: Sql, contactId: string, reason: string, actorId: string): Promise<void> {
  const [contact] = await tx.query<{ case_id: string; circumstances: CircumstancesInput | null; organisation_id: string }>(
    'SELECT k.case_id, k.circumstances, c.organisation_id FROM contacts k JOIN cases c ON c.id = k.case_id WHERE k.id = $1',
    [contactId],
  );
  if (!contact) return;
  await tx.query("UPDATE contacts SET contact_form = 'phone', channel_id = NULL, version = version + 1 WHERE id = $1", [contactId]);
  if (!contact.circumstances) return;
  const consent = (await activeConsent(tx, contactId)) !== null;
  const circumstances = toCircumstances(contact.circumstances, { videoConsent: consent, clientInformed: consent, approvedChannel: true });
  const advice = evaluateAdvice(await currentRuleSet(tx, contact.organisation_id), circumstances, todayInAmsterdam());
  await logDecision(tx, {
    caseId: contact.case_id, contactId, kind: 'form_changed', advice, circumstances, chosenForm: 'phone',
    againstAdvice: deviationsOfChoice(advice, 'phone').length > 0, reasonCodes: ['switched_during_call'], reasonText: reason, actorId,
  });
}

/** The contacts of a case as the case page lists them (the caller has checked access). */
export async function contactsOfCase(tx: Sql, caseId: string) {
  const rows = await tx.query<{
    id: string; version: number; activity_type: ActivityType; contact_form: ContactForm; state: 'planned' | 'held' | 'cancelled'; planned_at: string; held_at: string | null;
    duration_minutes: number; location: string | null; participants: Array<{ name: string; role: ParticipantRole }>; note: string | null;
    needs_new_form: boolean; invitation_sent_at: string | null; video_consent: 'given' | 'withdrawn' | null;
  }>(
    `SELECT k.id, k.version, k.activity_type, k.contact_form, k.state, k.planned_at, k.held_at, k.duration_minutes, k.location, k.participants, k.note,
            k.needs_new_form, k.invitation_sent_at,
            (SELECT CASE WHEN v.withdrawn_at IS NULL THEN 'given' ELSE 'withdrawn' END FROM video_consents v WHERE v.contact_id = k.id ORDER BY v.given_at DESC LIMIT 1) AS video_consent
       FROM contacts k WHERE k.case_id = $1 ORDER BY k.planned_at DESC`,
    [caseId],
  );
  return rows.map((c) => ({
    id: c.id, version: Number(c.version), activityType: c.activity_type, contactForm: c.contact_form, state: c.state, plannedAt: c.planned_at,
    heldAt: c.held_at, durationMinutes: Number(c.duration_minutes), location: c.location, participants: c.participants, note: c.note,
    // A withdrawn consent leaves the appointment needing another form.
    needsNewForm: c.needs_new_form, invitationSentAt: c.invitation_sent_at, videoConsent: c.video_consent ?? ('none' as const),
  }));
}

// ---- reminders (background) --------------------------------------------------------------------

/**
 * Queues a reminder for every invited, planned contact that starts within its organisation's
 * reminder window. Runs without a user: the audit names the system as the actor.
 */
export async function queueDueReminders(db: Db, mail: MailContext, now = new Date()): Promise<number> {
  const due = await db.query<{ id: string; case_id: string; organisation_id: string }>(
    `SELECT k.id, k.case_id, c.organisation_id FROM contacts k JOIN cases c ON c.id = k.case_id
       LEFT JOIN contact_settings s ON s.organisation_id = c.organisation_id
      WHERE k.state = 'planned' AND k.reminder_sent_at IS NULL AND k.invitation_sent_at IS NOT NULL AND NOT k.needs_new_form
        AND k.planned_at > $1 AND k.planned_at <= $1::timestamptz + make_interval(hours => COALESCE(s.reminder_hours, $2))
      LIMIT 200`,
    [now.toISOString(), DEFAULT_CONTACT_SETTINGS.reminderHours],
  );
  let queued = 0;
  for (const item of due) {
    await db.transaction(async (tx) => {
      const [claimed] = await tx.query<{ id: string }>('UPDATE contacts SET reminder_sent_at = now() WHERE id = $1 AND reminder_sent_at IS NULL RETURNING id', [item.id]);
      if (!claimed) return;
      const caseRow = await caseRowForSystem(tx, item.case_id);
      if (await enqueueAppointmentMail(tx, null, caseRow!, await contactForMail(tx, item.id), 'reminder', mail)) queued += 1;
      await appendAudit(tx, item.organisation_id, [{ actorId: null, action: 'contact.reminder', entityType: 'contact', entityIds: [item.id], route: 'system:reminders' }]);
    });
  }
  return queued;
}
