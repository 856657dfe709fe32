// The authorization matrix: every route of the API × every kind of caller, with the expected status
// written out per cell, on both database engines. The route list is checked against the OpenAPI
// document, so a new route without a row here fails the suite.
//
// Rules the table encodes (src/platform/access.ts is the policy under test):
// - anonymous / mid-sign-in sessions: 401 on every `active` route;
// - a case the caller may not see (other organisation, unrelated labour expert, administrator): 404,
//   so the existence of a case, document, contact, … does not leak;
// - a case the caller may see but an act they may not perform on it: 403;
// - organisation-level acts outside the caller's roles: 403.
// Every refused call must leave the data exactly as it was (read back by the owner), and every allowed
// mutating call must actually change it.
//
// Each row's `expected` is the intended policy; where the app currently differs the row fails on
// purpose (see the comments on the rows "reassign" and "un-record a held contact").
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashRecoveryCode } from '../../src/platform/auth/password.js';
import { totpAt } from '../../src/platform/auth/totp.js';
import {
  circumstancesBody, Client, contactBody, createOrganisation, createUser, distinctSlot, enableVideo, ENGINES, newCaseBody, openPortal, PASSWORD, signIn, startApp,
  type TestApp, type TestUser,
} from './harness.js';
import { SEED_000_RULE_SET } from '../../src/contact/rules.js';

type Response = LightMyRequestResponse;

// ---- callers ----------------------------------------------------------------------------------
const CALLERS = [
  'anonymous', // no session at all (but a CSRF cookie, like a browser on the sign-in page)
  'pending', // password accepted, TOTP code not yet (stage `totp`)
  'enrolling', // password accepted, authenticator not yet enrolled (stage `enrol_totp`)
  'expertAssigned', // org A labour expert, assigned to the case
  'expertShared', // org A labour expert the case is shared with
  'expertOther', // org A labour expert without relation to the case
  'office', // org A office staff
  'admin', // org A administrator
  'expertAdmin', // org A labour expert + administrator, without relation to the case
  'bExpert', // org B labour expert
  'bOffice', // org B office staff
  'bAdmin', // org B administrator
] as const;
type Caller = (typeof CALLERS)[number];
type ActiveCaller = Exclude<Caller, 'anonymous' | 'pending' | 'enrolling'>;
const ACTIVE_CALLERS = CALLERS.filter((c): c is ActiveCaller => c !== 'anonymous' && c !== 'pending' && c !== 'enrolling');

/** Expected statuses in the column order of CALLERS. */
type Expected = [number, number, number, number, number, number, number, number, number, number, number, number];

