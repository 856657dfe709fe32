// HTTP routes of Gezien & Gehoord (issue 5): the expert's compass, alliance reflection, conversation
// reports and evaluations; the organisation's anonymous evaluation overview; and in the portal the
// client's worksheet and evaluation, and reading and reacting to conversation reports.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseIdParams, isoDate } from '../cases/schemas.js';
import { mayInOrganisation } from '../platform/access.js';
import { AppError, invalidQueryField } from '../platform/errors.js';
import type { PortalSessionContext } from '../portal/store.js';
import { sameDayYearBefore, todayInAmsterdam } from '../platform/time.js';
import {
  ALLIANCE_ELEMENTS, COMMENT_MAX, EVALUATION_ANSWERS, EXAMPLE_QUESTIONS, FRICTION_SIGNALS, MAX_PARAGRAPHS, NOTE_MAX, PARAGRAPH_MAX, THEMES,
} from './domain.js';
import * as store from './store.js';

const tags = ['conversation (Gezien & Gehoord)'];
const none = z.null().describe('No content');
const theme = z.enum(THEMES);
// Texts are counted as the client sees them (code points) in the store; here only a hard upper bound.
const text = (max: number) => z.string().max(max * 4);
const reportParams = caseIdParams.extend({ reportId: z.uuid() });
const paragraph = z.object({ id: z.string().min(1).max(64), theme: theme.nullable(), text: text(PARAGRAPH_MAX), forEmployer: z.boolean() }).strict();
const processing = z.object({ decision: z.enum(['adopted', 'adjusted', 'kept']), explanation: z.string(), processedAt: z.string() }).nullable();
const commentSchema = z.object({
  id: z.string(), versionId: z.string(), audience: z.enum(['client', 'employer']), paragraphId: z.string().nullable(), stance: z.enum(['agree', 'disagree', 'addition']),
  text: z.string(), submittedAt: z.string(), processing,
});
const versionSchema = z.object({
  id: z.string(), number: z.number(), state: z.enum(['draft', 'shared', 'final']), paragraphs: z.array(z.object({ id: z.string(), theme: theme.nullable(), text: z.string(), forEmployer: z.boolean() })),
  changeNote: z.string().nullable(), lockVersion: z.number(), createdAt: z.string(), sharedAt: z.string().nullable(), sharedWithEmployer: z.boolean(), finalisedAt: z.string().nullable(),
  comments: z.array(commentSchema),
});
const evaluationBody = z.object({
  feltHeard: z.enum(EVALUATION_ANSWERS.feltHeard), clearWhatNext: z.enum(EVALUATION_ANSWERS.clearWhatNext), formRight: z.enum(EVALUATION_ANSWERS.formRight),
  comment: text(COMMENT_MAX).nullable(),
}).strict();
const counts = z.record(z.string(), z.number());

