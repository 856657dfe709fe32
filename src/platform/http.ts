// The HTTP shell: security headers, sessions, CSRF, language, the error shape, OpenAPI, and the web app.
// Capabilities plug in their routes; every /api route is signed-in-only unless it says otherwise.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { hasZodFastifySchemaValidationErrors, jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Actor, PortalVisitor, Role } from './access.js';
import type { Config } from './config.js';
import type { Db } from './db.js';
import type { Door } from './door.js';
import type { MailDispatcher } from './mail.js';
import type { Bus } from './bus.js';
import { openDoor } from './door.js';
import { AppError, invalidField, renderAppError, renderSchemaIssue, STATUS_OF, type ErrorBody, type SchemaIssue } from './errors.js';
import { isLanguage, languageFromHeader, translate, type Language } from './i18n.js';
import { deleteSession, findSessionWithUser, touchSession, type SessionRecord, type UserRecord } from './auth/store.js';
import { randomToken } from './auth/password.js';

export const SESSION_COOKIE = 'passend_session';
export const CSRF_COOKIE = 'passend_csrf';
export const LANGUAGE_COOKIE = 'passend_lang';

/**
 * Who may call a route: `active` (default) needs a full sign-in; `pending` a session mid sign-in;
 * `portal` a portal session (the client's or employer's door, issue 5; its plugin sets `req.portal`);
 * `public` anyone.
 */
export type RouteAccess = 'active' | 'pending' | 'portal' | 'public';

/** What the kernel needs of a portal session: who it is (for the policy) and its CSRF token. */
export interface PortalRequestVisitor extends PortalVisitor {
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** false only for side-effect-free public operations that other systems call (no session is used to write). */
    csrf?: boolean;
  }
  interface FastifyRequest {
    language: Language;
    session: SessionRecord | null;
    user: UserRecord | null;
    /** The data door; only present on `active` routes. */
    door: Door;
    /** The portal visitor; only present on `portal` routes with a live portal session. */
    portal: PortalRequestVisitor | null;
  }
  interface FastifyInstance {
    db: Db;
    config: Config;
    /** Delivers queued mail; absent in tools that only migrate or seed. */
    mailer?: MailDispatcher;
    /** Events between app instances (LISTEN/NOTIFY). */
    bus?: Bus;
  }
}

