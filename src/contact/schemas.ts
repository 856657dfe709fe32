// Request and response schemas of the contact-form capability (issue 3): validation and the
// OpenAPI document from one source. Objects are strict: unknown fields are refused.
import { z } from 'zod';
import { ACTIVITY_TYPES, CONTACT_FORMS, CONTACT_STATES, PARTICIPANT_ROLES } from '../cases/domain.js';
import { isoDateTime, uuid } from '../cases/schemas.js';
import {
  CLIENT_CONDITIONS, OUTCOME_EXPECTATIONS, PHYSICAL_IMPOSSIBLE_REASONS, PRECONDITIONS, STRENGTH_ORDER, WORKPLACE_MATERIALS,
} from './domain.js';
import {
  ADEQUACY_VERDICTS, CHANNEL_FORMS, CHOICE_REASON_CODES, CONSENT_METHODS, DPIA_STATUSES, INADEQUACY_SIGNS, READINESS_ANSWERED_BY,
  READINESS_QUESTIONS, READINESS_RESULTS, RECORDING_POLICIES,
} from './planning.js';

const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => text(max).optional().nullable().transform((v) => (v ? v : null));
const patchText = (max: number) => text(max).nullable().optional().transform((v) => (v === undefined ? undefined : v ? v : null));
const version = z.number().int().min(1).max(2_147_483_647);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), { message: 'validation.date' });
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max).refine((list) => new Set(list as unknown[]).size === list.length, { message: 'validation.duplicates' });

const preferenceSchema = z.object({ form: z.enum(CONTACT_FORMS), reason: text(1000) }).strict();

/** What the labour expert states when planning (seed 000 §2.1–§2.5). */
export const circumstancesSchema = z.object({
  activity: z.enum(ACTIVITY_TYPES),
  physicalPossible: z.boolean(),
  physicalImpossibleReason: z.enum(PHYSICAL_IMPOSSIBLE_REASONS).nullable().default(null),
  clientConditions: uniqueList(z.enum(CLIENT_CONDITIONS), CLIENT_CONDITIONS.length).default([]),
  employerConflict: z.boolean().default(false),
  complaintContext: z.boolean().default(false),
  earlierContacts: z.number().int().min(0).max(1000).default(0),
  physicalFirstContactHeld: z.boolean().default(false),
  outcomeExpectation: z.enum(OUTCOME_EXPECTATIONS).default('unknown'),
  workplaceMaterial: uniqueList(z.enum(WORKPLACE_MATERIALS), WORKPLACE_MATERIALS.length).default([]),
  expertKnowsWorkplace: z.boolean().default(false),
  clientPreference: preferenceSchema.nullable().default(null),
  employerPreference: preferenceSchema.nullable().default(null),
  /** P4: a medical obstacle to video, or a sensitive topic. */
  medicalObstacle: z.boolean().default(false),
}).strict();
export type CircumstancesInput = z.output<typeof circumstancesSchema>;

/** The public advice operation: the full circumstances including the §3 preconditions. */
export const adviceRequestSchema = circumstancesSchema.omit({ medicalObstacle: true }).extend({
  preconditions: z.object({
    videoConsent: z.boolean().default(false),
    clientInformed: z.boolean().default(false),
    approvedChannel: z.boolean().default(false),
    medicalObstacle: z.boolean().default(false),
  }).strict().default({ videoConsent: false, clientInformed: false, approvedChannel: false, medicalObstacle: false }),
}).strict();
export type AdviceRequest = z.output<typeof adviceRequestSchema>;

const bilingual = z.object({ nl: z.string(), en: z.string() });
const reasonSchema = z.object({ ruleId: z.string(), strength: z.enum(STRENGTH_ORDER), explanation: bilingual, source: z.string(), statistic: bilingual.nullable() });
const formAdviceSchema = z.object({
  form: z.enum(CONTACT_FORMS),
  strength: z.enum(STRENGTH_ORDER).nullable(),
  reasons: z.array(reasonSchema),
  conflict: z.object({ for: z.array(reasonSchema), against: z.array(reasonSchema) }).nullable(),
  blockedBy: z.array(z.object({ precondition: z.enum(PRECONDITIONS), ruleId: z.string(), explanation: bilingual, source: z.string() })),
  preferredBy: z.array(z.object({ party: z.enum(['client', 'employer']), reason: z.string() })),
});
export const adviceSchema = z.object({
  ruleSetVersion: z.string(),
  advisoryOnly: z.literal(true),
  forms: z.object({ physical: formAdviceSchema, video: formAdviceSchema, phone: formAdviceSchema }),
  conflicts: z.array(z.enum(CONTACT_FORMS)),
  clientPreference: preferenceSchema.nullable(),
  employerPreference: preferenceSchema.nullable(),
  notYetEffective: z.array(z.string()),
  observations: z.array(z.object({ code: z.string(), explanation: bilingual })),
});

