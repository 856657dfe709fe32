// HTTP routes of the portal (issue 5): the public entry (link, code), the portal session's own routes
// (access 'portal': the kernel checks the session and its CSRF token), and the staff routes that send,
// replace and end a door's links and sessions. Contract: docs/portal.md.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseIdParams } from '../cases/schemas.js';
import { sendDocument } from '../cases/routes.js';
import { readinessSchema } from '../contact/schemas.js';
import { mailContextOf } from '../contact/store.js';
import { PORTAL_AUDIENCES } from '../platform/access.js';
import { AppError } from '../platform/errors.js';
import { isLanguage } from '../platform/i18n.js';
import { PORTAL_COOKIE } from '../platform/http.js';
import { PORTAL_LANGUAGES, PREFERENCE_REASON_MAX, SESSION_MAX_HOURS, type PortalLanguage } from './domain.js';
import { announceConsentWithdrawn } from '../video/signalling.js';
import * as store from './store.js';

const tags = ['portal'];
const none = z.null().describe('No content');
const token = z.string().min(1).max(200);
const form = z.enum(['physical', 'video', 'phone']);
const language = z.enum(PORTAL_LANGUAGES);

const startSchema = z.object({
  state: z.enum(['code_sent', 'signed_in', 'unknown', 'revoked', 'locked']),
  channel: z.enum(['email', 'sms']).nullable(), sentTo: z.string().nullable(), lockedUntil: z.string().nullable(),
  language, organisationName: z.string().nullable(), audience: z.enum(PORTAL_AUDIENCES).nullable(), csrfToken: z.string().nullable(),
});
const sessionSchema = z.object({
  audience: z.enum(PORTAL_AUDIENCES), language, name: z.string(), organisationName: z.string().nullable(), expertName: z.string().nullable(),
  phoneNumber: z.string().nullable(), idleExpiresAt: z.string(), absoluteExpiresAt: z.string(), csrfToken: z.string(),
});
const portalContactSchema = z.object({
  id: z.string(), plannedAt: z.string(), durationMinutes: z.number(), form, location: z.string().nullable(), state: z.enum(['planned', 'held', 'cancelled']),
  expertName: z.string().nullable(), preference: z.object({ form, reason: z.string(), statedAt: z.string() }).nullable(),
  video: z.object({ consent: z.object({ givenAt: z.string(), via: z.enum(['staff', 'portal']) }).nullable(), privacyNoticeId: z.string().nullable() }).nullable(),
});
const doorSchema = z.object({
  id: z.string().nullable(), documents: z.array(z.object({ id: z.string(), fileName: z.string(), sharedAt: z.string() })), audience: z.enum(PORTAL_AUDIENCES), partyId: z.string().nullable(), name: z.string(), secondChannel: z.enum(['email', 'sms']).nullable(),
  canSendLink: z.boolean(), activeLinks: z.number(), openSessions: z.number(), lastUsedAt: z.string().nullable(), lockedUntil: z.string().nullable(),
});
const accessParams = caseIdParams.extend({ accessId: z.uuid() });
/** A reason in the client's own words: any script; the length rule counts characters as the client sees them (store). */
const ownWords = z.string().max(PREFERENCE_REASON_MAX * 4);