// ---- fixtures ---------------------------------------------------------------------------------
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function multipartBody(fields: Record<string, string>, file: { name: string; content: Buffer; type: string }) {
  const boundary = `----passendAuthz${randomUUID().replace(/-/g, '')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  chunks.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

function upload(client: Client, caseId: string, professionalOnly: boolean, fileName = `brief-${randomUUID().slice(0, 8)}.pdf`) {
  const body = multipartBody({ documentType: 'correspondence', professionalOnly: String(professionalOnly) }, { name: fileName, content: PDF, type: 'application/pdf' });
  return client.call({ method: 'POST', url: `/api/cases/${caseId}/documents`, payload: body.payload, headers: body.headers });
}

interface CaseFixture {
  caseId: string;
  reference: string;
  clientName: string;
  version: number;
  partyId: string;
  contactId: string;
  contactVersion: number;
  deadlineId: string;
  documentId: string;
  professionalDocumentId: string;
  noteId: string;
  professionalNoteId: string;
  /** Unique strings inside the professional-only note body and document name. */
  professionalMarker: string;
  ordinaryMarker: string;
}

interface World {
  t: TestApp;
  orgA: string;
  orgB: string;
  users: Record<ActiveCaller, TestUser>;
  clients: Record<ActiveCaller, Client> & { anonymous: Client };
  /** The user everyone tries to sign in as on the public login route. */
  loginTarget: TestUser;
  /** Case X: a shared, read-only fixture; mutating rows use fresh copies. */
  caseX: CaseFixture;
  /** A case of organisation B (owned by bExpert), for mixed-id attempts. */
  caseB: CaseFixture;
  /** Organisation A's published privacy notice (video is enabled there). */
  privacyNoticeId: string;
  /** The report (issue 8): organisation A's Poortwachter template (reports start from it) and its general one (the administrator's rows change it; a version with a logo). */
  reportTemplateId: string;
  houseTemplateId: string;
  logoVersion: number;
  /** Two reports on case X by the assigned expert: a draft and a sealed one, sent to the employer by a link. */
  reportX: { draftId: string; draftLockVersion: number; finalId: string; pdf: Buffer; token: string; deliveryId: string };
}

function expectStatus(response: Response, status: number, what: string) {
  if (response.statusCode !== status) throw new Error(`${what}: expected ${status}, got ${response.statusCode}: ${response.body.slice(0, 500)}`);
}

/** A case assigned to `owner`, shared with `sharedWith`, with a party, a contact, ordinary and professional-only notes and documents. */
async function createCaseFixture(owner: Client, sharedWith: TestUser | null): Promise<CaseFixture> {
  const professionalMarker = `prof-${randomUUID()}`;
  const ordinaryMarker = `gewoon-${randomUUID()}`;
  const clientName = `Cliënt ${randomUUID().slice(0, 8)}`;
  const body = newCaseBody();
  const created = await owner.post('/api/cases', { ...body, client: { ...body.client, fullName: clientName } });
  expectStatus(created, 201, 'create case');
  const caseId = created.json().id as string;
  if (sharedWith) expectStatus(await owner.post(`/api/cases/${caseId}/shares`, { userId: sharedWith.id }), 204, 'share case');
  const contact = await owner.post(`/api/cases/${caseId}/contacts`, contactBody({
    contactForm: 'phone', circumstances: circumstancesBody('practical'), plannedAt: distinctSlot(slotCounter++), durationMinutes: 5,
    participants: [{ name: 'Cliënt', role: 'client' }], location: null, note: 'Kennismaking',
  }));
  expectStatus(contact, 201, 'plan contact');
  const note = await owner.post(`/api/cases/${caseId}/notes`, { body: `Gewone notitie ${ordinaryMarker}`, professionalOnly: false });
  expectStatus(note, 201, 'add note');
  const professionalNote = await owner.post(`/api/cases/${caseId}/notes`, { body: `Professionele notitie ${professionalMarker}`, professionalOnly: true });
  expectStatus(professionalNote, 201, 'add professional note');
  const document = await upload(owner, caseId, false, `${ordinaryMarker}.pdf`);
  expectStatus(document, 201, 'upload document');
  const professionalDocument = await upload(owner, caseId, true, `${professionalMarker}.pdf`);
  expectStatus(professionalDocument, 201, 'upload professional document');
  const page = await owner.get(`/api/cases/${caseId}`);
  expectStatus(page, 200, 'read case');
  const p = page.json();
  return {
    caseId,
    reference: p.reference,
    clientName,
    version: p.version,
    partyId: p.parties[0].id,
    contactId: contact.json().id,
    contactVersion: p.contacts[0].version,
    deadlineId: p.deadlines[0].id,
    documentId: document.json().id,
    professionalDocumentId: professionalDocument.json().id,
    noteId: note.json().id,
    professionalNoteId: professionalNote.json().id,
    professionalMarker,
    ordinaryMarker,
  };
}

async function completeCase(owner: Client, fixture: CaseFixture): Promise<CaseFixture> {
  let version = fixture.version;
  for (const to of ['intake', 'investigation', 'reporting', 'completed']) {
    const response = await owner.post(`/api/cases/${fixture.caseId}/status`, { version, to });
    expectStatus(response, 200, `status → ${to}`);
    version = response.json().version;
  }
  return { ...fixture, version };
}

// ---- the matrix -------------------------------------------------------------------------------
interface Who { caller: Caller; user: TestUser | null }

interface Row<F = unknown> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI path, e.g. `/api/cases/{caseId}`. */
  path: string;
  /** Variant, when one route needs several rows (e.g. ordinary vs professional-only). */
  variant?: string;
  expected: Expected;
  /** The call ends or changes the caller's session: use a freshly signed-in client. */
  freshSession?: boolean;
  /** Fresh objects for this cell, created by their owner. */
  setup: (w: World) => Promise<F>;
  call: (client: Client, f: F, w: World, who: Who) => Promise<Response>;
  /** The state read back by its owner: identical after a refused call, changed after an allowed mutating one. */
  snapshot?: (w: World, f: F) => Promise<unknown>;
}

const row = <F>(r: Row<F>): Row<unknown> => r as Row<unknown>;

const ownerView = async (w: World, f: CaseFixture) => {
  const response = await w.clients.expertAssigned.get(`/api/cases/${f.caseId}`);
  expectStatus(response, 200, 'owner reads case back');
  return response.json();
};
const ownerViewB = async (w: World, f: CaseFixture) => {
  const response = await w.clients.bExpert.get(`/api/cases/${f.caseId}`);
  expectStatus(response, 200, 'owner (org B) reads case back');
  return response.json();
};
/** Office staff see the whole organisation's cases: the read-back for rows after which the owner may no longer see the case. */
const officeView = async (w: World, f: CaseFixture) => {
  const response = await w.clients.office.get(`/api/cases/${f.caseId}`);
  expectStatus(response, 200, 'office reads case back');
  return response.json();
};
const freshCase = (w: World) => createCaseFixture(w.clients.expertAssigned, w.users.expertShared);
const sharedCase = async (w: World) => w.caseX;
const usersOfA = async (w: World) => {
  const response = await w.clients.admin.get('/api/admin/users');
  expectStatus(response, 200, 'admin reads users back');
  return response.json();
};
const countRows = async (w: World, table: string) => Number((await w.t.db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
const noFixture = async () => null;
const READINESS_ANSWERS = { device: 'smartphone', connection: 'good', videoExperience: 'often', helpAtHome: 'no', hearing: 'good', reading: 'good' };
const freshTarget = async (w: World) => {
  const target = await createUser(w.t, w.orgA, ['labour_expert'], { name: `Doelwit ${randomUUID().slice(0, 6)}` });
  // Locked, so that unlocking is visible.
  await w.t.db.query("UPDATE users SET failed_attempts = 5, locked_until = now() + interval '1 hour' WHERE id = $1", [target.id]);
  return target;
};

const contactPatch = (f: CaseFixture) => ({ version: f.contactVersion, location: 'Kantoor Utrecht', note: 'Andere ruimte' });
let slotCounter = 0;
const reasons = { choiceReasonCodes: ['professional_judgement'], choiceReason: 'Afweging van de arbeidsdeskundige (test).' };

/** A video contact on a fresh case of the assigned expert, with or without the client's consent. */
type ReportFixture = CaseFixture & { reportId: string; versionId: string; lockVersion: number; commentId: string | null };

/** A case with a conversation report by its owner: a draft with text, shared, or shared with the client's reaction in. */
async function reportCase(w: World, stage: 'draft' | 'shared' | 'reacted'): Promise<ReportFixture> {
  const f = await freshCase(w);
  const owner = w.clients.expertAssigned;
  const created = await owner.post(`/api/cases/${f.caseId}/conversation-reports`, { contactId: null, title: 'Verslag (test)' });
  expectStatus(created, 201, 'create report');
  const reportId = created.json().id as string;
  const saved = await owner.put(`/api/cases/${f.caseId}/conversation-reports/${reportId}/draft`, { lockVersion: 1, paragraphs: [{ id: 'p1', theme: null, text: 'Cliënt vertelt over het werk (test).', forEmployer: false }] });
  expectStatus(saved, 200, 'save draft');
  const detail = () => owner.get(`/api/cases/${f.caseId}/conversation-reports/${reportId}`).then((r) => r.json());
  let commentId: string | null = null;
  if (stage !== 'draft') expectStatus(await owner.post(`/api/cases/${f.caseId}/conversation-reports/${reportId}/share`, { withEmployer: false }), 204, 'share report');
  const versionId = (await detail()).versions[0].id as string;
  if (stage === 'reacted') {
    const client = await openPortal(w.t, owner, f.caseId);
    expectStatus(await client.post(`/api/portal/reports/${reportId}/versions/${versionId}/reaction`, { items: [{ paragraphId: 'p1', stance: 'disagree', text: 'Klopt niet (test).' }], additions: [] }), 201, 'client reacts');
    commentId = (await detail()).versions[0].comments[0].id as string;
  }
  return { ...f, reportId, versionId, lockVersion: saved.json().lockVersion as number, commentId };
}
const reportView = async (w: World, f: ReportFixture) => {
  const response = await w.clients.expertAssigned.get(`/api/cases/${f.caseId}/conversation-reports/${f.reportId}`);
  expectStatus(response, 200, 'owner reads report back');
  return response.json();
};

/** A case whose client has a portal door (opened by the owner, who sent the first link). */
async function portalDoor(w: World) {
  const f = await freshCase(w);
  const sent = await w.clients.expertAssigned.post(`/api/cases/${f.caseId}/portal`, { audience: 'client', partyId: null });
  expectStatus(sent, 201, 'send portal link');
  return { ...f, accessId: sent.json().accessId as string };
}

async function videoContact(w: World, withConsent: boolean) {
  const f = await freshCase(w);
  const planned = await w.clients.expertAssigned.post(`/api/cases/${f.caseId}/contacts`, contactBody({
    contactForm: 'video', circumstances: circumstancesBody('practical'), plannedAt: distinctSlot(slotCounter++), durationMinutes: 5, ...reasons,
    videoConsent: withConsent ? { givenAt: new Date(Date.now() - 60_000).toISOString(), method: 'verbal_phone', privacyNoticeId: w.privacyNoticeId, softwareExplained: true } : null,
  }));
  expectStatus(planned, 201, 'plan video contact');
  return { ...f, contactId: planned.json().id as string };
}
const consentBody = (w: World) => ({ givenAt: new Date(Date.now() - 60_000).toISOString(), method: 'verbal_phone', privacyNoticeId: w.privacyNoticeId, softwareExplained: true });
const channelBody = { name: 'Teams (test)', form: 'video', dpiaStatus: 'in_progress', legalBasis: null, recordingPolicy: 'never', retention: null, approved: false, notes: null };
const adminView = (path: string) => async (w: World) => {
  const response = await w.clients.admin.get(path);
  expectStatus(response, 200, `admin reads ${path} back`);
  return response.json();
};

// ---- wage value (issue 6): a Participatiewet case of the assigned expert, shared like case X ----
async function participatiewetCase(w: World): Promise<{ caseId: string }> {
  const body = newCaseBody();
  const created = await w.clients.expertAssigned.post('/api/cases', { ...body, assignment: { ...body.assignment, legalContext: 'participatiewet', firstSicknessDay: null } });
  expectStatus(created, 201, 'create Participatiewet case');
  const caseId = created.json().id as string;
  expectStatus(await w.clients.expertAssigned.post(`/api/cases/${caseId}/shares`, { userId: w.users.expertShared.id }), 204, 'share case');
  return { caseId };
}
const wageValueBody = {
  method: 'dariuz', methodOther: null, measuredOn: '2025-06-20', assessor: 'J. de Vries (test)', percentage: 55, job: 'Medewerker inpak (test)',
  jobWage: { amountCents: 1650, per: 'hour' }, jobHolidayPayPercent: null, hoursPerWeek: 32,
};
let wmlDay = 0;
/** A date no WML amount has yet: every allowed call adds one. */
const freshWmlDate = async () => {
  const n = wmlDay++;
  return `${2031 + Math.floor(n / 28)}-01-${String((n % 28) + 1).padStart(2, '0')}`;
};

//                                                  anon pend enrl asgn shrd othr offc admn exad bExp bOff bAdm
// ---- capacity (issue 6) fixtures ----
const FML_BODY = { catalogueId: 'shipped', date: '2026-04-01', authorRole: 'bedrijfsarts', circumstances: { duringTreatment: false, prognosis: null }, versionLabel: null, values: { 'I-1': { kind: 'ordinal', level: 1 } } };
const PROFILE_BODY = { catalogueId: 'shipped', kind: 'own_job', name: 'Eigen werk (test)', basis: 'job_description', description: null, demands: { 'I-1': { kind: 'ordinal', level: 0 } }, adjustments: [] };
const catalogueBody = (version: string) => ({
  name: 'Testlijst (autorisatie)', version, source: 'Test',
  sections: [{ code: 'A', label: { nl: 'Aandacht', en: 'Attention' } }],
  items: [{ section: 'A', code: 'A-1', label: { nl: 'Concentreren', en: 'Concentrating' }, definition: null, kind: 'ordinal',
    levels: [{ code: '0', label: { nl: 'normaal', en: 'normal' }, boundary: { nl: 'Normaal.', en: 'Normal.' } }, { code: '1', label: { nl: 'beperkt', en: 'limited' }, boundary: { nl: 'Beperkt.', en: 'Limited.' } }] }],
});
type CapacityFixture = CaseFixture & { fmlId: string; profileId: string; libraryId: string };
/** A fresh case with an FML and a job profile, and a profile in organisation A's library. */
const capacityCase = async (w: World): Promise<CapacityFixture> => {
  const f = await freshCase(w);
  const owner = w.clients.expertAssigned;
  const fml = await owner.post(`/api/cases/${f.caseId}/fmls`, FML_BODY);
  expectStatus(fml, 201, 'record FML');
  const profile = await owner.post(`/api/cases/${f.caseId}/job-profiles`, PROFILE_BODY);
  expectStatus(profile, 201, 'add job profile');
  const library = await owner.post(`/api/cases/${f.caseId}/job-profiles/${profile.json().id}/library`, { name: `Bibliotheek ${randomUUID().slice(0, 6)}`, description: null });
  expectStatus(library, 201, 'save to library');
  return { ...f, fmlId: fml.json().id, profileId: profile.json().id, libraryId: library.json().id };
};

// ---- explicit judgement (issue 7) fixtures ----
const amsterdamToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const inDays = (n: number) => new Date(Date.parse(`${amsterdamToday()}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const evidenceBody = (title = 'Werkgever over de eerste weken (test)') => ({
  kind: 'information', sourceType: 'employer', sourceName: null, observedOn: inDays(-3), method: 'phone', title, body: null, interest: null, reliability: 'reasonable',
  realityCheck: null, notInvestigatedReason: null, factorCodes: [], instrumentId: null, contactId: null, documentId: null, professionalOnly: false,
});
const hypothesisBody = { explanation: 'Conflicten met leidinggevenden (test)', status: 'open', statusArgument: null, evidenceFor: [], evidenceAgainst: [] };
interface JudgementFixture {
  caseId: string; evidenceId: string; observationId: string; hypothesisId: string; anomalyId: string; ownRowKey: string; trajectoryId: string | null; experimentId: string | null;
}
/** A fresh case of the assigned expert, shared like case X, with a source, an observation with one hypothesis, an anomaly and a row of their own in Schema 2; optionally a trajectory with an experiment, an advice draft. */
async function judgementCase(w: World, options: { trajectory?: boolean; advice?: boolean } = {}): Promise<JudgementFixture> {
  const owner = w.clients.expertAssigned;
  const created = await owner.post('/api/cases', newCaseBody());
  expectStatus(created, 201, 'create case');
  const caseId = created.json().id as string;
  const c = `/api/cases/${caseId}`;
  expectStatus(await owner.post(`${c}/shares`, { userId: w.users.expertShared.id }), 204, 'share case');
  const evidence = await owner.post(`${c}/evidence`, evidenceBody());
  expectStatus(evidence, 201, 'record evidence');
  const observation = await owner.post(`${c}/observations`, { body: 'Veel korte banen (test)', discriminator: null, evidenceIds: [], hypotheses: [hypothesisBody] });
  expectStatus(observation, 201, 'add observation');
  const anomaly = await owner.post(`${c}/anomalies`, { kind: 'anomaly', description: 'Geen diploma, wel jaren werk (test).', evidenceIds: [], observationId: null });
  expectStatus(anomaly, 201, 'add anomaly');
  const own = await owner.post(`${c}/schema2`, { label: 'Eigen rij (test)', supportNeed: 'Vaste contactpersoon (test).', workImplications: null, basis: null, evidenceIds: [] });
  expectStatus(own, 201, 'add own Schema 2 row');
  let trajectoryId: string | null = null;
  let experimentId: string | null = null;
  if (options.trajectory) {
    const trajectory = await owner.post(`${c}/trajectories`, { screeningReason: 'Het beeld is niet rond (test).', startedOn: amsterdamToday() });
    expectStatus(trajectory, 201, 'start trajectory');
    trajectoryId = trajectory.json().id;
    const experiment = await owner.post(`${c}/experiments`, experimentBody());
    expectStatus(experiment, 201, 'plan experiment');
    experimentId = experiment.json().id;
  }
  const fixture: JudgementFixture = {
    caseId, evidenceId: evidence.json().id, observationId: observation.json().id, hypothesisId: observation.json().hypothesisIds[0], anomalyId: anomaly.json().id, ownRowKey: own.json().key,
    trajectoryId, experimentId,
  };
  if (options.advice) expectStatus(await owner.put(`${c}/advice`, { lockVersion: null, content: adviceContent(fixture) }), 200, 'save advice draft');
  return fixture;
}
const experimentBody = () => ({
  title: 'Proefdag (test)', question: 'Houdt hij een ochtend vol?', hypothesisId: null, expectedSignals: 'Blijft tot het eind.', vulnerabilities: 'Faalangst.', safeguards: 'Stoppen mag altijd.',
  startsOn: amsterdamToday(), nextFeedbackOn: inDays(7),
});
const adviceContent = (f: JudgementFixture) => ({
  workTypes: [], schooling: null, guidance: null, risksAndSafeguards: null, uncertainties: null,
  endGoal: { text: 'Werk in de logistiek (test).', evidenceIds: [f.evidenceId], cellRefs: [] }, supportNeed: { text: 'Een vaste contactpersoon (test).', evidenceIds: [], cellRefs: [`s2:${f.ownRowKey}`] },
});
const judgementCases = new WeakMap<World, Promise<JudgementFixture>>();
/** One judgement case per world for the rows that only read. */
const sharedJudgementCase = (w: World) => {
  if (!judgementCases.has(w)) judgementCases.set(w, judgementCase(w));
  return judgementCases.get(w)!;
};
/** The judgement page read back by its owner: identical after a refused call, changed after an allowed one. */
const judgementView = async (w: World, f: { caseId: string }) => {
  const response = await w.clients.expertAssigned.get(`/api/cases/${f.caseId}/judgement`);
  expectStatus(response, 200, 'owner reads judgement back');
  return response.json();
};
const instrumentBody = () => ({
  name: `Leerbaarheidstest ${randomUUID().slice(0, 8)} (fictief)`, construct: 'Leervermogen', validationStatus: 'partly_validated', validationNote: null, provider: null, costCents: null, durationMinutes: 60, fitsWhen: null,
});
/** An instrument in organisation A's databank, by the assigned expert. */
const instrumentOfA = async (w: World): Promise<string> => {
  const created = await w.clients.expertAssigned.post('/api/instruments', instrumentBody());
  expectStatus(created, 201, 'add instrument');
  return created.json().id as string;
};
const instrumentRow = (w: World, id: string) => w.t.db.query('SELECT version, name, removed_at FROM instruments WHERE id = $1', [id]);

// ---- the report (issue 8) fixtures ----
/** A recorded reason: finalising a draft the client did not check needs one (it is never checked here). */
const UNCHECKED_REASON = 'De cliënt is in het gesprek gehoord; een schriftelijke controle was niet nodig (test).';
const LOGO_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
interface AssessmentFixture { caseId: string; reportId: string; lockVersion: number; partyId: string }
/** A report on `caseId` by the assigned expert, from organisation A's Poortwachter template: a draft, sent for the client's check, or finalised and sealed. */
async function assessmentReport(w: World, caseId: string, stage: 'draft' | 'in_check' | 'final'): Promise<AssessmentFixture> {
  const owner = w.clients.expertAssigned;
  const created = await owner.post(`/api/cases/${caseId}/reports`, { templateId: w.reportTemplateId });
  expectStatus(created, 201, 'start report');
  const reportId = created.json().id as string;
  const lockVersion = async () => {
    const detail = await owner.get(`/api/cases/${caseId}/reports/${reportId}`);
    expectStatus(detail, 200, 'owner reads report');
    return detail.json().current.lockVersion as number;
  };
  if (stage === 'in_check') expectStatus(await owner.post(`/api/cases/${caseId}/reports/${reportId}/check`, { lockVersion: await lockVersion(), withEmployer: false }), 201, 'send for check');
  if (stage === 'final') {
    expectStatus(await owner.post(`/api/cases/${caseId}/reports/${reportId}/finalise`, { lockVersion: await lockVersion(), reason: UNCHECKED_REASON, clientReactionSummary: null }), 200, 'finalise');
  }
  const page = await owner.get(`/api/cases/${caseId}`);
  expectStatus(page, 200, 'read case');
  return { caseId, reportId, lockVersion: await lockVersion(), partyId: page.json().parties[0].id };
}
/** A fresh case of the assigned expert, shared like case X (no notes, documents or contacts: the report rows need none), with a report at `stage`. */
async function assessmentCase(w: World, stage: 'draft' | 'in_check' | 'final'): Promise<AssessmentFixture> {
  const owner = w.clients.expertAssigned;
  const created = await owner.post('/api/cases', newCaseBody());
  expectStatus(created, 201, 'create case');
  const caseId = created.json().id as string;
  expectStatus(await owner.post(`/api/cases/${caseId}/shares`, { userId: w.users.expertShared.id }), 204, 'share case');
  return assessmentReport(w, caseId, stage);
}
const draftOfX = async (w: World): Promise<AssessmentFixture> => ({ caseId: w.caseX.caseId, reportId: w.reportX.draftId, lockVersion: w.reportX.draftLockVersion, partyId: w.caseX.partyId });
const finalOfX = async (w: World): Promise<AssessmentFixture> => ({ caseId: w.caseX.caseId, reportId: w.reportX.finalId, lockVersion: 0, partyId: w.caseX.partyId });
/** The report read back by its owner: identical after a refused call, changed after an allowed one. */
const assessmentView = async (w: World, f: AssessmentFixture) => {
  const response = await w.clients.expertAssigned.get(`/api/cases/${f.caseId}/reports/${f.reportId}`);
  expectStatus(response, 200, 'owner reads report back');
  return response.json();
};
const reportsOfCase = (w: World, f: { caseId: string }) => w.t.db.query('SELECT id FROM assessment_reports WHERE case_id = $1 ORDER BY id', [f.caseId]);
/** Organisation A's general template as its administrator sees it now (the version a page would be based on). */
const houseTemplate = async (w: World) => {
  const response = await w.clients.admin.get(`/api/report-templates/${w.houseTemplateId}`);
  expectStatus(response, 200, 'admin reads template');
  return response.json().current as { templateId: string; number: number; name: string; sections: unknown[]; letterheadLines: string[] };
};
const templateHistory = async (w: World) => {
  const response = await w.clients.admin.get(`/api/report-templates/${w.houseTemplateId}`);
  expectStatus(response, 200, 'admin reads template back');
  return response.json().history.map((v: { number: number }) => v.number);
};

const ALL_200: Expected /*                      */ = [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200];
const ALL_204: Expected /*                      */ = [204, 204, 204, 204, 204, 204, 204, 204, 204, 204, 204, 204];
const ALL_401: Expected /*                      */ = [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401];
const ALL_404: Expected /*                      */ = [404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404];
const PENDING_ONLY: Expected /*                 */ = [401, 200, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401];
const ENROLLING_ONLY: Expected /*               */ = [401, 401, 200, 401, 401, 401, 401, 401, 401, 401, 401, 401];
const WORKERS = (s: number): Expected /*        */ => [401, 401, 401, s, s, s, s, 403, s, s, s, 403];
const CASE_READERS: Expected /*                 */ = [401, 401, 401, 200, 200, 404, 200, 404, 404, 404, 404, 404];
const CASE_EDITORS = (s: number): Expected /*   */ => [401, 401, 401, s, s, 404, s, 404, 404, 404, 404, 404];
const PROFESSIONALS = (s: number): Expected /*  */ => [401, 401, 401, s, s, 404, 403, 404, 404, 404, 404, 404];
const ASSIGNED_ONLY = (s: number): Expected /*  */ => [401, 401, 401, s, 403, 404, 403, 404, 404, 404, 404, 404];
const PROF_DOWNLOAD: Expected /*                */ = [401, 401, 401, 200, 200, 404, 404, 404, 404, 404, 404, 404];
const ADMINS = (s: number): Expected /*         */ => [401, 401, 401, 403, 403, 403, 403, s, s, 403, 403, s];
const ADMINS_OF_A = (s: number): Expected /*    */ => [401, 401, 401, 403, 403, 403, 403, s, s, 403, 403, 404];
const SIGNED_IN = (s: number): Expected /*      */ => [401, 401, 401, s, s, s, s, s, s, s, s, s];
const QUALITY_VIEW: Expected /*                 */ = [401, 401, 401, 200, 200, 200, 403, 200, 200, 200, 403, 200];
/** The instrument databank and own factors (issue 7): labour experts and administrators, never office staff. */
const CATALOGUE = (s: number): Expected /*      */ => [401, 401, 401, s, s, s, 403, s, s, s, 403, s];
/** One instrument of organisation A: organisation B's callers do not find it. */
const CATALOGUE_OF_A = (s: number): Expected /* */ => [401, 401, 401, s, s, s, 403, s, s, 404, 403, 404];
/** A draft report (issue 8): the case's labour experts only; for office staff a report without a final version does not exist (404, as for a report that is not there). */
const DRAFT_READERS: Expected /*                */ = [401, 401, 401, 200, 200, 404, 404, 404, 404, 404, 404, 404];
/** Anything of organisation A that is no one's personal data (a template's logo): every signed-in member of A; organisation B does not find it. */
const MEMBERS_OF_A: Expected /*                 */ = [401, 401, 401, 200, 200, 200, 200, 200, 200, 404, 404, 404];

const ROWS: Row[] = [
  // ---- session and sign-in ----
  row({ method: 'GET', path: '/api/session', expected: ALL_200, setup: noFixture, call: (c) => c.get('/api/session') }),
  row({
    method: 'POST', path: '/api/auth/login', expected: ALL_200, freshSession: true, setup: noFixture,
    call: (c, _f, w) => c.post('/api/auth/login', { email: w.loginTarget.email, password: PASSWORD }),
  }),
  row({
    method: 'POST', path: '/api/auth/totp', expected: PENDING_ONLY, freshSession: true, setup: noFixture,
    call: async (c, _f, w, who) => {
      if (who.user) await w.t.db.query('UPDATE users SET totp_last_step = NULL WHERE id = $1', [who.user.id]);
      return c.post('/api/auth/totp', { code: who.user ? totpAt(who.user.totpSecret, Date.now()) : '123456' });
    },
  }),
  row({
    method: 'POST', path: '/api/auth/recovery', expected: PENDING_ONLY, freshSession: true, setup: noFixture,
    call: async (c, _f, w, who) => {
      const code = 'abcd-efgh-jkmn';
      if (who.user) await w.t.db.query('UPDATE users SET recovery_codes = $2 WHERE id = $1', [who.user.id, [hashRecoveryCode(code)]]);
      return c.post('/api/auth/recovery', { code });
    },
  }),
  row({ method: 'GET', path: '/api/auth/totp/enrolment', expected: ENROLLING_ONLY, freshSession: true, setup: noFixture, call: (c) => c.get('/api/auth/totp/enrolment') }),
  row({
    method: 'POST', path: '/api/auth/totp/enrolment', expected: ENROLLING_ONLY, freshSession: true, setup: noFixture,
    call: async (c) => {
      const enrolment = await c.get('/api/auth/totp/enrolment');
      const code = enrolment.statusCode === 200 ? totpAt(enrolment.json().secret, Date.now()) : '123456';
      return c.post('/api/auth/totp/enrolment', { code });
    },
  }),
  row({ method: 'POST', path: '/api/auth/logout', expected: ALL_204, freshSession: true, setup: noFixture, call: (c) => c.post('/api/auth/logout') }),
  // Dutch is every test user's language already: storing it again changes nothing for later rows.
  row({ method: 'PUT', path: '/api/me/language', expected: ALL_204, setup: noFixture, call: (c) => c.put('/api/me/language', { language: 'nl' }) }),

  // ---- organisation-level case routes ----
  row({ method: 'GET', path: '/api/cases', expected: WORKERS(200), setup: noFixture, call: (c) => c.get('/api/cases') }),
  row({
    method: 'POST', path: '/api/cases', expected: WORKERS(201), setup: noFixture,
    call: (c) => c.post('/api/cases', newCaseBody()),
    snapshot: (w) => countRows(w, 'cases'),
  }),
  row({ method: 'GET', path: '/api/colleagues', expected: WORKERS(200), setup: noFixture, call: (c) => c.get('/api/colleagues') }),

  // ---- one case and everything in it ----
  row<CaseFixture>({ method: 'GET', path: '/api/cases/{caseId}', expected: CASE_READERS, setup: sharedCase, call: (c, f) => c.get(`/api/cases/${f.caseId}`) }),
  row<CaseFixture>({
    method: 'PATCH', path: '/api/cases/{caseId}', expected: CASE_EDITORS(200), setup: freshCase, snapshot: ownerView,
    call: (c, f) => c.patch(`/api/cases/${f.caseId}`, { version: f.version, client: { phone: '06-99999999' }, assignment: { commissionerReference: 'GEWIJZIGD' } }),
  }),
  // Reassigning decides who sees the file. The policy says only the responsible expert decides that
  // (case.share); a colleague it was merely shared with must not be able to hand the case to a third
  // expert and lock the responsible one out. Office staff assign as part of registering cases.
  // The responsible expert who hands the case over loses sight of it: 204 without a page (docs/api.md).
  row<CaseFixture>({
    method: 'PATCH', path: '/api/cases/{caseId}', variant: 'reassign', expected: [401, 401, 401, 204, 403, 404, 200, 404, 404, 404, 404, 404], setup: freshCase, snapshot: officeView,
    call: (c, f, w) => c.patch(`/api/cases/${f.caseId}`, { version: f.version, assignedExpertId: w.users.expertOther.id }),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/status', expected: PROFESSIONALS(200), setup: freshCase, snapshot: ownerView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/status`, { version: f.version, to: 'intake' }),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/reopen', expected: PROFESSIONALS(200), snapshot: ownerView,
    setup: async (w) => completeCase(w.clients.expertAssigned, await freshCase(w)),
    call: (c, f) => c.post(`/api/cases/${f.caseId}/reopen`, { version: f.version, reason: 'Aanvullende vraag van de opdrachtgever' }),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/parties', expected: CASE_EDITORS(201), setup: freshCase, snapshot: ownerView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/parties`, { role: 'bedrijfsarts', name: 'Dr. B. Arts', organisation: 'Arbo B.V.' }),
  }),
  row<CaseFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/parties/{partyId}', expected: CASE_EDITORS(204), setup: freshCase, snapshot: ownerView,
    call: (c, f) => c.put(`/api/cases/${f.caseId}/parties/${f.partyId}`, { role: 'employer', name: 'Werkgever Gewijzigd B.V.' }),
  }),
  row<CaseFixture>({
    method: 'DELETE', path: '/api/cases/{caseId}/parties/{partyId}', expected: CASE_EDITORS(204), setup: freshCase, snapshot: ownerView,
    call: (c, f) => c.delete(`/api/cases/${f.caseId}/parties/${f.partyId}`),
  }),
  // ---- contact form (issue 3) ----
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/contacts', expected: PROFESSIONALS(201), setup: freshCase, snapshot: ownerView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/contacts`, contactBody({
      circumstances: circumstancesBody('checking_facts'), contactForm: 'phone', plannedAt: distinctSlot(slotCounter++), durationMinutes: 5, ...reasons,
    })),
  }),
  row<CaseFixture>({
    method: 'GET', path: '/api/cases/{caseId}/contacts/planning', expected: CASE_EDITORS(200), setup: sharedCase,
    call: (c, f) => c.get(`/api/cases/${f.caseId}/contacts/planning`),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/contacts/advice', expected: PROFESSIONALS(200), setup: sharedCase,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/contacts/advice`, { circumstances: circumstancesBody('workplace_investigation') }),
  }),
  row<CaseFixture>({
    method: 'GET', path: '/api/cases/{caseId}/contacts/{contactId}', expected: CASE_READERS, setup: sharedCase,
    call: (c, f) => c.get(`/api/cases/${f.caseId}/contacts/${f.contactId}`),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/contacts/{contactId}/form', expected: PROFESSIONALS(200), setup: freshCase, snapshot: ownerView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/contacts/${f.contactId}/form`, {
      version: f.contactVersion, contactForm: 'phone', channelId: null, circumstances: circumstancesBody('practical'), ...reasons, sendUpdate: false,
    }),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/contacts/{contactId}/consent', expected: CASE_EDITORS(201), setup: (w) => videoContact(w, false), snapshot: ownerView,
    call: (c, f, w) => c.post(`/api/cases/${f.caseId}/contacts/${f.contactId}/consent`, consentBody(w)),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/contacts/{contactId}/consent/withdraw', expected: CASE_EDITORS(204), setup: (w) => videoContact(w, true), snapshot: ownerView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/contacts/${f.contactId}/consent/withdraw`, { reason: 'Cliënt wil toch liever op kantoor.' }),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/contacts/{contactId}/invitation', expected: CASE_EDITORS(202), setup: freshCase, snapshot: ownerView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/contacts/${f.contactId}/invitation`),
  }),
  row<CaseFixture>({
    method: 'GET', path: '/api/cases/{caseId}/contact-decisions', expected: PROFESSIONALS(200), setup: sharedCase,
    call: (c, f) => c.get(`/api/cases/${f.caseId}/contact-decisions`),
  }),
  row<CaseFixture>({
    method: 'GET', path: '/api/cases/{caseId}/contact-justification', expected: PROFESSIONALS(200), setup: sharedCase,
    call: (c, f) => c.get(`/api/cases/${f.caseId}/contact-justification`),
  }),
  row<CaseFixture>({
    method: 'GET', path: '/api/cases/{caseId}/readiness', expected: CASE_EDITORS(200), setup: sharedCase,
    call: (c, f) => c.get(`/api/cases/${f.caseId}/readiness`),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/readiness', expected: CASE_EDITORS(201), setup: freshCase, snapshot: ownerView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/readiness`, {
      answeredBy: 'with_client', answers: { device: 'smartphone', connection: 'good', videoExperience: 'sometimes', helpAtHome: 'yes', hearing: 'good', reading: 'good' },
    }),
  }),
  row({
    method: 'POST', path: '/api/contact-advice', expected: ALL_200, setup: noFixture,
    call: (c) => c.post('/api/contact-advice', { ...circumstancesBody('first_contact'), medicalObstacle: undefined }),
  }),
  // ---- video call (issue 4) ----
  row({
    method: 'POST', path: '/api/call-links/status', expected: ALL_200, setup: noFixture,
    call: (c) => c.call({ method: 'POST', url: '/api/call-links/status', body: { token: 'x'.repeat(43) }, csrf: false }),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/contacts/{contactId}/call-links', expected: CASE_EDITORS(201), setup: (w) => videoContact(w, true),
    call: (c, f) => c.post(`/api/cases/${f.caseId}/contacts/${f.contactId}/call-links`, { role: 'employer', displayName: 'P. de Wit' }),
  }),
  row<CaseFixture>({
    method: 'GET', path: '/api/cases/{caseId}/contacts/{contactId}/call', expected: PROFESSIONALS(200), setup: sharedCase,
    call: (c, f) => c.get(`/api/cases/${f.caseId}/contacts/${f.contactId}/call`),
  }),
  // ---- portal (issue 5): staff doors, the public entry, and the portal session's own routes ----
  row<CaseFixture>({
    method: 'GET', path: '/api/cases/{caseId}/portal', expected: CASE_EDITORS(200), setup: sharedCase,
    call: (c, f) => c.get(`/api/cases/${f.caseId}/portal`),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/portal', expected: CASE_EDITORS(201), setup: freshCase, snapshot: (w, f) => w.t.db.query('SELECT count(*)::int AS n FROM portal_links l JOIN portal_access a ON a.id = l.access_id WHERE a.case_id = $1', [f.caseId]),
    call: (c, f) => c.post(`/api/cases/${f.caseId}/portal`, { audience: 'client', partyId: null }),
  }),
  row<CaseFixture & { accessId: string }>({
    method: 'POST', path: '/api/cases/{caseId}/portal/{accessId}/replace-link', expected: CASE_EDITORS(201), setup: portalDoor,
    snapshot: (w, f) => w.t.db.query('SELECT id, revoked_at FROM portal_links WHERE access_id = $1 ORDER BY id', [f.accessId]),
    call: (c, f) => c.post(`/api/cases/${f.caseId}/portal/${f.accessId}/replace-link`),
  }),
  row<CaseFixture & { accessId: string }>({
    method: 'POST', path: '/api/cases/{caseId}/portal/{accessId}/end-sessions', expected: CASE_EDITORS(204), setup: portalDoor,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/portal/${f.accessId}/end-sessions`),
  }),
  row<CaseFixture & { accessId: string }>({
    method: 'POST', path: '/api/cases/{caseId}/portal/{accessId}/documents', expected: CASE_EDITORS(204), setup: portalDoor,
    snapshot: (w, f) => w.t.db.query('SELECT document_id FROM portal_document_shares WHERE access_id = $1 ORDER BY document_id', [f.accessId]),
    call: (c, f) => c.post(`/api/cases/${f.caseId}/portal/${f.accessId}/documents`, { documentId: f.documentId }),
  }),
  row<CaseFixture & { accessId: string }>({
    method: 'DELETE', path: '/api/cases/{caseId}/portal/{accessId}/documents/{documentId}', expected: CASE_EDITORS(204),
    setup: async (w) => {
      const f = await portalDoor(w);
      expectStatus(await w.clients.expertAssigned.post(`/api/cases/${f.caseId}/portal/${f.accessId}/documents`, { documentId: f.documentId }), 204, 'share document');
      return f;
    },
    snapshot: (w, f) => w.t.db.query('SELECT document_id FROM portal_document_shares WHERE access_id = $1 ORDER BY document_id', [f.accessId]),
    call: (c, f) => c.delete(`/api/cases/${f.caseId}/portal/${f.accessId}/documents/${f.documentId}`),
  }),
  row({ method: 'GET', path: '/api/portal/documents', expected: ALL_401, setup: noFixture, call: (c) => c.get('/api/portal/documents') }),
  row<CaseFixture>({ method: 'GET', path: '/api/portal/documents/{documentId}/content', expected: ALL_401, setup: sharedCase, call: (c, f) => c.get(`/api/portal/documents/${f.documentId}/content`) }),
  row({
    method: 'POST', path: '/api/portal/start', expected: ALL_200, setup: noFixture,
    call: (c) => c.call({ method: 'POST', url: '/api/portal/start', body: { token: 'x'.repeat(43) }, csrf: false }),
  }),
  row({
    method: 'POST', path: '/api/portal/verify', expected: ALL_404, setup: noFixture,
    call: (c) => c.call({ method: 'POST', url: '/api/portal/verify', body: { token: 'x'.repeat(43), code: '123456' }, csrf: false }),
  }),
  // Staff sessions are no portal sessions: every portal route says "signed out" to them.
  row({ method: 'GET', path: '/api/portal/session', expected: ALL_401, setup: noFixture, call: (c) => c.get('/api/portal/session') }),
  row({ method: 'POST', path: '/api/portal/session/extend', expected: ALL_401, setup: noFixture, call: (c) => c.call({ method: 'POST', url: '/api/portal/session/extend', csrf: false }) }),
  row({ method: 'POST', path: '/api/portal/logout', expected: ALL_401, setup: noFixture, call: (c) => c.call({ method: 'POST', url: '/api/portal/logout', csrf: false }) }),
  row({ method: 'PUT', path: '/api/portal/language', expected: ALL_401, setup: noFixture, call: (c) => c.call({ method: 'PUT', url: '/api/portal/language', body: { language: 'en' }, csrf: false }) }),
  row({ method: 'GET', path: '/api/portal/contacts', expected: ALL_401, setup: noFixture, call: (c) => c.get('/api/portal/contacts') }),
  row({ method: 'GET', path: '/api/portal/privacy-notice', expected: ALL_401, setup: noFixture, call: (c) => c.get('/api/portal/privacy-notice') }),
  row<CaseFixture>({
    method: 'PUT', path: '/api/portal/contacts/{contactId}/preference', expected: ALL_401, setup: sharedCase,
    call: (c, f) => c.call({ method: 'PUT', url: `/api/portal/contacts/${f.contactId}/preference`, body: { form: 'video', reason: 'Reizen is zwaar.' }, csrf: false }),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/portal/contacts/{contactId}/consent', expected: ALL_401, setup: sharedCase,
    call: (c, f, w) => c.call({ method: 'POST', url: `/api/portal/contacts/${f.contactId}/consent`, body: { privacyNoticeId: w.privacyNoticeId }, csrf: false }),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/portal/contacts/{contactId}/consent/withdraw', expected: ALL_401, setup: sharedCase,
    call: (c, f) => c.call({ method: 'POST', url: `/api/portal/contacts/${f.contactId}/consent/withdraw`, body: { reason: null }, csrf: false }),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/portal/contacts/{contactId}/call-link', expected: ALL_401, setup: sharedCase,
    call: (c, f) => c.call({ method: 'POST', url: `/api/portal/contacts/${f.contactId}/call-link`, csrf: false }),
  }),
  // ---- Gezien & Gehoord (issue 5): the labour expert's work; the portal side has its own matrix below ----
  row({ method: 'GET', path: '/api/conversation/questions', expected: SIGNED_IN(200), setup: noFixture, call: (c) => c.get('/api/conversation/questions') }),
  row<CaseFixture>({ method: 'GET', path: '/api/cases/{caseId}/compass', expected: PROFESSIONALS(200), setup: sharedCase, call: (c, f) => c.get(`/api/cases/${f.caseId}/compass`) }),
  row<CaseFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/compass/{theme}', expected: PROFESSIONALS(200), setup: freshCase,
    snapshot: (w, f) => w.t.db.query('SELECT theme, body, version FROM compass_notes WHERE case_id = $1', [f.caseId]),
    call: (c, f) => c.put(`/api/cases/${f.caseId}/compass/experiences`, { contactId: null, body: 'Sinds maart thuis (test).', version: 0 }),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/alliance', expected: PROFESSIONALS(201), setup: freshCase,
    snapshot: (w, f) => w.t.db.query('SELECT count(*)::int AS n FROM alliance_reflections WHERE case_id = $1', [f.caseId]),
    call: (c, f) => c.post(`/api/cases/${f.caseId}/alliance`, { contactId: null, notes: { trust: 'Open gesprek (test).' }, frictionSignals: [] }),
  }),
  // ---- capacity against demands (issue 6) ----
  row({ method: 'GET', path: '/api/capacity/catalogues', expected: SIGNED_IN(200), setup: noFixture, call: (c) => c.get('/api/capacity/catalogues') }),
  row({ method: 'GET', path: '/api/capacity/catalogues/{catalogueId}', expected: SIGNED_IN(200), setup: noFixture, call: (c) => c.get('/api/capacity/catalogues/shipped') }),
  row({
    method: 'POST', path: '/api/admin/capacity-catalogues', expected: ADMINS(201), setup: noFixture,
    call: (c) => c.post('/api/admin/capacity-catalogues', catalogueBody(randomUUID())),
  }),
  row<CaseFixture>({ method: 'GET', path: '/api/cases/{caseId}/capacity', expected: PROFESSIONALS(200), setup: sharedCase, call: (c, f) => c.get(`/api/cases/${f.caseId}/capacity`) }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/fmls', expected: PROFESSIONALS(201), setup: freshCase,
    snapshot: (w, f) => w.t.db.query('SELECT count(*)::int AS n FROM fml_profiles WHERE case_id = $1', [f.caseId]),
    call: (c, f) => c.post(`/api/cases/${f.caseId}/fmls`, FML_BODY),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/fmls/import', expected: PROFESSIONALS(201), setup: freshCase,
    snapshot: (w, f) => w.t.db.query('SELECT count(*)::int AS n FROM fml_profiles WHERE case_id = $1', [f.caseId]),
    call: (c, f) => c.post(`/api/cases/${f.caseId}/fmls/import`, { catalogueId: 'shipped', text: 'datum;2026-05-01\nauteur;bedrijfsarts\ncode;waarde;eenheid\nI-1;1' }),
  }),
  row<CapacityFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/fmls/{fmlId}', expected: PROFESSIONALS(200), setup: capacityCase,
    snapshot: (w, f) => w.t.db.query('SELECT version, capacity FROM fml_profiles WHERE id = $1', [f.fmlId]),
    call: (c, f) => c.put(`/api/cases/${f.caseId}/fmls/${f.fmlId}`, { ...FML_BODY, catalogueId: undefined, version: 1, values: { 'I-1': { kind: 'ordinal', level: 2 } } }),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/job-profiles', expected: PROFESSIONALS(201), setup: freshCase,
    snapshot: (w, f) => w.t.db.query('SELECT count(*)::int AS n FROM job_profiles WHERE case_id = $1', [f.caseId]),
    call: (c, f) => c.post(`/api/cases/${f.caseId}/job-profiles`, PROFILE_BODY),
  }),
  row<CapacityFixture>({
    method: 'POST', path: '/api/cases/{caseId}/job-profiles/from-library', expected: PROFESSIONALS(201), setup: capacityCase,
    snapshot: (w, f) => w.t.db.query('SELECT count(*)::int AS n FROM job_profiles WHERE case_id = $1', [f.caseId]),
    call: (c, f) => c.post(`/api/cases/${f.caseId}/job-profiles/from-library`, { libraryId: f.libraryId, kind: 'work_elsewhere', name: 'Uit de bibliotheek (test)' }),
  }),
  row<CapacityFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/job-profiles/{profileId}', expected: PROFESSIONALS(200), setup: capacityCase,
    snapshot: (w, f) => w.t.db.query('SELECT version, name FROM job_profiles WHERE id = $1', [f.profileId]),
    call: (c, f) => c.put(`/api/cases/${f.caseId}/job-profiles/${f.profileId}`, { ...PROFILE_BODY, catalogueId: undefined, version: 1, name: 'Hernoemd (test)' }),
  }),
  row<CapacityFixture>({
    method: 'DELETE', path: '/api/cases/{caseId}/job-profiles/{profileId}', expected: PROFESSIONALS(204), setup: capacityCase,
    snapshot: (w, f) => w.t.db.query('SELECT removed_at FROM job_profiles WHERE id = $1', [f.profileId]),
    call: (c, f) => c.delete(`/api/cases/${f.caseId}/job-profiles/${f.profileId}`),
  }),
  row<CapacityFixture>({
    method: 'POST', path: '/api/cases/{caseId}/job-profiles/{profileId}/copy', expected: PROFESSIONALS(201), setup: capacityCase,
    snapshot: (w, f) => w.t.db.query('SELECT count(*)::int AS n FROM job_profiles WHERE case_id = $1', [f.caseId]),
    call: (c, f) => c.post(`/api/cases/${f.caseId}/job-profiles/${f.profileId}/copy`, { kind: 'adapted_own_job', name: 'Aangepast (test)' }),
  }),
  row<CapacityFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/job-profiles/{profileId}/cells/{itemCode}', expected: PROFESSIONALS(204), setup: capacityCase,
    snapshot: (w, f) => w.t.db.query('SELECT note FROM capacity_cells WHERE profile_id = $1', [f.profileId]),
    call: (c, f) => c.put(`/api/cases/${f.caseId}/job-profiles/${f.profileId}/cells/I-1`, { note: 'Besproken (test).', override: null }),
  }),
  row<CapacityFixture>({
    method: 'POST', path: '/api/cases/{caseId}/job-profiles/{profileId}/conclusions', expected: PROFESSIONALS(201), setup: capacityCase,
    snapshot: (w, f) => w.t.db.query('SELECT count(*)::int AS n FROM profile_conclusions WHERE profile_id = $1', [f.profileId]),
    call: (c, f) => c.post(`/api/cases/${f.caseId}/job-profiles/${f.profileId}/conclusions`, { fmlId: f.fmlId, conclusion: 'not_yet_judgeable', reasoning: 'Nog geen werkplekonderzoek (test).' }),
  }),
  row({ method: 'GET', path: '/api/job-profile-library', expected: [401, 401, 401, 200, 200, 200, 403, 403, 200, 200, 403, 403], setup: noFixture, call: (c) => c.get('/api/job-profile-library') }),
  row<CapacityFixture>({
    method: 'POST', path: '/api/cases/{caseId}/job-profiles/{profileId}/library', expected: [401, 401, 401, 201, 201, 404, 403, 403, 404, 404, 403, 403], setup: capacityCase,
    snapshot: (w) => w.t.db.query('SELECT count(*)::int AS n FROM job_profiles WHERE organisation_id = $1 AND case_id IS NULL', [w.orgA]),
    call: (c, f) => c.post(`/api/cases/${f.caseId}/job-profiles/${f.profileId}/library`, { name: 'Bibliotheekprofiel (test)', description: null }),
  }),
  row<CapacityFixture>({
    method: 'DELETE', path: '/api/job-profile-library/{libraryId}', expected: [401, 401, 401, 204, 204, 204, 403, 403, 204, 404, 403, 403], setup: capacityCase,
    snapshot: (w, f) => w.t.db.query('SELECT removed_at FROM job_profiles WHERE id = $1', [f.libraryId]),
    call: (c, f) => c.delete(`/api/job-profile-library/${f.libraryId}`),
  }),
  row<CaseFixture>({ method: 'GET', path: '/api/cases/{caseId}/alliance', expected: PROFESSIONALS(200), setup: sharedCase, call: (c, f) => c.get(`/api/cases/${f.caseId}/alliance`) }),
  row<CaseFixture>({ method: 'GET', path: '/api/cases/{caseId}/conversation-reports', expected: PROFESSIONALS(200), setup: sharedCase, call: (c, f) => c.get(`/api/cases/${f.caseId}/conversation-reports`) }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/conversation-reports', expected: PROFESSIONALS(201), setup: freshCase,
    snapshot: (w, f) => w.t.db.query('SELECT count(*)::int AS n FROM conversation_reports WHERE case_id = $1', [f.caseId]),
    call: (c, f) => c.post(`/api/cases/${f.caseId}/conversation-reports`, { contactId: null, title: 'Verslag (test)' }),
  }),
  row<ReportFixture>({ method: 'GET', path: '/api/cases/{caseId}/conversation-reports/{reportId}', expected: PROFESSIONALS(200), setup: (w) => reportCase(w, 'draft'), call: (c, f) => c.get(`/api/cases/${f.caseId}/conversation-reports/${f.reportId}`) }),
  row<ReportFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/conversation-reports/{reportId}/draft', expected: PROFESSIONALS(200), setup: (w) => reportCase(w, 'draft'), snapshot: reportView,
    call: (c, f) => c.put(`/api/cases/${f.caseId}/conversation-reports/${f.reportId}/draft`, { lockVersion: f.lockVersion, paragraphs: [{ id: 'p1', theme: null, text: 'Gewijzigd (test).', forEmployer: false }] }),
  }),
  row<ReportFixture>({
    method: 'POST', path: '/api/cases/{caseId}/conversation-reports/{reportId}/share', expected: PROFESSIONALS(204), setup: (w) => reportCase(w, 'draft'), snapshot: reportView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/conversation-reports/${f.reportId}/share`, { withEmployer: false }),
  }),
  row<ReportFixture>({
    method: 'POST', path: '/api/cases/{caseId}/conversation-reports/{reportId}/comments/{commentId}/processing', expected: PROFESSIONALS(204), setup: (w) => reportCase(w, 'reacted'), snapshot: reportView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/conversation-reports/${f.reportId}/comments/${f.commentId}/processing`, { decision: 'adopted', explanation: '' }),
  }),
  row<ReportFixture>({
    method: 'POST', path: '/api/cases/{caseId}/conversation-reports/{reportId}/versions', expected: PROFESSIONALS(201), setup: (w) => reportCase(w, 'shared'), snapshot: reportView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/conversation-reports/${f.reportId}/versions`, { changeNote: 'Nieuwe versie (test).' }),
  }),
  row<ReportFixture>({
    method: 'POST', path: '/api/cases/{caseId}/conversation-reports/{reportId}/finalise', expected: PROFESSIONALS(204), setup: (w) => reportCase(w, 'draft'), snapshot: reportView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/conversation-reports/${f.reportId}/finalise`),
  }),
  row<CaseFixture>({ method: 'GET', path: '/api/cases/{caseId}/evaluations', expected: PROFESSIONALS(200), setup: sharedCase, call: (c, f) => c.get(`/api/cases/${f.caseId}/evaluations`) }),
  row({ method: 'GET', path: '/api/evaluation-overview', expected: QUALITY_VIEW, setup: noFixture, call: (c) => c.get('/api/evaluation-overview') }),
  row({ method: 'GET', path: '/api/portal/readiness', expected: ALL_401, setup: noFixture, call: (c) => c.get('/api/portal/readiness') }),
  row({ method: 'PUT', path: '/api/portal/readiness', expected: ALL_401, setup: noFixture, call: (c) => c.call({ method: 'PUT', url: '/api/portal/readiness', body: { answers: READINESS_ANSWERS }, csrf: false }) }),
  row({ method: 'GET', path: '/api/portal/worksheet', expected: ALL_401, setup: noFixture, call: (c) => c.get('/api/portal/worksheet') }),
  row({ method: 'PUT', path: '/api/portal/worksheet', expected: ALL_401, setup: noFixture, call: (c) => c.call({ method: 'PUT', url: '/api/portal/worksheet', body: { entries: [{ theme: 'needs', body: 'x', version: 0 }] }, csrf: false }) }),
  row({ method: 'GET', path: '/api/portal/evaluations', expected: ALL_401, setup: noFixture, call: (c) => c.get('/api/portal/evaluations') }),
  row<CaseFixture>({
    method: 'POST', path: '/api/portal/contacts/{contactId}/evaluation', expected: ALL_401, setup: sharedCase,
    call: (c, f) => c.call({ method: 'POST', url: `/api/portal/contacts/${f.contactId}/evaluation`, body: { feltHeard: 'yes', clearWhatNext: 'yes', formRight: 'yes', comment: null }, csrf: false }),
  }),
  row({ method: 'GET', path: '/api/portal/reports', expected: ALL_401, setup: noFixture, call: (c) => c.get('/api/portal/reports') }),
  row<ReportFixture>({ method: 'GET', path: '/api/portal/reports/{reportId}', expected: ALL_401, setup: (w) => reportCase(w, 'shared'), call: (c, f) => c.get(`/api/portal/reports/${f.reportId}`) }),
  row<ReportFixture>({
    method: 'POST', path: '/api/portal/reports/{reportId}/versions/{versionId}/reaction', expected: ALL_401, setup: (w) => reportCase(w, 'shared'),
    call: (c, f) => c.call({ method: 'POST', url: `/api/portal/reports/${f.reportId}/versions/${f.versionId}/reaction`, body: { items: [], additions: ['Mist iets.'] }, csrf: false }),
  }),
  row({ method: 'GET', path: '/api/contact-rule-sets/current', expected: SIGNED_IN(200), setup: noFixture, call: (c) => c.get('/api/contact-rule-sets/current') }),
  row({ method: 'GET', path: '/api/contact-oversight', expected: QUALITY_VIEW, setup: noFixture, call: (c) => c.get('/api/contact-oversight') }),
  row({ method: 'GET', path: '/api/admin/contact-rule-sets', expected: ADMINS(200), setup: noFixture, call: (c) => c.get('/api/admin/contact-rule-sets') }),
  row({ method: 'GET', path: '/api/admin/contact-rule-sets/{ruleSetId}', expected: ADMINS(200), setup: noFixture, call: (c) => c.get('/api/admin/contact-rule-sets/seed') }),
  row({
    method: 'POST', path: '/api/admin/contact-rule-sets', expected: ADMINS(201), setup: noFixture, snapshot: (w) => countRows(w, 'contact_rule_sets'),
    call: (c) => c.post('/api/admin/contact-rule-sets', { version: `v-${randomUUID().slice(0, 8)}`, effectiveFrom: '2026-11-01', rules: SEED_000_RULE_SET.rules, changeNote: 'Ongewijzigd (test).' }),
  }),
  row({ method: 'GET', path: '/api/admin/contact-settings', expected: ADMINS(200), setup: noFixture, call: (c) => c.get('/api/admin/contact-settings') }),
  row({
    method: 'PUT', path: '/api/admin/contact-settings', expected: ADMINS(200), setup: noFixture,
    snapshot: (w) => w.t.db.query('SELECT organisation_id, contact_phone FROM contact_settings ORDER BY organisation_id'),
    call: (c) => c.put('/api/admin/contact-settings', { officeDays: [1, 2, 3, 4, 5], officeStart: '08:30', officeEnd: '17:30', minLeadHours: 24, warnUnequalChannels: true, reminderHours: 48, contactEmail: null, contactPhone: `030-${randomUUID().slice(0, 6)}` }),
  }),
  row({ method: 'GET', path: '/api/admin/contact-channels', expected: ADMINS(200), setup: noFixture, call: (c) => c.get('/api/admin/contact-channels') }),
  row({
    method: 'POST', path: '/api/admin/contact-channels', expected: ADMINS(201), setup: noFixture, snapshot: (w) => countRows(w, 'contact_channels'),
    call: (c) => c.post('/api/admin/contact-channels', channelBody),
  }),
  row<string>({
    method: 'PUT', path: '/api/admin/contact-channels/{channelId}', expected: ADMINS_OF_A(200), snapshot: adminView('/api/admin/contact-channels'),
    setup: async (w) => {
      const created = await w.clients.admin.post('/api/admin/contact-channels', channelBody);
      expectStatus(created, 201, 'create channel');
      return created.json().id as string;
    },
    call: (c, id) => c.put(`/api/admin/contact-channels/${id}`, { ...channelBody, name: 'Teams (hernoemd)' }),
  }),
  row({ method: 'GET', path: '/api/admin/privacy-notices', expected: ADMINS(200), setup: noFixture, call: (c) => c.get('/api/admin/privacy-notices') }),
  row({
    method: 'POST', path: '/api/admin/privacy-notices', expected: ADMINS(201), setup: noFixture, snapshot: (w) => countRows(w, 'privacy_notices'),
    call: (c) => c.post('/api/admin/privacy-notices', { bodyNl: 'Nieuwe versie (test).', bodyEn: 'New version (test).' }),
  }),
  row({ method: 'GET', path: '/api/admin/outbox', expected: ADMINS(200), setup: noFixture, call: (c) => c.get('/api/admin/outbox') }),
  row<CaseFixture>({
    method: 'PATCH', path: '/api/cases/{caseId}/contacts/{contactId}', variant: 'reschedule', expected: CASE_EDITORS(204), setup: freshCase, snapshot: ownerView,
    call: (c, f) => c.patch(`/api/cases/${f.caseId}/contacts/${f.contactId}`, contactPatch(f)),
  }),
  row<CaseFixture>({
    method: 'PATCH', path: '/api/cases/{caseId}/contacts/{contactId}', variant: 'record as held', expected: PROFESSIONALS(204), setup: freshCase, snapshot: ownerView,
    call: (c, f) => c.patch(`/api/cases/${f.caseId}/contacts/${f.contactId}`, { version: f.contactVersion, state: 'held', heldAt: '2026-09-01T09:05:00Z' }),
  }),
  // Recording that a contact took place is the professional's act (store.ts, updateContact); undoing
  // that record (held → planned wipes heldAt) is the same act, so office staff may not do it either.
  row<CaseFixture>({
    method: 'PATCH', path: '/api/cases/{caseId}/contacts/{contactId}', variant: 'un-record a held contact', expected: PROFESSIONALS(204), snapshot: ownerView,
    setup: async (w) => {
      const f = await freshCase(w);
      const held = await w.clients.expertAssigned.patch(`/api/cases/${f.caseId}/contacts/${f.contactId}`, { version: f.contactVersion, state: 'held', heldAt: '2026-09-01T09:05:00Z' });
      expectStatus(held, 204, 'record contact as held');
      return { ...f, contactVersion: f.contactVersion + 1 };
    },
    call: (c, f) => c.patch(`/api/cases/${f.caseId}/contacts/${f.contactId}`, { version: f.contactVersion, state: 'planned' }),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/notes', variant: 'ordinary', expected: CASE_EDITORS(201), setup: freshCase, snapshot: ownerView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/notes`, { body: 'Cliënt belde terug.', professionalOnly: false }),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/notes', variant: 'professional-only', expected: PROFESSIONALS(201), setup: freshCase, snapshot: ownerView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/notes`, { body: 'Werkhypothese: belastbaarheid overschat.', professionalOnly: true }),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/documents', variant: 'ordinary', expected: CASE_EDITORS(201), setup: freshCase, snapshot: ownerView,
    call: (c, f) => upload(c, f.caseId, false),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/documents', variant: 'professional-only', expected: PROFESSIONALS(201), setup: freshCase, snapshot: ownerView,
    call: (c, f) => upload(c, f.caseId, true),
  }),
  row<CaseFixture>({
    method: 'GET', path: '/api/cases/{caseId}/documents/{documentId}/content', variant: 'ordinary', expected: CASE_READERS, setup: sharedCase,
    call: (c, f) => c.get(`/api/cases/${f.caseId}/documents/${f.documentId}/content`),
  }),
  row<CaseFixture>({
    method: 'GET', path: '/api/cases/{caseId}/documents/{documentId}/content', variant: 'professional-only', expected: PROF_DOWNLOAD, setup: sharedCase,
    call: (c, f) => c.get(`/api/cases/${f.caseId}/documents/${f.professionalDocumentId}/content`),
  }),
  row<CaseFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/deadlines/{deadlineId}', expected: CASE_EDITORS(204), setup: freshCase, snapshot: ownerView,
    call: (c, f) => c.put(`/api/cases/${f.caseId}/deadlines/${f.deadlineId}`, { completed: true }),
  }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/shares', expected: ASSIGNED_ONLY(204), setup: freshCase, snapshot: ownerView,
    call: (c, f, w) => c.post(`/api/cases/${f.caseId}/shares`, { userId: w.users.expertOther.id }),
  }),
  row<CaseFixture>({
    method: 'DELETE', path: '/api/cases/{caseId}/shares/{userId}', expected: ASSIGNED_ONLY(204), setup: freshCase, snapshot: ownerView,
    call: (c, f, w) => c.delete(`/api/cases/${f.caseId}/shares/${w.users.expertShared.id}`),
  }),

  // ---- wage value and subsidy (issue 6): the labour expert's work on the case; the WML amounts are the administrator's ----
  row<CaseFixture>({ method: 'GET', path: '/api/cases/{caseId}/wage-values', expected: PROFESSIONALS(200), setup: sharedCase, call: (c, f) => c.get(`/api/cases/${f.caseId}/wage-values?on=2025-07-01`) }),
  row<{ caseId: string }>({
    method: 'POST', path: '/api/cases/{caseId}/wage-values', expected: PROFESSIONALS(201), setup: participatiewetCase,
    snapshot: (w, f) => w.t.db.query('SELECT count(*)::int AS n FROM wage_value_measurements WHERE case_id = $1', [f.caseId]),
    call: (c, f) => c.post(`/api/cases/${f.caseId}/wage-values`, wageValueBody),
  }),
  row({ method: 'GET', path: '/api/admin/wml-rates', expected: ADMINS(200), setup: noFixture, call: (c) => c.get('/api/admin/wml-rates') }),
  row<string>({
    method: 'POST', path: '/api/admin/wml-rates', expected: ADMINS(201), setup: freshWmlDate, snapshot: (w) => countRows(w, 'wml_rates'),
    call: (c, validFrom) => c.post('/api/admin/wml-rates', { validFrom, hourlyCents: 1500, holidayPayPercent: 8, source: 'Fictief bedrag (test)' }),
  }),

  // ---- explicit judgement (issue 7): the professional's own work on the case; the shared sources also for office staff ----
  row<JudgementFixture>({ method: 'GET', path: '/api/cases/{caseId}/judgement', expected: PROFESSIONALS(200), setup: sharedJudgementCase, call: (c, f) => c.get(`/api/cases/${f.caseId}/judgement`) }),
  row<JudgementFixture>({ method: 'GET', path: '/api/cases/{caseId}/sources', expected: CASE_EDITORS(200), setup: sharedJudgementCase, call: (c, f) => c.get(`/api/cases/${f.caseId}/sources`) }),
  row<JudgementFixture>({
    method: 'POST', path: '/api/cases/{caseId}/evidence', expected: PROFESSIONALS(201), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/evidence`, evidenceBody('Nieuwe bron (test)')),
  }),
  row<JudgementFixture>({ method: 'GET', path: '/api/cases/{caseId}/evidence/{evidenceId}', expected: PROFESSIONALS(200), setup: sharedJudgementCase, call: (c, f) => c.get(`/api/cases/${f.caseId}/evidence/${f.evidenceId}`) }),
  row<JudgementFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/evidence/{evidenceId}', expected: PROFESSIONALS(200), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.put(`/api/cases/${f.caseId}/evidence/${f.evidenceId}`, { ...evidenceBody('Gewijzigde bron (test)'), professionalOnly: true, version: 1 }),
  }),
  row<JudgementFixture>({
    method: 'POST', path: '/api/cases/{caseId}/evidence/{evidenceId}/withdraw', expected: PROFESSIONALS(204), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/evidence/${f.evidenceId}/withdraw`, { reason: 'Ging over een andere cliënt (test).' }),
  }),
  row<JudgementFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/coverage/{theme}', expected: PROFESSIONALS(200), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.put(`/api/cases/${f.caseId}/coverage/work_history`, { state: 'explored', note: 'Besproken (test).', noteIds: [], evidenceIds: [f.evidenceId], version: 0 }),
  }),
  row<JudgementFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/schema1/{theme}/{category}', expected: PROFESSIONALS(200), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.put(`/api/cases/${f.caseId}/schema1/work_history/burdening`, { body: 'Korte uitzendbanen (test).', evidenceIds: [f.evidenceId], version: 0 }),
  }),
  row<JudgementFixture>({
    method: 'POST', path: '/api/cases/{caseId}/schema2', expected: PROFESSIONALS(201), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/schema2`, { label: 'Nog een eigen rij (test)', supportNeed: 'Werkplek dicht bij huis.', workImplications: null, basis: null, evidenceIds: [] }),
  }),
  row<JudgementFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/schema2/{rowKey}', expected: PROFESSIONALS(200), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.put(`/api/cases/${f.caseId}/schema2/social_communicating`, { label: null, supportNeed: 'Kleine, vaste groep (test).', workImplications: null, basis: null, evidenceIds: [f.evidenceId], version: 0 }),
  }),
  row<JudgementFixture>({
    method: 'DELETE', path: '/api/cases/{caseId}/schema2/{rowKey}', expected: PROFESSIONALS(204), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.delete(`/api/cases/${f.caseId}/schema2/${f.ownRowKey}`),
  }),
  row<JudgementFixture>({
    method: 'POST', path: '/api/cases/{caseId}/observations', expected: PROFESSIONALS(201), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/observations`, { body: 'Vermijdt groepen (test)', discriminator: null, evidenceIds: [f.evidenceId], hypotheses: [hypothesisBody] }),
  }),
  row<JudgementFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/observations/{observationId}', expected: PROFESSIONALS(200), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.put(`/api/cases/${f.caseId}/observations/${f.observationId}`, { body: 'Veel korte banen, steeds via uitzendbureaus (test)', discriminator: 'Gesprek met het uitzendbureau.', evidenceIds: [], version: 1 }),
  }),
  row<JudgementFixture>({
    method: 'POST', path: '/api/cases/{caseId}/observations/{observationId}/hypotheses', expected: PROFESSIONALS(201), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/observations/${f.observationId}/hypotheses`, { ...hypothesisBody, explanation: 'Seizoenswerk (test)' }),
  }),
  row<JudgementFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/hypotheses/{hypothesisId}', expected: PROFESSIONALS(200), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.put(`/api/cases/${f.caseId}/hypotheses/${f.hypothesisId}`, { ...hypothesisBody, status: 'supported', statusArgument: 'Twee werkgevers noemen hetzelfde (test).', evidenceFor: [f.evidenceId], version: 1 }),
  }),
  row<JudgementFixture>({
    method: 'POST', path: '/api/cases/{caseId}/anomalies', expected: PROFESSIONALS(201), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/anomalies`, { kind: 'inconsistency', description: '“Niets aan de hand” tegenover vermijden (test).', evidenceIds: [f.evidenceId], observationId: f.observationId }),
  }),
  row<JudgementFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/anomalies/{anomalyId}', expected: PROFESSIONALS(200), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.put(`/api/cases/${f.caseId}/anomalies/${f.anomalyId}`, { kind: 'inconsistency', description: 'Gewijzigd (test).', evidenceIds: [], observationId: null, version: 1 }),
  }),
  row<JudgementFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/anomalies/{anomalyId}/explanation', expected: PROFESSIONALS(200), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.put(`/api/cases/${f.caseId}/anomalies/${f.anomalyId}/explanation`, { explanation: 'Het werk kwam via uitzendbureaus (test).', version: 1 }),
  }),
  row<JudgementFixture>({
    method: 'POST', path: '/api/cases/{caseId}/placements', expected: PROFESSIONALS(201), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/placements`, { willingness: -1, ability: 0, argument: 'Komt afspraken niet na, drie keer op rij (test).', evidenceIds: [f.evidenceId] }),
  }),
  row<JudgementFixture>({
    method: 'POST', path: '/api/cases/{caseId}/trajectories', expected: PROFESSIONALS(201), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/trajectories`, { screeningReason: 'Eerst uitproberen wat hij aankan (test).', startedOn: amsterdamToday() }),
  }),
  row<JudgementFixture>({
    method: 'POST', path: '/api/cases/{caseId}/trajectories/{trajectoryId}/end', expected: PROFESSIONALS(204), setup: (w) => judgementCase(w, { trajectory: true }), snapshot: judgementView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/trajectories/${f.trajectoryId}/end`, { endedOn: amsterdamToday(), endNote: 'Doel bereikt, traject afgesloten (test).' }),
  }),
  row<JudgementFixture>({
    method: 'POST', path: '/api/cases/{caseId}/experiments', expected: PROFESSIONALS(201), setup: (w) => judgementCase(w, { trajectory: true }), snapshot: judgementView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/experiments`, { ...experimentBody(), title: 'Tweede proefdag (test)' }),
  }),
  row<JudgementFixture>({
    method: 'POST', path: '/api/cases/{caseId}/experiments/{experimentId}/checkpoints', expected: PROFESSIONALS(201), setup: (w) => judgementCase(w, { trajectory: true }), snapshot: judgementView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/experiments/${f.experimentId}/checkpoints`, {
      heldOn: amsterdamToday(), successExperiences: 'Was op tijd (test).', failureExperiences: null, interventionStyles: ['small_steps'], pictureChanges: null, decision: 'continue', nextFeedbackOn: inDays(7),
    }),
  }),
  row<JudgementFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/advice', expected: PROFESSIONALS(200), setup: (w) => judgementCase(w), snapshot: judgementView,
    call: (c, f) => c.put(`/api/cases/${f.caseId}/advice`, { lockVersion: null, content: adviceContent(f) }),
  }),
  row<JudgementFixture>({
    method: 'POST', path: '/api/cases/{caseId}/advice/finalise', expected: PROFESSIONALS(200), setup: (w) => judgementCase(w, { advice: true }), snapshot: judgementView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/advice/finalise`, {
      lockVersion: 1, answers: { counter_arguments: 'De school twijfelt (test).', change_conditions: null, open_hypotheses: null, assumptions_and_gaps: null, expertise_boundary: null },
    }),
  }),
  // The organisation's factors and instrument databank: shared work material of labour experts and administrators; rating is the profession's.
  row({ method: 'GET', path: '/api/judgement/factors', expected: CATALOGUE(200), setup: noFixture, call: (c) => c.get('/api/judgement/factors') }),
  row({
    method: 'POST', path: '/api/judgement/factors', expected: CATALOGUE(201), setup: noFixture, snapshot: (w) => countRows(w, 'judgement_factors'),
    call: (c) => c.post('/api/judgement/factors', { group: 'skills', labelNl: `Digitale vaardigheden ${randomUUID().slice(0, 8)}`, labelEn: 'Digital skills (test)', icfCode: null }),
  }),
  row({ method: 'GET', path: '/api/instruments', expected: CATALOGUE(200), setup: noFixture, call: (c) => c.get('/api/instruments') }),
  row({ method: 'POST', path: '/api/instruments', expected: CATALOGUE(201), setup: noFixture, snapshot: (w) => countRows(w, 'instruments'), call: (c) => c.post('/api/instruments', instrumentBody()) }),
  row<string>({
    method: 'PUT', path: '/api/instruments/{instrumentId}', expected: CATALOGUE_OF_A(200), setup: instrumentOfA, snapshot: instrumentRow,
    call: (c, id) => c.put(`/api/instruments/${id}`, { ...instrumentBody(), version: 1 }),
  }),
  row<string>({ method: 'DELETE', path: '/api/instruments/{instrumentId}', expected: CATALOGUE_OF_A(204), setup: instrumentOfA, snapshot: instrumentRow, call: (c, id) => c.delete(`/api/instruments/${id}`) }),
  row<string>({
    method: 'PUT', path: '/api/instruments/{instrumentId}/rating', expected: [401, 401, 401, 204, 204, 204, 403, 403, 204, 404, 403, 403], setup: instrumentOfA,
    snapshot: (w, id) => w.t.db.query('SELECT user_id, rating, comment FROM instrument_ratings WHERE instrument_id = $1 ORDER BY user_id', [id]),
    call: (c, id) => c.put(`/api/instruments/${id}/rating`, { rating: 4, comment: 'Bruikbaar (test).' }),
  }),
  row({ method: 'GET', path: '/api/portal/sources', expected: ALL_401, setup: noFixture, call: (c) => c.get('/api/portal/sources') }),

  // ---- the report (issue 8): templates are the administrator's; drafts the case's labour experts'; a sealed report also office staff's to send ----
  row({ method: 'GET', path: '/api/report-templates', expected: ADMINS(200), setup: noFixture, call: (c) => c.get('/api/report-templates') }),
  row({ method: 'GET', path: '/api/report-templates/{templateId}', expected: ADMINS_OF_A(200), setup: noFixture, call: (c, _f, w) => c.get(`/api/report-templates/${w.houseTemplateId}`) }),
  row<Awaited<ReturnType<typeof houseTemplate>>>({
    method: 'PUT', path: '/api/report-templates/{templateId}', expected: ADMINS_OF_A(200), setup: houseTemplate, snapshot: templateHistory,
    call: (c, f) => c.put(`/api/report-templates/${f.templateId}`, { name: f.name, sections: f.sections, letterheadLines: ['Stationsplein 1', '3511 AA Utrecht'], changeNote: 'Briefhoofd bijgewerkt (test).', basedOn: f.number }),
  }),
  row<Awaited<ReturnType<typeof houseTemplate>>>({
    method: 'PUT', path: '/api/report-templates/{templateId}/logo', expected: ADMINS_OF_A(200), setup: houseTemplate, snapshot: templateHistory,
    call: (c, f) => c.call({ method: 'PUT', url: `/api/report-templates/${f.templateId}/logo?basedOn=${f.number}`, payload: LOGO_PNG, headers: { 'content-type': 'image/png' } }),
  }),
  row<Awaited<ReturnType<typeof houseTemplate>>>({
    method: 'DELETE', path: '/api/report-templates/{templateId}/logo', expected: ADMINS_OF_A(200), setup: houseTemplate, snapshot: templateHistory,
    call: (c, f) => c.delete(`/api/report-templates/${f.templateId}/logo?basedOn=${f.number}`),
  }),
  // The logo route does not check `report.templates` (store.templateLogo): any signed-in member of the organisation may fetch a logo.
  row({
    method: 'GET', path: '/api/report-templates/{templateId}/versions/{number}/logo', expected: MEMBERS_OF_A, setup: noFixture,
    call: (c, _f, w) => c.get(`/api/report-templates/${w.houseTemplateId}/versions/${w.logoVersion}/logo`),
  }),
  row<CaseFixture>({ method: 'GET', path: '/api/cases/{caseId}/report-templates', expected: PROFESSIONALS(200), setup: sharedCase, call: (c, f) => c.get(`/api/cases/${f.caseId}/report-templates`) }),
  // Office staff get the list too, with the final reports only (see "office staff see sealed reports only" below).
  row<CaseFixture>({ method: 'GET', path: '/api/cases/{caseId}/reports', expected: CASE_EDITORS(200), setup: sharedCase, call: (c, f) => c.get(`/api/cases/${f.caseId}/reports`) }),
  row<CaseFixture>({
    method: 'POST', path: '/api/cases/{caseId}/reports', expected: PROFESSIONALS(201), setup: freshCase, snapshot: reportsOfCase,
    call: (c, f, w) => c.post(`/api/cases/${f.caseId}/reports`, { templateId: w.reportTemplateId }),
  }),
  row<AssessmentFixture>({ method: 'GET', path: '/api/cases/{caseId}/reports/{reportId}', variant: 'draft', expected: DRAFT_READERS, setup: draftOfX, call: (c, f) => c.get(`/api/cases/${f.caseId}/reports/${f.reportId}`) }),
  row<AssessmentFixture>({ method: 'GET', path: '/api/cases/{caseId}/reports/{reportId}', variant: 'final', expected: CASE_READERS, setup: finalOfX, call: (c, f) => c.get(`/api/cases/${f.caseId}/reports/${f.reportId}`) }),
  row<AssessmentFixture>({
    method: 'PUT', path: '/api/cases/{caseId}/reports/{reportId}/sections/{index}', expected: PROFESSIONALS(200), setup: (w) => assessmentCase(w, 'draft'), snapshot: assessmentView,
    call: (c, f) => c.put(`/api/cases/${f.caseId}/reports/${f.reportId}/sections/0`, { lockVersion: f.lockVersion, paragraphs: [{ id: 'eigen-1', text: 'Eigen tekst van de arbeidsdeskundige (test).', forEmployer: false }] }),
  }),
  row<AssessmentFixture>({
    method: 'GET', path: '/api/cases/{caseId}/reports/{reportId}/sections/{index}/refresh', expected: PROFESSIONALS(200), setup: draftOfX,
    call: (c, f) => c.get(`/api/cases/${f.caseId}/reports/${f.reportId}/sections/0/refresh?lockVersion=${f.lockVersion}`),
  }),
  row<AssessmentFixture>({
    method: 'POST', path: '/api/cases/{caseId}/reports/{reportId}/sections/{index}/refresh', expected: PROFESSIONALS(200), setup: (w) => assessmentCase(w, 'draft'), snapshot: assessmentView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/reports/${f.reportId}/sections/0/refresh`, { lockVersion: f.lockVersion }),
  }),
  row<AssessmentFixture>({
    method: 'POST', path: '/api/cases/{caseId}/reports/{reportId}/check', expected: PROFESSIONALS(201), setup: (w) => assessmentCase(w, 'draft'), snapshot: assessmentView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/reports/${f.reportId}/check`, { lockVersion: f.lockVersion, withEmployer: false }),
  }),
  row<AssessmentFixture>({
    method: 'POST', path: '/api/cases/{caseId}/reports/{reportId}/resume', expected: PROFESSIONALS(200), setup: (w) => assessmentCase(w, 'in_check'), snapshot: assessmentView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/reports/${f.reportId}/resume`, { lockVersion: f.lockVersion }),
  }),
  row<AssessmentFixture>({ method: 'GET', path: '/api/cases/{caseId}/reports/{reportId}/preview.pdf', expected: PROFESSIONALS(200), setup: draftOfX, call: (c, f) => c.get(`/api/cases/${f.caseId}/reports/${f.reportId}/preview.pdf`) }),
  row<AssessmentFixture>({
    method: 'POST', path: '/api/cases/{caseId}/reports/{reportId}/finalise', expected: PROFESSIONALS(200), setup: (w) => assessmentCase(w, 'draft'), snapshot: assessmentView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/reports/${f.reportId}/finalise`, { lockVersion: f.lockVersion, reason: UNCHECKED_REASON, clientReactionSummary: null }),
  }),
  row<AssessmentFixture>({
    method: 'POST', path: '/api/cases/{caseId}/reports/{reportId}/corrections', expected: PROFESSIONALS(201), setup: (w) => assessmentCase(w, 'final'), snapshot: assessmentView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/reports/${f.reportId}/corrections`, { changeNote: 'De geboortedatum stond verkeerd (test).' }),
  }),
  row<AssessmentFixture>({
    method: 'GET', path: '/api/cases/{caseId}/reports/{reportId}/versions/{number}/report.{format}', variant: 'pdf', expected: CASE_READERS, setup: finalOfX,
    call: (c, f) => c.get(`/api/cases/${f.caseId}/reports/${f.reportId}/versions/1/report.pdf`),
  }),
  row<AssessmentFixture>({
    method: 'GET', path: '/api/cases/{caseId}/reports/{reportId}/versions/{number}/report.{format}', variant: 'docx', expected: CASE_READERS, setup: finalOfX,
    call: (c, f) => c.get(`/api/cases/${f.caseId}/reports/${f.reportId}/versions/1/report.docx`),
  }),
  // A draft has no files: not found for everyone, also for its own labour expert.
  row<AssessmentFixture>({
    method: 'GET', path: '/api/cases/{caseId}/reports/{reportId}/versions/{number}/report.{format}', variant: 'a draft version', expected: [401, 401, 401, 404, 404, 404, 404, 404, 404, 404, 404, 404], setup: draftOfX,
    call: (c, f) => c.get(`/api/cases/${f.caseId}/reports/${f.reportId}/versions/1/report.pdf`),
  }),
  row<AssessmentFixture>({
    method: 'POST', path: '/api/cases/{caseId}/reports/{reportId}/versions/{number}/deliveries', expected: CASE_EDITORS(201), setup: (w) => assessmentCase(w, 'final'), snapshot: assessmentView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/reports/${f.reportId}/versions/1/deliveries`, { recipients: [{ kind: 'party', partyId: f.partyId }] }),
  }),
  // What the store does now: office staff are told a draft version cannot be sent (409), where the draft's
  // detail answers them 404. The 409 tells them a draft exists, nothing of its content.
  row<AssessmentFixture>({
    method: 'POST', path: '/api/cases/{caseId}/reports/{reportId}/versions/{number}/deliveries', variant: 'a draft version', expected: CASE_EDITORS(409), setup: (w) => assessmentCase(w, 'draft'), snapshot: assessmentView,
    call: (c, f) => c.post(`/api/cases/${f.caseId}/reports/${f.reportId}/versions/1/deliveries`, { recipients: [{ kind: 'party', partyId: f.partyId }] }),
  }),
  // Anyone: the seal, and a personal delivery link (its token is the access).
  row({
    method: 'POST', path: '/api/report-seal/verify', expected: ALL_200, setup: noFixture,
    call: (c, _f, w) => c.call({ method: 'POST', url: '/api/report-seal/verify', payload: w.reportX.pdf, headers: { 'content-type': 'application/pdf' } }),
  }),
  row({ method: 'GET', path: '/api/report-deliveries/{token}', expected: ALL_200, setup: noFixture, call: (c, _f, w) => c.get(`/api/report-deliveries/${w.reportX.token}`) }),
  row({ method: 'GET', path: '/api/report-deliveries/{token}/report.pdf', expected: ALL_200, setup: noFixture, call: (c, _f, w) => c.get(`/api/report-deliveries/${w.reportX.token}/report.pdf`) }),
  row({ method: 'GET', path: '/api/portal/final-reports', expected: ALL_401, setup: noFixture, call: (c) => c.get('/api/portal/final-reports') }),
  row({ method: 'GET', path: '/api/portal/final-reports/{deliveryId}/report.pdf', expected: ALL_401, setup: noFixture, call: (c, _f, w) => c.get(`/api/portal/final-reports/${w.reportX.deliveryId}/report.pdf`) }),

  // ---- administration ----
  row({ method: 'GET', path: '/api/admin/users', expected: ADMINS(200), setup: noFixture, call: (c) => c.get('/api/admin/users') }),
  row({
    method: 'POST', path: '/api/admin/users', expected: ADMINS(201), setup: noFixture, snapshot: (w) => countRows(w, 'users'),
    call: (c) => c.post('/api/admin/users', {
      email: `nieuw-${randomUUID().slice(0, 8)}@test.passend`, displayName: 'Nieuwe Collega', roles: ['office_staff'], initialPassword: 'een lang genoeg wachtwoord',
    }),
  }),
  row<TestUser>({
    method: 'PATCH', path: '/api/admin/users/{userId}', expected: ADMINS_OF_A(204), setup: freshTarget, snapshot: usersOfA,
    call: (c, target) => c.patch(`/api/admin/users/${target.id}`, { displayName: 'Andere Naam' }),
  }),
  row<TestUser>({
    method: 'POST', path: '/api/admin/users/{userId}/reset-totp', expected: ADMINS_OF_A(204), setup: freshTarget, snapshot: usersOfA,
    call: (c, target) => c.post(`/api/admin/users/${target.id}/reset-totp`),
  }),
  row<TestUser>({
    method: 'POST', path: '/api/admin/users/{userId}/unlock', expected: ADMINS_OF_A(204), setup: freshTarget, snapshot: usersOfA,
    call: (c, target) => c.post(`/api/admin/users/${target.id}/unlock`),
  }),
];

