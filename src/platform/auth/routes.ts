// Sign-in: password (argon2id), then a TOTP code (or first the enrolment), or a one-time recovery code.
// Failed passwords and codes count towards a lockout; per-IP rate limits sit on top.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { appendAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { CSRF_COOKIE, ensureCsrfCookie, LANGUAGE_COOKIE, SESSION_COOKIE } from '../http.js';
import { LANGUAGES } from '../i18n.js';
import { dummyPasswordHash, generateRecoveryCodes, hashRecoveryCode, verifyPassword } from './password.js';
import {
  clearFailedAttempts, completeEnrolment, consumeRecoveryCode, createSession, deleteSession, findUserByEmail, findUserById,
  recordTotpStep, saveTotpSecret, setUserLanguage,
  recordFailedAttempt, type SessionStage, type UserRecord,
} from './store.js';
import { generateSecret, otpauthUri, verifyTotp } from './totp.js';

const PENDING_MINUTES = 10;
const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional(), referenceId: z.string().optional() }) });
const stageBody = z.object({ stage: z.enum(['totp', 'enrol_totp', 'active']) });
const codeBody = z.object({ code: z.string().trim().min(1).max(64) }).strict();

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app;
  const limited = { rateLimit: { max: config.authRateLimitPerMinute, timeWindow: '1 minute' } };

  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: config.secureCookies };

  function lockedError(user: UserRecord): AppError {
    const minutes = Math.max(1, Math.ceil((Date.parse(user.locked_until ?? '') - Date.now()) / 60_000));
    return new AppError('locked', 'auth.locked', { minutes });
  }
  const isLocked = (user: UserRecord) => user.locked_until !== null && Date.parse(user.locked_until) > Date.now();

  async function startSession(reply: FastifyReply, userId: string, stage: SessionStage, organisationId: string, action: string) {
    const lifetime = stage === 'active' ? config.sessionAbsoluteHours * 60 : PENDING_MINUTES;
    const session = await db.transaction(async (tx) => {
      const created = await createSession(tx, userId, stage, lifetime);
      await appendAudit(tx, organisationId, [{ actorId: userId, action, entityType: 'user', entityIds: [userId] }]);
      return created;
    });
    reply.setCookie(SESSION_COOKIE, session.token, cookieOptions);
    reply.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  async function failAttempt(user: UserRecord, key: 'auth.invalid_code' | 'auth.invalid_recovery_code' | 'auth.invalid_credentials', field?: string): Promise<never> {
    await db.transaction(async (tx) => {
      await recordFailedAttempt(tx, user.id, config.maxFailedAttempts, config.lockoutMinutes);
      await appendAudit(tx, user.organisation_id, [{ actorId: user.id, action: 'auth.failed', entityType: 'user', entityIds: [user.id] }]);
    });
    const after = await findUserById(db, user.id);
    if (after && isLocked(after)) throw lockedError(after);
    throw new AppError(key === 'auth.invalid_credentials' ? 'unauthenticated' : 'validation', key, {}, field);
  }

  /** The pending (mid sign-in) user, re-read with a lock so parallel code guesses are counted one by one. */
  function pendingUser(req: FastifyRequest, stage: SessionStage): UserRecord {
    if (!req.session || !req.user || req.session.stage !== stage) throw new AppError('unauthenticated', 'auth.wrong_stage');
    if (isLocked(req.user)) throw lockedError(req.user);
    return req.user;
  }

  async function promote(req: FastifyRequest, reply: FastifyReply, user: UserRecord) {
    await db.transaction(async (tx) => {
      await clearFailedAttempts(tx, user.id);
      if (req.session) await deleteSession(tx, req.session.token_hash);
    });
    await startSession(reply, user.id, 'active', user.organisation_id, 'auth.login');
  }

  api.get('/api/session', {
    config: { access: 'public' },
    schema: {
      tags: ['auth'],
      response: {
        200: z.object({
          stage: z.enum(['anonymous', 'totp', 'enrol_totp', 'active']),
          csrfToken: z.string(),
          user: z.object({ id: z.string(), displayName: z.string(), email: z.string(), roles: z.array(z.string()), language: z.string(), organisationName: z.string() }).nullable(),
        }),
      },
    },
  }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    if (!req.session || !req.user) return { stage: 'anonymous' as const, csrfToken: ensureCsrfCookie(req, reply, config.secureCookies), user: null };
    const user = req.user;
    return {
      stage: req.session.stage,
      csrfToken: req.session.csrf_token,
      user: req.session.stage === 'active'
        ? { id: user.id, displayName: user.display_name, email: user.email, roles: user.roles, language: user.language, organisationName: user.organisation_name }
        : null,
    };
  });

  api.post('/api/auth/login', {
    config: { access: 'public', ...limited },
    schema: {
      tags: ['auth'],
      body: z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(1024) }).strict(),
      response: { 200: stageBody, 401: errorBody, 423: errorBody },
    },
  }, async (req, reply) => {
    const user = await findUserByEmail(db, req.body.email);
    if (!user) {
      await verifyPassword(await dummyPasswordHash(), req.body.password);
      throw new AppError('unauthenticated', 'auth.invalid_credentials');
    }
    if (isLocked(user)) throw lockedError(user);
    if (!(await verifyPassword(user.password_hash, req.body.password))) await failAttempt(user, 'auth.invalid_credentials');
    if (!user.active) throw new AppError('forbidden', 'auth.inactive');
    if (req.session) await deleteSession(db, req.session.token_hash);
    const stage: SessionStage = user.totp_enrolled ? 'totp' : 'enrol_totp';
    await startSession(reply, user.id, stage, user.organisation_id, 'auth.password_ok');
    return { stage };
  });

  api.post('/api/auth/totp', {
    config: { access: 'pending', ...limited },
    schema: { tags: ['auth'], body: codeBody, response: { 200: stageBody } },
  }, async (req, reply) => {
    const user = pendingUser(req, 'totp');
    const step = verifyTotp(user.totp_secret ?? '', req.body.code.replace(/\s/g, ''), Date.now(), user.totp_last_step);
    if (step === null) return failAttempt(user, 'auth.invalid_code', 'code');
    await recordTotpStep(db, user.id, step);
    await promote(req, reply, user);
    return { stage: 'active' as const };
  });

  api.post('/api/auth/recovery', {
    config: { access: 'pending', ...limited },
    schema: { tags: ['auth'], body: codeBody, response: { 200: z.object({ stage: z.literal('active'), remainingRecoveryCodes: z.number() }) } },
  }, async (req, reply) => {
    const user = pendingUser(req, 'totp');
    const hashed = hashRecoveryCode(req.body.code);
    const remaining = await consumeRecoveryCode(db, user.id, hashed);
    if (remaining === null) return failAttempt(user, 'auth.invalid_recovery_code', 'code');
    await promote(req, reply, user);
    return { stage: 'active' as const, remainingRecoveryCodes: remaining };
  });

  api.get('/api/auth/totp/enrolment', {
    config: { access: 'pending' },
    schema: { tags: ['auth'], response: { 200: z.object({ secret: z.string(), otpauthUri: z.string(), qrCodeDataUrl: z.string() }) } },
  }, async (req, reply) => {
    const user = pendingUser(req, 'enrol_totp');
    let secret = user.totp_secret;
    if (!secret) {
      secret = generateSecret();
      await saveTotpSecret(db, user.id, secret);
    }
    const uri = otpauthUri(secret, user.email);
    reply.header('cache-control', 'no-store');
    return { secret, otpauthUri: uri, qrCodeDataUrl: await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 }) };
  });

  api.post('/api/auth/totp/enrolment', {
    config: { access: 'pending', ...limited },
    schema: { tags: ['auth'], body: codeBody, response: { 200: z.object({ stage: z.literal('active'), recoveryCodes: z.array(z.string()) }) } },
  }, async (req, reply) => {
    const user = pendingUser(req, 'enrol_totp');
    if (!user.totp_secret) throw new AppError('validation', 'auth.wrong_stage');
    const step = verifyTotp(user.totp_secret, req.body.code.replace(/\s/g, ''), Date.now(), null);
    if (step === null) return failAttempt(user, 'auth.invalid_code', 'code');
    const recoveryCodes = generateRecoveryCodes();
    await completeEnrolment(db, user.id, step, recoveryCodes.map(hashRecoveryCode));
    await promote(req, reply, user);
    reply.header('cache-control', 'no-store');
    return { stage: 'active' as const, recoveryCodes };
  });

  api.post('/api/auth/logout', {
    config: { access: 'public' },
    schema: { tags: ['auth'], response: { 204: z.null() } },
  }, async (req, reply) => {
    if (req.session) await deleteSession(db, req.session.token_hash);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  api.put('/api/me/language', {
    config: { access: 'public' },
    schema: { tags: ['auth'], body: z.object({ language: z.enum(LANGUAGES) }).strict(), response: { 204: z.null() } },
  }, async (req, reply) => {
    if (req.user && req.session?.stage === 'active') await setUserLanguage(db, req.user.id, req.body.language);
    reply.setCookie(LANGUAGE_COOKIE, req.body.language, { path: '/', sameSite: 'strict', secure: config.secureCookies, maxAge: 365 * 24 * 3600 });
    return reply.status(204).send(null);
  });
}
