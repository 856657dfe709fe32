// The mail kernel: a message is first written to mail_outbox in the caller's transaction, then a
// dispatcher delivers it over SMTP. Without SMTP configured the message is marked 'kept' and stays
// readable by the administrator in the outbox: nothing is lost, and nothing is sent half-way.
import { randomUUID } from 'node:crypto';
import { createTransport } from 'nodemailer';
import type { Db, Sql } from './db.js';

export const MAIL_KINDS = ['invitation', 'update', 'cancellation', 'reminder', 'consent_withdrawn', 'portal_link', 'portal_code', 'portal_locked', 'feedback_reminder', 'report_delivery'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const MAIL_STATUSES = ['queued', 'sent', 'failed', 'kept'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** A message goes by e-mail, or by SMS (one-time codes to a mobile number); both use the one outbox. */
export const MAIL_CHANNELS = ['email', 'sms'] as const;
export type MailChannel = (typeof MAIL_CHANNELS)[number];

/** After this many failed attempts a queued message becomes 'failed'. */
export const MAX_MAIL_ATTEMPTS = 5;
const BATCH_SIZE = 50;

export interface OutgoingMail {
  organisationId: string;
  caseId: string | null;
  contactId: string | null;
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
  ics: string | null;
  /** Default 'email'; 'sms' sends `text` only, to a phone number in `to`. */
  channel?: MailChannel;
}

/** Queues one message; call it inside the transaction that makes the change the mail is about. */
export async function enqueueMail(sql: Sql, mail: OutgoingMail): Promise<string> {
  const id = randomUUID();
  await sql.query(
    `INSERT INTO mail_outbox (id, organisation_id, case_id, contact_id, kind, recipient, subject, body_text, ics, status, channel)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'queued', $10)`,
    [id, mail.organisationId, mail.caseId, mail.contactId, mail.kind, mail.to, mail.subject, mail.text, mail.ics, mail.channel ?? 'email'],
  );
  return id;
}

/**
 * An SMS provider. Passend ships none: without one, SMS messages are kept in the outbox for the
 * administrator like mail without SMTP. A provider implements this and is passed to the dispatcher.
 */
export interface SmsTransport {
  send(m: { to: string; text: string }): Promise<void>;
}

export interface MailTransport {
  send(m: { from: string; to: string; subject: string; text: string; ics: string | null; icsMethod: 'REQUEST' | 'CANCEL' | null }): Promise<void>;
}

/** The iTIP method of a calendar text, as nodemailer needs it for the text/calendar part. */
export function icsMethodOf(ics: string | null): 'REQUEST' | 'CANCEL' | null {
  if (!ics) return null;
  return /^METHOD:CANCEL\r?$/m.test(ics) ? 'CANCEL' : 'REQUEST';
}

/**
 * SMTP through nodemailer, from a URL such as `smtps://user:pass@mail.example.nl` or
 * `smtp://127.0.0.1:2525` (query options like `?ignoreTLS=true` are honoured by nodemailer).
 * The .ics goes as nodemailer's `icalEvent`: a text/calendar alternative with its method, so mail
 * clients show a calendar invitation, plus the same file as an attachment.
 */
export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
  return {
    async send(m) {
      await transporter.sendMail({
        from: m.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        ...(m.ics ? { icalEvent: { method: m.icsMethod ?? icsMethodOf(m.ics) ?? 'REQUEST', content: m.ics, filename: 'afspraak.ics' } } : {}),
      });
    },
  };
}

/** A short, single-line error text for last_error: no stack, no multi-line server dumps. */
function shortError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0]?.trim() || 'unknown error';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

interface QueuedRow { id: string; recipient: string; subject: string; body_text: string; ics: string | null; attempts: number; channel: MailChannel }

/** What one run did: sent, not sent this time (retried later until MAX_MAIL_ATTEMPTS), kept (no SMTP). */
export interface DeliveryResult { sent: number; failed: number; kept: number }

export interface MailDispatcherOptions {
  db: Db;
  /** null: no SMTP configured; messages are kept in the outbox for the administrator. */
  transport: MailTransport | null;
  /** null or absent: no SMS provider; SMS messages are kept in the outbox. */
  sms?: SmsTransport | null;
  from: string;
  log?: (msg: string, err?: unknown) => void;
}

/**
 * Delivers queued mail. Runs never overlap: kicks coalesce into one run soon, the periodic timer and
 * deliverNow() queue behind a running delivery. On PostgreSQL each message is claimed with
 * `FOR UPDATE SKIP LOCKED` in its own short transaction, so several app instances never send the same
 * message twice. PGlite has one connection shared by the whole process (a transaction blocks every other
 * query), and only one process can open its data directory, so there the rows are read and updated
 * without holding a transaction across the SMTP conversation.
 */
export class MailDispatcher {
  private readonly db: Db;
  private readonly transport: MailTransport | null;
  private readonly sms: SmsTransport | null;
  private readonly from: string;
  private readonly log: (msg: string, err?: unknown) => void;
  private tail: Promise<unknown> = Promise.resolve();
  private running: Promise<unknown> | null = null;
  private kickTimer: NodeJS.Timeout | null = null;
  private interval: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(options: MailDispatcherOptions) {
    this.db = options.db;
    this.transport = options.transport;
    this.sms = options.sms ?? null;
    this.from = options.from;
    this.log = options.log ?? (() => undefined);
  }