export function actorOf(user: UserRecord): Actor {
  return { userId: user.id, organisationId: user.organisation_id, roles: user.roles as Role[] };
}

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string (or key) PostgreSQL cannot store as text, '' for the root, null if none. */
export function findUnstorableText(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (UNSTORABLE.test(key)) return childPath;
    const found = findUnstorableText(child, childPath, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

function sendError(reply: FastifyReply, status: number, body: ErrorBody) {
  return reply.status(status).header('cache-control', 'no-store').send(body);
}

/** Paths with their own HTML page instead of the app: the client's call page and portal load no React (issues 4, 5). */
const PAGES: Record<string, string> = { '/gesprek': 'gesprek.html', '/portaal': 'portaal.html' };

/** How the kernel finds the visitor behind a portal session cookie (the portal capability provides it). */
export type PortalSessionResolver = (token: string) => Promise<(PortalRequestVisitor & { language: string }) | null>;
export const PORTAL_COOKIE = 'passend_portal';

export async function buildApp(options: { db: Db; config: Config; bus?: Bus; portalSessions?: PortalSessionResolver; plugins: Array<(app: FastifyInstance) => Promise<void>> }): Promise<FastifyInstance> {
  const { db, config } = options;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Query strings can hold search terms (client names): log the path only, never personal data.
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({ method: req.method, path: req.url.split('?')[0], id: req.id }),
      },
    },
    bodyLimit: 1024 * 1024,
    genReqId: () => randomUUID(),
    trustProxy: config.secureCookies,
    forceCloseConnections: true,
    // Errors the router raises before any hook (malformed URL, over-long parameter) get our shape too.
    frameworkErrors: (_error, req, reply) => {
      const language = languageFromHeader(req.headers['accept-language']);
      return sendError(reply, 400, { error: { code: 'validation', message: translate(language, 'error.bad_url') } });
    },
  });
  app.decorate('db', db);
  app.decorate('config', config);
  if (options.bus) app.decorate('bus', options.bus);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('language', 'nl');
  app.decorateRequest('session', null);
  app.decorateRequest('user', null);
  app.decorateRequest('door', null as unknown as Door);
  app.decorateRequest('portal', null);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.secureCookies,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Passend API', version: '1', description: 'The working platform of the Dutch arbeidsdeskundige. Errors: { error: { code, message, field?, referenceId? } }.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  // Language first: every later answer, including errors, uses it.
  app.addHook('onRequest', async (req) => {
    const cookieLanguage = req.cookies[LANGUAGE_COOKIE];
    req.language = isLanguage(cookieLanguage) ? cookieLanguage : languageFromHeader(req.headers['accept-language']);
  });

  // Session: look up, enforce idle and absolute timeouts, and keep the last-seen time fresh.
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await findSessionWithUser(db, token);
    if (!found) {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return;
    }
    const { session, user } = found;
    const now = Date.now();
    const idleExpired = now - Date.parse(session.last_seen_at) > config.sessionIdleMinutes * 60_000;
    if (idleExpired || Date.parse(session.expires_at) < now || !user.active) {
      await deleteSession(db, session.token_hash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return;
    }
    req.session = session;
    req.user = user;
    if (session.stage === 'active' && isLanguage(user.language)) req.language = user.language;
    if (now - Date.parse(session.last_seen_at) > 30_000) await touchSession(db, session.token_hash);
  });

  // The portal session (issue 5): only on the portal's own paths, never together with a staff session.
  app.addHook('onRequest', async (req, reply) => {
    const token = req.cookies[PORTAL_COOKIE];
    if (!token || !options.portalSessions || !req.url.startsWith('/api/portal/')) return;
    const visitor = await options.portalSessions(token);
    if (!visitor) {
      reply.clearCookie(PORTAL_COOKIE, { path: '/api/portal' });
      return;
    }
    req.portal = visitor;
    // Server messages exist in Dutch and English; the portal page itself speaks all its languages.
    req.language = visitor.language === 'nl' ? 'nl' : 'en';
  });

  // Access gate and CSRF, per route configuration; before validation, so strangers learn nothing.
  app.addHook('preValidation', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const access: RouteAccess = req.routeOptions.config?.access ?? 'active';
    // Without a portal session there is nothing to protect with a CSRF token: say "signed out" first.
    if (access === 'portal' && !req.portal) throw new AppError('unauthenticated', 'portal.session_ended');
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS' && req.routeOptions.config?.csrf !== false) {
      // Synchronizer token bound to the session; before sign-in, a double-submit cookie.
      const expected = access === 'portal' ? req.portal?.csrfToken : req.session?.csrf_token ?? req.cookies[CSRF_COOKIE];
      const sent = req.headers['x-csrf-token'];
      if (!expected || typeof sent !== 'string' || sent !== expected) throw new AppError('forbidden', 'error.csrf');
    }
    if (access === 'public') return;
    if (access === 'portal') return;
    if (!req.session || !req.user) throw new AppError('unauthenticated', 'error.unauthenticated');
    if (access === 'active') {
      if (req.session.stage !== 'active') throw new AppError('unauthenticated', 'error.unauthenticated');
      req.door = openDoor(db, actorOf(req.user), req.language, `${req.method} ${req.routeOptions.url ?? ''}`);
    }
  });

  // One check for all input: text PostgreSQL cannot store (NUL, lone surrogates) is refused here.
  app.addHook('preValidation', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    for (const [context, value] of [['querystring', req.query], ['params', req.params], ['body', req.body]] as const) {
      const field = findUnstorableText(value);
      if (field !== null) throw invalidField(field || context, 'validation.invalid_characters');
    }
  });

  app.setErrorHandler((error: unknown, req: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) return sendError(reply, STATUS_OF[error.code], renderAppError(error, req.language));
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext;
      return sendError(reply, 400, renderSchemaIssue(error.validation[0] as SchemaIssue, context, req.language));
    }
    const fastifyError = error as { statusCode?: number; code?: string; validation?: SchemaIssue[]; validationContext?: string };
    if (fastifyError.validation?.[0]) return sendError(reply, 400, renderSchemaIssue(fastifyError.validation[0], fastifyError.validationContext, req.language));
    const status = fastifyError.statusCode ?? 500;
    if (status === 429) return sendError(reply, 429, { error: { code: 'rate_limited', message: translate(req.language, 'error.rate_limited') } });
    if (status === 413 || fastifyError.code === 'FST_REQ_FILE_TOO_LARGE') return sendError(reply, 413, { error: { code: 'too_large', message: translate(req.language, 'error.body_too_large') } });
    if (status === 415) return sendError(reply, 415, { error: { code: 'unsupported_type', message: translate(req.language, 'error.unsupported_media') } });
    if (status >= 400 && status < 500) {
      // Malformed JSON, bad content-length, multipart errors …: the client's fault, said plainly.
      const key = fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'error.bad_json' : 'error.unsupported_media';
      return sendError(reply, 400, { error: { code: 'validation', message: translate(req.language, key) } });
    }
    const referenceId = req.id;
    req.log.error({ err: error, referenceId }, 'unexpected error');
    return sendError(reply, 500, { error: { code: 'internal', message: translate(req.language, 'error.internal', { referenceId }), referenceId } });
  });

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  for (const plugin of options.plugins) await app.register(plugin);

  // The built web app, with the SPA fallback for client-side routes.
  const webBuilt = existsSync(join(config.webDir, 'index.html'));
  if (webBuilt) {
    await app.register(fastifyStatic, {
      root: config.webDir,
      index: ['index.html'],
      // Built assets carry a content hash in their name: cache them for good; index.html never.
      setHeaders: (res, path) => res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }
  app.setNotFoundHandler((req, reply) => {
    // Missing API routes and missing files (a path with an extension) are 404; other paths are app routes.
    const path = req.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path) || req.method !== 'GET' || !webBuilt) {
      return sendError(reply, 404, { error: { code: 'not_found', message: translate(req.language, 'error.route_not_found') } });
    }
    return reply.header('cache-control', 'no-cache').sendFile(PAGES[path] ?? 'index.html');
  });

  return app;
}

/** Sets (or keeps) the double-submit CSRF cookie for signed-out forms and returns its value. */
export function ensureCsrfCookie(req: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const existing = req.cookies[CSRF_COOKIE];
  if (existing && existing.length >= 32) return existing;
  const token = randomToken();
  reply.setCookie(CSRF_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure });
  return token;
}