export async function conversationRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const visitorOf = (req: { portal: unknown }) => req.portal as PortalSessionContext;
  const portal = { config: { access: 'portal' as const } };

  // ---- the labour expert ----------------------------------------------------------------------
  api.get('/api/conversation/questions', {
    schema: { tags, response: { 200: z.object({ themes: z.array(z.object({ theme, questions: z.array(z.object({ nl: z.string(), en: z.string() })) })) }) },
      description: 'Example questions per compass theme (Passend’s own, after seed 002 §4).' },
  }, async () => ({ themes: THEMES.map((t) => ({ theme: t, questions: EXAMPLE_QUESTIONS[t] })) }));

  api.get('/api/cases/:caseId/compass', {
    schema: {
      tags, params: caseIdParams, querystring: z.object({ contactId: z.uuid().optional() }).strict(),
      response: { 200: z.object({
        themes: z.array(z.object({ theme, note: z.object({ body: z.string(), version: z.number(), updatedAt: z.string() }).nullable(), clientWords: z.object({ body: z.string(), updatedAt: z.string() }).nullable() })),
        alliance: z.object({ id: z.string(), notes: z.record(z.string(), z.string()), frictionSignals: z.array(z.string()), recordedAt: z.string(), suggestion: z.enum(['turn_to_bond_first']).nullable() }).nullable(),
      }) },
    },
  }, async (req) => store.compassOf(req.door, req.params.caseId, req.query.contactId ?? null));

  api.put('/api/cases/:caseId/compass/:theme', {
    schema: { tags, params: caseIdParams.extend({ theme }), body: z.object({ contactId: z.uuid().nullable(), body: text(NOTE_MAX), version: z.number().int().min(0) }).strict(), response: { 200: z.object({ version: z.number() }) } },
  }, async (req) => store.saveCompassNote(req.door, req.params.caseId, { ...req.body, theme: req.params.theme }));

  api.post('/api/cases/:caseId/alliance', {
    schema: {
      tags, params: caseIdParams,
      body: z.object({ contactId: z.uuid().nullable(), notes: z.partialRecord(z.enum(ALLIANCE_ELEMENTS), text(NOTE_MAX)), frictionSignals: z.array(z.enum(FRICTION_SIGNALS)).max(FRICTION_SIGNALS.length) }).strict(),
      response: { 201: z.object({ suggestion: z.enum(['turn_to_bond_first']).nullable() }) },
    },
  }, async (req, reply) => reply.status(201).send(await store.recordAlliance(req.door, req.params.caseId, req.body)));

  api.get('/api/cases/:caseId/alliance', {
    schema: {
      tags, params: caseIdParams,
      response: { 200: z.object({ items: z.array(z.object({
        id: z.string(), contactId: z.string().nullable(), notes: z.record(z.string(), z.string()), frictionSignals: z.array(z.string()), recordedAt: z.string(),
        recordedBy: z.object({ id: z.string(), displayName: z.string() }), suggestion: z.enum(['turn_to_bond_first']).nullable(),
      })) }) },
      description: 'Every alliance reflection of the case (all conversations and the case as a whole), newest first.',
    },
  }, async (req) => ({ items: await store.allianceHistory(req.door, req.params.caseId) }));

  api.get('/api/cases/:caseId/conversation-reports', {
    schema: { tags, params: caseIdParams, response: { 200: z.object({ items: z.array(z.object({ id: z.string(), contactId: z.string().nullable(), title: z.string(), createdAt: z.string(), latestVersion: z.number(), state: z.enum(['draft', 'shared', 'final']), openComments: z.number() })) }) } },
  }, async (req) => ({ items: await store.listReports(req.door, req.params.caseId) }));

  api.post('/api/cases/:caseId/conversation-reports', {
    schema: { tags, params: caseIdParams, body: z.object({ contactId: z.uuid().nullable(), title: z.string().trim().min(1).max(200) }).strict(), response: { 201: z.object({ id: z.string() }) },
      description: 'A new conversation report; its first draft is built from the compass notes of that conversation.' },
  }, async (req, reply) => reply.status(201).send(await store.createReport(req.door, req.params.caseId, req.body)));

  api.get('/api/cases/:caseId/conversation-reports/:reportId', {
    schema: { tags, params: reportParams, response: { 200: z.object({ id: z.string(), contactId: z.string().nullable(), title: z.string(), createdAt: z.string(), versions: z.array(versionSchema) }) } },
  }, async (req) => store.reportDetail(req.door, req.params.caseId, req.params.reportId));

  api.put('/api/cases/:caseId/conversation-reports/:reportId/draft', {
    schema: { tags, params: reportParams, body: z.object({ lockVersion: z.number().int().min(1), paragraphs: z.array(paragraph).max(MAX_PARAGRAPHS * 2) }).strict(), response: { 200: z.object({ lockVersion: z.number() }) } },
  }, async (req) => store.saveDraft(req.door, req.params.caseId, req.params.reportId, req.body));

  api.post('/api/cases/:caseId/conversation-reports/:reportId/share', {
    schema: { tags, params: reportParams, body: z.object({ withEmployer: z.boolean() }).strict(), response: { 204: none } },
  }, async (req, reply) => {
    await store.shareReport(req.door, req.params.caseId, req.params.reportId, req.body);
    return reply.status(204).send(null);
  });

  api.post('/api/cases/:caseId/conversation-reports/:reportId/comments/:commentId/processing', {
    schema: { tags, params: reportParams.extend({ commentId: z.uuid() }), body: z.object({ decision: z.enum(['adopted', 'adjusted', 'kept']), explanation: text(COMMENT_MAX) }).strict(), response: { 204: none } },
  }, async (req, reply) => {
    await store.processComment(req.door, req.params.caseId, req.params.reportId, req.params.commentId, req.body);
    return reply.status(204).send(null);
  });

  api.post('/api/cases/:caseId/conversation-reports/:reportId/versions', {
    schema: { tags, params: reportParams, body: z.object({ changeNote: text(COMMENT_MAX) }).strict(), response: { 201: z.object({ versionId: z.string(), number: z.number() }) } },
  }, async (req, reply) => reply.status(201).send(await store.newVersion(req.door, req.params.caseId, req.params.reportId, req.body)));

  api.post('/api/cases/:caseId/conversation-reports/:reportId/finalise', { schema: { tags, params: reportParams, response: { 204: none } } }, async (req, reply) => {
    await store.finaliseReport(req.door, req.params.caseId, req.params.reportId);
    return reply.status(204).send(null);
  });

  api.get('/api/cases/:caseId/evaluations', {
    schema: { tags, params: caseIdParams, response: { 200: z.object({ items: z.array(z.object({ contactId: z.string(), feltHeard: z.string(), clearWhatNext: z.string(), formRight: z.string(), comment: z.string().nullable(), submittedAt: z.string() })) }) } },
  }, async (req) => ({ items: await store.evaluationsOfCase(req.door, req.params.caseId) }));

  api.get('/api/evaluation-overview', {
    schema: {
      tags, querystring: z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict(),
      response: { 200: z.object({ from: z.string(), to: z.string(), count: z.number(), shown: z.boolean(), counts: z.object({ feltHeard: counts, clearWhatNext: counts, formRight: counts }) }) },
      description: 'How clients experience the service: counts only, anonymous, hidden below five answers.',
    },
  }, async (req) => {
    if (!mayInOrganisation(req.door.actor, 'oversight.read')) throw new AppError('forbidden', 'error.forbidden');
    // By default the twelve months up to `to` (today): a lone `to` in the past is never "reversed".
    const to = req.query.to ?? todayInAmsterdam();
    const from = req.query.from ?? sameDayYearBefore(to);
    if (from > to) throw invalidQueryField('from', 'contact.range_reversed');
    return store.evaluationOverview(req.door, { from, to });
  });

  // ---- the portal -----------------------------------------------------------------------------
  api.get('/api/portal/worksheet', {
    ...portal, schema: { tags, response: { 200: z.object({ themes: z.array(z.object({ theme, body: z.string(), version: z.number(), updatedAt: z.string().nullable() })) }) } },
  }, async (req) => store.worksheetOf(app.db, visitorOf(req)));
  api.put('/api/portal/worksheet', {
    ...portal, schema: {
      tags, body: z.object({ entries: z.array(z.object({ theme, body: text(NOTE_MAX), version: z.number().int().min(0) }).strict()).min(1).max(THEMES.length) }).strict(),
      response: { 200: z.object({ themes: z.array(z.object({ theme, version: z.number(), updatedAt: z.string() })) }) },
      description: 'Saves the themes that changed, each with the `version` its screen read (0 before a first text). When any of them was saved elsewhere since, nothing is saved: 409 with `reason: changed_elsewhere`.',
    },
  }, async (req) => store.saveWorksheet(app.db, visitorOf(req), req.body.entries));
  api.get('/api/portal/evaluations', {
    ...portal, schema: { tags, response: { 200: z.object({ items: z.array(z.object({ contactId: z.string(), heldAt: z.string(), form: z.string(), evaluated: z.boolean() })) }) } },
  }, async (req) => ({ items: await store.evaluableContacts(app.db, visitorOf(req)) }));
  api.post('/api/portal/contacts/:contactId/evaluation', {
    ...portal, schema: { tags, params: z.object({ contactId: z.uuid() }), body: evaluationBody, response: { 201: none } },
  }, async (req, reply) => {
    await store.evaluateContact(app.db, visitorOf(req), req.params.contactId, req.body);
    return reply.status(201).send(null);
  });
  api.get('/api/portal/reports', {
    ...portal, schema: { tags, response: { 200: z.object({ items: z.array(z.object({ id: z.string(), title: z.string(), kind: z.enum(['conversation', 'assessment']), contactId: z.string().nullable(), latestVersion: z.number(), state: z.enum(['draft', 'shared', 'final']), canReact: z.boolean() })) }) } },
  }, async (req) => ({ items: await store.portalReports(app.db, visitorOf(req)) }));
  api.get('/api/portal/reports/:reportId', {
    ...portal, schema: {
      tags, params: z.object({ reportId: z.uuid() }),
      response: { 200: z.object({ id: z.string(), title: z.string(), kind: z.enum(['conversation', 'assessment']), versions: z.array(z.object({
        id: z.string(), number: z.number(), state: z.enum(['draft', 'shared', 'final']), sharedAt: z.string().nullable(), finalisedAt: z.string().nullable(), changeNote: z.string().nullable(),
        paragraphs: z.array(z.object({ id: z.string(), text: z.string() })), reacted: z.boolean(), comments: z.array(commentSchema.omit({ audience: true })),
      })) }) },
    },
  }, async (req) => store.portalReport(app.db, visitorOf(req), req.params.reportId));
  api.post('/api/portal/reports/:reportId/versions/:versionId/reaction', {
    ...portal, schema: {
      tags, params: z.object({ reportId: z.uuid(), versionId: z.uuid() }),
      body: z.object({
        items: z.array(z.object({ paragraphId: z.string().min(1).max(64), stance: z.enum(['agree', 'disagree']), text: text(COMMENT_MAX) }).strict()).max(MAX_PARAGRAPHS),
        additions: z.array(text(COMMENT_MAX)).max(20),
        /** Only in the check of a draft report: the client's own reaction in the final report, or a faithful summary by the expert. */
        inFinalReport: z.enum(['full', 'summary']).optional(),
      }).strict(),
      response: { 201: none },
    },
  }, async (req, reply) => {
    await store.reactToReport(app.db, visitorOf(req), req.params.reportId, req.params.versionId, req.body);
    return reply.status(201).send(null);
  });
}