const ERROR_CODE_OF: Record<number, string> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' };
const rowName = (r: Row) => `${r.method} ${r.path}${r.variant ? ` (${r.variant})` : ''}`;

describe.each(ENGINES)('authorization matrix on %s', (engine) => {
  const w = {} as World;

  /** A client for `caller`: the shared one, or a newly signed-in one (always new for mid-sign-in sessions). */
  async function clientFor(caller: Caller, fresh: boolean): Promise<{ client: Client; who: Who }> {
    if (caller === 'anonymous') {
      if (!fresh) return { client: w.clients.anonymous, who: { caller, user: null } };
      const client = new Client(w.t);
      await client.refreshSession();
      return { client, who: { caller, user: null } };
    }
    if (caller === 'pending' || caller === 'enrolling') {
      const user = await createUser(w.t, w.orgA, ['labour_expert'], { enrolled: caller === 'pending' });
      const client = new Client(w.t);
      await client.refreshSession();
      const login = await client.post('/api/auth/login', { email: user.email, password: PASSWORD });
      expectStatus(login, 200, `password step for ${caller}`);
      expect(login.json().stage).toBe(caller === 'pending' ? 'totp' : 'enrol_totp');
      await client.refreshSession();
      return { client, who: { caller, user } };
    }
    const user = w.users[caller];
    return { client: fresh ? await signIn(w.t, user) : w.clients[caller], who: { caller, user } };
  }

  beforeAll(async () => {
    w.t = await startApp(engine);
    w.orgA = await createOrganisation(w.t, 'Organisatie A');
    w.orgB = await createOrganisation(w.t, 'Organisatie B');
    const rolesOf: Record<ActiveCaller, { org: 'A' | 'B'; roles: Parameters<typeof createUser>[2] }> = {
      expertAssigned: { org: 'A', roles: ['labour_expert'] },
      expertShared: { org: 'A', roles: ['labour_expert'] },
      expertOther: { org: 'A', roles: ['labour_expert'] },
      office: { org: 'A', roles: ['office_staff'] },
      admin: { org: 'A', roles: ['org_admin'] },
      expertAdmin: { org: 'A', roles: ['labour_expert', 'org_admin'] },
      bExpert: { org: 'B', roles: ['labour_expert'] },
      bOffice: { org: 'B', roles: ['office_staff'] },
      bAdmin: { org: 'B', roles: ['org_admin'] },
    };
    w.users = {} as World['users'];
    w.clients = {} as World['clients'];
    for (const caller of ACTIVE_CALLERS) {
      const { org, roles } = rolesOf[caller];
      w.users[caller] = await createUser(w.t, org === 'A' ? w.orgA : w.orgB, roles, { name: `Test ${caller}` });
      w.clients[caller] = await signIn(w.t, w.users[caller]);
    }
    w.clients.anonymous = new Client(w.t);
    await w.clients.anonymous.refreshSession();
    w.loginTarget = await createUser(w.t, w.orgA, ['labour_expert'], { name: 'Aanmeld Doel' });
    ({ privacyNoticeId: w.privacyNoticeId } = await enableVideo(w.clients.admin));
    w.caseX = await createCaseFixture(w.clients.expertAssigned, w.users.expertShared);
    w.caseB = await createCaseFixture(w.clients.bExpert, null);
    // The report (issue 8): the templates (made on first use), a logo on the general one, and on case X a
    // draft and a sealed report, the sealed one sent to the employer by a personal link.
    const forCase = await w.clients.expertAssigned.get(`/api/cases/${w.caseX.caseId}/report-templates`);
    expectStatus(forCase, 200, 'templates for case X');
    w.reportTemplateId = forCase.json().templates[0].templateId;
    w.houseTemplateId = (forCase.json().templates as Array<{ templateId: string; context: string }>).find((x) => x.context === 'general')!.templateId;
    const house = await houseTemplate(w);
    const logo = await w.clients.admin.call({ method: 'PUT', url: `/api/report-templates/${w.houseTemplateId}/logo?basedOn=${house.number}`, payload: LOGO_PNG, headers: { 'content-type': 'image/png' } });
    expectStatus(logo, 200, 'upload logo');
    w.logoVersion = logo.json().number;
    const draft = await assessmentReport(w, w.caseX.caseId, 'draft');
    const final = await assessmentReport(w, w.caseX.caseId, 'final');
    const sent = await w.clients.expertAssigned.post(`/api/cases/${w.caseX.caseId}/reports/${final.reportId}/versions/1/deliveries`, { recipients: [{ kind: 'party', partyId: w.caseX.partyId }] });
    expectStatus(sent, 201, 'send report');
    const [mail] = await w.t.db.query<{ body_text: string }>("SELECT body_text FROM mail_outbox WHERE case_id = $1 AND kind = 'report_delivery'", [w.caseX.caseId]);
    const pdf = await w.clients.expertAssigned.get(`/api/cases/${w.caseX.caseId}/reports/${final.reportId}/versions/1/report.pdf`);
    expectStatus(pdf, 200, 'download report');
    w.reportX = {
      draftId: draft.reportId, draftLockVersion: draft.lockVersion, finalId: final.reportId, pdf: pdf.rawPayload,
      token: /\/rapport\/([A-Za-z0-9_-]{43})/.exec(mail!.body_text)![1]!, deliveryId: sent.json().deliveries[0],
    };
  });
  afterAll(async () => w.t?.close());

  it('has a matrix row for every route in the OpenAPI document, and no row for a route that does not exist', async () => {
    const response = await w.clients.anonymous.get('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const paths = response.json().paths as Record<string, Record<string, unknown>>;
    const documented = new Set<string>();
    for (const [path, operations] of Object.entries(paths)) {
      for (const method of Object.keys(operations)) {
        if (['get', 'post', 'put', 'patch', 'delete', 'head', 'options'].includes(method)) documented.add(`${method.toUpperCase()} ${path}`);
      }
    }
    documented.delete('GET /api/openapi.json');
    const inMatrix = new Set(ROWS.map((r) => `${r.method} ${r.path}`));
    expect([...inMatrix].sort()).toEqual([...documented].sort());
    // Every row states an outcome for every caller.
    for (const r of ROWS) expect(r.expected, rowName(r)).toHaveLength(CALLERS.length);
  });

  it.each(ROWS.map((r) => [rowName(r), r] as const))('%s', async (_name, r) => {
    const actual: Partial<Record<Caller, number>> = {};
    const expected: Partial<Record<Caller, number>> = {};
    const problems: string[] = [];
    for (const [index, caller] of CALLERS.entries()) {
      const status = r.expected[index]!;
      expected[caller] = status;
      const fixture = await r.setup(w);
      const { client, who } = await clientFor(caller, r.freshSession ?? false);
      const before = r.snapshot ? JSON.stringify(await r.snapshot(w, fixture)) : undefined;
      const response = await r.call(client, fixture, w, who);
      actual[caller] = response.statusCode;
      if (response.statusCode >= 400) {
        const body = response.json();
        const code = ERROR_CODE_OF[response.statusCode];
        if (code && body?.error?.code !== code) problems.push(`${caller}: error code ${JSON.stringify(body?.error?.code)}, expected ${code}`);
        if (typeof body?.error?.message !== 'string' || body.error.message.length === 0) problems.push(`${caller}: error without message`);
      }
      if (r.snapshot) {
        const after = JSON.stringify(await r.snapshot(w, fixture));
        if (response.statusCode >= 400 && after !== before) problems.push(`${caller}: refused with ${response.statusCode} but the data changed`);
        if (response.statusCode < 300 && status < 300 && after === before) problems.push(`${caller}: allowed with ${response.statusCode} but nothing changed`);
      }
    }
    expect(actual, `${rowName(r)}: status per caller`).toEqual(expected);
    expect(problems, rowName(r)).toEqual([]);
  });

  // The portal's own matrix (issue 5): every portal route × who can be in the portal. One case P with a
  // coming video contact, a held contact, an employer and a shared report with one paragraph for the
  // employer; its client and its employer each in their own session; the client of another case Q.
  describe('the portal matrix: the client, the employer, another client, nobody', () => {
    const PORTAL_CALLERS = ['nobody', 'client', 'employer', 'otherClient'] as const;
    type PortalCaller = (typeof PORTAL_CALLERS)[number];
    let p: { caseId: string; videoContactId: string; heldContactId: string; reportId: string; versionId: string; documentId: string; deliveryId: string };
    const visitors = {} as Record<PortalCaller, Client>;
    beforeAll(async () => {
      const owner = w.clients.expertAssigned;
      const made = await owner.post('/api/cases', newCaseBody());
      const caseId = made.json().id as string;
      await w.t.db.query('UPDATE cases SET assigned_expert_id = $2 WHERE id = $1', [caseId, w.users.expertAssigned.id]);
      const video = await owner.post(`/api/cases/${caseId}/contacts`, contactBody({ contactForm: 'video', circumstances: circumstancesBody('practical'), plannedAt: distinctSlot(slotCounter++), durationMinutes: 5, ...reasons, videoConsent: null }));
      expectStatus(video, 201, 'plan video contact');
      const held = await owner.post(`/api/cases/${caseId}/contacts`, contactBody({ circumstances: circumstancesBody('first_contact'), plannedAt: distinctSlot(slotCounter++), durationMinutes: 5 }));
      expectStatus(await owner.patch(`/api/cases/${caseId}/contacts/${held.json().id}`, { version: 1, state: 'held', heldAt: '2026-09-01T09:05:00Z' }), 204, 'hold contact');
      const party = await owner.post(`/api/cases/${caseId}/parties`, { role: 'employer', name: 'Werkgever P (fictief)', organisation: null, contactPerson: 'W. Gever', email: 'w.gever@voorbeeld.test', phone: '030-1234567' });
      const report = await owner.post(`/api/cases/${caseId}/conversation-reports`, { contactId: null, title: 'Verslag P' });
      const reportId = report.json().id as string;
      await owner.put(`/api/cases/${caseId}/conversation-reports/${reportId}/draft`, { lockVersion: 1, paragraphs: [{ id: 'c1', theme: null, text: 'Voor de cliënt.', forEmployer: false }, { id: 'e1', theme: null, text: 'Voor de werkgever.', forEmployer: true }] });
      expectStatus(await owner.post(`/api/cases/${caseId}/conversation-reports/${reportId}/share`, { withEmployer: true }), 204, 'share report');
      const versionId = (await owner.get(`/api/cases/${caseId}/conversation-reports/${reportId}`)).json().versions[0].id as string;
      const document = await upload(owner, caseId, false);
      expectStatus(document, 201, 'upload document');
      // The report (issue 8): sealed and sent to the client, who finds it in the portal.
      const final = await assessmentReport(w, caseId, 'final');
      const delivered = await owner.post(`/api/cases/${caseId}/reports/${final.reportId}/versions/1/deliveries`, { recipients: [{ kind: 'client' }] });
      expectStatus(delivered, 201, 'send report to the client');
      p = { caseId, videoContactId: video.json().id, heldContactId: held.json().id, reportId, versionId, documentId: document.json().id, deliveryId: delivered.json().deliveries[0] };
      visitors.nobody = new Client(w.t);
      visitors.client = await openPortal(w.t, owner, caseId);
      // Shared with the client's door only: the employer and another client get "not found".
      const clientDoor = (await owner.get(`/api/cases/${caseId}/portal`)).json().doors[0].id as string;
      expectStatus(await owner.post(`/api/cases/${caseId}/portal/${clientDoor}/documents`, { documentId: p.documentId }), 204, 'share document with the client');
      visitors.employer = await openPortal(w.t, owner, caseId, { audience: 'employer', partyId: party.json().id });
      const other = await owner.post('/api/cases', newCaseBody({ client: { ...newCaseBody().client, fullName: 'Cliënt Q (fictief)', email: 'q@voorbeeld.test', phone: null } }));
      visitors.otherClient = await openPortal(w.t, owner, other.json().id);
    });

    const PORTAL_ROWS: Array<{ method: Row['method']; path: string; expected: [number, number, number, number]; call: (c: Client) => Promise<Response> }> = [
      { method: 'GET', path: '/api/portal/session', expected: [401, 200, 200, 200], call: (c) => c.get('/api/portal/session') },
      { method: 'POST', path: '/api/portal/session/extend', expected: [401, 200, 200, 200], call: (c) => c.post('/api/portal/session/extend') },
      { method: 'PUT', path: '/api/portal/language', expected: [401, 204, 204, 204], call: (c) => c.put('/api/portal/language', { language: 'nl' }) },
      { method: 'GET', path: '/api/portal/contacts', expected: [401, 200, 403, 200], call: (c) => c.get('/api/portal/contacts') },
      { method: 'PUT', path: '/api/portal/contacts/{contactId}/preference', expected: [401, 204, 403, 404], call: (c) => c.put(`/api/portal/contacts/${p.videoContactId}/preference`, { form: 'video', reason: 'Reizen is zwaar.' }) },
      { method: 'GET', path: '/api/portal/privacy-notice', expected: [401, 200, 403, 200], call: (c) => c.get('/api/portal/privacy-notice') },
      { method: 'POST', path: '/api/portal/contacts/{contactId}/consent', expected: [401, 201, 403, 404], call: (c) => c.post(`/api/portal/contacts/${p.videoContactId}/consent`, { privacyNoticeId: w.privacyNoticeId }) },
      { method: 'POST', path: '/api/portal/contacts/{contactId}/call-link', expected: [401, 201, 403, 404], call: (c) => c.post(`/api/portal/contacts/${p.videoContactId}/call-link`) },
      { method: 'POST', path: '/api/portal/contacts/{contactId}/consent/withdraw', expected: [401, 204, 403, 404], call: (c) => c.post(`/api/portal/contacts/${p.videoContactId}/consent/withdraw`, { reason: null }) },
      { method: 'GET', path: '/api/portal/readiness', expected: [401, 200, 403, 200], call: (c) => c.get('/api/portal/readiness') },
      { method: 'PUT', path: '/api/portal/readiness', expected: [401, 200, 403, 200], call: (c) => c.put('/api/portal/readiness', { answers: READINESS_ANSWERS }) },
      { method: 'GET', path: '/api/portal/worksheet', expected: [401, 200, 403, 200], call: (c) => c.get('/api/portal/worksheet') },
      { method: 'PUT', path: '/api/portal/worksheet', expected: [401, 200, 403, 200], call: (c) => c.put('/api/portal/worksheet', { entries: [{ theme: 'future', body: 'Weer werken.', version: 0 }] }) },
      { method: 'GET', path: '/api/portal/evaluations', expected: [401, 200, 403, 200], call: (c) => c.get('/api/portal/evaluations') },
      { method: 'POST', path: '/api/portal/contacts/{contactId}/evaluation', expected: [401, 201, 403, 404], call: (c) => c.post(`/api/portal/contacts/${p.heldContactId}/evaluation`, { feltHeard: 'yes', clearWhatNext: 'yes', formRight: 'yes', comment: null }) },
      { method: 'GET', path: '/api/portal/reports', expected: [401, 200, 200, 200], call: (c) => c.get('/api/portal/reports') },
      { method: 'GET', path: '/api/portal/reports/{reportId}', expected: [401, 200, 200, 404], call: (c) => c.get(`/api/portal/reports/${p.reportId}`) },
      {
        method: 'POST', path: '/api/portal/reports/{reportId}/versions/{versionId}/reaction', expected: [401, 201, 201, 404],
        call: (c) => c.post(`/api/portal/reports/${p.reportId}/versions/${p.versionId}/reaction`, { items: [{ paragraphId: 'e1', stance: 'agree', text: '' }], additions: [] }),
      },
      { method: 'GET', path: '/api/portal/documents', expected: [401, 200, 200, 200], call: (c) => c.get('/api/portal/documents') },
      // The information used about the client (issue 7): the client's own; the employer has no door to it.
      { method: 'GET', path: '/api/portal/sources', expected: [401, 200, 403, 200], call: (c) => c.get('/api/portal/sources') },
      { method: 'GET', path: '/api/portal/documents/{documentId}/content', expected: [401, 200, 404, 404], call: (c) => c.get(`/api/portal/documents/${p.documentId}/content`) },
      // The final report (issue 8): the client's; the employer receives theirs by link and has no door here (403).
      // Another client's door is open, but the delivery is not theirs: 403 with reason `not_yours` (store.portalFinalReport),
      // where the portal's other routes answer another case's item with 404.
      { method: 'GET', path: '/api/portal/final-reports', expected: [401, 200, 403, 200], call: (c) => c.get('/api/portal/final-reports') },
      { method: 'GET', path: '/api/portal/final-reports/{deliveryId}/report.pdf', expected: [401, 200, 403, 403], call: (c) => c.get(`/api/portal/final-reports/${p.deliveryId}/report.pdf`) },
      { method: 'POST', path: '/api/portal/logout', expected: [401, 204, 204, 204], call: (c) => c.post('/api/portal/logout') },
    ];

    it('has a row for every portal route that needs a portal session', () => {
      const documented = ROWS.filter((r) => r.path.startsWith('/api/portal/') && !['/api/portal/start', '/api/portal/verify'].includes(r.path)).map((r) => `${r.method} ${r.path}`).sort();
      expect(PORTAL_ROWS.map((r) => `${r.method} ${r.path}`).sort()).toEqual(documented);
    });

    it('shows the employer only their paragraph and the client everything; no one another case', async () => {
      const forClient = (await visitors.client.get(`/api/portal/reports/${p.reportId}`)).json();
      const forEmployer = (await visitors.employer.get(`/api/portal/reports/${p.reportId}`)).json();
      expect(forClient.versions[0].paragraphs.map((x: { id: string }) => x.id)).toEqual(['c1', 'e1']);
      expect(forEmployer.versions[0].paragraphs.map((x: { id: string }) => x.id)).toEqual(['e1']);
      expect((await visitors.otherClient.get('/api/portal/reports')).json().items).toEqual([]);
      expect((await visitors.client.get('/api/portal/final-reports')).json().items.map((i: { id: string }) => i.id)).toEqual([p.deliveryId]);
      expect((await visitors.otherClient.get('/api/portal/final-reports')).json().items).toEqual([]);
    });

    it.each(PORTAL_ROWS.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', async (_name, r) => {
      const actual: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const [i, caller] of PORTAL_CALLERS.entries()) {
        expected[caller] = r.expected[i]!;
        actual[caller] = (await r.call(visitors[caller])).statusCode;
      }
      expect(actual).toEqual(expected);
    });

  });

  describe('professional-only data', () => {
    it('office staff see the sealed reports of a case only, never a draft, and nothing professional-only in them (issue 8)', async () => {
      const f = w.caseX;
      const list = await w.clients.office.get(`/api/cases/${f.caseId}/reports`);
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([w.reportX.finalId]);
      const experts = (await w.clients.expertAssigned.get(`/api/cases/${f.caseId}/reports`)).json().items.map((i: { id: string }) => i.id);
      expect(new Set(experts)).toEqual(new Set([w.reportX.draftId, w.reportX.finalId]));
      // A draft answers office staff exactly like a report that does not exist.
      const draft = await w.clients.office.get(`/api/cases/${f.caseId}/reports/${w.reportX.draftId}`);
      const missing = await w.clients.office.get(`/api/cases/${f.caseId}/reports/${randomUUID()}`);
      expect(draft.statusCode).toBe(404);
      expect(draft.json()).toEqual(missing.json());
      const final = await w.clients.office.get(`/api/cases/${f.caseId}/reports/${w.reportX.finalId}`);
      expect(final.statusCode).toBe(200);
      expect(final.json().versions.map((v: { state: string }) => v.state)).toEqual(['final']);
      expect(final.json().check).toEqual({ rounds: [], comments: [], clientChoseSummary: false });
      for (const secret of [f.professionalMarker, f.professionalNoteId, f.professionalDocumentId]) expect(final.body).not.toContain(secret);
      // The expert's own view of the same report does not carry them either: a report is for its readers.
      expect((await w.clients.expertAssigned.get(`/api/cases/${f.caseId}/reports/${w.reportX.finalId}`)).body).not.toContain(f.professionalMarker);
    });

    it('office staff get the case without professional-only notes, documents and their timeline entries', async () => {
      const f = w.caseX;
      const response = await w.clients.office.get(`/api/cases/${f.caseId}`);
      expect(response.statusCode).toBe(200);
      const page = response.json();
      expect(page.permissions.canSeeProfessional).toBe(false);
      expect(page.notes.map((n: { id: string }) => n.id)).toEqual([f.noteId]);
      expect(page.notes[0].body).toContain(f.ordinaryMarker);
      expect(page.documents.map((d: { id: string }) => d.id)).toEqual([f.documentId]);
      expect(page.notes.every((n: { professionalOnly: boolean }) => !n.professionalOnly)).toBe(true);
      expect(page.documents.every((d: { professionalOnly: boolean }) => !d.professionalOnly)).toBe(true);
      // Not the body, not the file name, not the id, not a timeline entry: nowhere in the answer.
      expect(response.body).not.toContain(f.professionalMarker);
      expect(response.body).not.toContain(f.professionalNoteId);
      expect(response.body).not.toContain(f.professionalDocumentId);
      expect(page.permissions.canAddProfessionalNote).toBe(false);
      expect(page.permissions.canUploadProfessional).toBe(false);
      expect(page.allowedTransitions).toEqual([]);
      expect(page.canReopen).toBe(false);
    });

    it.each(['expertAssigned', 'expertShared'] as const)('%s sees the professional-only notes and documents', async (caller) => {
      const f = w.caseX;
      const page = (await w.clients[caller].get(`/api/cases/${f.caseId}`)).json();
      expect(page.permissions.canSeeProfessional).toBe(true);
      expect(new Set(page.notes.map((n: { id: string }) => n.id))).toEqual(new Set([f.noteId, f.professionalNoteId]));
      expect(new Set(page.documents.map((d: { id: string }) => d.id))).toEqual(new Set([f.documentId, f.professionalDocumentId]));
      expect(page.notes.find((n: { id: string }) => n.id === f.professionalNoteId).body).toContain(f.professionalMarker);
      const download = await w.clients[caller].get(`/api/cases/${f.caseId}/documents/${f.professionalDocumentId}/content`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(PDF)).toBe(true);
    });

    it('office staff download ordinary documents but get 404 (not 403) on a professional-only one', async () => {
      const f = w.caseX;
      const ordinary = await w.clients.office.get(`/api/cases/${f.caseId}/documents/${f.documentId}/content`);
      expect(ordinary.statusCode).toBe(200);
      expect(ordinary.rawPayload.equals(PDF)).toBe(true);
      const professional = await w.clients.office.get(`/api/cases/${f.caseId}/documents/${f.professionalDocumentId}/content`);
      expect(professional.statusCode).toBe(404);
      expect(professional.json().error.code).toBe('not_found');
      expect(professional.body).not.toContain(f.professionalMarker);
      // The same answer as for a document that does not exist at all.
      const missing = await w.clients.office.get(`/api/cases/${f.caseId}/documents/${randomUUID()}/content`);
      expect(missing.statusCode).toBe(404);
      expect(professional.json()).toEqual(missing.json());
    });

    it('office staff may upload ordinary documents but not professional-only ones, and a refused upload stores nothing', async () => {
      const f = await freshCase(w);
      const documentsBefore = await countRows(w, 'documents');
      const refused = await upload(w.clients.office, f.caseId, true);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('forbidden');
      expect(await countRows(w, 'documents')).toBe(documentsBefore);
      const accepted = await upload(w.clients.office, f.caseId, false);
      expect(accepted.statusCode).toBe(201);
      const page = (await w.clients.office.get(`/api/cases/${f.caseId}`)).json();
      expect(page.documents.map((d: { id: string }) => d.id)).toContain(accepted.json().id);
    });

    it('office staff may add ordinary notes but not professional-only ones', async () => {
      const f = await freshCase(w);
      const before = await ownerView(w, f);
      const refused = await w.clients.office.post(`/api/cases/${f.caseId}/notes`, { body: 'Mag niet', professionalOnly: true });
      expect(refused.statusCode).toBe(403);
      expect(await ownerView(w, f)).toEqual(before);
      const accepted = await w.clients.office.post(`/api/cases/${f.caseId}/notes`, { body: 'Mag wel', professionalOnly: false });
      expect(accepted.statusCode).toBe(201);
    });
  });

  describe('visibility of the case list', () => {
    it.each([
      ['expertAssigned', true], ['expertShared', true], ['expertOther', false], ['office', true], ['expertAdmin', false],
      ['bExpert', false], ['bOffice', false],
    ] as const)('%s: case X listed = %s', async (caller, listed) => {
      // Other rows create many cases; search narrows the list to case X (its client name is unique).
      const f = w.caseX;
      const byName = await w.clients[caller].get(`/api/cases?q=${encodeURIComponent(f.clientName)}`);
      expect(byName.statusCode).toBe(200);
      expect(byName.json().items.map((i: { id: string }) => i.id)).toEqual(listed ? [f.caseId] : []);
      expect(byName.json().total).toBe(listed ? 1 : 0);
      const byReference = (await w.clients[caller].get(`/api/cases?q=${encodeURIComponent(f.reference)}&pageSize=100`)).json();
      expect(byReference.items.some((i: { id: string }) => i.id === f.caseId)).toBe(listed);
    });

    it('organisation B sees none of organisation A in colleagues and users', async () => {
      const colleagues = (await w.clients.bOffice.get('/api/colleagues')).json() as Array<{ id: string }>;
      expect(colleagues.map((c) => c.id)).toEqual([w.users.bExpert.id]);
      const users = (await w.clients.bAdmin.get('/api/admin/users')).json() as Array<{ id: string }>;
      const idsOfA = new Set(Object.values(w.users).filter((u) => u.organisationId === w.orgA).map((u) => u.id));
      expect(users.filter((u) => idsOfA.has(u.id))).toEqual([]);
    });
  });

  describe('cross-organisation and cross-case access to sub-resources', () => {
    // A caller names a case they DO have (their own) with a sub-resource of case X; or case X with
    // nothing of their own. Either way: 404, and case X unchanged.
    type Attempt = [string, (c: Client, own: string, x: CaseFixture, w: World) => Promise<Response>];
    const attempts: Attempt[] = [
      ['PUT party of X via own case', (c, own, x) => c.put(`/api/cases/${own}/parties/${x.partyId}`, { role: 'other', name: 'Overgenomen' })],
      ['DELETE party of X via own case', (c, own, x) => c.delete(`/api/cases/${own}/parties/${x.partyId}`)],
      ['PATCH contact of X via own case', (c, own, x) => c.patch(`/api/cases/${own}/contacts/${x.contactId}`, { version: x.contactVersion, note: 'Overgenomen' })],
      ['PUT deadline of X via own case', (c, own, x) => c.put(`/api/cases/${own}/deadlines/${x.deadlineId}`, { completed: true })],
      ['GET document of X via own case', (c, own, x) => c.get(`/api/cases/${own}/documents/${x.documentId}/content`)],
      ['GET professional document of X via own case', (c, own, x) => c.get(`/api/cases/${own}/documents/${x.professionalDocumentId}/content`)],
      ['DELETE share of X via own case', (c, own, _x, w) => c.delete(`/api/cases/${own}/shares/${w.users.expertShared.id}`)],
      ['GET case X', (c, _own, x) => c.get(`/api/cases/${x.caseId}`)],
      ['PATCH case X', (c, _own, x) => c.patch(`/api/cases/${x.caseId}`, { version: x.version, client: { fullName: 'Overgenomen' } })],
      ['PATCH case X: assign to self', (c, _own, x, w) => c.patch(`/api/cases/${x.caseId}`, { version: x.version, assignedExpertId: w.users.bExpert.id })],
      ['POST status of X', (c, _own, x) => c.post(`/api/cases/${x.caseId}/status`, { version: x.version, to: 'intake' })],
      ['POST party to X', (c, _own, x) => c.post(`/api/cases/${x.caseId}/parties`, { role: 'other', name: 'Indringer' })],
      ['POST contact to X', (c, _own, x) => c.post(`/api/cases/${x.caseId}/contacts`, contactBody({
        contactForm: 'phone', circumstances: circumstancesBody('practical'), plannedAt: distinctSlot(slotCounter++), durationMinutes: 5, ...reasons,
      }))],
      ['POST note to X', (c, _own, x) => c.post(`/api/cases/${x.caseId}/notes`, { body: 'Indringer', professionalOnly: false })],
      ['POST document to X', (c, _own, x) => upload(c, x.caseId, false)],
      ['POST share of X to self', (c, _own, x, w) => c.post(`/api/cases/${x.caseId}/shares`, { userId: w.users.bExpert.id })],
    ];

    it.each(attempts)('bExpert: %s → 404, case X unchanged', async (_name, attempt) => {
      const x = await freshCase(w);
      const before = await ownerView(w, x);
      const ownBefore = await ownerViewB(w, w.caseB);
      const response = await attempt(w.clients.bExpert, w.caseB.caseId, x, w);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
      expect(response.body).not.toContain(x.clientName);
      expect(await ownerView(w, x)).toEqual(before);
      expect(await ownerViewB(w, w.caseB)).toEqual(ownBefore);
    });

    it.each(attempts.filter(([name]) => name.includes('via own case')))('expertOther (same organisation): %s → 404, case X unchanged', async (_name, attempt) => {
      const x = await freshCase(w);
      const own = await createCaseFixture(w.clients.expertOther, null);
      const before = await ownerView(w, x);
      const response = await attempt(w.clients.expertOther, own.caseId, x, w);
      expect(response.statusCode).toBe(404);
      expect(await ownerView(w, x)).toEqual(before);
    });

    it('office staff of organisation A cannot reach sub-resources of an organisation B case through an A case', async () => {
      const x = await freshCase(w);
      const beforeB = await ownerViewB(w, w.caseB);
      for (const response of [
        await w.clients.office.put(`/api/cases/${x.caseId}/parties/${w.caseB.partyId}`, { role: 'other', name: 'Overgenomen' }),
        await w.clients.office.delete(`/api/cases/${x.caseId}/parties/${w.caseB.partyId}`),
        await w.clients.office.patch(`/api/cases/${x.caseId}/contacts/${w.caseB.contactId}`, { version: w.caseB.contactVersion, note: 'x' }),
        await w.clients.office.put(`/api/cases/${x.caseId}/deadlines/${w.caseB.deadlineId}`, { completed: true }),
        await w.clients.office.get(`/api/cases/${x.caseId}/documents/${w.caseB.documentId}/content`),
      ]) expect(response.statusCode).toBe(404);
      expect(await ownerViewB(w, w.caseB)).toEqual(beforeB);
    });

    it('an organisation B administrator cannot create, see or touch users of organisation A', async () => {
      const target = await freshTarget(w);
      const before = await usersOfA(w);
      for (const response of [
        await w.clients.bAdmin.patch(`/api/admin/users/${target.id}`, { roles: ['org_admin'] }),
        await w.clients.bAdmin.patch(`/api/admin/users/${target.id}`, { active: false }),
        await w.clients.bAdmin.post(`/api/admin/users/${target.id}/reset-totp`),
        await w.clients.bAdmin.post(`/api/admin/users/${target.id}/unlock`),
      ]) {
        expect(response.statusCode).toBe(404);
        expect(response.json().error.code).toBe('not_found');
      }
      expect(await usersOfA(w)).toEqual(before);
    });
  });

  describe('CSRF on top of the session', () => {
    it('a signed-in request without the token, or with another session\'s token, is refused with 403 and changes nothing', async () => {
      const f = await freshCase(w);
      const before = await ownerView(w, f);
      const noToken = await w.clients.expertAssigned.call({ method: 'POST', url: `/api/cases/${f.caseId}/notes`, body: { body: 'x', professionalOnly: false }, csrf: false });
      expect(noToken.statusCode).toBe(403);
      expect(noToken.json().error.code).toBe('forbidden');
      const foreign = await w.clients.expertAssigned.call({
        method: 'POST', url: `/api/cases/${f.caseId}/notes`, body: { body: 'x', professionalOnly: false }, csrf: false,
        headers: { 'x-csrf-token': w.clients.expertShared.csrfToken },
      });
      expect(foreign.statusCode).toBe(403);
      expect(await ownerView(w, f)).toEqual(before);
    });
  });
});
