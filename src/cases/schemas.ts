// Request and response schemas of the case file: the API contract (docs/api.md), validation and
// the OpenAPI document from one source. Objects are strict: unknown fields are refused.
import { z } from 'zod';
import {
  ACTIVITY_TYPES, CASE_STATUSES, COMMISSIONING_PARTIES, CONTACT_FORMS, CONTACT_STATES, DEADLINE_FILTERS,
  DEADLINE_STATES, DOCUMENT_TYPES, isIsoDate, LEGAL_CONTEXTS, PARTICIPANT_ROLES, PARTY_ROLES, TIMELINE_KINDS, type TimelineKind,
} from './domain.js';

export type { TimelineKind };

const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => text(max).optional().nullable().transform((v) => (v ? v : null));
// In a partial update an absent field means "unchanged" (undefined); an empty one means "clear" (null).
const patchText = (max: number) => text(max).nullable().optional().transform((v) => (v === undefined ? undefined : v ? v : null));
export const isoDate = z.string().refine(isIsoDate, { message: 'validation.date' });
// Offsets beyond ±14:00 do not exist, and PostgreSQL refuses far-away years: keep to what can be stored.
export const isoDateTime = z.iso.datetime({ offset: true }).refine((value) => {
  const offset = /([+-])(\d\d):?(\d\d)$/.exec(value);
  if (offset && Number(offset[2]) * 60 + Number(offset[3]) > 14 * 60) return false;
  const time = Date.parse(value);
  return Number.isFinite(time) && time >= Date.UTC(1900, 0, 1) && time < Date.UTC(2200, 0, 1);
}, { message: 'validation.time_range' });
/** Optimistic-concurrency version: a positive 32-bit integer, as stored. */
const version = z.number().int().min(1).max(2_147_483_647);
export const uuid = z.uuid();

export const clientSchema = z.object({
  fullName: requiredText(200),
  birthDate: isoDate,
  email: z.union([z.literal(''), z.email().max(254)]).optional().nullable().transform((v) => (v ? v : null)),
  phone: optionalText(40),
  address: optionalText(300),
  preferredLanguage: z.string().trim().min(2).max(20),
  interpreterNeeded: z.boolean(),
  companionWanted: z.boolean(),
}).strict();
export type ClientInput = z.output<typeof clientSchema>;

export const assignmentSchema = z.object({
  commissioningParty: z.enum(COMMISSIONING_PARTIES),
  commissioningPartyOther: optionalText(200),
  legalContext: z.enum(LEGAL_CONTEXTS),
  legalContextOther: optionalText(200),
  question: requiredText(5000),
  deliveryDate: isoDate.optional().nullable().transform((v) => v ?? null),
  firstSicknessDay: isoDate.optional().nullable().transform((v) => v ?? null),
  commissionerReference: optionalText(100),
}).strict();
export type AssignmentInput = z.output<typeof assignmentSchema>;

export const partySchema = z.object({
  role: z.enum(PARTY_ROLES),
  name: requiredText(200),
  organisation: optionalText(200),
  contactPerson: optionalText(200),
  email: z.union([z.literal(''), z.email().max(254)]).optional().nullable().transform((v) => (v ? v : null)),
  phone: optionalText(40),
}).strict();
export type PartyInput = z.output<typeof partySchema>;

export const newCaseSchema = z.object({
  client: clientSchema,
  assignment: assignmentSchema,
  parties: z.array(partySchema).max(30).optional().transform((v) => v ?? []),
  assignedExpertId: uuid.optional().nullable().transform((v) => v ?? null),
}).strict();
export type NewCaseInput = z.output<typeof newCaseSchema>;

export const caseUpdateSchema = z.object({
  version,
  client: clientSchema.partial().strict().optional(),
  assignment: assignmentSchema.partial().strict().optional(),
  assignedExpertId: uuid.nullable().optional(),
}).strict();
export type CaseUpdateInput = z.output<typeof caseUpdateSchema>;

export const statusChangeSchema = z.object({ version, to: z.enum(CASE_STATUSES), reason: optionalText(2000) }).strict();
export const reopenSchema = z.object({ version, reason: requiredText(2000) }).strict();

export const newNoteSchema = z.object({ body: requiredText(20_000), professionalOnly: z.boolean() }).strict();
export const deadlineUpdateSchema = z.object({ completed: z.boolean() }).strict();
export const shareSchema = z.object({ userId: uuid }).strict();

export const caseListQuerySchema = z.object({
  q: text(200).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  legalContext: z.enum(LEGAL_CONTEXTS).optional(),
  commissioningParty: z.enum(COMMISSIONING_PARTIES).optional(),
  deadline: z.enum(DEADLINE_FILTERS).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
}).strict();
export type CaseListQuery = z.output<typeof caseListQuerySchema>;