export const caseAdviceRequestSchema = z.object({ circumstances: circumstancesSchema, contactId: uuid.optional() }).strict();
export const caseAdviceResponseSchema = z.object({ advice: adviceSchema, decisionId: z.string() });

const participantSchema = z.object({ name: requiredText(200), role: z.enum(PARTICIPANT_ROLES) }).strict();

const consentInputSchema = z.object({
  givenAt: isoDateTime,
  method: z.enum(CONSENT_METHODS),
  privacyNoticeId: uuid,
  /** P2: the client was told about the software and could ask questions. */
  softwareExplained: z.literal(true),
}).strict();
export type ConsentInput = z.output<typeof consentInputSchema>;

const choiceFields = {
  contactForm: z.enum(CONTACT_FORMS),
  channelId: uuid.nullable().default(null),
  circumstances: circumstancesSchema,
  choiceReasonCodes: uniqueList(z.enum(CHOICE_REASON_CODES), CHOICE_REASON_CODES.length).default([]),
  choiceReason: optionalText(2000),
};

export const planContactSchema = z.object({
  ...choiceFields,
  plannedAt: isoDateTime,
  durationMinutes: z.number().int().min(5).max(600),
  location: optionalText(300),
  participants: z.array(participantSchema).max(12),
  note: optionalText(5000),
  /** How the form's drawbacks are met (P9, P11): breaks, a companion, a physical follow-up … */
  mitigations: optionalText(2000),
  followUpOf: uuid.nullable().default(null),
  videoConsent: consentInputSchema.nullable().default(null),
  sendInvitation: z.boolean().default(true),
}).strict();
export type PlanContactInput = z.output<typeof planContactSchema>;

export const changeFormSchema = z.object({ version, ...choiceFields, sendUpdate: z.boolean().default(true) }).strict();
export type ChangeFormInput = z.output<typeof changeFormSchema>;

export const adequacySchema = z.object({
  verdict: z.enum(ADEQUACY_VERDICTS),
  signs: uniqueList(z.enum(INADEQUACY_SIGNS), INADEQUACY_SIGNS.length).default([]),
  note: optionalText(2000),
  physicalFollowUp: z.boolean().default(false),
}).strict();
export type AdequacyInput = z.output<typeof adequacySchema>;
const adequacyView = z.object({ verdict: z.enum(ADEQUACY_VERDICTS), signs: z.array(z.enum(INADEQUACY_SIGNS)), note: z.string().nullable(), physicalFollowUp: z.boolean() });

export const contactUpdateSchema = z.object({
  version,
  state: z.enum(CONTACT_STATES).optional(),
  heldAt: isoDateTime.nullable().optional(),
  plannedAt: isoDateTime.optional(),
  durationMinutes: z.number().int().min(5).max(600).optional(),
  location: patchText(300),
  participants: z.array(participantSchema).max(12).optional(),
  note: patchText(5000),
  mitigations: patchText(2000),
  cancelReason: patchText(1000),
  adequacy: adequacySchema.nullable().optional(),
  /** Send the client an update (or cancellation) when the invitation already went. */
  notifyClient: z.boolean().default(true),
}).strict();
export type ContactUpdateInput = z.output<typeof contactUpdateSchema>;

export const consentSchema = consentInputSchema;
export const withdrawConsentSchema = z.object({ reason: optionalText(1000) }).strict();

export const readinessSchema = z.object({
  answeredBy: z.enum(READINESS_ANSWERED_BY),
  answers: z.object({
    device: z.enum(READINESS_QUESTIONS.device),
    connection: z.enum(READINESS_QUESTIONS.connection),
    videoExperience: z.enum(READINESS_QUESTIONS.videoExperience),
    helpAtHome: z.enum(READINESS_QUESTIONS.helpAtHome),
    hearing: z.enum(READINESS_QUESTIONS.hearing),
    reading: z.enum(READINESS_QUESTIONS.reading),
  }).strict(),
}).strict();
export type ReadinessInput = z.output<typeof readinessSchema>;

const readinessView = z.object({
  id: z.string(), answeredBy: z.enum(READINESS_ANSWERED_BY), answers: readinessSchema.shape.answers, result: z.enum(READINESS_RESULTS),
  conditions: z.array(z.enum(CLIENT_CONDITIONS)), offerTestCall: z.boolean(), recordedAt: z.string(),
  /** The staff user who recorded it; null when the client filled it in in the portal (`recordedVia`). */
  recordedBy: z.string().nullable(), recordedVia: z.enum(['staff', 'portal']),
});
export const readinessResponseSchema = readinessView;
export const latestReadinessSchema = z.object({ latest: readinessView.nullable() });

