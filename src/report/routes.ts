// HTTP routes of the report (issue 8): the organisation's templates, the report of a case (draft,
// sections, refresh, client check, finalise and seal, corrections, files, sending), checking a file
// against its seal, delivery links, and the client's final reports in the portal.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDocument } from '../cases/routes.js';
import { caseIdParams } from '../cases/schemas.js';
import { AppError } from '../platform/errors.js';
import type { PortalSessionContext } from '../portal/store.js';
import { CHANGE_NOTE_MAX, LETTERHEAD_LINE_MAX, LETTERHEAD_LINES_MAX, LOGO_MAX_BYTES, PARAGRAPH_MAX, SECTION_PARAGRAPHS_MAX, SECTION_TITLE_MAX, STANDARD_TEXT_MAX, TEMPLATE_NAME_MAX, TEMPLATE_SECTIONS_MAX } from './domain.js';
import * as store from './store.js';

const tags = ['report (rapportage)'];
const none = z.null().describe('No content');
// Texts are counted as people see them (code points) in the domain; here only a hard upper bound.
const text = (max: number) => z.string().max(max * 4);
const reportParams = caseIdParams.extend({ reportId: z.uuid() });
const sectionParams = reportParams.extend({ index: z.coerce.number().int().min(0).max(TEMPLATE_SECTIONS_MAX) });
const fileParams = reportParams.extend({ number: z.coerce.number().int().min(1).max(10_000), format: z.enum(['pdf', 'docx']) });
const templateParams = z.object({ templateId: z.uuid() }).strict();
const lock = z.number().int().min(1);
const paragraph = z.object({ id: z.string().min(1).max(64), text: text(PARAGRAPH_MAX), forEmployer: z.boolean() }).strict();
const diff = z.array(z.object({ change: z.enum(['same', 'added', 'removed']), text: z.string() }));
const templateSection = z.object({
  // Any string, so an unknown kind is refused by the domain in words that name it.
  kind: z.string().max(60), title: text(SECTION_TITLE_MAX), standardText: text(STANDARD_TEXT_MAX), forEmployer: z.boolean(),
}).strict();
const templateView = z.object({
  id: z.string(), templateId: z.string(), context: z.string(), number: z.number(), name: z.string(),
  sections: z.array(z.object({ kind: z.string(), title: z.string(), standardText: z.string(), forEmployer: z.boolean() })), letterheadLines: z.array(z.string()),
  hasLogo: z.boolean(), changeNote: z.string().nullable(), createdAt: z.string(), createdBy: z.string().nullable(),
});
const block = z.any().describe('A ReportBlock (src/report/document.ts): paragraph, subheading, list, table or chart');
const sealAnswer = z.object({
  match: z.boolean(), sha256: z.string(), reference: z.string().optional(), version: z.number().optional(), signer: z.string().optional(), signedAt: z.string().optional(),
  organisation: z.string().optional(), format: z.string().optional(),
});

/** A sealed file or a preview, sent like a case document: its own bytes, never sniffed, with its SHA-256. */
const sendFile = (reply: FastifyReply, file: { content: Buffer; sha256: string; mediaType: string; fileName: string }, inline = false) => sendDocument(reply, file, inline ? 'inline' : 'attachment');

