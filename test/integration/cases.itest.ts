// The case file through its HTTP doors, on both database engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { totpAt } from '../../src/platform/auth/totp.js';
import { appendAudit, verifyAudit } from '../../src/platform/audit.js';
import { addDays } from '../../src/cases/domain.js';
import { todayInAmsterdam } from '../../src/platform/time.js';
import {
  Client, createOrganisation, createUser, ENGINES, newCaseBody, PASSWORD, signIn, startApp, type TestApp, type TestUser, circumstancesBody, contactBody,
} from './harness.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export function multipart(parts: Array<{ name: string; value: string | Buffer; fileName?: string; contentType?: string }>) {
  const boundary = `----passend${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"`;
    if (part.fileName !== undefined) head += `; filename="${part.fileName}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}`;
    chunks.push(Buffer.from(`${head}\r\n\r\n`), Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

function upload(client: Client, caseId: string, file: { name: string; content: Buffer; type?: string }, fields: { documentType?: string; professionalOnly?: string } = {}) {
  const body = multipart([
    { name: 'documentType', value: fields.documentType ?? 'fml' },
    { name: 'professionalOnly', value: fields.professionalOnly ?? 'false' },
    { name: 'file', value: file.content, fileName: file.name, contentType: file.type ?? 'application/pdf' },
  ]);
  return client.call({ method: 'POST', url: `/api/cases/${caseId}/documents`, ...body });
}

async function count(t: TestApp, table: string): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(row!.n);
}