// ---- organisation configuration --------------------------------------------------------------
export const ruleSetInputSchema = z.object({
  version: requiredText(60),
  effectiveFrom: isoDate,
  rules: z.array(z.unknown()).min(1).max(500),
  changeNote: requiredText(1000),
}).strict();
export const ruleSetParams = z.object({ ruleSetId: z.string().min(1).max(60) }).strict();
const ruleSetSummary = z.object({
  id: z.string(), version: z.string(), effectiveFrom: z.string(), changeNote: z.string(), createdAt: z.string().nullable(),
  createdBy: z.string().nullable(), ruleCount: z.number(), current: z.boolean(), shipped: z.boolean(),
});
export const ruleSetHistorySchema = z.object({ items: z.array(ruleSetSummary) });
export const ruleSetDetailSchema = ruleSetSummary.extend({ rules: z.array(z.unknown()) });

export const settingsSchema = z.object({
  officeDays: uniqueList(z.number().int().min(1).max(7), 7).refine((d) => d.length > 0, { message: 'validation.required' }),
  officeStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' }),
  officeEnd: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' }),
  minLeadHours: z.number().int().min(0).max(720),
  warnUnequalChannels: z.boolean(),
  reminderHours: z.number().int().min(1).max(336),
  /** Where clients reply to ask for another form or another time (shown in every invitation). */
  contactEmail: z.email().max(200).nullable(),
  contactPhone: z.string().trim().max(40).nullable(),
}).strict();

export const channelInputSchema = z.object({
  name: requiredText(120),
  form: z.enum(CHANNEL_FORMS),
  dpiaStatus: z.enum(DPIA_STATUSES),
  legalBasis: optionalText(1000),
  recordingPolicy: z.enum(RECORDING_POLICIES),
  retention: optionalText(1000),
  approved: z.boolean(),
  notes: optionalText(2000),
}).strict();
export type ChannelInput = z.output<typeof channelInputSchema>;
export const channelParams = z.object({ channelId: uuid }).strict();
// Response schemas carry no transforms (the serializer encodes with them).
export const channelSchema = z.object({
  id: z.string(), name: z.string(), form: z.enum(CHANNEL_FORMS), builtIn: z.boolean(), dpiaStatus: z.enum(DPIA_STATUSES), legalBasis: z.string().nullable(),
  recordingPolicy: z.enum(RECORDING_POLICIES), retention: z.string().nullable(), approved: z.boolean(), notes: z.string().nullable(), updatedAt: z.string(),
});
export const channelListSchema = z.object({ items: z.array(channelSchema) });

export const privacyNoticeInputSchema = z.object({ bodyNl: requiredText(20_000), bodyEn: requiredText(20_000) }).strict();
export const privacyNoticeSchema = z.object({ id: z.string(), version: z.number(), bodyNl: z.string(), bodyEn: z.string(), publishedAt: z.string(), publishedBy: z.string() });
export const privacyNoticeListSchema = z.object({ items: z.array(privacyNoticeSchema) });

export const outboxQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
}).strict();
export const outboxSchema = z.object({
  total: z.number(), page: z.number(), pageSize: z.number(),
  items: z.array(z.object({
    id: z.string(), kind: z.string(), channel: z.enum(['email', 'sms']), recipient: z.string(), subject: z.string(), bodyText: z.string(), ics: z.string().nullable(),
    status: z.string(), attempts: z.number(), lastError: z.string().nullable(), createdAt: z.string(), sentAt: z.string().nullable(),
    caseId: z.string().nullable(), contactId: z.string().nullable(),
  })),
});

export const oversightQuerySchema = z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict();
const formCounts = z.object({ physical: z.number(), video: z.number(), phone: z.number() });
export const oversightSchema = z.object({
  from: z.string(), to: z.string(),
  byActivity: z.array(z.object({ activity: z.enum(ACTIVITY_TYPES), counts: formCounts })),
  byExpert: z.array(z.object({ expert: z.object({ id: z.string(), displayName: z.string() }), counts: formCounts })),
  againstAdvice: z.number(), followUps: z.number(), withdrawnConsents: z.number(), total: z.number(),
});

// ---- case-level views --------------------------------------------------------------------------
export const planningSchema = z.object({
  caseId: z.string(),
  reference: z.string(),
  client: z.object({ fullName: z.string(), hasEmail: z.boolean(), preferredLanguage: z.string(), companionWanted: z.boolean(), interpreterNeeded: z.boolean() }),
  parties: z.array(z.object({ role: z.string(), name: z.string(), contactPerson: z.string().nullable() })),
  assignedExpert: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  prefill: circumstancesSchema,
  readiness: readinessView.nullable(),
  settings: settingsSchema,
  channels: z.array(channelSchema),
  privacyNotice: privacyNoticeSchema.nullable(),
  ruleSetVersion: z.string(),
  openFollowUps: z.array(z.object({ contactId: z.string(), activity: z.enum(ACTIVITY_TYPES), heldAt: z.string().nullable() })),
  canChooseForm: z.boolean(),
});