export const caseIdParams = z.object({ caseId: uuid }).strict();
export const partyParams = z.object({ caseId: uuid, partyId: uuid }).strict();
export const contactParams = z.object({ caseId: uuid, contactId: uuid }).strict();
export const documentParams = z.object({ caseId: uuid, documentId: uuid }).strict();
export const deadlineParams = z.object({ caseId: uuid, deadlineId: uuid }).strict();
export const shareParams = z.object({ caseId: uuid, userId: uuid }).strict();

// ---- responses -------------------------------------------------------------------------------
const person = z.object({ id: z.string(), displayName: z.string() });

export const caseSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  clientName: z.string(),
  status: z.enum(CASE_STATUSES),
  legalContext: z.enum(LEGAL_CONTEXTS),
  commissioningParty: z.enum(COMMISSIONING_PARTIES),
  deliveryDate: z.string().nullable(),
  nextDeadline: z.object({ key: z.string(), dueDate: z.string(), state: z.enum(DEADLINE_STATES) }).nullable(),
  assignedExpert: person.nullable(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;
export const caseListSchema = z.object({ items: z.array(caseSummarySchema), total: z.number(), page: z.number(), pageSize: z.number() });



export const casePageSchema = z.object({
  id: z.string(),
  reference: z.string(),
  version: z.number(),
  status: z.enum(CASE_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  client: z.object({
    fullName: z.string(), birthDate: z.string(), email: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable(),
    preferredLanguage: z.string(), interpreterNeeded: z.boolean(), companionWanted: z.boolean(),
  }),
  assignment: z.object({
    commissioningParty: z.enum(COMMISSIONING_PARTIES), commissioningPartyOther: z.string().nullable(), legalContext: z.enum(LEGAL_CONTEXTS),
    legalContextOther: z.string().nullable(), question: z.string(), deliveryDate: z.string().nullable(), firstSicknessDay: z.string().nullable(),
    commissionerReference: z.string().nullable(),
  }),
  parties: z.array(z.object({
    id: z.string(), role: z.enum(PARTY_ROLES), name: z.string(), organisation: z.string().nullable(), contactPerson: z.string().nullable(),
    email: z.string().nullable(), phone: z.string().nullable(),
  })),
  assignedExpert: person.nullable(),
  sharedWith: z.array(person),
  allowedTransitions: z.array(z.enum(CASE_STATUSES)),
  canReopen: z.boolean(),
  deadlines: z.array(z.object({
    id: z.string(), key: z.string(), label: z.string(), explanation: z.string().nullable(), dueDate: z.string(), windowStart: z.string().nullable(),
    state: z.enum(DEADLINE_STATES), completedAt: z.string().nullable(),
  })),
  contacts: z.array(z.object({
    id: z.string(), version: z.number(), activityType: z.enum(ACTIVITY_TYPES), contactForm: z.enum(CONTACT_FORMS), state: z.enum(CONTACT_STATES),
    plannedAt: z.string(), heldAt: z.string().nullable(), durationMinutes: z.number(), location: z.string().nullable(),
    participants: z.array(z.object({ name: z.string(), role: z.enum(PARTICIPANT_ROLES) })), note: z.string().nullable(),
    needsNewForm: z.boolean(), invitationSentAt: z.string().nullable(), videoConsent: z.enum(['none', 'given', 'withdrawn']),
  })),
  documents: z.array(z.object({
    id: z.string(), fileName: z.string(), documentType: z.enum(DOCUMENT_TYPES), mediaType: z.string(), sizeBytes: z.number(), sha256: z.string(),
    professionalOnly: z.boolean(), uploadedAt: z.string(), uploadedBy: person,
  })),
  notes: z.array(z.object({ id: z.string(), body: z.string(), professionalOnly: z.boolean(), createdAt: z.string(), author: person })),
  timeline: z.array(z.object({ id: z.string(), kind: z.enum(TIMELINE_KINDS), at: z.string(), actor: person.nullable(), details: z.record(z.string(), z.unknown()) })),
  permissions: z.object({
    canEdit: z.boolean(), canChangeStatus: z.boolean(), canPlanContact: z.boolean(), canRecordContact: z.boolean(), canUpload: z.boolean(),
    canUploadProfessional: z.boolean(), canAddNote: z.boolean(), canAddProfessionalNote: z.boolean(), canShare: z.boolean(), canSeeProfessional: z.boolean(),
    canAssign: z.boolean(), canManageParties: z.boolean(), canCompleteDeadlines: z.boolean(),
    canWorkWageValue: z.boolean(),
    canWorkCapacity: z.boolean(),
    canWorkJudgement: z.boolean(),
    canWorkReport: z.boolean(),
    canSendReport: z.boolean(),
    canReadSources: z.boolean(),
  }),
});
export type CasePage = z.infer<typeof casePageSchema>;
