// The one access policy. Every route and store asks it; none decides access on its own.
// Pure: facts in, decision out, so the whole matrix is unit-tested.
export const ROLES = ['labour_expert', 'office_staff', 'org_admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  organisationId: string;
  roles: readonly Role[];
}

/** What the policy needs to know about a case to decide. */
export interface CaseFacts {
  organisationId: string;
  assignedExpertId: string | null;
  sharedWith: readonly string[];
}

export type OrganisationAction =
  | 'case.create'
  | 'case.list'
  | 'colleagues.list'
  | 'user.manage'
  | 'contact.configure'
  | 'outbox.read'
  | 'oversight.read'
  | 'capacity.configure'
  | 'jobProfiles.library'
  | 'judgement.catalogues'
  | 'instruments.rate'
  | 'report.templates';

export type CaseAction =
  | 'case.read'
  | 'case.update'
  | 'case.assign'
  | 'case.changeStatus'
  | 'case.reopen'
  | 'case.share'
  | 'party.manage'
  | 'deadline.complete'
  | 'contact.plan'
  | 'contact.record'
  | 'contact.chooseForm'
  | 'contact.consent'
  | 'contact.decisionLog'
  | 'readiness.record'
  | 'portal.manage'
  | 'conversation.work'
  | 'capacity.work'
  | 'wageValue.record'
  | 'judgement.work'
  | 'evidence.read'
  | 'report.work'
  | 'report.send'
  | 'document.upload'
  | 'document.uploadProfessional'
  | 'document.readProfessional'
  | 'note.add'
  | 'note.addProfessional'
  | 'note.readProfessional';

const has = (actor: Actor, role: Role) => actor.roles.includes(role);

export function mayInOrganisation(actor: Actor, action: OrganisationAction): boolean {
  switch (action) {
    case 'case.create':
    case 'case.list':
    case 'colleagues.list':
      return has(actor, 'labour_expert') || has(actor, 'office_staff');
    // Rule sets, guards, channels and privacy notices are organisation policy (P14–P16).
    case 'user.manage':
    case 'contact.configure':
    case 'outbox.read':
    // The FML item catalogue and the dated WML amounts are organisation data, kept by its administrator (issue 6).
    case 'capacity.configure':
    // Report templates with their letterhead and logo: the organisation's house style (issue 8).
    case 'report.templates':
      return has(actor, 'org_admin');
    // The organisation's library of job profiles: the labour experts' shared work material (issue 6).
    case 'jobProfiles.library':
    // Rating an instrument's usefulness is the profession screening its own tools (seed 001, recommendation 3).
    case 'instruments.rate':
      return has(actor, 'labour_expert');
    // The instrument databank and the organisation's own factors: shared work material, no client data;
    // the labour experts fill it and the administrator keeps it tidy (issue 7).
    case 'judgement.catalogues':
      return has(actor, 'labour_expert') || has(actor, 'org_admin');
    // The channel mix is a quality view for the profession, never a productivity target (C9).
    case 'oversight.read':
      return has(actor, 'org_admin') || has(actor, 'labour_expert');
  }
}

/** Which cases a user may see at all: office staff run the whole organisation's agenda; a labour
 *  expert sees the cases assigned to them plus those explicitly shared; an administrator alone
 *  manages users and sees no client data (data minimisation, AVG art. 5(1)(c)). */
export type CaseVisibility = { kind: 'organisation' } | { kind: 'assigned_or_shared'; userId: string } | { kind: 'none' };

export function caseVisibility(actor: Actor): CaseVisibility {
  if (has(actor, 'office_staff')) return { kind: 'organisation' };
  if (has(actor, 'labour_expert')) return { kind: 'assigned_or_shared', userId: actor.userId };
  return { kind: 'none' };
}

export function canSeeCase(actor: Actor, facts: CaseFacts): boolean {
  if (facts.organisationId !== actor.organisationId) return false;
  const visibility = caseVisibility(actor);
  if (visibility.kind === 'organisation') return true;
  if (visibility.kind === 'none') return false;
  return facts.assignedExpertId === actor.userId || facts.sharedWith.includes(actor.userId);
}

/** A labour expert working on the case: assigned, or shared with. */
function isCaseProfessional(actor: Actor, facts: CaseFacts): boolean {
  return has(actor, 'labour_expert') && (facts.assignedExpertId === actor.userId || facts.sharedWith.includes(actor.userId));
}