export const contactPlannedSchema = z.object({
  id: z.string(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  invitation: z.enum(['queued', 'waiting_for_consent', 'no_email', 'not_requested']),
});

const consentView = z.object({
  id: z.string(), givenAt: z.string(), method: z.enum(CONSENT_METHODS), privacyNoticeVersion: z.number(), softwareExplained: z.boolean(),
  /** null: the client gave it in the portal themselves. */
  recordedAt: z.string(), recordedBy: z.string().nullable(), withdrawnAt: z.string().nullable(), withdrawalReason: z.string().nullable(),
});

const decisionView = z.object({
  id: z.string(), kind: z.string(), at: z.string(), actor: z.string(), contactId: z.string().nullable(), ruleSetVersion: z.string(),
  circumstances: z.record(z.string(), z.unknown()), advice: z.record(z.string(), z.unknown()), chosenForm: z.enum(CONTACT_FORMS).nullable(),
  againstAdvice: z.boolean(), reasonCodes: z.array(z.string()), reasonText: z.string().nullable(),
});
export const decisionLogSchema = z.object({ items: z.array(decisionView) });

export const contactDetailSchema = z.object({
  id: z.string(), caseId: z.string(), version: z.number(), activityType: z.enum(ACTIVITY_TYPES), contactForm: z.enum(CONTACT_FORMS),
  state: z.enum(CONTACT_STATES), plannedAt: z.string(), heldAt: z.string().nullable(), durationMinutes: z.number(), location: z.string().nullable(),
  participants: z.array(z.object({ name: z.string(), role: z.enum(PARTICIPANT_ROLES) })), note: z.string().nullable(),
  mitigations: z.string().nullable(), cancelReason: z.string().nullable(), channel: z.object({ id: z.string(), name: z.string() }).nullable(),
  circumstances: circumstancesSchema.nullable(), needsNewForm: z.boolean(), invitationSentAt: z.string().nullable(), reminderSentAt: z.string().nullable(),
  /** The client's own latest preference for this contact, stated in the portal (P8); professional information like the circumstances. */
  clientPreference: z.object({ form: z.enum(CONTACT_FORMS), reason: z.string(), statedAt: z.string() }).nullable(),
  sequence: z.number(), adequacy: adequacyView.nullable(), followUpOf: z.string().nullable(),
  consents: z.array(consentView), activeConsent: z.boolean(),
  mails: z.array(z.object({ id: z.string(), kind: z.string(), status: z.string(), createdAt: z.string(), sentAt: z.string().nullable() })),
  decisions: z.array(decisionView),
  suggestPhysicalFollowUp: z.boolean(),
  permissions: z.object({ canChooseForm: z.boolean(), canEdit: z.boolean(), canRecord: z.boolean(), canRecordConsent: z.boolean() }),
});

export const justificationSchema = z.object({
  caseId: z.string(),
  reference: z.string(),
  generatedAt: z.string(),
  entries: z.array(z.object({
    contactId: z.string(), activity: z.enum(ACTIVITY_TYPES), form: z.enum(CONTACT_FORMS), state: z.enum(CONTACT_STATES),
    plannedAt: z.string(), heldAt: z.string().nullable(), channel: z.string().nullable(),
    advice: z.object({ ruleSetVersion: z.string(), strength: z.enum(STRENGTH_ORDER).nullable(), ruleIds: z.array(z.string()) }).nullable(),
    againstAdvice: z.boolean(), reasonCodes: z.array(z.string()), reasonText: z.string().nullable(),
    clientPreference: preferenceSchema.nullable(), clientPreferenceFollowed: z.boolean().nullable(),
    employerPreference: preferenceSchema.nullable(),
    consent: z.object({ givenAt: z.string(), method: z.string(), privacyNoticeVersion: z.number(), withdrawnAt: z.string().nullable() }).nullable(),
    mitigations: z.string().nullable(),
    adequacy: adequacyView.nullable(),
    followUp: z.object({ contactId: z.string().nullable(), plannedAt: z.string().nullable(), state: z.string() }).nullable(),
    choices: z.array(z.object({
      at: z.string(), kind: z.enum(['form_chosen', 'form_changed']), form: z.enum(CONTACT_FORMS), againstAdvice: z.boolean(),
      reasonCodes: z.array(z.string()), reasonText: z.string().nullable(),
    })),
  })),
  summary: z.object({ physical: z.number(), video: z.number(), phone: z.number(), againstAdvice: z.number(), openFollowUps: z.number() }),
});

export const oversightAccessNote = 'Quality view of the channel mix, never a productivity target (seed 000 C9).';
