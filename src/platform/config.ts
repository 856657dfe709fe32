// All settings come from the environment, with defaults that make `npm start` work on a fresh clone.
import { join } from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  /** Set cookies with `Secure`; on by default when the public URL is https. */
  secureCookies: boolean;
  publicUrl: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  uploadLimitBytes: number;
  maxFailedAttempts: number;
  lockoutMinutes: number;
  authRateLimitPerMinute: number;
  webDir: string;
  logLevel: string;
  /** smtp:// or smtps:// URL; without it mail stays in the outbox for the administrator to read. */
  smtpUrl?: string;
  /** The sender of mail to clients; the organisation's own address is the reply address. */
  mailFrom: string;
  /** How often queued mail is retried and reminders are looked for. */
  mailIntervalMs: number;
  reminderIntervalMs: number;
  /** ICE servers for the video call: STUN and TURN URLs, and coturn's `static-auth-secret` for short-lived TURN credentials. */
  stunUrls: string[];
  turnUrls: string[];
  turnSecret?: string;
  turnTtlSeconds: number;
}

const list = (value: string | undefined) => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);

export const ROOT_DIR = join(import.meta.dirname, '..', '..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const port = Number(env.PORT ?? 3000);
  const host = env.HOST ?? '127.0.0.1';
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${port}`;
  return {
    port,
    host,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? join(ROOT_DIR, 'data'),
    secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === 'true' : publicUrl.startsWith('https:'),
    publicUrl,
    sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 30),
    sessionAbsoluteHours: Number(env.SESSION_ABSOLUTE_HOURS ?? 10),
    uploadLimitBytes: Number(env.UPLOAD_LIMIT_BYTES ?? 20 * 1024 * 1024),
    maxFailedAttempts: Number(env.MAX_FAILED_ATTEMPTS ?? 5),
    lockoutMinutes: Number(env.LOCKOUT_MINUTES ?? 15),
    authRateLimitPerMinute: Number(env.AUTH_RATE_LIMIT_PER_MINUTE ?? 30),
    webDir: env.WEB_DIR ?? join(ROOT_DIR, 'dist', 'web'),
    logLevel: env.LOG_LEVEL ?? 'info',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Passend <noreply@passend.local>',
    mailIntervalMs: Number(env.MAIL_INTERVAL_MS ?? 30_000),
    reminderIntervalMs: Number(env.REMINDER_INTERVAL_MS ?? 5 * 60_000),
    stunUrls: list(env.STUN_URLS),
    turnUrls: list(env.TURN_URLS),
    turnSecret: env.TURN_SECRET || undefined,
    turnTtlSeconds: Number(env.TURN_TTL_SECONDS ?? 3600),
    ...overrides,
  };
}