  /** Asks for a delivery run soon; several kicks in a row lead to one run. Never throws. */
  kick(): void {
    if (this.stopped || this.kickTimer) return;
    this.kickTimer = setTimeout(() => {
      this.kickTimer = null;
      this.deliverNow().catch((error: unknown) => this.log('mail delivery failed', error));
    }, 25);
    this.kickTimer.unref();
  }

  /** Delivers up to 50 queued messages, oldest first, after any delivery already running. */
  deliverNow(): Promise<DeliveryResult> {
    const run = this.tail.then(() => this.deliverBatch());
    const settled = run.catch(() => undefined);
    this.tail = settled;
    this.running = settled;
    void settled.then(() => {
      if (this.running === settled) this.running = null;
    });
    return run;
  }

  /** Runs a delivery every `intervalMs` (the timer does not keep the process alive). */
  start(intervalMs = 30_000): void {
    this.stopped = false;
    if (this.interval) return;
    this.interval = setInterval(() => {
      if (this.running) return; // a slow run is still busy; the next tick catches up
      this.deliverNow().catch((error: unknown) => this.log('mail delivery failed', error));
    }, intervalMs);
    this.interval.unref();
  }

  /** Stops the timers and waits for a running delivery to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.interval) clearInterval(this.interval);
    this.interval = null;
    if (this.kickTimer) clearTimeout(this.kickTimer);
    this.kickTimer = null;
    await this.tail;
  }

  private async deliverBatch(): Promise<DeliveryResult> {
    const result: DeliveryResult = { sent: 0, failed: 0, kept: 0 };
    if (this.db.engine === 'postgres') {
      const seen: string[] = [];
      for (let i = 0; i < BATCH_SIZE; i++) {
        const handled = await this.db.transaction(async (tx) => {
          const [row] = await tx.query<QueuedRow>(
            `SELECT id, recipient, subject, body_text, ics, attempts, channel FROM mail_outbox
              WHERE status = 'queued' AND NOT (id = ANY($1::uuid[]))
              ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
            [seen],
          );
          if (!row) return false;
          seen.push(row.id); // a message that failed now waits for the next run
          await this.deliverOne(tx, row, result);
          return true;
        });
        if (!handled) break;
      }
    } else {
      const rows = await this.db.query<QueuedRow>(
        `SELECT id, recipient, subject, body_text, ics, attempts, channel FROM mail_outbox
          WHERE status = 'queued' ORDER BY created_at, id LIMIT ${BATCH_SIZE}`,
      );
      for (const row of rows) await this.deliverOne(this.db, row, result);
    }
    if (result.sent + result.failed + result.kept > 0) {
      this.log(`mail delivery: ${result.sent} sent, ${result.failed} failed, ${result.kept} kept`);
    }
    return result;
  }

  private async deliverOne(sql: Sql, row: QueuedRow, result: DeliveryResult): Promise<void> {
    const transport = row.channel === 'sms' ? this.sms : this.transport;
    if (!transport) {
      await sql.query(`UPDATE mail_outbox SET status = 'kept' WHERE id = $1 AND status = 'queued'`, [row.id]);
      result.kept++;
      return;
    }
    try {
      if (row.channel === 'sms') await this.sms!.send({ to: row.recipient, text: row.body_text });
      else await this.transport!.send({ from: this.from, to: row.recipient, subject: row.subject, text: row.body_text, ics: row.ics, icsMethod: icsMethodOf(row.ics) });
    } catch (error) {
      const attempts = row.attempts + 1;
      const status: MailStatus = attempts >= MAX_MAIL_ATTEMPTS ? 'failed' : 'queued';
      await sql.query(`UPDATE mail_outbox SET attempts = $2, last_error = $3, status = $4 WHERE id = $1`, [row.id, attempts, shortError(error), status]);
      result.failed++;
      this.log(`mail ${row.id} not sent (attempt ${attempts})`, error);
      return;
    }
    await sql.query(`UPDATE mail_outbox SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1`, [row.id]);
    result.sent++;
  }
}

export interface OutboxItem {
  id: string;
  kind: MailKind;
  channel: MailChannel;
  recipient: string;
  subject: string;
  bodyText: string;
  ics: string | null;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  caseId: string | null;
  contactId: string | null;
}

interface OutboxRow {
  id: string;
  kind: MailKind;
  channel: MailChannel;
  recipient: string;
  subject: string;
  body_text: string;
  ics: string | null;
  status: MailStatus;
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  case_id: string | null;
  contact_id: string | null;
}

/** One page (1-based) of an organisation's outbox, newest first. */
export async function listOutbox(sql: Sql, organisationId: string, page: number, pageSize: number): Promise<{ total: number; items: OutboxItem[] }> {
  const limit = Math.max(1, Math.floor(pageSize));
  const offset = (Math.max(1, Math.floor(page)) - 1) * limit;
  const [count] = await sql.query<{ total: number }>('SELECT count(*)::int AS total FROM mail_outbox WHERE organisation_id = $1', [organisationId]);
  const rows = await sql.query<OutboxRow>(
    `SELECT id, kind, channel, recipient, subject, body_text, ics, status, attempts, last_error, created_at, sent_at, case_id, contact_id
       FROM mail_outbox WHERE organisation_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
    [organisationId, limit, offset],
  );
  return {
    total: count?.total ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      channel: r.channel,
      recipient: r.recipient,
      subject: r.subject,
      bodyText: r.body_text,
      ics: r.ics,
      status: r.status,
      attempts: r.attempts,
      lastError: r.last_error,
      createdAt: r.created_at,
      sentAt: r.sent_at,
      caseId: r.case_id,
      contactId: r.contact_id,
    })),
  };
}
