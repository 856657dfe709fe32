import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, caseVisibility, canSeeCase, mayInOrganisation, mayInPortal, mayOnCase, ORGANISATION_ACTIONS, PORTAL_ACTIONS, type Actor, type CaseAction, type CaseFacts, type PortalVisitor, type Role } from './access.js';

const ORG = 'org-a';
const actor = (userId: string, ...roles: Role[]): Actor => ({ userId, organisationId: ORG, roles });
const caseOf = (assigned: string | null, shared: string[] = [], organisationId = ORG): CaseFacts => ({ organisationId, assignedExpertId: assigned, sharedWith: shared });

const PROFESSIONAL_ONLY: CaseAction[] = ['case.changeStatus', 'case.reopen', 'contact.record', 'contact.chooseForm', 'contact.decisionLog', 'conversation.work', 'capacity.work', 'wageValue.record', 'judgement.work', 'report.work', 'document.uploadProfessional', 'document.readProfessional', 'note.addProfessional', 'note.readProfessional'];
const OFFICE_ALLOWED: CaseAction[] = ['case.read', 'case.update', 'case.assign', 'party.manage', 'deadline.complete', 'contact.plan', 'contact.consent', 'readiness.record', 'portal.manage', 'document.upload', 'note.add', 'evidence.read', 'report.send'];

describe('access policy', () => {
  it('lists every action exactly once', () => {
    expect(new Set(CASE_ACTIONS).size).toBe(CASE_ACTIONS.length);
    expect(CASE_ACTIONS).toHaveLength(28);
    expect([...PROFESSIONAL_ONLY, ...OFFICE_ALLOWED, 'case.share'].sort()).toEqual([...CASE_ACTIONS].sort());
  });

  describe.each(CASE_ACTIONS)('%s', (action) => {
    it('is allowed to the assigned labour expert', () => {
      expect(mayOnCase(actor('u1', 'labour_expert'), action, caseOf('u1'))).toBe(true);
    });
    const responsibleOnly = action === 'case.share' || action === 'case.assign';
    it(`is ${responsibleOnly ? 'denied' : 'allowed'} to a labour expert the case is shared with`, () => {
      expect(mayOnCase(actor('u2', 'labour_expert'), action, caseOf('u1', ['u2']))).toBe(!responsibleOnly);
    });
    it('is denied to a labour expert without relation to the case', () => {
      expect(mayOnCase(actor('u3', 'labour_expert'), action, caseOf('u1', ['u2']))).toBe(false);
    });
    it(`is ${OFFICE_ALLOWED.includes(action) ? 'allowed' : 'denied'} to office staff`, () => {
      expect(mayOnCase(actor('s1', 'office_staff'), action, caseOf('u1'))).toBe(OFFICE_ALLOWED.includes(action));
    });
    it('is denied to an administrator without another role', () => {
      expect(mayOnCase(actor('a1', 'org_admin'), action, caseOf('a1'))).toBe(false);
    });
    it('is denied to everyone of another organisation, whatever their roles', () => {
      const outsider: Actor = { userId: 'u1', organisationId: 'org-b', roles: ['labour_expert', 'office_staff', 'org_admin'] };
      expect(mayOnCase(outsider, action, caseOf('u1', ['u1']))).toBe(false);
    });
    it('is denied to a user without roles', () => {
      expect(mayOnCase(actor('u1'), action, caseOf('u1'))).toBe(false);
    });
  });

  it('lets office staff who are also labour experts do professional work only on their own cases', () => {
    const both = actor('u9', 'labour_expert', 'office_staff');
    expect(mayOnCase(both, 'note.readProfessional', caseOf('u1'))).toBe(false);
    expect(mayOnCase(both, 'note.readProfessional', caseOf('u9'))).toBe(true);
    expect(mayOnCase(both, 'case.read', caseOf('u1'))).toBe(true);
  });

  it('scopes case visibility per role', () => {
    expect(caseVisibility(actor('s', 'office_staff'))).toEqual({ kind: 'organisation' });
    expect(caseVisibility(actor('e', 'labour_expert'))).toEqual({ kind: 'assigned_or_shared', userId: 'e' });
    expect(caseVisibility(actor('a', 'org_admin'))).toEqual({ kind: 'none' });
    expect(canSeeCase(actor('e', 'labour_expert'), caseOf(null))).toBe(false);
    expect(canSeeCase(actor('s', 'office_staff'), caseOf(null))).toBe(true);
  });

  it.each([
    ['labour_expert', ['case.create', 'case.list', 'colleagues.list', 'oversight.read', 'jobProfiles.library', 'judgement.catalogues', 'instruments.rate']],
    ['office_staff', ['case.create', 'case.list', 'colleagues.list']],
    ['org_admin', ['user.manage', 'contact.configure', 'outbox.read', 'oversight.read', 'capacity.configure', 'judgement.catalogues', 'report.templates']],
  ] as Array<[Role, string[]]>)('gives %s exactly its organisation actions', (role, allowed) => {
    for (const action of ORGANISATION_ACTIONS) expect(mayInOrganisation(actor('x', role), action)).toBe(allowed.includes(action));
  });
});

describe('the portal: a visitor acts only on their own case, and the client\'s part is the client\'s', () => {
  const client: PortalVisitor = { accessId: 'a1', caseId: 'case-1', organisationId: 'org-1', audience: 'client', partyId: null };
  const employer: PortalVisitor = { accessId: 'a2', caseId: 'case-1', organisationId: 'org-1', audience: 'employer', partyId: 'party-1' };
  it.each(PORTAL_ACTIONS.filter((a) => a !== 'portal.reports' && a !== 'portal.documents'))('%s: the client on their own case yes; on another case no; the employer no', (action) => {
    expect(mayInPortal(client, action, 'case-1')).toBe(true);
    expect(mayInPortal(client, action, 'case-2')).toBe(false);
    expect(mayInPortal(employer, action, 'case-1')).toBe(false);
    expect(mayInPortal(employer, action, 'case-2')).toBe(false);
  });
  it.each(['portal.reports', 'portal.documents'] as const)('%s: both on their own case (the item decides who sees it), neither on another', (action) => {
    expect(mayInPortal(client, action, 'case-1')).toBe(true);
    expect(mayInPortal(employer, action, 'case-1')).toBe(true);
    expect(mayInPortal(client, action, 'case-2')).toBe(false);
    expect(mayInPortal(employer, action, 'case-2')).toBe(false);
  });
});