export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const visitorOf = (req: { portal: unknown }) => req.portal as PortalSessionContext;
  // Files arrive as their own bytes: a logo (PNG/JPEG) or a report to check against its seal.
  for (const type of ['image/png', 'image/jpeg', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/octet-stream']) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: 25 * 1024 * 1024 }, (_req, body, done) => done(null, body));
  }

  // ---- templates (organisation administrator) ---------------------------------------------------
  api.get('/api/report-templates', { schema: { tags, response: { 200: z.object({ items: z.array(templateView) }) } } },
    async (req) => ({ items: await store.listTemplates(req.door) }));

  api.get('/api/report-templates/:templateId', { schema: { tags, params: templateParams, response: { 200: z.object({ current: templateView, history: z.array(templateView) }) } } },
    async (req) => store.templateDetail(req.door, req.params.templateId));

  api.put('/api/report-templates/:templateId', {
    schema: {
      tags, params: templateParams,
      body: z.object({
        name: text(TEMPLATE_NAME_MAX), sections: z.array(templateSection).max(TEMPLATE_SECTIONS_MAX * 2), letterheadLines: z.array(text(LETTERHEAD_LINE_MAX)).max(LETTERHEAD_LINES_MAX * 2),
        changeNote: text(CHANGE_NOTE_MAX), basedOn: z.number().int().min(1),
      }).strict(),
      response: { 200: z.object({ number: z.number() }) },
      description: 'A new version of the template (the earlier ones stay, as history). `basedOn` is the version the page showed; a newer one gives 409.',
    },
  }, async (req) => store.saveTemplate(req.door, req.params.templateId, req.body));

  api.put('/api/report-templates/:templateId/logo', {
    bodyLimit: LOGO_MAX_BYTES * 2,
    schema: { tags, params: templateParams, querystring: z.object({ basedOn: z.coerce.number().int().min(1) }).strict(), consumes: ['image/png', 'image/jpeg'], response: { 200: z.object({ number: z.number() }) },
      description: 'The logo as the request body (PNG or JPEG, checked by its bytes, at most 512 kB): a new version of the template.' },
  }, async (req) => {
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw new AppError('validation', 'validation.field', { problemKey: 'validation.required' }, 'logo');
    return store.saveTemplateLogo(req.door, req.params.templateId, req.body, req.query.basedOn);
  });

  api.delete('/api/report-templates/:templateId/logo', {
    schema: { tags, params: templateParams, querystring: z.object({ basedOn: z.coerce.number().int().min(1) }).strict(), response: { 200: z.object({ number: z.number() }) } },
  }, async (req) => store.saveTemplateLogo(req.door, req.params.templateId, null, req.query.basedOn));

  api.get('/api/report-templates/:templateId/versions/:number/logo', {
    schema: { tags, params: templateParams.extend({ number: z.coerce.number().int().min(1) }), produces: ['image/png', 'image/jpeg'] },
  }, async (req, reply) => {
    const logo = await store.templateLogo(req.door, req.params.templateId, req.params.number);
    return reply.header('content-type', logo.mediaType).header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff').send(logo.content);
  });

  // ---- the report of a case -------------------------------------------------------------------
  api.get('/api/cases/:caseId/report-templates', {
    schema: { tags, params: caseIdParams, response: { 200: z.object({ suggested: z.string(), templates: z.array(templateView) }) }, description: 'The templates to start from; the one that fits the case’s context first.' },
  }, async (req) => store.templatesForCase(req.door, req.params.caseId));

  api.get('/api/cases/:caseId/reports', {
    schema: { tags, params: caseIdParams, response: { 200: z.object({ items: z.array(z.object({
      id: z.string(), createdAt: z.string(), templateName: z.string(), latestVersion: z.number(), state: z.enum(['draft', 'in_check', 'final']), signedAt: z.string().nullable(), finalVersions: z.number(),
    })) }) } },
  }, async (req) => ({ items: await store.listReports(req.door, req.params.caseId) }));

  api.post('/api/cases/:caseId/reports', {
    schema: { tags, params: caseIdParams, body: z.object({ templateId: z.uuid() }).strict(), response: { 201: z.object({ id: z.string() }) },
      description: 'A new report from a template: every section filled from the case, with the template’s standard texts.' },
  }, async (req, reply) => reply.status(201).send(await store.createReport(req.door, req.params.caseId, req.body)));

  api.get('/api/cases/:caseId/reports/:reportId', {
    schema: { tags, params: reportParams, response: { 200: z.object({
      id: z.string(), caseId: z.string(), reference: z.string(), language: z.string(), template: z.object({ name: z.string(), context: z.string(), number: z.number() }), checkReportId: z.string().nullable(),
      versions: z.array(z.object({
        number: z.number(), state: z.enum(['draft', 'in_check', 'final']), changeNote: z.string().nullable(), createdAt: z.string(), signedAt: z.string().nullable(), signer: z.string().nullable(),
        pdfSha256: z.string().nullable(), docxSha256: z.string().nullable(), contentSha256: z.string().nullable(), unprocessedReason: z.string().nullable(),
      })),
      current: z.object({
        number: z.number(), state: z.enum(['draft', 'in_check', 'final']), lockVersion: z.number(), changeNote: z.string().nullable(),
        sections: z.array(z.object({
          index: z.number(), kind: z.string(), title: z.string(), paragraphs: z.array(z.object({ id: z.string(), text: z.string(), forEmployer: z.boolean() })), blocks: z.array(block),
          edited: z.boolean(), forEmployer: z.boolean(), generatedAt: z.string(), stale: z.boolean(),
        })),
      }),
      check: z.object({
        rounds: z.array(z.object({ number: z.number(), state: z.string(), sharedAt: z.string().nullable(), withEmployer: z.boolean() })),
        comments: z.array(z.object({
          id: z.string(), round: z.number(), audience: z.enum(['client', 'employer']), paragraphId: z.string().nullable(), stance: z.enum(['agree', 'disagree', 'addition']), text: z.string(),
          inFinalReport: z.enum(['full', 'summary']).nullable(), submittedAt: z.string(), processing: z.object({ decision: z.string(), explanation: z.string() }).nullable(),
        })),
        clientChoseSummary: z.boolean(),
      }),
      deliveries: z.array(z.object({ id: z.string(), version: z.number(), recipient: z.string(), name: z.string(), email: z.string(), sentAt: z.string(), expiresAt: z.string(), firstOpenedAt: z.string().nullable(), openCount: z.number() })),
      recipients: z.array(z.object({ kind: z.enum(['client', 'party']), partyId: z.string().nullable(), name: z.string(), role: z.string(), hasEmail: z.boolean() })),
    }) } },
  }, async (req) => store.reportDetail(req.door, req.params.caseId, req.params.reportId));

  api.put('/api/cases/:caseId/reports/:reportId/sections/:index', {
    schema: { tags, params: sectionParams, body: z.object({ lockVersion: lock, paragraphs: z.array(paragraph).max(SECTION_PARAGRAPHS_MAX * 2) }).strict(), response: { 200: z.object({ lockVersion: z.number() }) } },
  }, async (req) => store.saveSection(req.door, req.params.caseId, req.params.reportId, req.params.index, req.body));

  api.get('/api/cases/:caseId/reports/:reportId/sections/:index/refresh', {
    schema: { tags, params: sectionParams, querystring: z.object({ lockVersion: z.coerce.number().int().min(1) }).strict(), response: { 200: z.object({ diff, lockVersion: z.number() }) },
      description: 'What refreshing this section from the case would change, paragraph by paragraph; nothing is saved.' },
  }, async (req) => store.refresh(req.door, req.params.caseId, req.params.reportId, req.params.index, { lockVersion: req.query.lockVersion, apply: false }));

  api.post('/api/cases/:caseId/reports/:reportId/sections/:index/refresh', {
    schema: { tags, params: sectionParams, body: z.object({ lockVersion: lock }).strict(), response: { 200: z.object({ diff, lockVersion: z.number() }) },
      description: 'Refreshes the section from the case: its text becomes the standard text and what the case gives now; the answer shows what changed.' },
  }, async (req) => store.refresh(req.door, req.params.caseId, req.params.reportId, req.params.index, { lockVersion: req.body.lockVersion, apply: true }));

  api.post('/api/cases/:caseId/reports/:reportId/check', {
    schema: { tags, params: reportParams, body: z.object({ lockVersion: lock, withEmployer: z.boolean() }).strict(), response: { 201: z.object({ checkReportId: z.string() }) },
      description: 'Sends the draft to the client (and, for the paragraphs marked for them, the employer) to check in the portal; reactions are processed with the conversation-report route.' },
  }, async (req, reply) => reply.status(201).send(await store.sendForCheck(req.door, req.params.caseId, req.params.reportId, req.body)));

  api.post('/api/cases/:caseId/reports/:reportId/resume', {
    schema: { tags, params: reportParams, body: z.object({ lockVersion: lock }).strict(), response: { 200: z.object({ lockVersion: z.number() }) } },
  }, async (req) => store.resumeEditing(req.door, req.params.caseId, req.params.reportId, req.body));

  api.get('/api/cases/:caseId/reports/:reportId/preview.pdf', { schema: { tags, params: reportParams, produces: ['application/pdf'] } }, async (req, reply) => {
    const pdf = await store.previewPdf(req.door, req.params.caseId, req.params.reportId);
    return sendFile(reply, { content: pdf, sha256: store.sha256Of(pdf), mediaType: 'application/pdf', fileName: 'concept.pdf' }, true);
  });

  api.post('/api/cases/:caseId/reports/:reportId/finalise', {
    schema: {
      tags, params: reportParams,
      body: z.object({ lockVersion: lock, reason: text(CHANGE_NOTE_MAX).nullable(), clientReactionSummary: text(PARAGRAPH_MAX).nullable() }).strict(),
      response: { 200: z.object({ number: z.number(), pdfSha256: z.string(), docxSha256: z.string(), contentSha256: z.string(), signedAt: z.string(), signer: z.string() }) },
      description: 'Finalise and seal: PDF and Word are rendered, the PDF’s SHA-256 is the seal. Unprocessed reactions or an unchecked draft need a `reason`.',
    },
  }, async (req) => store.finalise(req.door, req.params.caseId, req.params.reportId, req.body));

  api.post('/api/cases/:caseId/reports/:reportId/corrections', {
    schema: { tags, params: reportParams, body: z.object({ changeNote: text(CHANGE_NOTE_MAX) }).strict(), response: { 201: z.object({ number: z.number() }) },
      description: 'A correction of the final version: a new draft that states what changed and why; the sealed version stays.' },
  }, async (req, reply) => reply.status(201).send(await store.correct(req.door, req.params.caseId, req.params.reportId, req.body)));

  api.get('/api/cases/:caseId/reports/:reportId/versions/:number/report.:format', {
    schema: { tags, params: fileParams, produces: ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  }, async (req, reply) => sendFile(reply, await store.finalFile(req.door, req.params.caseId, req.params.reportId, req.params.number, req.params.format)));

  api.post('/api/cases/:caseId/reports/:reportId/versions/:number/deliveries', {
    schema: {
      tags, params: reportParams.extend({ number: z.coerce.number().int().min(1) }),
      body: z.object({ recipients: z.array(z.discriminatedUnion('kind', [z.object({ kind: z.literal('client') }).strict(), z.object({ kind: z.literal('party'), partyId: z.uuid() }).strict()])).max(20) }).strict(),
      response: { 201: z.object({ deliveries: z.array(z.string()), expiresAt: z.string() }) },
      description: 'Sends the final version to recipients of the case, each by a personal download link that expires; never as an attachment.',
    },
  }, async (req, reply) => reply.status(201).send(await store.sendReport(req.door, req.params.caseId, req.params.reportId, req.params.number, req.body, app.config.publicUrl)));

  // ---- anyone: the seal, and a delivery link ---------------------------------------------------
  api.post('/api/report-seal/verify', {
    config: { access: 'public', csrf: false },
    schema: { tags, consumes: ['application/pdf', 'application/octet-stream'], response: { 200: sealAnswer },
      description: 'The file as the request body: does it match a sealed report, byte for byte? Says which report, version, signer and time.' },
  }, async (req) => {
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw new AppError('validation', 'report.pdf_required');
    return store.verifySeal(app.db, req.body);
  });

  const tokenParams = z.object({ token: z.string().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/) }).strict();
  api.get('/api/report-deliveries/:token', {
    config: { access: 'public' },
    schema: { tags, params: tokenParams, response: { 200: z.object({ name: z.string(), reference: z.string(), version: z.number(), expiresAt: z.string(), sha256: z.string() }) } },
  }, async (req) => {
    const { content: _c, ...meta } = await store.deliveryByToken(app.db, req.params.token, false);
    return meta;
  });

  api.get('/api/report-deliveries/:token/report.pdf', { config: { access: 'public' }, schema: { tags, params: tokenParams, produces: ['application/pdf'] } }, async (req, reply) => {
    const d = await store.deliveryByToken(app.db, req.params.token, true);
    return sendFile(reply, { content: d.content!, sha256: d.sha256, mediaType: 'application/pdf', fileName: `${d.reference}-rapportage-v${d.version}.pdf` });
  });

  // ---- the portal: the client's final reports ----------------------------------------------
  api.get('/api/portal/final-reports', {
    config: { access: 'portal' },
    schema: { tags, response: { 200: z.object({ items: z.array(z.object({ id: z.string(), version: z.number(), sentAt: z.string(), expiresAt: z.string() })) }) } },
  }, async (req) => ({ items: await store.portalFinalReports(app.db, visitorOf(req)) }));

  api.get('/api/portal/final-reports/:deliveryId/report.pdf', {
    config: { access: 'portal' }, schema: { tags, params: z.object({ deliveryId: z.uuid() }).strict(), produces: ['application/pdf'] },
  }, async (req, reply) => {
    const d = await store.portalFinalReport(app.db, visitorOf(req), req.params.deliveryId);
    return sendFile(reply, { ...d, mediaType: 'application/pdf' });
  });
}
