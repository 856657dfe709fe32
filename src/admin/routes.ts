// Administration routes: the organisation administrator manages users and their roles.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../platform/access.js';
import * as store from './store.js';

const tags = ['admin'];
const userParams = z.object({ userId: z.uuid() }).strict();
const userView = z.object({
  id: z.string(), email: z.string(), displayName: z.string(), roles: z.array(z.enum(ROLES)), active: z.boolean(), totpEnrolled: z.boolean(),
  lockedUntil: z.string().nullable(), createdAt: z.string(),
});

export async function adminRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/admin/users', { schema: { tags, response: { 200: z.array(userView) } } }, (req) => store.listUsers(req.door));

  api.post('/api/admin/users', {
    schema: {
      tags,
      body: z.object({
        email: z.email().max(254), displayName: z.string().trim().min(1).max(200), roles: z.array(z.enum(ROLES)).min(1).max(3),
        initialPassword: z.string().min(1).max(1024),
      }).strict(),
      response: { 201: z.object({ id: z.string() }) },
    },
  }, async (req, reply) => reply.status(201).send(await store.createUser(req.door, req.body)));

  api.patch('/api/admin/users/:userId', {
    schema: {
      tags, params: userParams,
      body: z.object({ displayName: z.string().trim().min(1).max(200).optional(), roles: z.array(z.enum(ROLES)).min(1).max(3).optional(), active: z.boolean().optional() }).strict(),
      response: { 204: z.null() },
    },
  }, async (req, reply) => {
    await store.updateUser(req.door, req.params.userId, req.body);
    return reply.status(204).send(null);
  });

  api.post('/api/admin/users/:userId/reset-totp', { schema: { tags, params: userParams, response: { 204: z.null() } } }, async (req, reply) => {
    await store.resetUserSecondFactor(req.door, req.params.userId);
    return reply.status(204).send(null);
  });

  api.post('/api/admin/users/:userId/unlock', { schema: { tags, params: userParams, response: { 204: z.null() } } }, async (req, reply) => {
    await store.unlockUser(req.door, req.params.userId);
    return reply.status(204).send(null);
  });
}