export async function portalRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const mail = mailContextOf(app.config);
  const cookieOptions = { path: '/api/portal', httpOnly: true, sameSite: 'strict' as const, secure: app.config.secureCookies, maxAge: SESSION_MAX_HOURS * 3600 };
  const setSession = (reply: FastifyReply, session: { token: string }) => reply.setCookie(PORTAL_COOKIE, session.token, cookieOptions);
  const fallbackLanguage = (value: string): PortalLanguage => (isLanguage(value) ? value : 'nl');

  const visitorOf = (req: { portal: unknown }) => req.portal as store.PortalSessionContext;

  // ---- entry (public) ----------------------------------------------------------------------
  api.post('/api/portal/start', {
    config: { access: 'public', csrf: false, rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: { tags, security: [], body: z.object({ token, resend: z.boolean().optional() }).strict(), response: { 200: startSchema },
      description: 'Checks a personal link and sends a one-time code through the second channel (not again within 60 s unless `resend`).' },
  }, async (req, reply) => {
    const answer = await store.startEntry(app.db, req.body.token, req.body.resend ?? false, fallbackLanguage(req.language));
    if (answer.session) setSession(reply, answer.session);
    const { session, ...rest } = answer;
    return { ...rest, csrfToken: session?.csrfToken ?? null };
  });

  api.post('/api/portal/verify', {
    config: { access: 'public', csrf: false, rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: { tags, security: [], body: z.object({ token, code: z.string().min(1).max(20) }).strict(), response: { 200: z.object({ csrfToken: z.string() }) } },
  }, async (req, reply) => {
    const answer = await store.verifyCode(app.db, req.body.token, req.body.code, mail);
    if (answer.ok) {
      setSession(reply, answer.session);
      return { csrfToken: answer.session.csrfToken };
    }
    if (answer.reason === 'locked') throw new AppError('locked', 'portal.locked', {}, undefined, { lockedUntil: answer.lockedUntil });
    if (answer.reason === 'unknown' || answer.reason === 'revoked') throw new AppError('not_found', 'portal.link_unusable', {}, undefined, { reason: answer.reason });

    if (answer.reason === 'expired') throw new AppError('validation', 'portal.code_expired', {}, 'code', { reason: 'expired', attemptsLeft: answer.attemptsLeft });
    if (answer.reason !== 'wrong') throw new AppError('internal', 'error.internal');
    throw new AppError('validation', 'portal.code_wrong', { attemptsLeft: answer.attemptsLeft }, 'code', { reason: 'wrong', attemptsLeft: answer.attemptsLeft });
  });

  // ---- the portal session ------------------------------------------------------------------
  const portal = { config: { access: 'portal' as const } };
  api.get('/api/portal/session', { ...portal, schema: { tags, response: { 200: sessionSchema } } }, (req) => store.sessionInfo(app.db, visitorOf(req)));
  api.post('/api/portal/session/extend', { ...portal, schema: { tags, response: { 200: z.object({ idleExpiresAt: z.string() }) } } },
    async (req) => ({ idleExpiresAt: visitorOf(req).idleExpiresAt }));
  api.post('/api/portal/logout', { ...portal, schema: { tags, response: { 204: none } } }, async (req, reply) => {
    await store.endSession(app.db, visitorOf(req));
    reply.clearCookie(PORTAL_COOKIE, { path: '/api/portal' });
    return reply.status(204).send(null);
  });
  api.put('/api/portal/language', { ...portal, schema: { tags, body: z.object({ language }).strict(), response: { 204: none } } }, async (req, reply) => {
    await store.setLanguage(app.db, visitorOf(req), req.body.language);
    return reply.status(204).send(null);
  });
  api.get('/api/portal/contacts', { ...portal, schema: { tags, response: { 200: z.object({ upcoming: z.array(portalContactSchema), past: z.array(portalContactSchema) }) } } },
    (req) => store.portalContacts(app.db, visitorOf(req)));
  api.put('/api/portal/contacts/:contactId/preference', {
    ...portal, schema: { tags, params: z.object({ contactId: z.uuid() }), body: z.object({ form, reason: ownWords }).strict(), response: { 204: none } },
  }, async (req, reply) => {
    await store.statePreference(app.db, visitorOf(req), req.params.contactId, req.body);
    return reply.status(204).send(null);
  });
  api.get('/api/portal/privacy-notice', { ...portal, schema: { tags, response: { 200: z.object({ id: z.string(), version: z.number(), body: z.string(), bodyLanguage: z.enum(['nl', 'en']) }) } } },
    async (req) => store.privacyNoticeFor(app.db, visitorOf(req), visitorOf(req).language));
  api.post('/api/portal/contacts/:contactId/consent', {
    ...portal, schema: { tags, params: z.object({ contactId: z.uuid() }), body: z.object({ privacyNoticeId: z.uuid() }).strict(), response: { 201: z.object({ id: z.string() }) } },
  }, async (req, reply) => reply.status(201).send(await store.consentInPortal(app.db, visitorOf(req), req.params.contactId, req.body.privacyNoticeId, mail)));
  api.post('/api/portal/contacts/:contactId/consent/withdraw', {
    ...portal, schema: { tags, params: z.object({ contactId: z.uuid() }), body: z.object({ reason: ownWords.nullable() }).strict(), response: { 204: none } },
  }, async (req, reply) => {
    await store.withdrawInPortal(app.db, visitorOf(req), req.params.contactId, req.body.reason, mail);
    await announceConsentWithdrawn(app.bus, req.params.contactId);
    return reply.status(204).send(null);
  });
  api.post('/api/portal/contacts/:contactId/call-link', {
    ...portal, schema: { tags, params: z.object({ contactId: z.uuid() }), response: { 201: z.object({ url: z.string() }) } },
  }, async (req, reply) => reply.status(201).send(await store.callLinkInPortal(app.db, visitorOf(req), req.params.contactId, mail.appUrl)));

  const portalReadinessSchema = z.object({
    latest: z.object({
      answers: readinessSchema.shape.answers, answeredAt: z.string(), via: z.enum(['staff', 'portal']), videoHard: z.boolean(), offerTestCall: z.boolean(),
    }).nullable(),
  });
  api.get('/api/portal/readiness', { ...portal, schema: { tags, response: { 200: portalReadinessSchema } } }, (req) => store.readinessInPortal(app.db, visitorOf(req)));
  api.put('/api/portal/readiness', {
    ...portal, schema: { tags, body: z.object({ answers: readinessSchema.shape.answers }).strict(), response: { 200: portalReadinessSchema },
      description: 'The client answers the digital readiness check; the newest answers count in the contact-form advice.' },
  }, (req) => store.answerReadiness(app.db, visitorOf(req), req.body.answers));

  api.get('/api/portal/documents', {
    ...portal, schema: { tags, response: { 200: z.object({ items: z.array(z.object({ id: z.string(), fileName: z.string(), documentType: z.string(), sizeBytes: z.number(), sharedAt: z.string() })) }) } },
  }, async (req) => ({ items: await store.portalDocuments(app.db, visitorOf(req)) }));
  api.get('/api/portal/documents/:documentId/content', {
    ...portal, schema: { tags, params: z.object({ documentId: z.uuid() }), produces: ['application/octet-stream'] },
  }, async (req, reply) => sendDocument(reply, await store.portalDocumentContent(app.db, visitorOf(req), req.params.documentId)));

  // ---- staff --------------------------------------------------------------------------------
  api.get('/api/cases/:caseId/portal', { schema: { tags, params: caseIdParams, response: { 200: z.object({ doors: z.array(doorSchema) }) } } },
    async (req) => ({ doors: await store.doorsOfCase(req.door, req.params.caseId) }));
  api.post('/api/cases/:caseId/portal', {
    schema: { tags, params: caseIdParams, body: z.object({ audience: z.enum(PORTAL_AUDIENCES), partyId: z.uuid().nullable() }).strict(),
      response: { 201: z.object({ accessId: z.string(), sentTo: z.string() }) }, description: 'Opens the door if needed and sends a fresh personal link by e-mail.' },
  }, async (req, reply) => reply.status(201).send(await store.sendPortalLink(req.door, req.params.caseId, req.body, false, mail)));
  api.post('/api/cases/:caseId/portal/:accessId/replace-link', {
    schema: { tags, params: accessParams, response: { 201: z.object({ accessId: z.string(), sentTo: z.string() }) }, description: 'Every earlier link and session stops; a new link is sent.' },
  }, async (req, reply) => reply.status(201).send(await store.sendPortalLink(req.door, req.params.caseId, { accessId: req.params.accessId }, true, mail)));
  api.post('/api/cases/:caseId/portal/:accessId/documents', {
    schema: { tags, params: accessParams, body: z.object({ documentId: z.uuid() }).strict(), response: { 204: none }, description: 'Shares one document of the case with this door.' },
  }, async (req, reply) => {
    await store.setDocumentShared(req.door, req.params.caseId, req.params.accessId, req.body.documentId, true);
    return reply.status(204).send(null);
  });
  api.delete('/api/cases/:caseId/portal/:accessId/documents/:documentId', { schema: { tags, params: accessParams.extend({ documentId: z.uuid() }), response: { 204: none } } }, async (req, reply) => {
    await store.setDocumentShared(req.door, req.params.caseId, req.params.accessId, req.params.documentId, false);
    return reply.status(204).send(null);
  });
  api.post('/api/cases/:caseId/portal/:accessId/end-sessions', { schema: { tags, params: accessParams, response: { 204: none } } }, async (req, reply) => {
    await store.endPortalSessions(req.door, req.params.caseId, req.params.accessId);
    return reply.status(204).send(null);
  });
}
