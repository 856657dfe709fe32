// The shapes of the portal API as the browser sees them (docs/portal.md). A copy on purpose: the
// page must not import server code, and these are only the fields the page reads.

export const PORTAL_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

export type ContactForm = 'physical' | 'video' | 'phone';
export const CONTACT_FORMS: readonly ContactForm[] = ['physical', 'video', 'phone'];

export type Audience = 'client' | 'employer';

export type StartState = 'code_sent' | 'signed_in' | 'unknown' | 'revoked' | 'locked';

/** `POST /api/portal/start`. */
export interface StartAnswer {
  state: StartState;
  channel: 'email' | 'sms' | null;
  /** Already masked by the server: "l•••@voorbeeld.test", "06 •••• 78". */
  sentTo: string | null;
  lockedUntil: string | null;
  language: PortalLanguage;
  organisationName: string | null;
  audience: Audience | null;
  /** Only with `signed_in`. */
  csrfToken: string | null;
}

/** `POST /api/portal/verify`. */
export interface VerifyAnswer {
  csrfToken: string;
}

/** `GET /api/portal/session`. */
export interface PortalSession {
  audience: Audience;
  language: PortalLanguage;
  name: string | null;
  organisationName: string | null;
  expertName: string | null;
  phoneNumber: string | null;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
  csrfToken: string;
}

export interface ContactPreference {
  form: ContactForm;
  reason: string;
  statedAt: string;
}

export interface VideoConsent {
  givenAt: string;
  via: 'portal' | 'staff';
}

export interface PortalContact {
  id: string;
  plannedAt: string;
  durationMinutes: number;
  form: ContactForm;
  location: string | null;
  state: 'planned' | 'held' | 'cancelled';
  expertName: string | null;
  preference: ContactPreference | null;
  video: { consent: VideoConsent | null; privacyNoticeId: string | null } | null;
}

/** `GET /api/portal/contacts` (client only). */
export interface ContactsAnswer {
  upcoming: PortalContact[];
  past: PortalContact[];
}

/** `GET /api/portal/privacy-notice`. */
export interface PrivacyNotice {
  id: string;
  version: string | number;
  body: string;
  bodyLanguage: 'nl' | 'en';
}

export function isPortalLanguage(value: unknown): value is PortalLanguage {
  return typeof value === 'string' && (PORTAL_LANGUAGES as readonly string[]).includes(value);
}

/** A language from the server, or Dutch when it is missing or unknown. */
export function asPortalLanguage(value: unknown): PortalLanguage {
  return isPortalLanguage(value) ? value : 'nl';
}

// ---- Gezien & Gehoord in the portal (src/conversation/routes.ts, portal section) ---------------------

/** The three themes of "Ons gesprek": *Jouw ervaringen*, *Jouw behoeften*, *Jouw toekomst*. */
export const THEMES = ['experiences', 'needs', 'future'] as const;
export type Theme = (typeof THEMES)[number];

/** `GET /api/portal/worksheet` (client only): every theme, empty where nothing was written yet (version 0). */
export interface WorksheetAnswer {
  themes: Array<{ theme: Theme; body: string; version: number; updatedAt: string | null }>;
}

/**
 * `PUT /api/portal/worksheet`: only the themes that changed, at least one, each with the version the
 * screen read. A theme saved elsewhere since: 409 `reason: 'changed_elsewhere'`, nothing saved.
 */
export interface WorksheetEntry {
  theme: Theme;
  body: string;
  version: number;
}

/** The answer to a save: the new version of each theme sent. */
export interface WorksheetSaved {
  themes: Array<{ theme: Theme; version: number; updatedAt: string }>;
}

/** The digital readiness check's questions and answers (server: src/contact/planning.ts, compared in a test). */
export const READINESS_QUESTIONS = {
  device: ['smartphone', 'tablet', 'computer_with_camera', 'none'],
  connection: ['good', 'unstable', 'none', 'unknown'],
  videoExperience: ['often', 'sometimes', 'never'],
  helpAtHome: ['yes', 'no'],
  hearing: ['good', 'some_difficulty', 'poor'],
  reading: ['good', 'some_difficulty', 'poor'],
} as const;
export type ReadinessQuestion = keyof typeof READINESS_QUESTIONS;
export type ReadinessAnswers = { [Q in ReadinessQuestion]: (typeof READINESS_QUESTIONS)[Q][number] };

/** `GET/PUT /api/portal/readiness` (client only): the newest answers, whoever recorded them. */
export interface ReadinessAnswer {
  latest: {
    answers: ReadinessAnswers;
    answeredAt: string;
    /** 'staff': the labour expert filled it in with the client. */
    via: 'staff' | 'portal';
    /** Video looks hard for this client now: the page says another form is fine. */
    videoHard: boolean;
    /** A test call before the first video conversation is worth it. */
    offerTestCall: boolean;
  } | null;
}

