// HTTP and WebSocket routes of the video call (issue 4).
import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contactParams } from '../cases/schemas.js';
import { caseForAction } from '../cases/store.js';
import { AppError } from '../platform/errors.js';
import { CALL_ROLES, callWindowOpen, LINK_GRACE_AFTER_MINUTES } from './domain.js';
import { CallHub } from './signalling.js';
import { callOf, issueLink, linkContext } from './store.js';

const tags = ['video call'];

export const linkStatusSchema = z.object({
  state: z.enum(['valid', 'expired', 'revoked', 'cancelled', 'no_consent', 'not_video', 'unknown']),
  startsAt: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  windowOpen: z.boolean(),
  expertName: z.string().nullable(),
  organisationName: z.string().nullable(),
  phoneNumber: z.string().nullable(),
  language: z.string(),
  role: z.enum(CALL_ROLES).nullable(),
  displayName: z.string().nullable(),
});

const callSummarySchema = z.object({
  started: z.boolean(),
  endedAt: z.string().nullable(),
  switchedToPhone: z.object({ at: z.string(), reason: z.string(), phoneNumber: z.string().nullable() }).nullable(),
  participants: z.array(z.object({ id: z.string(), role: z.enum(CALL_ROLES), displayName: z.string(), state: z.string(), host: z.boolean() })),
});

export async function videoRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  const bus = app.bus;
  if (!bus) throw new Error('the video call needs the event bus');
  const hub = new CallHub({ db: app.db, bus, config: app.config, log: app.log });
  app.addHook('onClose', async () => hub.close());

  // Signalling. Public at the door: the first message proves who it is (a link, or a signed-in session).
  app.get('/api/calls/ws', { websocket: true, config: { access: 'public' }, schema: { hide: true } }, (socket, req) => hub.accept(socket, req));

  // What the client's page shows before anything else. The token travels in the body (never in a URL
  // that ends up in logs); nothing is stored, so no CSRF token is needed.
  api.post('/api/call-links/status', {
    config: { access: 'public', csrf: false, rateLimit: { max: 120, timeWindow: '1 minute' } },
    schema: { tags, security: [], body: z.object({ token: z.string().min(1).max(200) }).strict(), response: { 200: linkStatusSchema } },
  }, async (req) => {
    const link = await linkContext(app.db, req.body.token);
    if (!link) {
      return { state: 'unknown' as const, startsAt: null, durationMinutes: null, windowOpen: false, expertName: null, organisationName: null, phoneNumber: null, language: req.language, role: null, displayName: null };
    }
    const windowOpen = link.state === 'valid' && callWindowOpen(new Date(), link.startsAt, link.durationMinutes);
    return {
      state: link.state, startsAt: link.startsAt, durationMinutes: link.durationMinutes, windowOpen, expertName: link.expertName,
      organisationName: link.organisationName, phoneNumber: link.phoneNumber, language: link.clientLanguage, role: link.role, displayName: link.displayName,
    };
  });

  // A link for another participant (employer, bedrijfsarts, companion …), shown once to pass on.
  api.post('/api/cases/:caseId/contacts/:contactId/call-links', {
    schema: {
      tags, params: contactParams,
      body: z.object({ role: z.enum(CALL_ROLES).exclude(['labour_expert', 'client']), displayName: z.string().trim().min(1).max(200) }).strict(),
      response: { 201: z.object({ url: z.string(), validUntil: z.string() }) },
      description: `The link works until ${LINK_GRACE_AFTER_MINUTES} minutes after the planned end; the participant waits until the labour expert admits them.`,
    },
  }, async (req, reply) => {
    const result = await req.door.work(async (tx, audit) => {
      await caseForAction(tx, req.door.actor, req.params.caseId, 'contact.plan');
      const [contact] = await tx.query<{ contact_form: string; state: string; planned_at: string; duration_minutes: number }>(
        'SELECT contact_form, state, planned_at, duration_minutes FROM contacts WHERE id = $1 AND case_id = $2', [req.params.contactId, req.params.caseId]);
      if (!contact) throw new AppError('not_found', 'error.not_found');
      if (contact.contact_form !== 'video' || contact.state !== 'planned') throw new AppError('conflict', 'video.not_a_planned_video_contact');
      const link = await issueLink(tx, { contactId: req.params.contactId, role: req.body.role, displayName: req.body.displayName, createdBy: req.door.actor.userId, replacePrevious: false });
      audit({ action: 'call.link.create', entityType: 'contact', entityIds: [req.params.contactId] });
      const validUntil = new Date(Date.parse(contact.planned_at) + (Number(contact.duration_minutes) + LINK_GRACE_AFTER_MINUTES) * 60_000).toISOString();
      return { url: `${app.config.publicUrl}/gesprek#${link.token}`, validUntil };
    });
    return reply.status(201).send(result);
  });

  // What happened in the call, for the contact page: who was there, when it ended, a switch to phone.
  api.get('/api/cases/:caseId/contacts/:contactId/call', { schema: { tags, params: contactParams, response: { 200: callSummarySchema } } }, (req) =>
    req.door.work(async (tx, audit) => {
      await caseForAction(tx, req.door.actor, req.params.caseId, 'contact.record');
      const [contact] = await tx.query('SELECT 1 FROM contacts WHERE id = $1 AND case_id = $2', [req.params.contactId, req.params.caseId]);
      if (!contact) throw new AppError('not_found', 'error.not_found');
      const call = await callOf(tx, req.params.contactId);
      audit({ action: 'call.read', entityType: 'contact', entityIds: [req.params.contactId] });
      return {
        started: call !== null, endedAt: call?.state.endedAt ?? null, switchedToPhone: call?.state.switchedToPhone ?? null,
        participants: (call?.state.participants ?? []).map((p) => ({ id: p.id, role: p.role, displayName: p.displayName, state: p.state, host: p.host })),
      };
    }));
}
