// HTTP routes of the contact-form capability (issue 3). Handlers translate HTTP to store calls
// through the data door; the mail dispatcher is kicked after work that queued mail.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseIdParams, contactParams } from '../cases/schemas.js';
import { actorOf } from '../platform/http.js';
import {
  adviceRequestSchema, adviceSchema, caseAdviceRequestSchema, caseAdviceResponseSchema, changeFormSchema, channelInputSchema, channelListSchema,
  channelParams, channelSchema, consentSchema, contactDetailSchema, contactPlannedSchema, contactUpdateSchema, decisionLogSchema, justificationSchema,
  outboxQuerySchema, outboxSchema, oversightQuerySchema, oversightSchema, planContactSchema, planningSchema, privacyNoticeInputSchema,
  privacyNoticeListSchema, privacyNoticeSchema, latestReadinessSchema, readinessResponseSchema, readinessSchema, ruleSetDetailSchema, ruleSetHistorySchema,
  ruleSetInputSchema, ruleSetParams, settingsSchema, withdrawConsentSchema,
} from './schemas.js';
import { announceConsentWithdrawn } from '../video/signalling.js';
import * as store from './store.js';

const tags = ['contact form'];
const none = z.null();

export async function contactRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const mail = store.mailContextOf(app.config);
  const kick = () => app.mailer?.kick();

  // The advice as an operation: circumstances in, advice with rule ids out. No personal data goes in
  // or out and nothing is stored, so it is open to other systems and to scenario suites (no CSRF: no
  // side effect). Signed in, the caller's organisation rule set applies; otherwise the shipped set.
  api.post('/api/contact-advice', {
    config: { access: 'public', csrf: false, rateLimit: { max: 600, timeWindow: '1 minute' } },
    schema: {
      tags, body: adviceRequestSchema, response: { 200: adviceSchema }, security: [],
      description: 'Contact-form advice for the stated circumstances (seed 000). Advisory only: the labour expert chooses. Returns per form a strength, each reason with rule id, source section and statistic, conflicts side by side, and unmet preconditions blocking video.',
    },
  }, async (req) => {
    const user = req.session?.stage === 'active' ? req.user : null;
    return store.adviseStateless(user ? app.db : null, user ? actorOf(user).organisationId : null, req.body);
  });

  api.get('/api/cases/:caseId/contacts/planning', { schema: { tags, params: caseIdParams, response: { 200: planningSchema } } }, (req) =>
    store.planningData(req.door, req.params.caseId));

  api.post('/api/cases/:caseId/contacts/advice', { schema: { tags, params: caseIdParams, body: caseAdviceRequestSchema, response: { 200: caseAdviceResponseSchema } } }, (req) =>
    store.adviseForCase(req.door, req.params.caseId, req.body));

  api.post('/api/cases/:caseId/contacts', { schema: { tags, params: caseIdParams, body: planContactSchema, response: { 201: contactPlannedSchema } } }, async (req, reply) => {
    const result = await store.planContact(req.door, req.params.caseId, req.body, mail);
    kick();
    return reply.status(201).send(result);
  });

  api.get('/api/cases/:caseId/contacts/:contactId', { schema: { tags, params: contactParams, response: { 200: contactDetailSchema } } }, (req) =>
    store.contactDetail(req.door, req.params.caseId, req.params.contactId));

  api.patch('/api/cases/:caseId/contacts/:contactId', { schema: { tags, params: contactParams, body: contactUpdateSchema, response: { 204: none } } }, async (req, reply) => {
    await store.updateContact(req.door, req.params.caseId, req.params.contactId, req.body, mail);
    kick();
    return reply.status(204).send(null);
  });

  api.post('/api/cases/:caseId/contacts/:contactId/form', {
    schema: { tags, params: contactParams, body: changeFormSchema, response: { 200: contactPlannedSchema.omit({ id: true }) } },
  }, async (req) => {
    const result = await store.changeForm(req.door, req.params.caseId, req.params.contactId, req.body, mail);
    kick();
    return result;
  });

  api.post('/api/cases/:caseId/contacts/:contactId/consent', {
    schema: { tags, params: contactParams, body: consentSchema, response: { 201: z.object({ id: z.string(), invitation: contactPlannedSchema.shape.invitation }) } },
  }, async (req, reply) => {
    const result = await store.recordConsent(req.door, req.params.caseId, req.params.contactId, req.body, mail);
    kick();
    return reply.status(201).send(result);
  });

  api.post('/api/cases/:caseId/contacts/:contactId/consent/withdraw', { schema: { tags, params: contactParams, body: withdrawConsentSchema, response: { 204: none } } }, async (req, reply) => {
    await store.withdrawConsent(req.door, req.params.caseId, req.params.contactId, req.body.reason, mail);
    await announceConsentWithdrawn(app.bus, req.params.contactId);
    kick();
    return reply.status(204).send(null);
  });

  api.post('/api/cases/:caseId/contacts/:contactId/invitation', { schema: { tags, params: contactParams, response: { 202: z.object({ status: z.literal('queued') }) } } }, async (req, reply) => {
    await store.sendInvitation(req.door, req.params.caseId, req.params.contactId, mail);
    kick();
    return reply.status(202).send({ status: 'queued' as const });
  });

  api.get('/api/cases/:caseId/contact-decisions', { schema: { tags, params: caseIdParams, response: { 200: decisionLogSchema } } }, (req) =>
    store.decisionLog(req.door, req.params.caseId));

  api.get('/api/cases/:caseId/contact-justification', {
    schema: { tags, params: caseIdParams, response: { 200: justificationSchema }, description: 'Verantwoording contactvorm: every contact with its form, why, consent, the client\'s say, mitigations and follow-up.' },
  }, (req) => store.justification(req.door, req.params.caseId));

  api.get('/api/cases/:caseId/readiness', { schema: { tags, params: caseIdParams, response: { 200: latestReadinessSchema } } }, (req) =>
    store.readinessOf(req.door, req.params.caseId));

  api.post('/api/cases/:caseId/readiness', { schema: { tags, params: caseIdParams, body: readinessSchema, response: { 201: readinessResponseSchema } } }, async (req, reply) =>
    reply.status(201).send(await store.recordReadiness(req.door, req.params.caseId, req.body)));

  // ---- organisation configuration (administrator) ----
  api.get('/api/admin/contact-rule-sets', { schema: { tags, response: { 200: ruleSetHistorySchema } } }, (req) => store.ruleSetHistory(req.door));
  api.get('/api/admin/contact-rule-sets/:ruleSetId', { schema: { tags, params: ruleSetParams, response: { 200: ruleSetDetailSchema } } }, (req) =>
    store.ruleSetDetail(req.door, req.params.ruleSetId));
  api.post('/api/admin/contact-rule-sets', { schema: { tags, body: ruleSetInputSchema, response: { 201: ruleSetDetailSchema } } }, async (req, reply) =>
    reply.status(201).send(await store.saveRuleSet(req.door, req.body)));
  api.get('/api/contact-rule-sets/current', { schema: { tags, response: { 200: ruleSetDetailSchema } } }, (req) => store.ruleSetDetail(req.door, 'current', 'planner'));

  api.get('/api/admin/contact-settings', { schema: { tags, response: { 200: settingsSchema } } }, (req) => store.getSettings(req.door));
  api.put('/api/admin/contact-settings', { schema: { tags, body: settingsSchema, response: { 200: settingsSchema } } }, (req) => store.saveSettings(req.door, req.body));

  api.get('/api/admin/contact-channels', { schema: { tags, response: { 200: channelListSchema } } }, (req) => store.listChannels(req.door));
  api.post('/api/admin/contact-channels', { schema: { tags, body: channelInputSchema, response: { 201: channelSchema } } }, async (req, reply) =>
    reply.status(201).send(await store.createChannel(req.door, req.body)));
  api.put('/api/admin/contact-channels/:channelId', { schema: { tags, params: channelParams, body: channelInputSchema, response: { 200: channelSchema } } }, (req) =>
    store.updateChannel(req.door, req.params.channelId, req.body));

  api.get('/api/admin/privacy-notices', { schema: { tags, response: { 200: privacyNoticeListSchema } } }, (req) => store.listPrivacyNotices(req.door));
  api.post('/api/admin/privacy-notices', { schema: { tags, body: privacyNoticeInputSchema, response: { 201: privacyNoticeSchema } } }, async (req, reply) =>
    reply.status(201).send(await store.publishPrivacyNotice(req.door, req.body)));

  api.get('/api/admin/outbox', { schema: { tags, querystring: outboxQuerySchema, response: { 200: outboxSchema } } }, (req) =>
    store.outbox(req.door, req.query.page, req.query.pageSize));

  api.get('/api/contact-oversight', { schema: { tags, querystring: oversightQuerySchema, response: { 200: oversightSchema } } }, (req) => store.oversight(req.door, req.query));
}
