// Types for the HTTP API contract (docs/api.md). Code lists are kept here in display order;
// src/web/i18n/i18n.test.ts checks them against the server's domain lists.

export const ROLES = ['labour_expert', 'office_staff', 'org_admin'] as const;
export type Role = (typeof ROLES)[number];

export const CASE_STATUSES = ['registered', 'intake', 'investigation', 'reporting', 'completed', 'archived'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

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

export const PARTY_ROLES = ['employer', 'bedrijfsarts', 'verzekeringsarts', 'casemanager', 'jobcoach', 'other'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const ACTIVITY_TYPES = [
  'first_contact',
  'checking_facts',
  'experienced_limitations',
  'client_vision',
  'hoor_wederhoor',
  'investigating_adjustments',
  'workplace_investigation',
  'discussing_outcome',
  'reintegration_agreements',
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

export const DEADLINE_STATES = ['done', 'overdue', 'near', 'open', 'before_assignment', 'informational'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export const DEADLINE_KEYS = [
  'delivery',
  'probleemanalyse',
  'plan_van_aanpak',
  'melding_42e_week',
  'eerstejaarsevaluatie',
  'vroege_iva_aanvraag',
  'reintegratieverslag',
  'wia_aanvraag',
  'einde_wachttijd',
] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

export const DEADLINE_FILTERS = ['overdue', 'within7', 'within14', 'within30'] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

export const PREFERRED_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'other'] as const;

export const TIMELINE_KINDS = [
  'case_registered',
  'status_changed',
  'reopened',
  'contact_planned',
  'contact_updated',
  'document_added',
  'note_added',
  'case_updated',
  'case_shared',
  'share_removed',
  'deadline_updated',
  'party_added',
  'party_updated',
  'party_removed',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type UiLanguage = 'nl' | 'en';
export type SessionStage = 'anonymous' | 'totp' | 'enrol_totp' | 'active';

export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'too_large'
  | 'unsupported_type'
  | 'rate_limited'
  | 'internal';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; referenceId?: string };
}

export interface SessionUser {
  id: string;
  displayName: string;
  email: string;
  roles: Role[];
  language: UiLanguage;
  organisationName: string;
}

export interface Session {
  stage: SessionStage;
  csrfToken: string;
  user: SessionUser | null;
}

export interface LoginAnswer {
  stage: 'totp' | 'enrol_totp';
}
export interface TotpAnswer {
  stage: 'active';
}
export interface RecoveryAnswer {
  stage: 'active';
  remainingRecoveryCodes: number;
}
export interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}
export interface EnrolmentAnswer {
  stage: 'active';
  recoveryCodes: string[];
}

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface NextDeadline {
  key: DeadlineKey;
  dueDate: string;
  state: DeadlineState;
}

export interface CaseSummary {
  id: string;
  reference: string;
  clientName: string;
  status: CaseStatus;
  legalContext: LegalContext;
  commissioningParty: CommissioningParty;
  deliveryDate: string | null;
  nextDeadline: NextDeadline | null;
  assignedExpert: PersonRef | null;
  updatedAt: string;
}

export interface CaseListAnswer {
  items: CaseSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CaseListQuery {
  q?: string;
  status?: CaseStatus;
  legalContext?: LegalContext;
  commissioningParty?: CommissioningParty;
  deadline?: DeadlineFilter;
  page?: number;
  pageSize?: number;
}

export interface Client {
  fullName: string;
  birthDate: string;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  preferredLanguage: string;
  interpreterNeeded: boolean;
  companionWanted: boolean;
}

export interface Assignment {
  commissioningParty: CommissioningParty;
  commissioningPartyOther?: string | null;
  legalContext: LegalContext;
  legalContextOther?: string | null;
  question: string;
  deliveryDate?: string | null;
  firstSicknessDay?: string | null;
  commissionerReference?: string | null;
}

export interface Party {
  id: string;
  role: PartyRole;
  name: string;
  organisation?: string | null;
  contactPerson?: string | null;
  email?: string | null;
  phone?: string | null;
}
export type PartyInput = Omit<Party, 'id'>;

export interface NewCase {
  client: Client;
  assignment: Assignment;
  parties?: PartyInput[];
  assignedExpertId?: string;
}

export interface Deadline {
  id: string;
  key: DeadlineKey;
  label?: string | null;
  explanation?: string | null;
  dueDate: string;
  windowStart: string | null;
  state: DeadlineState;
  completedAt: string | null;
}

export interface Participant {
  name: string;
  role: ParticipantRole;
}

export interface Contact {
  id: string;
  version: number;
  activityType: ActivityType;
  contactForm: ContactForm;
  state: ContactState;
  plannedAt: string;
  heldAt: string | null;
  durationMinutes: number;
  location: string | null;
  participants: Participant[];
  note: string | null;
}

export interface NewContact {
  activityType: ActivityType;
  contactForm: ContactForm;
  plannedAt: string;
  durationMinutes: number;
  location?: string;
  participants: Participant[];
  note?: string;
}

export interface ContactPatch {
  version: number;
  state?: ContactState;
  heldAt?: string;
  contactForm?: ContactForm;
  plannedAt?: string;
  durationMinutes?: number;
  location?: string;
  participants?: Participant[];
  note?: string;
}

/** The server may send a person reference or just a display name. */
export type Actor = PersonRef | string | null;

export interface CaseDocument {
  id: string;
  fileName: string;
  documentType: DocumentType;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  professionalOnly: boolean;
  uploadedAt: string;
  uploadedBy: Actor;
}

export interface Note {
  id: string;
  body: string;
  professionalOnly: boolean;
  createdAt: string;
  author: Actor;
}

export interface TimelineEntry {
  id: string;
  kind: TimelineKind;
  at: string;
  actor: PersonRef | null;
  details: Record<string, unknown> | null;
}

export interface CasePermissions {
  canEdit: boolean;
  canChangeStatus: boolean;
  canPlanContact: boolean;
  canRecordContact: boolean;
  canUpload: boolean;
  canAddNote: boolean;
  canAddProfessionalNote: boolean;
  canShare: boolean;
  canSeeProfessional: boolean;
  // Sent by the server but not (yet) in docs/api.md; the UI falls back when absent.
  canUploadProfessional?: boolean;
  canAssign?: boolean;
  canManageParties?: boolean;
  canCompleteDeadlines?: boolean;
}

export interface CasePage {
  id: string;
  reference: string;
  version: number;
  status: CaseStatus;
  createdAt: string;
  updatedAt: string;
  client: Client;
  assignment: Assignment;
  parties: Party[];
  assignedExpert: PersonRef | null;
  sharedWith: PersonRef[];
  allowedTransitions: CaseStatus[];
  canReopen: boolean;
  deadlines: Deadline[];
  contacts: Contact[];
  documents: CaseDocument[];
  notes: Note[];
  timeline: TimelineEntry[];
  permissions: CasePermissions;
}

export interface CasePatch {
  version: number;
  client?: Partial<Client>;
  assignment?: Partial<Assignment>;
  assignedExpertId?: string | null;
}

export interface Colleague {
  id: string;
  displayName: string;
  roles: Role[];
}

export interface AdminUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  totpEnrolled: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export interface NewUser {
  email: string;
  displayName: string;
  roles: Role[];
  initialPassword: string;
}

export interface UserPatch {
  displayName?: string;
  roles?: Role[];
  active?: boolean;
}