describe.each(ENGINES)('case file on %s', (engine) => {
  let t: TestApp;
  let expert: TestUser;
  let office: TestUser;
  let asExpert: Client;
  let asOffice: Client;

  beforeAll(async () => {
    t = await startApp(engine, { uploadLimitBytes: 64 * 1024 });
    const org = await createOrganisation(t);
    expert = await createUser(t, org, ['labour_expert'], { name: 'AD Test' });
    office = await createUser(t, org, ['office_staff'], { name: 'Secretariaat Test' });
    asExpert = await signIn(t, expert);
    asOffice = await signIn(t, office);
  });
  afterAll(async () => t?.close());

  describe('signing in', () => {
    it('enrols an authenticator on first sign-in, gives recovery codes once, and accepts a recovery code later', async () => {
      const org = await createOrganisation(t);
      const fresh = await createUser(t, org, ['labour_expert'], { enrolled: false });
      const client = new Client(t);
      await client.refreshSession();
      expect((await client.post('/api/auth/login', { email: fresh.email, password: PASSWORD })).json()).toEqual({ stage: 'enrol_totp' });
      await client.refreshSession();
      expect((await client.get('/api/cases')).statusCode).toBe(401);
      const enrolment = (await client.get('/api/auth/totp/enrolment')).json();
      expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Passend(:|%3A)/);
      expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
      const wrong = await client.post('/api/auth/totp/enrolment', { code: '000000' === totpAt(enrolment.secret, Date.now()) ? '111111' : '000000' });
      expect(wrong.statusCode).toBe(400);
      const done = await client.post('/api/auth/totp/enrolment', { code: totpAt(enrolment.secret, Date.now()) });
      expect(done.statusCode).toBe(200);
      const { recoveryCodes } = done.json();
      expect(recoveryCodes).toHaveLength(10);
      await client.refreshSession();
      expect((await client.get('/api/cases')).statusCode).toBe(200);

      // Later: sign in with a recovery code instead of the app; each code works once.
      const again = new Client(t);
      await again.refreshSession();
      await again.post('/api/auth/login', { email: fresh.email, password: PASSWORD });
      await again.refreshSession();
      const recovered = await again.post('/api/auth/recovery', { code: recoveryCodes[0].toUpperCase() });
      expect(recovered.json()).toEqual({ stage: 'active', remainingRecoveryCodes: 9 });
      const third = new Client(t);
      await third.refreshSession();
      await third.post('/api/auth/login', { email: fresh.email, password: PASSWORD });
      await third.refreshSession();
      expect((await third.post('/api/auth/recovery', { code: recoveryCodes[0] })).statusCode).toBe(400);
    });

    it('refuses a replayed TOTP code within the same time step', async () => {
      const org = await createOrganisation(t);
      const user = await createUser(t, org, ['office_staff']);
      await signIn(t, user);
      const client = new Client(t);
      await client.refreshSession();
      await client.post('/api/auth/login', { email: user.email, password: PASSWORD });
      await client.refreshSession();
      const replay = await client.post('/api/auth/totp', { code: totpAt(user.totpSecret, Date.now()) });
      expect(replay.statusCode).toBe(400);
    });

    it('locks the account after five failed attempts, also for the right password, until the administrator unlocks it', async () => {
      const org = await createOrganisation(t);
      const user = await createUser(t, org, ['labour_expert']);
      const admin = await createUser(t, org, ['org_admin']);
      const client = new Client(t);
      await client.refreshSession();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await client.post('/api/auth/login', { email: user.email, password: 'wrong password!' })).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 423]);
      const locked = await client.post('/api/auth/login', { email: user.email, password: PASSWORD });
      expect(locked.statusCode).toBe(423);
      expect(locked.json().error.message).toMatch(/geblokkeerd/);
      const asAdmin = await signIn(t, admin);
      expect((await asAdmin.post(`/api/admin/users/${user.id}/unlock`)).statusCode).toBe(204);
      expect((await client.post('/api/auth/login', { email: user.email, password: PASSWORD })).statusCode).toBe(200);
    });

    it('rejects a write without the CSRF token', async () => {
      const response = await asExpert.call({ method: 'POST', url: '/api/cases', body: newCaseBody(), csrf: false });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
    });

    it('ends an idle session and sets safe cookie flags', async () => {
      const org = await createOrganisation(t);
      const user = await createUser(t, org, ['labour_expert']);
      const client = new Client(t);
      await client.refreshSession();
      const login = await client.post('/api/auth/login', { email: user.email, password: PASSWORD });
      const cookie = login.cookies.find((c) => c.name === 'passend_session')!;
      expect(cookie.httpOnly).toBe(true);
      expect(cookie.sameSite).toBe('Strict');
      const signedIn = await signIn(t, user);
      expect((await signedIn.get('/api/cases')).statusCode).toBe(200);
      await t.db.query("UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1", [user.id]);
      expect((await signedIn.get('/api/cases')).statusCode).toBe(401);
    });

    it('answers in English after switching language', async () => {
      const org = await createOrganisation(t);
      const user = await createUser(t, org, ['labour_expert']);
      const client = await signIn(t, user);
      expect((await client.put('/api/me/language', { language: 'en' })).statusCode).toBe(204);
      const response = await client.post('/api/cases', { ...newCaseBody(), client: { ...newCaseBody().client, birthDate: 'yesterday' } });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ field: 'client.birthDate' });
      expect(response.json().error.message).toBe('Please check the field ‘date of birth’: this is not a valid date (yyyy-mm-dd).');
    });
  });

  describe('cases', () => {
    let caseId: string;

    it('registers a Poortwachter case with its statutory deadlines and shows it in the list', async () => {
      const created = await asOffice.post('/api/cases', { ...newCaseBody(), assignedExpertId: expert.id });
      expect(created.statusCode).toBe(201);
      caseId = created.json().id;
      const page = (await asExpert.get(`/api/cases/${caseId}`)).json();
      expect(page.status).toBe('registered');
      expect(page.reference).toMatch(/^AD-\d{4}-\d{5}$/);
      expect(page.assignedExpert).toMatchObject({ id: expert.id });
      const keys = page.deadlines.map((d: { key: string }) => d.key);
      expect(keys).toEqual(expect.arrayContaining(['delivery', 'probleemanalyse', 'plan_van_aanpak', 'melding_42e_week', 'eerstejaarsevaluatie', 'wia_aanvraag', 'einde_wachttijd']));
      // First sickness day Monday 2026-01-05: week 6 ends Sunday 2026-02-15.
      expect(page.deadlines.find((d: { key: string }) => d.key === 'probleemanalyse').dueDate).toBe('2026-02-15');
      expect(page.parties[0]).toMatchObject({ role: 'employer', name: 'Werkgever B.V.' });
      expect(page.timeline[0]).toMatchObject({ kind: 'case_registered', actor: { id: office.id } });

      const list = (await asExpert.get('/api/cases?legalContext=poortwachter&q=cli%C3%ABnt')).json();
      expect(list.items.map((i: { id: string }) => i.id)).toContain(caseId);
      const none = (await asExpert.get('/api/cases?legalContext=wajong')).json();
      expect(none.items.map((i: { id: string }) => i.id)).not.toContain(caseId);
    });

    it('requires the first day of sickness for Poortwachter and names the field', async () => {
      const body = newCaseBody();
      const response = await asExpert.post('/api/cases', { ...body, assignment: { ...body.assignment, firstSicknessDay: null } });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field).toBe('assignment.firstSicknessDay');
      expect(response.json().error.message).toMatch(/eerste ziektedag/);
    });

    it('filters by upcoming and overdue deadlines', async () => {
      const today = todayInAmsterdam();
      const soon = await asExpert.post('/api/cases', newCaseBody({ assignment: { commissioningParty: 'municipality', legalContext: 'participatiewet', question: 'Loonwaarde?', deliveryDate: addDays(today, 5) } }));
      const late = await asExpert.post('/api/cases', newCaseBody({ assignment: { commissioningParty: 'municipality', legalContext: 'participatiewet', question: 'Loonwaarde?', deliveryDate: addDays(today, -1) } }));
      // An agreed delivery date that has passed is overdue, even when it was already past at registration.
      const within7 = (await asExpert.get('/api/cases?deadline=within7')).json();
      expect(within7.items.map((i: { id: string }) => i.id)).toContain(soon.json().id);
      expect(within7.items.find((i: { id: string }) => i.id === soon.json().id).nextDeadline).toMatchObject({ key: 'delivery', state: 'near' });
      const overdue = (await asExpert.get('/api/cases?deadline=overdue')).json();
      expect(overdue.items.map((i: { id: string }) => i.id)).toEqual([late.json().id]);
      expect(overdue.items[0].nextDeadline.state).toBe('overdue');
      // Marking it done moves the case out of the overdue list.
      const page = (await asExpert.get(`/api/cases/${late.json().id}`)).json();
      const delivery = page.deadlines.find((d: { key: string }) => d.key === 'delivery');
      expect((await asExpert.put(`/api/cases/${late.json().id}/deadlines/${delivery.id}`, { completed: true })).statusCode).toBe(204);
      expect((await asExpert.get('/api/cases?deadline=overdue')).json().items).toEqual([]);
      const listed = (await asExpert.get(`/api/cases?q=${encodeURIComponent(page.reference)}`)).json().items[0];
      expect(listed.nextDeadline).toBeNull();
    });

    it('shows the next statutory moment in the list, skipping moments that passed before registration', async () => {
      // First sickness day 40 weeks ago: weeks 6, 8 and (almost) 42 are history; the 42nd-week report is next.
      const firstDay = addDays(todayInAmsterdam(), -(40 * 7));
      const created = await asExpert.post('/api/cases', newCaseBody({ assignment: { commissioningParty: 'arbodienst', legalContext: 'poortwachter', question: 'Spoor 1?', firstSicknessDay: firstDay } }));
      const item = (await asExpert.get(`/api/cases?q=${encodeURIComponent((await asExpert.get(`/api/cases/${created.json().id}`)).json().reference)}`)).json().items[0];
      expect(item.nextDeadline).toMatchObject({ key: 'melding_42e_week', dueDate: addDays(firstDay, 42 * 7 - 1), state: 'near' });
    });

    it('moves through the allowed statuses, refuses others, and reopens only explicitly with a reason', async () => {
      let page = (await asExpert.get(`/api/cases/${caseId}`)).json();
      expect(page.allowedTransitions).toEqual(['intake']);
      const skip = await asExpert.post(`/api/cases/${caseId}/status`, { version: page.version, to: 'reporting' });
      expect(skip.statusCode).toBe(409);
      for (const to of ['intake', 'investigation', 'reporting', 'completed']) {
        const moved = await asExpert.post(`/api/cases/${caseId}/status`, { version: page.version, to });
        expect(moved.statusCode).toBe(200);
        page = moved.json();
        expect(page.status).toBe(to);
      }
      expect(page.canReopen).toBe(true);
      expect(page.permissions.canPlanContact).toBe(false);
      const closedWrite = await asExpert.post(`/api/cases/${caseId}/notes`, { body: 'na afsluiting', professionalOnly: true });
      expect(closedWrite.statusCode).toBe(409);
      const noReason = await asExpert.post(`/api/cases/${caseId}/reopen`, { version: page.version, reason: '  ' });
      expect(noReason.statusCode).toBe(400);
      const reopened = await asExpert.post(`/api/cases/${caseId}/reopen`, { version: page.version, reason: 'Nieuwe FML ontvangen' });
      expect(reopened.statusCode).toBe(200);
      expect(reopened.json().status).toBe('investigation');
      expect(reopened.json().timeline[0]).toMatchObject({ kind: 'reopened', details: { from: 'completed', to: 'investigation', reason: 'Nieuwe FML ontvangen' } });
    });

    it('detects concurrent edits: the second writer with a stale version is told and nothing is overwritten', async () => {
      const page = (await asExpert.get(`/api/cases/${caseId}`)).json();
      const first = await asExpert.patch(`/api/cases/${caseId}`, { version: page.version, assignment: { question: 'Eerste versie van de vraag' } });
      expect(first.statusCode).toBe(200);
      const second = await asOffice.patch(`/api/cases/${caseId}`, { version: page.version, assignment: { question: 'Tweede versie' } });
      expect(second.statusCode).toBe(409);
      expect(second.json().error.message).toMatch(/intussen gewijzigd/);
      const after = (await asExpert.get(`/api/cases/${caseId}`)).json();
      expect(after.assignment.question).toBe('Eerste versie van de vraag');
      expect(after.timeline[0]).toMatchObject({ kind: 'case_updated', details: { fields: ['assignment.question'] } });
    });

    it('plans a contact, records it as held, and shows both on the timeline', async () => {
      // Choosing the form is the labour expert's act (issue 3); office staff reschedule and cancel.
      const body = contactBody({
        circumstances: circumstancesBody('workplace_investigation'), durationMinutes: 90,
        location: 'Magazijn', participants: [{ name: 'Cliënt', role: 'client' }, { name: 'P. de Wit', role: 'employer' }],
      }, 21, '10:00');
      expect((await asOffice.post(`/api/cases/${caseId}/contacts`, body)).statusCode).toBe(403);
      const planned = await asExpert.post(`/api/cases/${caseId}/contacts`, body);
      expect(planned.statusCode, planned.body).toBe(201);
      const contactId = planned.json().id;
      // Office staff may reschedule but not record what happened.
      const heldAt = '2026-11-03T10:05:00+01:00';
      expect((await asOffice.patch(`/api/cases/${caseId}/contacts/${contactId}`, { version: 1, state: 'held', heldAt })).statusCode).toBe(403);
      const held = await asExpert.patch(`/api/cases/${caseId}/contacts/${contactId}`, { version: 1, state: 'held', heldAt, note: 'Werkplek bekeken.' });
      expect(held.statusCode).toBe(204);
      const stale = await asExpert.patch(`/api/cases/${caseId}/contacts/${contactId}`, { version: 1, note: 'oud' });
      expect(stale.statusCode).toBe(409);
      const page = (await asExpert.get(`/api/cases/${caseId}`)).json();
      const contact = page.contacts.find((c: { id: string }) => c.id === contactId);
      expect(contact).toMatchObject({ state: 'held', heldAt: '2026-11-03T09:05:00.000Z', location: 'Magazijn', note: 'Werkplek bekeken.', version: 2 });
      const kinds = page.timeline.map((e: { kind: string }) => e.kind);
      expect(kinds).toEqual(expect.arrayContaining(['contact_planned', 'contact_updated']));
    });

    it('stores an uploaded document with its checksum and returns the same bytes', async () => {
      const response = await upload(asExpert, caseId, { name: 'FML 2026.pdf', content: PDF });
      expect(response.statusCode).toBe(201);
      const sha = createHash('sha256').update(PDF).digest('hex');
      expect(response.json().sha256).toBe(sha);
      const download = await asOffice.get(`/api/cases/${caseId}/documents/${response.json().id}/content`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(PDF)).toBe(true);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toMatch(/^attachment;/);
      const page = (await asExpert.get(`/api/cases/${caseId}`)).json();
      expect(page.documents[0]).toMatchObject({ fileName: 'FML 2026.pdf', documentType: 'fml', sha256: sha, sizeBytes: PDF.length });
      expect(page.timeline.some((e: { kind: string; details: { documentId?: string } }) => e.kind === 'document_added' && e.details.documentId === response.json().id)).toBe(true);
    });

    it('refuses oversized, mismatched and executable uploads and stores nothing', async () => {
      const before = await count(t, 'documents');
      const tooLarge = await upload(asExpert, caseId, { name: 'groot.pdf', content: Buffer.concat([PDF, Buffer.alloc(70 * 1024, 32)]) });
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json().error.message).toMatch(/te groot/);
      const mismatch = await upload(asExpert, caseId, { name: 'rapport.docx', content: PDF, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
      expect(mismatch.statusCode).toBe(415);
      const exe = await upload(asExpert, caseId, { name: 'tool.pdf', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]) });
      expect(exe.statusCode).toBe(415);
      expect(exe.json().error.message).toMatch(/uitvoerbare inhoud/);
      const empty = await upload(asExpert, caseId, { name: 'leeg.pdf', content: Buffer.alloc(0) });
      expect(empty.statusCode).toBe(400);
      const badType = await upload(asExpert, caseId, { name: 'x.pdf', content: PDF }, { documentType: 'virus' });
      expect(badType.statusCode).toBe(400);
      expect(badType.json().error.field).toBe('documentType');
      expect(await count(t, 'documents')).toBe(before);
      expect(await count(t, 'document_contents')).toBe(before);
    });

    it('hides professional-only notes and documents from office staff', async () => {
      await asExpert.post(`/api/cases/${caseId}/notes`, { body: 'Vertrouwelijke afweging', professionalOnly: true });
      await asOffice.post(`/api/cases/${caseId}/notes`, { body: 'Cliënt belde om te verzetten', professionalOnly: false });
      const secret = await upload(asExpert, caseId, { name: 'medisch-vrij.pdf', content: PDF }, { documentType: 'medical_free_information', professionalOnly: 'true' });
      const expertView = (await asExpert.get(`/api/cases/${caseId}`)).json();
      expect(expertView.notes.map((n: { body: string }) => n.body)).toEqual(expect.arrayContaining(['Vertrouwelijke afweging', 'Cliënt belde om te verzetten']));
      const officeView = (await asOffice.get(`/api/cases/${caseId}`)).json();
      expect(JSON.stringify(officeView)).not.toContain('Vertrouwelijke afweging');
      expect(officeView.documents.map((d: { id: string }) => d.id)).not.toContain(secret.json().id);
      expect(JSON.stringify(officeView.timeline)).not.toContain(secret.json().id);
      expect((await asOffice.get(`/api/cases/${caseId}/documents/${secret.json().id}/content`)).statusCode).toBe(404);
      expect((await asOffice.post(`/api/cases/${caseId}/notes`, { body: 'x', professionalOnly: true })).statusCode).toBe(403);
    });

    it('leaves nothing half-written when a write fails midway', async () => {
      const cases = await count(t, 'cases');
      const clients = await count(t, 'clients');
      const events = await count(t, 'case_events');
      // Make the last step of registration fail inside the database.
      await t.db.exec(`CREATE FUNCTION fail_party() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated failure'; END; $$;
        CREATE TRIGGER fail_party BEFORE INSERT ON case_parties FOR EACH ROW EXECUTE FUNCTION fail_party();`);
      try {
        const response = await asExpert.post('/api/cases', newCaseBody());
        expect(response.statusCode).toBe(500);
        expect(response.json().error.code).toBe('internal');
        expect(response.json().error.referenceId).toBeTruthy();
        expect(response.body).not.toMatch(/simulated failure|at .*\.ts/);
      } finally {
        await t.db.exec('DROP TRIGGER fail_party ON case_parties; DROP FUNCTION fail_party();');
      }
      expect(await count(t, 'cases')).toBe(cases);
      expect(await count(t, 'clients')).toBe(clients);
      expect(await count(t, 'case_events')).toBe(events);
    });

    it('shares a case with a colleague, who then sees it, until the share is removed', async () => {
      const org = (await t.db.query<{ organisation_id: string }>('SELECT organisation_id FROM users WHERE id = $1', [expert.id]))[0]!.organisation_id;
      const colleague = await createUser(t, org, ['labour_expert'], { name: 'Collega AD' });
      const asColleague = await signIn(t, colleague);
      expect((await asColleague.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
      expect((await asExpert.post(`/api/cases/${caseId}/shares`, { userId: colleague.id })).statusCode).toBe(204);
      expect((await asColleague.get(`/api/cases/${caseId}`)).statusCode).toBe(200);
      expect((await asColleague.get('/api/cases')).json().items.map((i: { id: string }) => i.id)).toContain(caseId);
      expect((await asExpert.delete(`/api/cases/${caseId}/shares/${colleague.id}`)).statusCode).toBe(204);
      expect((await asColleague.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    });

    it('writes a hash-chained audit entry for every read and write of client data, and verifies the chain', async () => {
      const before = await count(t, 'audit_log');
      await asExpert.get(`/api/cases/${caseId}`);
      await asExpert.get('/api/cases');
      const rows = await t.db.query<{ action: string; actor_id: string; entity_ids: string[] }>('SELECT action, actor_id, entity_ids FROM audit_log ORDER BY at DESC, seq DESC LIMIT 2');
      expect(await count(t, 'audit_log')).toBe(before + 2);
      expect(rows.map((r) => r.action).sort()).toEqual(['case.list', 'case.read']);
      expect(rows.every((r) => r.actor_id === expert.id)).toBe(true);
      // Never the data itself: no client name in any audit row.
      const all = JSON.stringify(await t.db.query('SELECT * FROM audit_log'));
      expect(all).not.toContain('Test Cliënt');
      expect((await verifyAudit(t.db)).ok).toBe(true);
      // The database computes each hash (migration 0003); the verifier recomputes it in TypeScript. They must agree
      // on every character JSON escapes differently or not at all.
      const tricky = ['quote " and \\ backslash', 'new\nline\ttab\r', 'control \u0001\u001f', 'emoji 🧑‍⚕️ é ß', 'separators \u2028\u2029', ''];
      await t.db.transaction((tx) => appendAudit(tx, 'test-chain', tricky.map((route) => ({ actorId: null, action: route || 'empty', entityType: 'x', entityIds: [route, 'b'], route }))));
      expect((await verifyAudit(t.db)).ok).toBe(true);
      // The log refuses updates by the application.
      await expect(t.db.query("UPDATE audit_log SET action = 'x' WHERE seq = 1")).rejects.toThrow(/append-only/);
    });

    it('publishes an OpenAPI document covering every route', async () => {
      const doc = (await asExpert.get('/api/openapi.json')).json();
      const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
      expect(documented).toEqual(expect.arrayContaining(['GET /api/cases', 'POST /api/cases', 'GET /api/cases/{caseId}', 'POST /api/cases/{caseId}/documents', 'GET /api/admin/users', 'POST /api/auth/login']));
      expect(documented.length).toBeGreaterThanOrEqual(28);
    });
  });
});
