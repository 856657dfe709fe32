// Pure domain core of the case file: enumerations, status rules, calendar dates, the Poortwachter
// timeline and deadline states. No I/O and no framework imports, so every rule is unit-testable.
import {
  POORTWACHTER_MOMENTS,
  type LocalizedText,
  type PoortwachterMomentKey,
  type PoortwachterMoments,
} from './poortwachter-moments.js';

export type { LocalizedText, PoortwachterMomentKey, PoortwachterMoments } from './poortwachter-moments.js';

// ---------------------------------------------------------------------------------------------
// Enumerations: codes exactly as in docs/api.md ("Enumerations"); the UI translates them.
// ---------------------------------------------------------------------------------------------

export const CASE_STATUSES = ['registered', 'intake', 'investigation', 'reporting', 'completed', 'archived'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const LEGAL_CONTEXTS = [
  'poortwachter',
  'ziektewet',
  'wia',
  'wajong',
  'participatiewet',
  'letselschade',
  'aov',
  'other',
] as const;
export type LegalContext = (typeof LEGAL_CONTEXTS)[number];

export const COMMISSIONING_PARTIES = [
  'uwv_smz',
  'uwv_werkbedrijf',
  'arbodienst',
  'reintegration_company',
  'private_disability_insurer',
  'injury_insurer',
  'municipality',
  'employer',
  'other',
] as const;
export type CommissioningParty = (typeof COMMISSIONING_PARTIES)[number];

export const PARTY_ROLES = ['employer', 'bedrijfsarts', 'verzekeringsarts', 'casemanager', 'jobcoach', 'other'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const ACTIVITY_TYPES = [
  'first_contact',
  'checking_facts', // A1
  'experienced_limitations', // A2
  'client_vision', // A3
  'hoor_wederhoor', // A4
  'investigating_adjustments', // A5
  'workplace_investigation', // A6
  'discussing_outcome', // A7
  'reintegration_agreements', // A8
  'practical',
  'professional_consultation',
  'employer_conversation',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const CONTACT_FORMS = ['physical', 'video', 'phone'] as const;
export type ContactForm = (typeof CONTACT_FORMS)[number];

export const CONTACT_STATES = ['planned', 'held', 'cancelled'] as const;
export type ContactState = (typeof CONTACT_STATES)[number];

export const PARTICIPANT_ROLES = [
  'client',
  'employer',
  'labour_expert',
  'bedrijfsarts',
  'verzekeringsarts',
  'casemanager',
  'jobcoach',
  'companion',
  'interpreter',
  'other',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const DOCUMENT_TYPES = [
  'fml',
  'job_description',
  'earlier_report',
  'medical_free_information',
  'correspondence',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

// docs/api.md lists the first five; `informational` is for windows such as the early IVA application.
/** What the timeline of a case records (docs/api.md CasePage.timeline). */
export const TIMELINE_KINDS = [
  'case_registered', 'case_updated', 'status_changed', 'reopened', 'contact_planned', 'contact_updated',
  'document_added', 'note_added', 'case_shared', 'share_removed', 'deadline_updated', 'party_added',
  'party_updated', 'party_removed', 'invitation_sent', 'consent_recorded', 'consent_withdrawn', 'contact_form_changed', 'readiness_recorded',
  'call_started', 'call_ended', 'call_switched_to_phone',
  'portal_link_sent', 'portal_locked', 'client_preference_stated',
  'conversation_report_created', 'conversation_report_shared', 'conversation_report_reaction', 'conversation_report_final', 'worksheet_updated', 'contact_evaluated',
  'document_shared_portal', 'document_unshared_portal',
  'fml_recorded', 'job_profile_added', 'profile_concluded',
  'wage_value_recorded',
  'evidence_recorded', 'evidence_withdrawn', 'trajectory_started', 'experiment_planned', 'checkpoint_recorded', 'trajectory_ended', 'advice_finalised',
  'report_created', 'report_sent_for_check', 'report_finalised', 'report_corrected', 'report_sent', 'report_opened',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const DEADLINE_STATES = ['done', 'overdue', 'near', 'open', 'before_assignment', 'informational'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export const DEADLINE_FILTERS = ['overdue', 'within7', 'within14', 'within30'] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

/** Runtime guard for values arriving from outside (query strings, database rows). */
export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------------------------
// Status transitions (docs/api.md "case status").
// ---------------------------------------------------------------------------------------------

// One step forward; intake/investigation/reporting may go back one step; completed may only be
// archived. Leaving completed/archived is not a transition but an explicit reopen with a reason.
const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  registered: ['intake'],
  intake: ['investigation', 'registered'],
  investigation: ['reporting', 'intake'],
  reporting: ['completed', 'investigation'],
  completed: ['archived'],
  archived: [],
};

export function allowedTransitions(status: CaseStatus): CaseStatus[] {
  return [...(TRANSITIONS[status] ?? [])];
}

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return (TRANSITIONS[from] ?? []).includes(to);
}

/** Where a reopen leads: completed/archived go back to investigation (docs/api.md); else null. */
export function reopenTarget(status: CaseStatus): CaseStatus | null {
  return status === 'completed' || status === 'archived' ? 'investigation' : null;
}

/** A closed case no longer raises deadline warnings. */
export function isClosed(status: CaseStatus): boolean {
  return status === 'completed' || status === 'archived';
}

// ---------------------------------------------------------------------------------------------
// Calendar dates: ISO 'YYYY-MM-DD' strings. Internally a day number in UTC, so local time zones and
// DST changes can never shift a date by one.
// ---------------------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseIsoDate(value: unknown): { year: number; month: number; day: number } | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a real calendar date 'YYYY-MM-DD' (years 0001–9999); rejects 2026-02-30, 2025-02-29 etc. */
export function isIsoDate(value: unknown): boolean {
  return parseIsoDate(value) !== null;
}

function toDayNumber(date: string): number {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

function fromDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * MS_PER_DAY);
  const year = d.getUTCFullYear();
  if (Number.isNaN(year) || year < 1 || year > 9999) throw new RangeError('Date out of range (0001–9999)');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${mm}-${dd}`;
}

/** `date` plus `n` calendar days (n may be negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Number of days must be an integer: ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
}

/** Calendar days from `a` to `b`: positive when `b` is later, 0 for the same day. */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

// ---------------------------------------------------------------------------------------------
// Poortwachter timeline (social-domain.md §3).
// ---------------------------------------------------------------------------------------------

export interface PoortwachterDeadline {
  key: PoortwachterMomentKey;
  /** Last day on which the moment is on time (for a window: the last day of its last week). */
  dueDate: string;
  /** First day of a window (e.g. eerstejaarsevaluatie), else null. */
  windowStart: string | null;
  informational: boolean;
  label: LocalizedText;
  explanation: LocalizedText;
  source: string;
}

/** Last day of week `week`: the first day of sickness is day 1 of week 1. */
function lastDayOfWeek(firstSicknessDay: string, week: number): string {
  return addDays(firstSicknessDay, 7 * week - 1);
}

/** First day of week `week`. */
function firstDayOfWeek(firstSicknessDay: string, week: number): string {
  return addDays(firstSicknessDay, 7 * (week - 1));
}

function assertWeek(week: number, key: string): void {
  if (!Number.isInteger(week) || week < 1) throw new RangeError(`Invalid week ${week} for moment ${key}`);
}

/**
 * The statutory moments for a sick employee, sorted by due date.
 *
 * Counting rule (social-domain.md §3; Regeling procesgang): the first day of sickness is day 1 of
 * week 1, and weeks are counted in calendar days regardless of weekdays or weekends. A sickness that
 * starts on a Saturday makes that Saturday day 1, and every week then ends on a Friday.
 * "In week N" means at the latest on the last day of week N: firstDay + 7N − 1 days.
 * A window from week A to week B opens on the first day of week A (firstDay + 7(A − 1)) and is due
 * on the last day of week B.
 * Deadlines are NOT moved to the next working day: the law counts weeks, not working days, so a
 * due date on a Sunday stays on that Sunday.
 */
export function poortwachterTimeline(
  firstSicknessDay: string,
  moments: PoortwachterMoments = POORTWACHTER_MOMENTS,
): PoortwachterDeadline[] {
  if (!isIsoDate(firstSicknessDay)) {
    throw new RangeError(`First day of sickness is not an ISO date: ${JSON.stringify(firstSicknessDay)}`);
  }
  const entries = moments.moments.map((moment, index) => {
    let windowStart: string | null = null;
    let endWeek: number;
    if (moment.week !== undefined) {
      assertWeek(moment.week, moment.key);
      endWeek = moment.week;
    } else {
      assertWeek(moment.fromWeek, moment.key);
      assertWeek(moment.toWeek, moment.key);
      if (moment.fromWeek > moment.toWeek) throw new RangeError(`Window of ${moment.key} ends before it starts`);
      endWeek = moment.toWeek;
      windowStart = firstDayOfWeek(firstSicknessDay, moment.fromWeek);
    }
    const deadline: PoortwachterDeadline = {
      key: moment.key,
      dueDate: lastDayOfWeek(firstSicknessDay, endWeek),
      windowStart,
      informational: moment.informational === true,
      label: moment.label,
      explanation: moment.explanation,
      source: moment.source,
    };
    return { deadline, endWeek, index };
  });
  // Sort by end week (= by due date), keeping the data order for equal weeks.
  entries.sort((a, b) => a.endWeek - b.endWeek || a.index - b.index);
  return entries.map((e) => e.deadline);
}

/** The plan van aanpak is evaluated at least every 6 weeks (social-domain.md §3). */
const PLAN_VAN_AANPAK_EVALUATION_INTERVAL_DAYS = 6 * 7;

/**
 * Evaluation dates of the plan van aanpak: every 6 weeks after its due date (week 8, taken from the
 * moments data), up to and including `until`. Used to show the next evaluation.
 */
export function planVanAanpakEvaluations(
  firstSicknessDay: string,
  until: string,
  moments: PoortwachterMoments = POORTWACHTER_MOMENTS,
): string[] {
  const plan = moments.moments.find((m) => m.key === 'plan_van_aanpak');
  if (!plan || plan.week === undefined) throw new RangeError('Moments data has no plan_van_aanpak week');
  assertWeek(plan.week, plan.key);
  const last = toDayNumber(until);
  const result: string[] = [];
  let day = toDayNumber(lastDayOfWeek(firstSicknessDay, plan.week)) + PLAN_VAN_AANPAK_EVALUATION_INTERVAL_DAYS;
  while (day <= last) {
    result.push(fromDayNumber(day));
    day += PLAN_VAN_AANPAK_EVALUATION_INTERVAL_DAYS;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Deadline state (docs/api.md "deadline state").
// ---------------------------------------------------------------------------------------------

export interface DeadlineInput {
  dueDate: string;
  completedAt?: string | null;
  informational?: boolean;
  /** 'agreed' (the delivery date agreed at assignment) is a commitment, never history;
   *  'statutory' moments (Poortwachter) may predate the assignment. Default: statutory. */
  kind?: DeadlineKind;
}

export type DeadlineKind = 'statutory' | 'agreed';
/** Deadline keys that are agreed with the commissioning party rather than set by law. */
export const AGREED_DEADLINE_KEYS: readonly string[] = ['delivery'];
/** A feedback moment of a trial-and-error experiment (issue 7): agreed with the client, not statutory. */
export const FEEDBACK_DEADLINE_PREFIX = 'feedback:';
export function deadlineKind(key: string): DeadlineKind {
  return AGREED_DEADLINE_KEYS.includes(key) || key.startsWith(FEEDBACK_DEADLINE_PREFIX) ? 'agreed' : 'statutory';
}

export interface DeadlineContext {
  /** Today's date in the organisation's calendar (Europe/Amsterdam), as 'YYYY-MM-DD'. */
  today: string;
  /** The date the case was registered/assigned. */
  assignedOn: string;
  caseClosed: boolean;
}

/** "Near" means due within 14 days (docs/api.md). */
export const DEFAULT_NEAR_DAYS = 14;

/**
 * The state of one deadline. Order matters: a completed deadline is done; informational windows are
 * never flagged; a statutory moment due before the case was assigned is history the labour expert
 * could not influence (never flagged), whereas an agreed delivery date in the past is simply overdue; a closed case raises no warnings; otherwise overdue / near / open.
 * Due today is still on time, so it is near, not overdue.
 */
export function deadlineState(
  deadline: DeadlineInput,
  context: DeadlineContext,
  nearDays: number = DEFAULT_NEAR_DAYS,
): DeadlineState {
  if (!Number.isInteger(nearDays) || nearDays < 0) throw new RangeError(`nearDays must be an integer ≥ 0: ${nearDays}`);
  if (deadline.completedAt) return 'done';
  if (deadline.informational) return 'informational';
  if (deadline.kind !== 'agreed' && daysBetween(context.assignedOn, deadline.dueDate) < 0) return 'before_assignment';
  if (context.caseClosed) return 'open';
  const daysLeft = daysBetween(context.today, deadline.dueDate);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= nearDays) return 'near';
  return 'open';
}

/**
 * The deadline to show as "next" in lists: the earliest by due date that is not done, not history
 * from before the assignment and not informational (overdue ones come first, being earliest).
 * Ties keep the input order. Null when there is none.
 */
export function nextDeadline<T extends DeadlineInput>(deadlines: readonly T[], context: DeadlineContext): T | null {
  let best: T | null = null;
  let bestDay = Number.POSITIVE_INFINITY;
  for (const deadline of deadlines) {
    const state = deadlineState(deadline, context);
    if (state === 'done' || state === 'before_assignment' || state === 'informational') continue;
    const day = toDayNumber(deadline.dueDate);
    if (day < bestDay) {
      best = deadline;
      bestDay = day;
    }
  }
  return best;
}

/**
 * Due-date range for the case-list filter `deadline` (docs/api.md), both ends inclusive, for SQL:
 * overdue = due before today (to = today − 1, no lower bound); withinN = due from today to today + N.
 * Matches deadlineState: overdue ⇔ dueDate < today; within14 ⇔ near with the default 14 days.
 */
export function deadlineFilterRange(filter: DeadlineFilter, today: string): { from: string | null; to: string } {
  switch (filter) {
    case 'overdue':
      return { from: null, to: addDays(today, -1) };
    case 'within7':
      return { from: addDays(today, 0), to: addDays(today, 7) };
    case 'within14':
      return { from: addDays(today, 0), to: addDays(today, 14) };
    case 'within30':
      return { from: addDays(today, 0), to: addDays(today, 30) };
    default: {
      const unknown: never = filter;
      throw new RangeError(`Unknown deadline filter: ${String(unknown)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Case reference.
// ---------------------------------------------------------------------------------------------

/**
 * Human case reference 'AD-<year>-<sequence>', sequence zero-padded to 5 digits (AD-2026-00042).
 * A sequence above 99999 simply gets more digits rather than failing registration.
 */
export function caseReference(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Invalid sequence: ${sequence}`);
  return `AD-${year}-${String(sequence).padStart(5, '0')}`;
}
