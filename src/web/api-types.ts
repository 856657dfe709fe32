// Types for the HTTP API contract (docs/api.md). The code lists come from the server's pure domain
// modules (no I/O, safe in the browser), so client and server can never disagree on a code.
import { POORTWACHTER_MOMENTS, type PoortwachterMomentKey } from '../cases/poortwachter-moments';

import { ROLES, type Role } from '../platform/access';
import {
  ACTIVITY_TYPES, CASE_STATUSES, COMMISSIONING_PARTIES, CONTACT_FORMS, CONTACT_STATES, DEADLINE_FILTERS, DEADLINE_STATES, DOCUMENT_TYPES, LEGAL_CONTEXTS, PARTICIPANT_ROLES, PARTY_ROLES, TIMELINE_KINDS,
  type ActivityType, type CaseStatus, type CommissioningParty, type ContactForm, type ContactState, type DeadlineFilter, type DeadlineState, type DocumentType, type LegalContext, type ParticipantRole, type PartyRole, type TimelineKind,
} from '../cases/domain';

export { ROLES, ACTIVITY_TYPES, CASE_STATUSES, COMMISSIONING_PARTIES, CONTACT_FORMS, CONTACT_STATES, DEADLINE_FILTERS, DEADLINE_STATES, DOCUMENT_TYPES, LEGAL_CONTEXTS, PARTICIPANT_ROLES, PARTY_ROLES, TIMELINE_KINDS };
export type { Role, ActivityType, CaseStatus, CommissioningParty, ContactForm, ContactState, DeadlineFilter, DeadlineState, DocumentType, LegalContext, ParticipantRole, PartyRole, TimelineKind };

/** Deadline keys in display order: the agreed delivery date, then the statutory moments. */
export const DEADLINE_KEYS = ['delivery', ...POORTWACHTER_MOMENTS.moments.map((moment) => moment.key)] as const;
export type DeadlineKey = 'delivery' | PoortwachterMomentKey;

export const PREFERRED_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'other'] as const;

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

/** One problem of a larger input (an FML, an import file): where (field or line) and what, in words. */
export interface ApiProblem {
  field?: string;
  line?: number | null;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; referenceId?: string; problems?: ApiProblem[] };
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
  /** The client withdrew video consent: the appointment needs another form. */
  needsNewForm: boolean;
  invitationSentAt: string | null;
  videoConsent: 'none' | 'given' | 'withdrawn';
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
  /** Wage value and subsidy (issue 6): the labour expert working on the case. */
  canWorkWageValue?: boolean;
  /** Capacity against demands (issue 6): the labour expert's own weighing on this case. */
  canWorkCapacity?: boolean;
  canWorkJudgement?: boolean;
  canReadSources?: boolean;
  canWorkReport?: boolean;
  canSendReport?: boolean;
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
