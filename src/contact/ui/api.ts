// Typed calls of the contact-form API (issue 3). The response types come from the server's zod
// schemas (types only: nothing of the server is bundled); the calls go through the shared `request`.
import type { z } from 'zod';
import { request } from '../../web/api';
import type * as S from '../schemas';

export type Circumstances = z.output<typeof S.circumstancesSchema>;
export type Advice = z.output<typeof S.adviceSchema>;
export type FormAdvice = Advice['forms']['physical'];
export type AdviceReason = FormAdvice['reasons'][number];
export type AdviceAnswer = z.output<typeof S.caseAdviceResponseSchema>;
export type Planning = z.output<typeof S.planningSchema>;
export type Channel = Planning['channels'][number];
export type PrivacyNotice = NonNullable<Planning['privacyNotice']>;
export type Readiness = NonNullable<Planning['readiness']>;
export type ContactDetail = z.output<typeof S.contactDetailSchema>;
export type Decision = z.output<typeof S.decisionLogSchema>['items'][number];
export type DecisionLog = z.output<typeof S.decisionLogSchema>;
export type Justification = z.output<typeof S.justificationSchema>;
export type JustificationEntry = Justification['entries'][number];
export type ContactPlanned = z.output<typeof S.contactPlannedSchema>;
export type InvitationState = ContactPlanned['invitation'];
export type Warning = ContactPlanned['warnings'][number];

/** Request bodies: what the client sends (defaults may be left out). */
export type PlanContactBody = z.input<typeof S.planContactSchema>;
export type ChangeFormBody = z.input<typeof S.changeFormSchema>;
export type ContactUpdateBody = z.input<typeof S.contactUpdateSchema>;
export type ConsentBody = z.input<typeof S.consentSchema>;
export type ReadinessBody = z.input<typeof S.readinessSchema>;
export type Adequacy = z.output<typeof S.adequacySchema>;

export interface FormChanged {
  warnings: Warning[];
  invitation: InvitationState;
}
export interface ConsentRecorded {
  id: string;
  invitation: InvitationState;
}

const enc = encodeURIComponent;
const casePath = (caseId: string) => `/api/cases/${enc(caseId)}`;
const contactPath = (caseId: string, contactId: string) => `${casePath(caseId)}/contacts/${enc(contactId)}`;

export const contactApi = {
  planning: (caseId: string) => request<Planning>('GET', `${casePath(caseId)}/contacts/planning`),
  advice: (caseId: string, circumstances: Circumstances, contactId?: string) =>
    request<AdviceAnswer>('POST', `${casePath(caseId)}/contacts/advice`, { body: contactId ? { circumstances, contactId } : { circumstances } }),
  plan: (caseId: string, body: PlanContactBody) => request<ContactPlanned>('POST', `${casePath(caseId)}/contacts`, { body }),
  get: (caseId: string, contactId: string) => request<ContactDetail>('GET', contactPath(caseId, contactId)),
  update: (caseId: string, contactId: string, body: ContactUpdateBody) => request<void>('PATCH', contactPath(caseId, contactId), { body }),
  changeForm: (caseId: string, contactId: string, body: ChangeFormBody) =>
    request<FormChanged>('POST', `${contactPath(caseId, contactId)}/form`, { body }),
  recordConsent: (caseId: string, contactId: string, body: ConsentBody) =>
    request<ConsentRecorded>('POST', `${contactPath(caseId, contactId)}/consent`, { body }),
  withdrawConsent: (caseId: string, contactId: string, reason: string | null) =>
    request<void>('POST', `${contactPath(caseId, contactId)}/consent/withdraw`, { body: { reason } }),
  sendInvitation: (caseId: string, contactId: string) =>
    request<{ status: string }>('POST', `${contactPath(caseId, contactId)}/invitation`, { body: {} }),
  decisions: (caseId: string) => request<DecisionLog>('GET', `${casePath(caseId)}/contact-decisions`),
  justification: (caseId: string) => request<Justification>('GET', `${casePath(caseId)}/contact-justification`),
  readiness: (caseId: string) => request<{ latest: Readiness | null }>('GET', `${casePath(caseId)}/readiness`),
  recordReadiness: (caseId: string, body: ReadinessBody) => request<Readiness>('POST', `${casePath(caseId)}/readiness`, { body }),
};
