// The report (issue 8) through HTTP on both engines: a draft assembled from the case, edited, stale
// after the case changed and refreshed with its difference, checked by the client in the portal (one
// reaction, processed), finalised and sealed as PDF and Word, verified against the seal (a changed
// byte fails), corrected as a new version, sent by personal download links with opening on the
// timeline; the template administration with its history; and what is refused, with nothing half-saved.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createOrganisation, createUser, ENGINES, newCaseBody, openPortal, signIn, startApp, type TestApp } from './harness.js';

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'passend-report-'));
  try {
    writeFileSync(join(dir, 'r.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(ENGINES)('the report on %s', (engine) => {
  let t: TestApp;
  let asExpert: Client;
  let asOffice: Client;
  let asAdmin: Client;
  let asOutsider: Client;

  beforeAll(async () => {
    t = await startApp(engine);
    const org = await createOrganisation(t, 'Arbeidsdeskundig Bureau Rapport (test)');
    asExpert = await signIn(t, await createUser(t, org, ['labour_expert'], { name: 'Rik Rapporteur' }));
    asOffice = await signIn(t, await createUser(t, org, ['office_staff']));
    asAdmin = await signIn(t, await createUser(t, org, ['org_admin']));
    asOutsider = await signIn(t, await createUser(t, await createOrganisation(t), ['labour_expert', 'office_staff']));
  });
  afterAll(async () => t?.close());

  async function newCase(fullName: string, question = 'Kan de cliënt het eigen werk als magazijnmedewerker nog doen?') {
    const body = newCaseBody();
    const created = await asExpert.post('/api/cases', { ...body, client: { ...body.client, fullName }, assignment: { ...body.assignment, question } });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  }

  async function startReport(caseId: string) {
    const templates = await asExpert.get(`/api/cases/${caseId}/report-templates`);
    expect(templates.statusCode, templates.body).toBe(200);
    expect(templates.json().suggested).toBe('poortwachter');
    const template = templates.json().templates[0];
    expect(template.context).toBe('poortwachter');
    const created = await asExpert.post(`/api/cases/${caseId}/reports`, { templateId: template.templateId });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  }

  const detail = async (caseId: string, reportId: string) => {
    const r = await asExpert.get(`/api/cases/${caseId}/reports/${reportId}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };

  it('goes from a draft filled from the case to a sealed, verified, corrected and delivered report', async () => {
    const caseId = await newCase('Yasmina el Idrissi-Bakker');
    const otherCase = await newCase('Gerrit-Jan Zwanenburg', 'Een heel andere vraag over een ander dossier.');
    const reportId = await startReport(caseId);
    let d = await detail(caseId, reportId);
    expect(d.current.state).toBe('draft');
    const kinds = d.current.sections.map((s: { kind: string }) => s.kind);
    expect(kinds).toEqual(['assignment', 'sources', 'contact_form', 'client_perspective', 'capacity', 'own_work', 'adapted_work', 'other_work_internal', 'spoor2', 'analysis', 'advice', 'client_reaction', 'trace']);
    const assignment = d.current.sections[0];
    expect(assignment.paragraphs.map((p: { text: string }) => p.text).join('\n')).toContain('Kan de cliënt het eigen werk als magazijnmedewerker nog doen?');
    expect(d.current.sections.every((s: { stale: boolean }) => !s.stale)).toBe(true);

    // The expert edits a section.
    const edited = await asExpert.put(`/api/cases/${caseId}/reports/${reportId}/sections/0`, {
      lockVersion: d.current.lockVersion, paragraphs: [...assignment.paragraphs, { id: 'own-1', text: 'Eigen toevoeging van de arbeidsdeskundige: één vraag, één antwoord.', forEmployer: true }],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    // A stale page cannot overwrite it.
    const stale = await asExpert.put(`/api/cases/${caseId}/reports/${reportId}/sections/0`, { lockVersion: d.current.lockVersion, paragraphs: [] });
    expect(stale.statusCode).toBe(409);

    // The case changes: the question. The assignment section is stale; refreshing shows what changed.
    const page = await asExpert.get(`/api/cases/${caseId}`);
    const patched = await asExpert.patch(`/api/cases/${caseId}`, { version: page.json().version, assignment: { question: 'Kan de cliënt aangepast werk doen?' } });
    expect(patched.statusCode, patched.body).toBe(200);
    d = await detail(caseId, reportId);
    expect(d.current.sections[0].stale).toBe(true);
    expect(d.current.sections[1].stale).toBe(false);
    const preview = await asExpert.get(`/api/cases/${caseId}/reports/${reportId}/sections/0/refresh?lockVersion=${d.current.lockVersion}`);
    expect(preview.statusCode, preview.body).toBe(200);
    const changes = preview.json().diff as Array<{ change: string; text: string }>;
    expect(changes).toContainEqual({ change: 'added', text: 'De vraag: Kan de cliënt aangepast werk doen?' });
    expect(changes).toContainEqual({ change: 'removed', text: 'De vraag: Kan de cliënt het eigen werk als magazijnmedewerker nog doen?' });
    expect(changes).toContainEqual({ change: 'removed', text: 'Eigen toevoeging van de arbeidsdeskundige: één vraag, één antwoord.' });
    expect((await detail(caseId, reportId)).current.sections[0].stale).toBe(true);
    const applied = await asExpert.post(`/api/cases/${caseId}/reports/${reportId}/sections/0/refresh`, { lockVersion: d.current.lockVersion });
    expect(applied.statusCode, applied.body).toBe(200);
    d = await detail(caseId, reportId);
    expect(d.current.sections[0].stale).toBe(false);

    // To the client (and, for their parts, the employer) to check; the draft is frozen meanwhile.
    const check = await asExpert.post(`/api/cases/${caseId}/reports/${reportId}/check`, { lockVersion: d.current.lockVersion, withEmployer: true });
    expect(check.statusCode, check.body).toBe(201);
    d = await detail(caseId, reportId);
    expect(d.current.state).toBe('in_check');
    const frozen = await asExpert.put(`/api/cases/${caseId}/reports/${reportId}/sections/1`, { lockVersion: d.current.lockVersion, paragraphs: [] });
    expect(frozen.statusCode).toBe(409);
    // The check is not a conversation report to edit elsewhere.
    expect((await asExpert.post(`/api/cases/${caseId}/conversation-reports/${d.checkReportId}/finalise`)).statusCode).toBe(409);
    expect((await asExpert.get(`/api/cases/${caseId}/conversation-reports`)).json().items).toEqual([]);

    const client = await openPortal(t, asExpert, caseId);
    const list = await client.get('/api/portal/reports');
    expect(list.json().items).toEqual([expect.objectContaining({ id: d.checkReportId, kind: 'assessment', canReact: true })]);
    const view = (await client.get(`/api/portal/reports/${d.checkReportId}`)).json();
    const version = view.versions.at(-1);
    const questionParagraph = version.paragraphs.find((p: { text: string }) => p.text.includes('aangepast werk'));
    expect(questionParagraph).toBeDefined();
    const reaction = await client.post(`/api/portal/reports/${d.checkReportId}/versions/${version.id}/reaction`, {
      items: [{ paragraphId: questionParagraph.id, stance: 'disagree', text: 'Ik wil ook weten of ik mijn eigen werk in deeltijd kan doen.' }], additions: [], inFinalReport: 'full',
    });
    expect(reaction.statusCode, reaction.body).toBe(201);

    // Finalising with an unprocessed reaction needs a reason: refused without, nothing sealed.
    d = await detail(caseId, reportId);
    expect(d.check.comments).toHaveLength(1);
    const noReason = await asExpert.post(`/api/cases/${caseId}/reports/${reportId}/finalise`, { lockVersion: d.current.lockVersion, reason: null, clientReactionSummary: null });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reason');
    expect((await detail(caseId, reportId)).current.state).toBe('in_check');

    const processed = await asExpert.post(`/api/cases/${caseId}/conversation-reports/${d.checkReportId}/comments/${d.check.comments[0].id}/processing`, {
      decision: 'adopted', explanation: 'De vraag naar deeltijd is toegevoegd aan de vraagstelling.',
    });
    expect(processed.statusCode, processed.body).toBe(204);
    const resumed = await asExpert.post(`/api/cases/${caseId}/reports/${reportId}/resume`, { lockVersion: d.current.lockVersion });
    expect(resumed.statusCode, resumed.body).toBe(200);

    const final = await asExpert.post(`/api/cases/${caseId}/reports/${reportId}/finalise`, { lockVersion: resumed.json().lockVersion, reason: null, clientReactionSummary: null });
    expect(final.statusCode, final.body).toBe(200);
    const seal = final.json();
    expect(seal.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(seal.signer).toBe('Rik Rapporteur');

    // The files: PDF and Word, with the sections, the client's name and reaction, and no other case's words.
    const pdf = await asExpert.get(`/api/cases/${caseId}/reports/${reportId}/versions/1/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    for (const title of ['Opdracht en vraagstelling', 'Verantwoording contactvorm', 'Eigen werk met aanpassingen', 'Reactie van de cliënt']) expect(text).toContain(title);
    expect(text).toContain('Yasmina el Idrissi-Bakker');
    expect(text.replace(/\s+/g, ' '), text).toContain('Ik wil ook weten of ik mijn eigen werk in deeltijd kan doen.');
    expect(text).not.toContain('Gerrit-Jan Zwanenburg');
    expect(text).not.toContain('Een heel andere vraag');
    const docx = await asExpert.get(`/api/cases/${caseId}/reports/${reportId}/versions/1/report.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    // Anyone with the PDF can check it against the seal; one changed byte fails.
    const anyone = new Client(t);
    const verified = await anyone.call({ method: 'POST', url: '/api/report-seal/verify', payload: pdf.rawPayload, headers: { 'content-type': 'application/pdf' } });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ match: true, version: 1, signer: 'Rik Rapporteur', sha256: seal.pdfSha256 });
    const tampered = Buffer.from(pdf.rawPayload);
    tampered[Math.floor(tampered.length / 2)]! ^= 0x01;
    const failed = await anyone.call({ method: 'POST', url: '/api/report-seal/verify', payload: tampered, headers: { 'content-type': 'application/pdf' } });
    expect(failed.json()).toMatchObject({ match: false });

    // A sealed report never changes: not by the routes, not in the database.
    d = await detail(caseId, reportId);
    expect((await asExpert.put(`/api/cases/${caseId}/reports/${reportId}/sections/0`, { lockVersion: d.current.lockVersion, paragraphs: [] })).statusCode).toBe(409);
    expect((await asExpert.post(`/api/cases/${caseId}/reports/${reportId}/finalise`, { lockVersion: d.current.lockVersion, reason: null, clientReactionSummary: null })).statusCode).toBe(409);
    await expect(t.db.query("UPDATE assessment_report_versions SET pdf_sha256 = 'x' WHERE report_id = $1", [reportId])).rejects.toThrow(/sealed/);

    // Office staff send it: each recipient their own link, no attachment; opening shows on the timeline.
    const sent = await asOffice.post(`/api/cases/${caseId}/reports/${reportId}/versions/1/deliveries`, {
      recipients: [{ kind: 'client' }, { kind: 'party', partyId: (await asExpert.get(`/api/cases/${caseId}`)).json().parties[0].id }],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const mails = await t.db.query<{ recipient: string; body_text: string; ics: string | null }>("SELECT recipient, body_text, ics FROM mail_outbox WHERE case_id = $1 AND kind = 'report_delivery' ORDER BY recipient", [caseId]);
    expect(mails.map((m) => m.recipient)).toEqual(['client@voorbeeld.test', 'hr@werkgever.test']);
    expect(mails.every((m) => !m.body_text.includes('Ik wil ook weten') && m.ics === null)).toBe(true);
    const token = /\/rapport\/([A-Za-z0-9_-]{43})/.exec(mails[1]!.body_text)![1]!;
    const meta = await anyone.get(`/api/report-deliveries/${token}`);
    expect(meta.statusCode, meta.body).toBe(200);
    const download = await anyone.get(`/api/report-deliveries/${token}/report.pdf`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf.rawPayload)).toBe(true);
    const timeline = (await asExpert.get(`/api/cases/${caseId}`)).json().timeline as Array<{ kind: string; details: Record<string, unknown> }>;
    expect(timeline.filter((e) => e.kind === 'report_sent')).toHaveLength(2);
    expect(timeline.filter((e) => e.kind === 'report_opened')).toEqual([expect.objectContaining({ details: expect.objectContaining({ name: 'Werkgever B.V.' }) })]);
    // An unknown and an expired link are refused in words.
    expect((await anyone.get(`/api/report-deliveries/${'x'.repeat(43)}`)).statusCode).toBe(404);
    await t.db.query("UPDATE report_deliveries SET expires_at = now() - interval '1 minute' WHERE case_id = $1 AND recipient = 'party'", [caseId]);
    const expired = await anyone.get(`/api/report-deliveries/${token}/report.pdf`);
    expect(expired.statusCode).toBe(404);
    expect(expired.json().error.reason).toBe('expired');

    // The client finds it in the portal; the employer cannot open the client's.
    const finals = (await client.get('/api/portal/final-reports')).json().items;
    expect(finals).toHaveLength(1);
    expect((await client.get(`/api/portal/final-reports/${finals[0].id}/report.pdf`)).statusCode).toBe(200);
    const employer = await openPortal(t, asExpert, caseId, { audience: 'employer', partyId: (await asExpert.get(`/api/cases/${caseId}`)).json().parties[0].id });
    expect((await employer.get(`/api/portal/final-reports/${finals[0].id}/report.pdf`)).statusCode).toBe(403);
    const otherPortal = await openPortal(t, asExpert, otherCase);
    const notYours = await otherPortal.get(`/api/portal/final-reports/${finals[0].id}/report.pdf`);
    expect(notYours.statusCode).toBe(403);
    expect(notYours.json().error.reason).toBe('not_yours');

    // A correction is a new version that says what changed and why; the sealed one stays.
    expect((await asExpert.post(`/api/cases/${caseId}/reports/${reportId}/corrections`, { changeNote: 'kort' })).statusCode).toBe(400);
    const correction = await asExpert.post(`/api/cases/${caseId}/reports/${reportId}/corrections`, { changeNote: 'De geboortedatum stond verkeerd; nu gecorrigeerd op verzoek van de cliënt.' });
    expect(correction.statusCode, correction.body).toBe(201);
    expect(correction.json().number).toBe(2);
    d = await detail(caseId, reportId);
    expect(d.versions.map((v: { number: number; state: string }) => [v.number, v.state])).toEqual([[1, 'final'], [2, 'draft']]);
    expect(d.current.changeNote).toContain('geboortedatum');
    expect((await asExpert.get(`/api/cases/${caseId}/reports/${reportId}/versions/1/report.pdf`)).rawPayload.equals(pdf.rawPayload)).toBe(true);
    // The draft was checked in an earlier round (v1); finalising v2 has nothing unprocessed.
    const second = await asExpert.post(`/api/cases/${caseId}/reports/${reportId}/finalise`, { lockVersion: d.current.lockVersion, reason: null, clientReactionSummary: null });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().pdfSha256).not.toBe(seal.pdfSha256);
  });

  it('finalises an unchecked draft only with a recorded reason, and keeps the summary the client chose', async () => {
    const caseId = await newCase('Pieter Post');
    const reportId = await startReport(caseId);
    let d = await detail(caseId, reportId);
    const refused = await asExpert.post(`/api/cases/${caseId}/reports/${reportId}/finalise`, { lockVersion: d.current.lockVersion, reason: 'kort', clientReactionSummary: null });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('niet gecontroleerd');

    // The client asks for a summary of their reaction: finalising then needs that summary.
    const check = await asExpert.post(`/api/cases/${caseId}/reports/${reportId}/check`, { lockVersion: d.current.lockVersion, withEmployer: false });
    expect(check.statusCode, check.body).toBe(201);
    const client = await openPortal(t, asExpert, caseId);
    const version = (await client.get(`/api/portal/reports/${check.json().checkReportId}`)).json().versions.at(-1);
    expect((await client.post(`/api/portal/reports/${check.json().checkReportId}/versions/${version.id}/reaction`, { items: [], additions: ['Mijn rugklachten zijn erger dan er staat, vooral na een dag staan.'], inFinalReport: 'summary' })).statusCode).toBe(201);
    d = await detail(caseId, reportId);
    expect(d.check.clientChoseSummary).toBe(true);
    const noSummary = await asExpert.post(`/api/cases/${caseId}/reports/${reportId}/finalise`, { lockVersion: d.current.lockVersion, reason: 'De cliënt is gehoord in het gesprek van 3 december.', clientReactionSummary: null });
    expect(noSummary.statusCode).toBe(400);
    expect(noSummary.json().error.problems.map((p: { field: string }) => p.field)).toContain('clientReactionSummary');
    const ok = await asExpert.post(`/api/cases/${caseId}/reports/${reportId}/finalise`, {
      lockVersion: d.current.lockVersion, reason: 'De aanvulling is besproken en niet verwerkt, op verzoek van de cliënt.', clientReactionSummary: 'De cliënt vindt de rugklachten ernstiger dan beschreven, vooral na lang staan.',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const text = pdfText((await asExpert.get(`/api/cases/${caseId}/reports/${reportId}/versions/1/report.pdf`)).rawPayload);
    expect(text).toContain('De cliënt vindt de rugklachten ernstiger dan beschreven');
    expect(text).not.toContain('Mijn rugklachten zijn erger');
    // No more reactions to a sealed report.
    expect((await client.get('/api/portal/reports')).json().items[0].canReact).toBe(false);
  });

  it('keeps drafts to the labour expert and the templates to the administrator, with history', async () => {
    const caseId = await newCase('Anna de Vries');
    const reportId = await startReport(caseId);
    expect((await asOffice.post(`/api/cases/${caseId}/reports`, { templateId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(403);
    expect((await asOffice.get(`/api/cases/${caseId}/reports`)).json().items).toEqual([]);
    expect((await asOffice.get(`/api/cases/${caseId}/reports/${reportId}`)).statusCode).toBe(404);
    expect((await asOutsider.get(`/api/cases/${caseId}/reports`)).statusCode).toBe(404);
    expect((await asExpert.get('/api/report-templates')).statusCode).toBe(403);

    const templates = (await asAdmin.get('/api/report-templates')).json().items as Array<{ templateId: string; context: string; number: number; sections: Array<{ kind: string; title: string; standardText: string; forEmployer: boolean }>; name: string }>;
    expect(templates.map((x) => x.context).sort()).toEqual(['aov', 'general', 'letselschade', 'participatiewet', 'poortwachter']);
    const general = templates.find((x) => x.context === 'general')!;
    // An unknown section kind is refused with its name; nothing is saved.
    const unknown = await asAdmin.put(`/api/report-templates/${general.templateId}`, {
      name: general.name, sections: [...general.sections, { kind: 'horoscope', title: 'Horoscoop', standardText: '', forEmployer: false }], letterheadLines: [], changeNote: 'Een sectie erbij gezet.', basedOn: 1,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('horoscope');
    expect((await asAdmin.get(`/api/report-templates/${general.templateId}`)).json().history).toHaveLength(1);
    const saved = await asAdmin.put(`/api/report-templates/${general.templateId}`, {
      name: 'Algemeen onderzoek', sections: [{ kind: 'free', title: 'Inleiding', standardText: 'Dit is onze vaste inleiding.', forEmployer: false }, ...general.sections],
      letterheadLines: ['Stationsplein 1', '3511 AA Utrecht'], changeNote: 'Vaste inleiding en briefhoofd.', basedOn: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // A logo is checked by its bytes.
    const notImage = await asAdmin.call({ method: 'PUT', url: `/api/report-templates/${general.templateId}/logo?basedOn=2`, payload: Buffer.from('GIF89a not really'), headers: { 'content-type': 'image/png' } });
    expect(notImage.statusCode).toBe(400);
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const logo = await asAdmin.call({ method: 'PUT', url: `/api/report-templates/${general.templateId}/logo?basedOn=2`, payload: png, headers: { 'content-type': 'image/png' } });
    expect(logo.statusCode, logo.body).toBe(200);
    const history = (await asAdmin.get(`/api/report-templates/${general.templateId}`)).json();
    expect(history.history.map((v: { number: number }) => v.number)).toEqual([3, 2, 1]);
    expect(history.current).toMatchObject({ hasLogo: true, letterheadLines: ['Stationsplein 1', '3511 AA Utrecht'] });
    // A stale page cannot overwrite a newer version.
    expect((await asAdmin.put(`/api/report-templates/${general.templateId}`, { name: 'x', sections: general.sections, letterheadLines: [], changeNote: 'Nog een wijziging.', basedOn: 1 })).statusCode).toBe(409);
  });
});
