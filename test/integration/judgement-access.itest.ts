// Issue 7, "Authorization: evidence and notes marked professional-only are invisible to office staff and
// to the portal", on both engines. One case carries professional-only evidence (every free-text field with
// its own marker), a shared source whose reliability, interest, reality check and text are still the
// expert's, a professional-only item that was withdrawn, a shared item later marked professional-only,
// professional-only case notes, compass notes and a trial-and-error experiment. Then every answer office
// staff get about the case (the case page with its timeline, the sources, the refused judgement page) and
// every answer of every portal GET route, for the client and for the employer, is searched for the markers.
// The assigned expert's judgement page is the control: every marker is there.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createOrganisation, createUser, ENGINES, newCaseBody, openPortal, signIn, startApp, type TestApp } from './harness.js';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const evidence = (overrides: Record<string, unknown>) => ({
  kind: 'information', sourceType: 'employer', sourceName: null, observedOn: addDays(today(), -3), method: 'phone', title: 'Bron', body: null, interest: null,
  reliability: 'reasonable', realityCheck: null, notInvestigatedReason: null, factorCodes: [], instrumentId: null, contactId: null, documentId: null, professionalOnly: true, ...overrides,
});

describe.each(ENGINES)('professional-only evidence and notes on %s', (engine) => {
  let t: TestApp;
  let asExpert: Client;
  let asOffice: Client;
  let caseId: string;
  let client: Client;
  let employer: Client;
  /** Must never reach office staff or the portal. */
  const hidden: Record<string, string> = {};
  /** The shared source's title: office staff and the client see it (proof that the search can find things). */
  let sharedTitle = '';
  const mark = (name: string) => (hidden[name] = `${name}-${randomUUID().slice(0, 8)}`);
  const ok = async <T = any>(response: Promise<{ statusCode: number; body: string; json(): unknown }>, status: number): Promise<T> => {
    const r = await response;
    expect(r.statusCode, r.body.slice(0, 300)).toBe(status);
    return r.json() as T;
  };

  beforeAll(async () => {
    t = await startApp(engine);
    const org = await createOrganisation(t, `Praktijk Afscherming ${engine} (test)`);
    asExpert = await signIn(t, await createUser(t, org, ['labour_expert']));
    asOffice = await signIn(t, await createUser(t, org, ['office_staff']));
    const created = await ok<{ id: string }>(asExpert.post('/api/cases', newCaseBody({ assignment: { ...newCaseBody().assignment, legalContext: 'wajong', firstSicknessDay: null } })), 201);
    caseId = created.id;
    const c = `/api/cases/${caseId}`;

    await ok(asExpert.post(`${c}/evidence`, evidence({
      sourceType: 'verzekeringsarts', method: 'feedback_call', title: mark('PROF-TITLE'), body: mark('PROF-BODY'), sourceName: mark('PROF-SOURCE'), interest: mark('PROF-INTEREST'),
    })), 201);
    await ok(asExpert.post(`${c}/evidence`, evidence({ kind: 'wish', sourceType: 'client_story', method: 'conversation', title: mark('PROF-WISH'), realityCheck: mark('PROF-REALITY') })), 201);
    sharedTitle = `SHARED-TITLE-${randomUUID().slice(0, 8)}`;
    // Shared: its title, source, date and method are for everyone on the case; text, interest, reliability and reality check stay the expert's.
    await ok(asExpert.post(`${c}/evidence`, evidence({
      kind: 'self_assessment', sourceType: 'client_story', method: 'conversation', title: sharedTitle, body: mark('SHARED-BODY'), interest: mark('SHARED-INTEREST'),
      realityCheck: mark('SHARED-REALITY'), reliability: 'low', professionalOnly: false,
    })), 201);
    const withdrawn = await ok<{ id: string }>(asExpert.post(`${c}/evidence`, evidence({ title: mark('PROF-WITHDRAWN') })), 201);
    expect((await asExpert.post(`${c}/evidence/${withdrawn.id}/withdraw`, { reason: 'Ging over een andere cliënt (test).' })).statusCode).toBe(204);
    // Recorded as shared, then marked professional-only: from then on it is professional-only everywhere.
    const turned = await ok<{ id: string }>(asExpert.post(`${c}/evidence`, evidence({ title: mark('PROF-TURNED'), professionalOnly: false })), 201);
    expect((await asExpert.put(`${c}/evidence/${turned.id}`, { ...evidence({ title: hidden['PROF-TURNED'], professionalOnly: true }), version: 1 })).statusCode).toBe(200);

    await ok(asExpert.post(`${c}/notes`, { body: `Werkhypothese ${mark('PROF-NOTE')}`, professionalOnly: true }), 201);
    await ok(asExpert.post(`${c}/notes`, { body: 'Cliënt belde terug (gewone notitie).', professionalOnly: false }), 201);
    await ok(asExpert.put(`${c}/compass/experiences`, { contactId: null, body: `Kompas ${mark('PROF-COMPASS')}`, version: 0 }), 200);
    await ok(asExpert.post(`${c}/observations`, {
      body: mark('PROF-OBSERVATION'), discriminator: null, evidenceIds: [],
      hypotheses: [{ explanation: mark('PROF-HYPOTHESIS'), status: 'open', statusArgument: null, evidenceFor: [], evidenceAgainst: [] }],
    }), 201);
    await ok(asExpert.post(`${c}/trajectories`, { screeningReason: `Screening ${mark('PROF-SCREENING')}`, startedOn: today() }), 201);
    await ok(asExpert.post(`${c}/experiments`, {
      title: mark('PROF-EXPERIMENT'), question: 'Houdt hij een dag vol?', hypothesisId: null, expectedSignals: 'Blijft.', vulnerabilities: 'Faalangst.', safeguards: 'Stoppen mag.',
      startsOn: today(), nextFeedbackOn: addDays(today(), 7),
    }), 201);

    // The client's portal, with a shared report and a shared document, so that those routes have something to answer.
    client = await openPortal(t, asExpert, caseId);
    const party = (await ok<{ parties: Array<{ id: string; role: string }> }>(asExpert.get(c), 200)).parties.find((p) => p.role === 'employer')!;
    employer = await openPortal(t, asExpert, caseId, { audience: 'employer', partyId: party.id });
    const report = await ok<{ id: string }>(asExpert.post(`${c}/conversation-reports`, { contactId: null, title: 'Verslag (test)' }), 201);
    await ok(asExpert.put(`${c}/conversation-reports/${report.id}/draft`, { lockVersion: 1, paragraphs: [{ id: 'p1', theme: null, text: 'Wat we bespraken (test).', forEmployer: true }] }), 200);
    expect((await asExpert.post(`${c}/conversation-reports/${report.id}/share`, { withEmployer: true })).statusCode).toBe(204);
  });
  afterAll(async () => t?.close());

  const leaks = (body: string) => Object.values(hidden).filter((marker) => body.includes(marker));

  it('the expert on the case sees all of it (the control)', async () => {
    const page = await asExpert.get(`/api/cases/${caseId}/judgement`);
    expect(page.statusCode).toBe(200);
    // The page lists each source's summary; its text, interest and reality check come with the source itself.
    const details = await Promise.all((page.json().evidence as Array<{ id: string }>).map(async (e) => (await asExpert.get(`/api/cases/${caseId}/evidence/${e.id}`)).body));
    const seen = [page.body, ...details].join('\n');
    expect(Object.values(hidden).filter((m) => !seen.includes(m))).toEqual([]);
    const casePage = await asExpert.get(`/api/cases/${caseId}`);
    expect(casePage.body).toContain(hidden['PROF-NOTE']);
    expect(casePage.body).toContain(sharedTitle);
  });

  it('office staff: the case page and its timeline show the shared source, none of the professional-only material', async () => {
    const response = await asOffice.get(`/api/cases/${caseId}`);
    expect(response.statusCode).toBe(200);
    expect(leaks(response.body)).toEqual([]);
    const page = response.json();
    expect(page.permissions.canReadSources).toBe(true);
    expect(page.permissions.canWorkJudgement).toBe(false);
    const recorded = (page.timeline as Array<{ kind: string; details: { title?: string } }>).filter((e) => e.kind === 'evidence_recorded');
    expect(recorded.map((e) => e.details.title)).toEqual([sharedTitle]);
    expect(response.body).toContain(sharedTitle);
  });

  it('office staff: the sources are the shared ones only, without the expert\'s weighing', async () => {
    const response = await asOffice.get(`/api/cases/${caseId}/sources`);
    expect(response.statusCode).toBe(200);
    expect(leaks(response.body)).toEqual([]);
    const { items, canWorkJudgement } = response.json();
    expect(canWorkJudgement).toBe(false);
    expect(items.map((s: { title: string }) => s.title)).toEqual([sharedTitle]);
    expect(Object.keys(items[0]).sort()).toEqual(['id', 'kind', 'method', 'number', 'observedOn', 'sourceName', 'sourceType', 'title']);
  });

  it('office staff: the judgement page is refused, and the refusal carries nothing of it', async () => {
    const response = await asOffice.get(`/api/cases/${caseId}/judgement`);
    expect(response.statusCode).toBe(403);
    expect(leaks(response.body)).toEqual([]);
    expect(response.body).not.toContain(sharedTitle);
    // Nor one source in full, shared or not.
    const sourceIds = await t.db.query<{ id: string }>('SELECT id FROM evidence_items WHERE case_id = $1', [caseId]);
    for (const { id } of sourceIds) {
      const one = await asOffice.get(`/api/cases/${caseId}/evidence/${id}`);
      expect(one.statusCode).toBe(403);
      expect(leaks(one.body)).toEqual([]);
    }
  });

  it('the client in the portal: the shared sources only, without the expert\'s weighing', async () => {
    const response = await client.get('/api/portal/sources');
    expect(response.statusCode).toBe(200);
    expect(leaks(response.body)).toEqual([]);
    const items = response.json().items as Array<Record<string, unknown>>;
    expect(items.map((s) => s.title)).toEqual([sharedTitle]);
    expect(Object.keys(items[0]!).sort()).toEqual(['id', 'number', 'observedOn', 'sourceName', 'sourceType', 'title']);
    // The employer has no door to the client's sources at all.
    expect((await employer.get('/api/portal/sources')).statusCode).toBe(403);
  });

  it('every portal GET route, for the client and for the employer: no professional-only material in any answer', async () => {
    const paths = Object.entries((await asExpert.get('/api/openapi.json')).json().paths as Record<string, Record<string, unknown>>)
      .filter(([path, ops]) => path.startsWith('/api/portal/') && 'get' in ops).map(([path]) => path);
    expect(paths).toContain('/api/portal/sources');
    for (const [who, visitor] of [['client', client], ['employer', employer]] as const) {
      const reports = (await visitor.get('/api/portal/reports')).json().items as Array<{ id: string }>;
      const documents = ((await visitor.get('/api/portal/documents')).json().items ?? []) as Array<{ id: string }>;
      let answered = 0;
      for (const path of paths) {
        const urls = path.includes('{reportId}') ? reports.map((r) => path.replace('{reportId}', r.id))
          : path.includes('{documentId}') ? documents.map((d) => path.replace('{documentId}', d.id))
            : [path];
        for (const url of urls) {
          const response = await visitor.get(url);
          expect(response.statusCode, `${who} GET ${url}`).toBeLessThan(500);
          if (response.statusCode === 200) answered++;
          expect(leaks(response.body), `${who} GET ${url}`).toEqual([]);
        }
      }
      expect(answered, who).toBeGreaterThanOrEqual(who === 'client' ? 7 : 4);
    }
  });

  it('an item marked professional-only later is hidden from then on, in the sources and in the portal', async () => {
    const c = `/api/cases/${caseId}`;
    const title = `LATER-${randomUUID().slice(0, 8)}`;
    const item = await ok<{ id: string }>(asExpert.post(`${c}/evidence`, evidence({ title, professionalOnly: false })), 201);
    expect((await asOffice.get(`${c}/sources`)).body).toContain(title);
    expect((await client.get('/api/portal/sources')).body).toContain(title);
    expect((await asExpert.put(`${c}/evidence/${item.id}`, { ...evidence({ title, professionalOnly: true }), version: 1 })).statusCode).toBe(200);
    for (const body of [(await asOffice.get(`${c}/sources`)).body, (await client.get('/api/portal/sources')).body, (await asOffice.get(c)).body]) expect(body).not.toContain(title);
    // And withdrawn shared sources leave the sources too.
    const gone = `GONE-${randomUUID().slice(0, 8)}`;
    const other = await ok<{ id: string }>(asExpert.post(`${c}/evidence`, evidence({ title: gone, professionalOnly: false })), 201);
    expect((await asExpert.post(`${c}/evidence/${other.id}/withdraw`, { reason: 'Bleek onjuist te zijn (test).' })).statusCode).toBe(204);
    expect((await asOffice.get(`${c}/sources`)).body).not.toContain(gone);
    expect((await client.get('/api/portal/sources')).body).not.toContain(gone);
  });
});