export function mayOnCase(actor: Actor, action: CaseAction, facts: CaseFacts): boolean {
  if (!canSeeCase(actor, facts)) return false;
  const professional = isCaseProfessional(actor, facts);
  const office = has(actor, 'office_staff');
  switch (action) {
    case 'case.read':
      return true;
    // Office staff register cases, keep the administrative data right, plan and reschedule
    // contacts and file incoming correspondence; the professional work is the labour expert's.
    case 'case.update':
    case 'party.manage':
    case 'deadline.complete':
    case 'contact.plan':
    case 'contact.consent':
    case 'readiness.record':
    // Sending a portal link, replacing a lost one, ending sessions (issue 5): like sending invitations.
    case 'portal.manage':
    case 'document.upload':
    case 'note.add':
    // The list of sources that are not marked professional-only (issue 7): office staff keep the file.
    case 'evidence.read':
    // A final, sealed report: office staff send it to the recipients and keep the file (issue 8).
    case 'report.send':
      return professional || office;
    case 'case.changeStatus':
    case 'case.reopen':
    case 'contact.record':
    // The labour expert chooses the form (issue 3); the advice, the reasons and the client's
    // conditions behind them are professional information.
    case 'contact.chooseForm':
    case 'contact.decisionLog':
    // Gezien & Gehoord (issue 5): the compass, the alliance reflection, the conversation report and the
    // client's own words and evaluations are the labour expert's professional work.
    case 'conversation.work':
    // Capacity against demands and the wage value (issue 6): the labour expert's own weighing
    // (seed 004: "an independent, professional weighing of load and capacity").
    case 'capacity.work':
    case 'wageValue.record':
    // Explicit judgement (issue 7): evidence with its reliability, the schemas, hypotheses, the
    // willingness/ability placement, trial-and-error and the advice are the labour expert's own work.
    case 'judgement.work':
    // The report (issue 8): the labour expert writes, has it checked, signs and seals it.
    case 'report.work':
    case 'document.uploadProfessional':
    case 'document.readProfessional':
    case 'note.addProfessional':
    case 'note.readProfessional':
      return professional;
    // Only the responsible (assigned) labour expert decides who else may see the file.
    case 'case.share':
      return has(actor, 'labour_expert') && facts.assignedExpertId === actor.userId;
    // Handing the case to another expert: the responsible expert, or office staff who run the agenda;
    // never a colleague it was merely shared with.
    case 'case.assign':
      return office || (has(actor, 'labour_expert') && facts.assignedExpertId === actor.userId);
  }
}

export const CASE_ACTIONS: readonly CaseAction[] = [
  'case.read', 'case.update', 'case.assign', 'case.changeStatus', 'case.reopen', 'case.share', 'party.manage',
  'deadline.complete', 'contact.plan', 'contact.record', 'contact.chooseForm', 'contact.consent', 'contact.decisionLog', 'readiness.record', 'portal.manage', 'conversation.work', 'capacity.work', 'wageValue.record', 'judgement.work', 'evidence.read', 'report.work', 'report.send', 'document.upload', 'document.uploadProfessional',
  'document.readProfessional', 'note.add', 'note.addProfessional', 'note.readProfessional',
];
export const ORGANISATION_ACTIONS: readonly OrganisationAction[] = ['case.create', 'case.list', 'colleagues.list', 'user.manage', 'contact.configure', 'outbox.read', 'oversight.read', 'capacity.configure', 'jobProfiles.library', 'judgement.catalogues', 'instruments.rate', 'report.templates'];


// ---- the portal (issue 5): the client's and the employer's own door ---------------------------

export const PORTAL_AUDIENCES = ['client', 'employer'] as const;
export type PortalAudience = (typeof PORTAL_AUDIENCES)[number];

/** Someone in the portal: a door into one case, for the client or for one employer party of it. */
export interface PortalVisitor {
  accessId: string;
  caseId: string;
  organisationId: string;
  audience: PortalAudience;
  partyId: string | null;
}

export type PortalAction =
  | 'portal.appointments'
  | 'portal.preference'
  | 'portal.consent'
  | 'portal.callLink'
  | 'portal.readiness'
  | 'portal.worksheet'
  | 'portal.evaluate'
  | 'portal.reports'
  | 'portal.documents'
  | 'portal.sources'
  | 'portal.finalReport';

/**
 * What a portal visitor may do: only on their own case, and only what belongs to them. The client's
 * appointments, preferences and consent are the client's; the employer never sees them (seed 002,
 * hoor en wederhoor: each party its own material).
 */
export function mayInPortal(visitor: PortalVisitor, action: PortalAction, caseId: string): boolean {
  if (visitor.caseId !== caseId) return false;
  switch (action) {
    case 'portal.appointments':
    case 'portal.preference':
    case 'portal.consent':
    case 'portal.callLink':
    case 'portal.readiness':
    case 'portal.worksheet':
    case 'portal.evaluate':
    // The information used about the client (issue 7): the client's own, never the employer's to see.
    case 'portal.sources':
    // The final report sent to the client (issue 8); the employer receives theirs by link.
    case 'portal.finalReport':
      return visitor.audience === 'client';
    // Both read and react to conversation reports; which paragraphs each sees is the report's rule.
    case 'portal.reports':
    // Documents: each door sees only what was shared with that door (the store's rule).
    case 'portal.documents':
      return true;
  }
}

export const PORTAL_ACTIONS: readonly PortalAction[] = ['portal.appointments', 'portal.preference', 'portal.consent', 'portal.callLink', 'portal.readiness', 'portal.worksheet', 'portal.evaluate', 'portal.reports', 'portal.documents', 'portal.sources', 'portal.finalReport'];