/** `GET /api/portal/evaluations` (client only): held contacts, evaluated or not, latest first. */
export interface EvaluationItem {
  contactId: string;
  heldAt: string;
  /** The form of the conversation ('physical' | 'video' | 'phone'); a plain string in the API. */
  form: string;
  evaluated: boolean;
}

export const EVALUATION_ANSWERS = {
  feltHeard: ['yes', 'partly', 'no'],
  clearWhatNext: ['yes', 'partly', 'no'],
  formRight: ['yes', 'no', 'not_sure'],
} as const;
export type EvaluationQuestion = keyof typeof EVALUATION_ANSWERS;
export type EvaluationAnswerValue = (typeof EVALUATION_ANSWERS)[EvaluationQuestion][number];

/** `POST /api/portal/contacts/:contactId/evaluation`. */
export interface EvaluationBody {
  feltHeard: (typeof EVALUATION_ANSWERS.feltHeard)[number];
  clearWhatNext: (typeof EVALUATION_ANSWERS.clearWhatNext)[number];
  formRight: (typeof EVALUATION_ANSWERS.formRight)[number];
  comment: string | null;
}

export type VersionState = 'draft' | 'shared' | 'final';
/** A conversation report (gespreksverslag), or the check of a draft report (conceptrapport, issue 8). */
export type ReportKind = 'conversation' | 'assessment';
/** Where the client wants their reaction to a draft report in the final report: as written, or summarised by the labour expert. */
export const IN_FINAL_REPORT = ['full', 'summary'] as const;
export type InFinalReport = (typeof IN_FINAL_REPORT)[number];
export type Decision = 'adopted' | 'adjusted' | 'kept';

/** `GET /api/portal/reports`: one row per report this reader may see (its newest readable version). */
export interface ReportSummary {
  id: string;
  title: string;
  kind: ReportKind;
  contactId: string | null;
  latestVersion: number;
  state: VersionState;
  canReact: boolean;
}

/** One of this reader's own comments on a version, with what the labour expert did with it. */
export interface ReportComment {
  id: string;
  versionId: string;
  /** null for an addition (something the reader missed). */
  paragraphId: string | null;
  stance: 'agree' | 'disagree' | 'addition';
  text: string;
  submittedAt: string;
  processing: { decision: Decision; explanation: string; processedAt: string } | null;
}

export interface ReportParagraph {
  id: string;
  text: string;
}

export interface ReportVersion {
  id: string;
  number: number;
  state: VersionState;
  sharedAt: string | null;
  finalisedAt: string | null;
  changeNote: string | null;
  /** Only the paragraphs this reader may see (the employer: those about them). */
  paragraphs: ReportParagraph[];
  /** This reader has sent their reaction to this version. */
  reacted: boolean;
  comments: ReportComment[];
}

/** `GET /api/portal/reports/:reportId`: the readable versions, oldest first. */
export interface PortalReport {
  id: string;
  title: string;
  kind: ReportKind;
  versions: ReportVersion[];
}

/** `POST /api/portal/reports/:reportId/versions/:versionId/reaction`. */
export interface ReactionBody {
  items: Array<{ paragraphId: string; stance: 'agree' | 'disagree'; text: string }>;
  additions: string[];
  /** Only for the client's check of a draft report (kind 'assessment'). */
  inFinalReport?: InFinalReport;
}

/** `GET /api/portal/final-reports` (client only): the final report sent to the client, one row per delivery, newest first. */
export interface FinalReport {
  id: string;
  version: number;
  sentAt: string;
  expiresAt: string;
}

/** Something the page loads in the background. */
/** A document the labour expert shared with this door (GET /api/portal/documents). */
export interface PortalDocument {
  id: string;
  fileName: string;
  documentType: string;
  sizeBytes: number;
  sharedAt: string;
}

/** Where a piece of information comes from (the server's SOURCE_TYPES, src/judgement/domain.ts). */
export const SOURCE_TYPES = [
  'client_story', 'partner', 'family', 'employer', 'manager', 'colleague', 'bedrijfsarts', 'verzekeringsarts', 'school', 'jobcoach', 'care_agency',
  'home_visit', 'observation', 'test_instrument', 'earlier_report', 'other',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Information the labour expert uses, as far as it is not professional-only (GET /api/portal/sources, client only). */
export interface PortalSource {
  id: string;
  number: number;
  title: string;
  sourceType: string;
  sourceName: string | null;
  observedOn: string;
}

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };
