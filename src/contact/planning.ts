// Contact planning rules (issue 3), pure: appointment guards, the choice against advice, digital
// readiness, the approved-channel register, adequacy after the contact. No I/O; the store asks.
import type { ContactForm } from '../cases/domain.js';
import type { Advice, ClientCondition } from './domain.js';

// ---------------------------------------------------------------------------------------------
// Appointment guards (seed 000 P10, P12, P13), configurable per organisation
// ---------------------------------------------------------------------------------------------

export interface ContactSettings {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  officeDays: number[];
  /** 'HH:MM' local time (Europe/Amsterdam). */
  officeStart: string;
  officeEnd: string;
  /** No "quick call in between" (P10): the least notice a client gets. */
  minLeadHours: number;
  /** Warn when hoor en wederhoor gives client and employer unequal channels (P12). */
  warnUnequalChannels: boolean;
  /** How long before the appointment the reminder goes. */
  reminderHours: number;
  /** Where clients reply to ask for another form or time; null = the mail sender address. */
  contactEmail: string | null;
  contactPhone: string | null;
}

/** P13: within office hours, by appointment; P10: no calls in between. */
export const DEFAULT_CONTACT_SETTINGS: ContactSettings = {
  officeDays: [1, 2, 3, 4, 5],
  officeStart: '08:30',
  officeEnd: '17:30',
  minLeadHours: 24,
  warnUnequalChannels: true,
  reminderHours: 48,
  contactEmail: null,
  contactPhone: null,
};

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
export function minutesOfDay(hhmm: string): number | null {
  const m = TIME_RE.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export type SettingsProblem = 'office_days_empty' | 'office_time_invalid' | 'office_end_before_start' | 'lead_time_invalid' | 'reminder_invalid';

export function settingsProblems(s: ContactSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (s.officeDays.length === 0 || s.officeDays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) problems.push('office_days_empty');
  const start = minutesOfDay(s.officeStart);
  const end = minutesOfDay(s.officeEnd);
  if (start === null || end === null) problems.push('office_time_invalid');
  else if (end <= start) problems.push('office_end_before_start');
  if (!Number.isInteger(s.minLeadHours) || s.minLeadHours < 0 || s.minLeadHours > 24 * 30) problems.push('lead_time_invalid');
  if (!Number.isInteger(s.reminderHours) || s.reminderHours < 1 || s.reminderHours > 24 * 14) problems.push('reminder_invalid');
  return problems;
}

const AMSTERDAM = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const WEEKDAY: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Local (Amsterdam) weekday, date and minute of the day of an instant. */
export function amsterdamParts(instant: Date): { weekday: number; date: string; minutes: number } {
  const parts = Object.fromEntries(AMSTERDAM.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    weekday: WEEKDAY[parts.weekday ?? ''] ?? 0,
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

export interface BusySlot {
  contactId: string;
  startsAt: string;
  durationMinutes: number;
}

export type TimeProblem =
  | { code: 'in_past' }
  | { code: 'outside_office_hours'; officeStart: string; officeEnd: string }
  | { code: 'too_short_notice'; minLeadHours: number }
  | { code: 'overlap'; contactId: string; startsAt: string };

/**
 * Why an appointment time is impossible, in order of importance; empty when it is fine.
 * The whole appointment must lie inside one office day (start and end, local time).
 */
export function appointmentTimeProblems(input: {
  startsAt: string;
  durationMinutes: number;
  now: Date;
  settings: ContactSettings;
  busy: readonly BusySlot[];
}): TimeProblem[] {
  const { settings } = input;
  const start = new Date(input.startsAt);
  const end = new Date(start.getTime() + input.durationMinutes * 60_000);
  const problems: TimeProblem[] = [];
  if (start.getTime() <= input.now.getTime()) problems.push({ code: 'in_past' });
  else if (start.getTime() - input.now.getTime() < settings.minLeadHours * 3_600_000)
    problems.push({ code: 'too_short_notice', minLeadHours: settings.minLeadHours });
  const s = amsterdamParts(start);
  const e = amsterdamParts(end);
  const open = minutesOfDay(settings.officeStart) ?? 0;
  const close = minutesOfDay(settings.officeEnd) ?? 24 * 60;
  const endMinutes = e.date === s.date ? e.minutes : e.minutes === 0 ? 24 * 60 : Number.POSITIVE_INFINITY;
  if (!settings.officeDays.includes(s.weekday) || s.minutes < open || endMinutes > close)
    problems.push({ code: 'outside_office_hours', officeStart: settings.officeStart, officeEnd: settings.officeEnd });
  for (const slot of input.busy) {
    const otherStart = new Date(slot.startsAt).getTime();
    const otherEnd = otherStart + slot.durationMinutes * 60_000;
    if (start.getTime() < otherEnd && otherStart < end.getTime()) {
      problems.push({ code: 'overlap', contactId: slot.contactId, startsAt: slot.startsAt });
      break;
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Equal treatment in hoor en wederhoor (P12)
// ---------------------------------------------------------------------------------------------

export interface PartyContact {
  form: ContactForm;
  /** Participant roles present in that contact. */
  roles: readonly string[];
}

/**
 * P12: client and employer should be heard through equal channels, with no tilt toward the party
 * more used to video. Returns the forms each side got when they differ, else null.
 */
export function unequalChannels(hoorWederhoorContacts: readonly PartyContact[]): { client: ContactForm[]; employer: ContactForm[] } | null {
  const client = new Set<ContactForm>();
  const employer = new Set<ContactForm>();
  for (const c of hoorWederhoorContacts) {
    if (c.roles.includes('client')) client.add(c.form);
    if (c.roles.includes('employer')) employer.add(c.form);
  }
  if (client.size === 0 || employer.size === 0) return null;
  const same = client.size === employer.size && [...client].every((f) => employer.has(f));
  return same ? null : { client: [...client].sort(), employer: [...employer].sort() };
}

// ---------------------------------------------------------------------------------------------
// The professional's choice (advisory, never a verdict)
// ---------------------------------------------------------------------------------------------

/** Why a labour expert chooses a form the advice or the client did not point to. */
export const CHOICE_REASON_CODES = [
  'client_preference',
  'employer_preference',
  'physical_not_possible',
  'travel_burden_for_client',
  'urgency',
  'physical_follow_up_planned',
  'mitigation_in_place',
  'earlier_contact_went_well',
  'professional_judgement',
  'other',
] as const;
export type ChoiceReasonCode = (typeof CHOICE_REASON_CODES)[number];

export type Deviation =
  | { kind: 'advice_against'; strength: 'not_suitable' | 'discouraged' }
  | { kind: 'other_form_required'; requiredForm: ContactForm }
  | { kind: 'client_preference_not_followed'; preferredForm: ContactForm };

/**
 * How a chosen form departs from the advice or the client's stated preference (P8: the client has
 * a say). Any deviation means the choice needs reason codes and a free-text reason.
 */
export function deviationsOfChoice(advice: Advice, chosen: ContactForm): Deviation[] {
  const deviations: Deviation[] = [];
  const strength = advice.forms[chosen].strength;
  if (strength === 'not_suitable' || strength === 'discouraged') deviations.push({ kind: 'advice_against', strength });
  for (const form of Object.keys(advice.forms) as ContactForm[]) {
    if (form !== chosen && advice.forms[form].strength === 'required') deviations.push({ kind: 'other_form_required', requiredForm: form });
  }
  const preferred = advice.clientPreference?.form;
  if (preferred && preferred !== chosen) deviations.push({ kind: 'client_preference_not_followed', preferredForm: preferred });
  return deviations;
}

/** Preconditions that make planning video impossible now (P3/P5 channel, P4 medical obstacle). Consent
 *  and information (P1, P2, P17) are per appointment and are checked before invitation and holding. */
export function videoPlanningBlocks(advice: Advice): string[] {
  return advice.forms.video.blockedBy
    .map((b) => b.precondition)
    .filter((p) => p === 'approvedChannel' || p === 'medicalObstacle')
    .filter((p, i, all) => all.indexOf(p) === i);
}

// ---------------------------------------------------------------------------------------------
// Digital readiness (seed 003 §4, §6; seed 000 P18, P19), after the Pharos quickscan idea
// ---------------------------------------------------------------------------------------------

export const READINESS_QUESTIONS = {
  device: ['smartphone', 'tablet', 'computer_with_camera', 'none'],
  connection: ['good', 'unstable', 'none', 'unknown'],
  videoExperience: ['often', 'sometimes', 'never'],
  helpAtHome: ['yes', 'no'],
  hearing: ['good', 'some_difficulty', 'poor'],
  reading: ['good', 'some_difficulty', 'poor'],
} as const;
export type ReadinessAnswers = { [K in keyof typeof READINESS_QUESTIONS]: (typeof READINESS_QUESTIONS)[K][number] };
export const READINESS_RESULTS = ['ready', 'ready_with_help', 'not_ready'] as const;
export type ReadinessResult = (typeof READINESS_RESULTS)[number];
export const READINESS_ANSWERED_BY = ['client', 'with_client', 'professional_on_behalf'] as const;

export interface ReadinessAssessment {
  result: ReadinessResult;
  /** Client conditions (seed 000 §2.3) this screening adds to the advice's circumstances. */
  conditions: ClientCondition[];
  /** Offer a test call before the first video appointment (the call itself: issue 4). */
  offerTestCall: boolean;
  /** Which answers led to the result, as question keys. */
  because: Array<keyof ReadinessAnswers>;
}

export function assessReadiness(a: ReadinessAnswers): ReadinessAssessment {
  const because: Array<keyof ReadinessAnswers> = [];
  const conditions = new Set<ClientCondition>();
  let result: ReadinessResult = 'ready';
  const worsen = (to: ReadinessResult) => {
    if (READINESS_RESULTS.indexOf(to) > READINESS_RESULTS.indexOf(result)) result = to;
  };
  // No device or no connection: video is simply not possible for this client.
  if (a.device === 'none') (worsen('not_ready'), because.push('device'), conditions.add('limited_digital_skills'));
  if (a.connection === 'none') (worsen('not_ready'), because.push('connection'));
  if (a.connection === 'unstable') (worsen('ready_with_help'), because.push('connection'));
  if (a.videoExperience === 'never') {
    because.push('videoExperience');
    if (a.helpAtHome === 'yes') worsen('ready_with_help');
    else (worsen('not_ready'), conditions.add('limited_digital_skills'));
  } else if (a.videoExperience === 'sometimes' && a.helpAtHome === 'no') {
    worsen('ready_with_help');
    because.push('videoExperience');
  }
  if (a.hearing !== 'good') {
    conditions.add('speech_or_hearing_problems');
    because.push('hearing');
    worsen(a.hearing === 'poor' ? 'not_ready' : 'ready_with_help');
  }
  if (a.reading !== 'good') {
    conditions.add('limited_language_skills');
    because.push('reading');
    worsen('ready_with_help');
  }
  const offerTestCall = (result as ReadinessResult) !== 'not_ready' && (a.videoExperience !== 'often' || a.connection !== 'good');
  return { result, conditions: [...conditions], offerTestCall, because: [...new Set(because)] };
}

// ---------------------------------------------------------------------------------------------
// Approved channels (P3, P5, P14, P15, P16, P20)
// ---------------------------------------------------------------------------------------------

export const DPIA_STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export type DpiaStatus = (typeof DPIA_STATUSES)[number];
export const RECORDING_POLICIES = ['never', 'only_with_consent'] as const;
export const CHANNEL_FORMS = ['video', 'phone'] as const;

export interface ChannelFacts {
  dpiaStatus: DpiaStatus;
  legalBasis: string | null;
  retention: string | null;
}

export type ChannelApprovalProblem = 'dpia_not_completed' | 'legal_basis_missing' | 'retention_missing';

/** A channel can only be approved once its DPIA is done (P15), its legal basis set (P14) and its
 *  policy on video material stated (P16). */
export function channelApprovalProblems(c: ChannelFacts): ChannelApprovalProblem[] {
  const problems: ChannelApprovalProblem[] = [];
  if (c.dpiaStatus !== 'completed') problems.push('dpia_not_completed');
  if (!c.legalBasis?.trim()) problems.push('legal_basis_missing');
  if (!c.retention?.trim()) problems.push('retention_missing');
  return problems;
}

// ---------------------------------------------------------------------------------------------
// After the contact (P9)
// ---------------------------------------------------------------------------------------------

export const ADEQUACY_VERDICTS = ['adequate', 'partly', 'not_adequate'] as const;
export type AdequacyVerdict = (typeof ADEQUACY_VERDICTS)[number];
export const INADEQUACY_SIGNS = [
  'emotion',
  'distrust',
  'information_missed',
  'concentration_lost',
  'technical_problems',
  'privacy_concern',
  'sensitive_topic',
  'third_party_influence',
] as const;
export type InadequacySign = (typeof INADEQUACY_SIGNS)[number];

/** P9: act on signs the form was wrong. Passend suggests a physical follow-up; the expert decides. */
export function suggestPhysicalFollowUp(form: ContactForm, verdict: AdequacyVerdict, signs: readonly InadequacySign[]): boolean {
  if (form === 'physical') return false;
  return verdict === 'not_adequate' || (verdict === 'partly' && signs.length > 0);
}

// ---------------------------------------------------------------------------------------------
// Consent (P1, P2, P17)
// ---------------------------------------------------------------------------------------------

export const CONSENT_METHODS = ['verbal_phone', 'verbal_in_person', 'written', 'email', 'portal'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
