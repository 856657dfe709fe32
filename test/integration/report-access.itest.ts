// What a report (issue 8) may carry, read from its files as a reader gets them (pdftotext, the Word
// file's XML), on both engines: professional-only documents and sources never appear in a report,
// the shared ones do; and nothing of another case (its client's name, its question) appears in a
// report, even for two cases of one organisation and one labour expert, edited in interleaved order.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createOrganisation, createUser, ENGINES, newCaseBody, signIn, startApp, type TestApp } from './harness.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const REASON = 'De cliënt is in het gesprek gehoord; een schriftelijke controle was niet nodig (test).';

/** A file's text as its reader sees it, with runs of white space made one space (pdftotext breaks lines). */
function textOf(file: Buffer, kind: 'pdf' | 'docx'): string {
  const dir = mkdtempSync(join(tmpdir(), 'passend-report-access-'));
  try {
    writeFileSync(join(dir, `r.${kind}`), file);
    const text = kind === 'pdf'
      ? execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' })
      // The Word file's words: every part's XML, tags dropped (runs of one paragraph joined).
      : execFileSync('unzip', ['-p', join(dir, 'r.docx'), 'word/*.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/<\/w:p>/g, ' ').replace(/<[^>]+>/g, '');
    return text.replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** A source the report names by its title: the sources section lists tests and what was not investigated (assemble.ts). */
const evidence = (title: string, professionalOnly: boolean) => ({
  kind: 'not_investigated', sourceType: 'test_instrument', sourceName: null, observedOn: addDays(today(), -5), method: 'test', title, body: null, interest: null, reliability: null,
  realityCheck: null, notInvestigatedReason: 'cost', factorCodes: [], instrumentId: null, contactId: null, documentId: null, professionalOnly,
});

describe.each(ENGINES)('what a report carries, on %s', (engine) => {
  let t: TestApp;
  let asExpert: Client;
  let asOffice: Client;

  beforeAll(async () => {
    t = await startApp(engine);
    const org = await createOrganisation(t, 'Bureau Rapporttoegang (test)');
    asExpert = await signIn(t, await createUser(t, org, ['labour_expert'], { name: 'Rianne Rapport' }));
    asOffice = await signIn(t, await createUser(t, org, ['office_staff']));
  });
  afterAll(async () => t?.close());

  async function newCase(fullName: string, question: string) {
    const body = newCaseBody();
    const created = await asExpert.post('/api/cases', { ...body, client: { ...body.client, fullName }, assignment: { ...body.assignment, question } });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  }

  async function upload(caseId: string, fileName: string, professionalOnly: boolean) {
    const boundary = `----reportAccess${randomUUID().replace(/-/g, '')}`;
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="documentType"\r\n\r\ncorrespondence\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="professionalOnly"\r\n\r\n${professionalOnly}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`),
      PDF, Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await asExpert.call({ method: 'POST', url: `/api/cases/${caseId}/documents`, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(response.statusCode, response.body).toBe(201);
  }

  async function startReport(caseId: string) {
    const templateId = (await asExpert.get(`/api/cases/${caseId}/report-templates`)).json().templates[0].templateId as string;
    const created = await asExpert.post(`/api/cases/${caseId}/reports`, { templateId });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  }

  const detail = async (caseId: string, reportId: string) => {
    const response = await asExpert.get(`/api/cases/${caseId}/reports/${reportId}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  async function finalise(caseId: string, reportId: string) {
    const d = await detail(caseId, reportId);
    const sealed = await asExpert.post(`/api/cases/${caseId}/reports/${reportId}/finalise`, { lockVersion: d.current.lockVersion, reason: REASON, clientReactionSummary: null });
    expect(sealed.statusCode, sealed.body).toBe(200);
    return sealed.json().number as number;
  }

  async function files(caseId: string, reportId: string, number: number) {
    const pdf = await asExpert.get(`/api/cases/${caseId}/reports/${reportId}/versions/${number}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    const docx = await asExpert.get(`/api/cases/${caseId}/reports/${reportId}/versions/${number}/report.docx`);
    expect(docx.statusCode).toBe(200);
    return { pdf: textOf(pdf.rawPayload, 'pdf'), docx: textOf(docx.rawPayload, 'docx'), pdfBytes: pdf.rawPayload };
  }

  it('never carries professional-only documents or sources, and does carry the shared ones', async () => {
    const marker = randomUUID().slice(0, 8);
    const shared = { document: `Gedeelddocument${marker}.pdf`, source: `Gedeeldebron${marker}` };
    const secret = { document: `Vertrouwelijkdocument${marker}.pdf`, source: `Vertrouwelijkebron${marker}` };
    const caseId = await newCase('Femke Verhoef', 'Kan de cliënt haar werk als verpleegkundige hervatten?');
    await upload(caseId, shared.document, false);
    await upload(caseId, secret.document, true);
    for (const [title, professionalOnly] of [[shared.source, false], [secret.source, true]] as const) {
      const recorded = await asExpert.post(`/api/cases/${caseId}/evidence`, evidence(title, professionalOnly));
      expect(recorded.statusCode, recorded.body).toBe(201);
    }
    // The expert's own page has all four: the report is what leaves them out.
    const page = (await asExpert.get(`/api/cases/${caseId}`)).json();
    expect(page.documents.map((d: { fileName: string }) => d.fileName).sort()).toEqual([shared.document, secret.document].sort());

    const reportId = await startReport(caseId);
    const draft = await detail(caseId, reportId);
    const draftText = JSON.stringify(draft.current.sections);
    expect(draftText).toContain(shared.document);
    expect(draftText).toContain(shared.source);
    for (const word of [secret.document, secret.source, marker]) expect(draftText.replace(shared.document, '').replace(shared.source, '')).not.toContain(word);
    const preview = await asExpert.get(`/api/cases/${caseId}/reports/${reportId}/preview.pdf`);
    expect(preview.statusCode).toBe(200);
    const previewText = textOf(preview.rawPayload, 'pdf');
    expect(previewText).toContain(shared.source);
    expect(previewText).not.toContain(secret.source);

    const number = await finalise(caseId, reportId);
    const { pdf, docx, pdfBytes } = await files(caseId, reportId, number);
    for (const text of [pdf, docx]) {
      expect(text).toContain('Femke Verhoef');
      expect(text).toContain(shared.document);
      expect(text).toContain(shared.source);
      expect(text).not.toContain(secret.document);
      expect(text).not.toContain(secret.source);
      // Not even the marker the two share: no part of a secret's name.
      expect(text.split(shared.document).join('').split(shared.source).join('')).not.toContain(marker);
      // The report says that there is more, without naming it.
      expect(text).toContain('alleen voor de professional vastgelegd');
    }
    // Office staff get the sealed report — the same file, the same (shared) words — and its detail without the secrets.
    const officeDetail = await asOffice.get(`/api/cases/${caseId}/reports/${reportId}`);
    expect(officeDetail.statusCode).toBe(200);
    expect(officeDetail.body).toContain(shared.source);
    expect(officeDetail.body).not.toContain(secret.source);
    expect(officeDetail.body).not.toContain(secret.document);
    const officePdf = await asOffice.get(`/api/cases/${caseId}/reports/${reportId}/versions/${number}/report.pdf`);
    expect(officePdf.rawPayload.equals(pdfBytes)).toBe(true);
  });

  it('carries nothing of another case of the same organisation, also when both are edited in interleaved order', async () => {
    const a = { name: 'Anouk Aalbers', question: 'Vraag A: kan de cliënt als buschauffeur blijven werken?', extra: 'Toevoeging A over de dienstregeling.', later: 'Vraag A later: kan de cliënt deeltijd rijden?' };
    const b = { name: 'Bram Bosschaert', question: 'Vraag B: is kantoorwerk bij de gemeente passend?', extra: 'Toevoeging B over de werkplek.', later: 'Vraag B later: is thuiswerk bij de gemeente passend?' };
    const caseA = await newCase(a.name, a.question);
    const caseB = await newCase(b.name, b.question);
    const reportA = await startReport(caseA);
    const reportB = await startReport(caseB);

    // Interleaved: edit A, edit B, change B's question, refresh A, change A's question, refresh B, refresh A, finalise B, finalise A.
    const edit = async (caseId: string, reportId: string, text: string) => {
      const d = await detail(caseId, reportId);
      const saved = await asExpert.put(`/api/cases/${caseId}/reports/${reportId}/sections/0`, { lockVersion: d.current.lockVersion, paragraphs: [...d.current.sections[0].paragraphs, { id: `eigen-${randomUUID().slice(0, 8)}`, text, forEmployer: false }] });
      expect(saved.statusCode, saved.body).toBe(200);
    };
    const ask = async (caseId: string, question: string) => {
      const page = (await asExpert.get(`/api/cases/${caseId}`)).json();
      const patched = await asExpert.patch(`/api/cases/${caseId}`, { version: page.version, assignment: { question } });
      expect(patched.statusCode, patched.body).toBe(200);
    };
    const refresh = async (caseId: string, reportId: string) => {
      const d = await detail(caseId, reportId);
      const refreshed = await asExpert.post(`/api/cases/${caseId}/reports/${reportId}/sections/0/refresh`, { lockVersion: d.current.lockVersion });
      expect(refreshed.statusCode, refreshed.body).toBe(200);
      return refreshed.json().diff as Array<{ change: string; text: string }>;
    };
    await edit(caseA, reportA, a.extra);
    await edit(caseB, reportB, b.extra);
    await ask(caseB, b.later);
    // A's refresh sees nothing of B's change.
    expect(JSON.stringify(await refresh(caseA, reportA))).not.toMatch(/Vraag B|Bram|Toevoeging B/);
    await ask(caseA, a.later);
    const diffB = await refresh(caseB, reportB);
    expect(diffB).toContainEqual({ change: 'added', text: `De vraag: ${b.later}` });
    expect(JSON.stringify(diffB)).not.toMatch(/Vraag A|Anouk|Toevoeging A/);
    await refresh(caseA, reportA);
    await edit(caseA, reportA, a.extra);
    await edit(caseB, reportB, b.extra);
    const numberB = await finalise(caseB, reportB);
    const numberA = await finalise(caseA, reportA);

    const filesA = await files(caseA, reportA, numberA);
    const filesB = await files(caseB, reportB, numberB);
    const own = (x: typeof a) => [x.name, x.later, x.extra];
    const foreign = (x: typeof a) => [x.name, x.question, x.later, x.extra, x.name.split(' ')[1]!];
    for (const [mine, theirs, texts, draft] of [[a, b, filesA, await detail(caseA, reportA)], [b, a, filesB, await detail(caseB, reportB)]] as const) {
      for (const text of [texts.pdf, texts.docx, JSON.stringify(draft)]) {
        for (const word of own(mine)) expect(text).toContain(word);
        for (const word of foreign(theirs)) expect(text).not.toContain(word);
      }
      // The earlier question was refreshed away; the reference is the case's own.
      expect(texts.pdf).not.toContain(mine.question);
    }
    expect(filesA.pdf).toContain((await asExpert.get(`/api/cases/${caseA}`)).json().reference);
    expect(filesA.pdf).not.toContain((await asExpert.get(`/api/cases/${caseB}`)).json().reference);
  });
});
