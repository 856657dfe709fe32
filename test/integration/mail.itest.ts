// The mail kernel against a real (local) SMTP server and an in-memory PGlite database.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildAppointmentMail } from '../../src/contact/invitation.js';
import { sampleAppointment } from '../../src/contact/invitation.sample.js';
import type { Db } from '../../src/platform/db.js';
import { freshDatabase, type Engine } from './harness.js';
import { enqueueMail, listOutbox, MailDispatcher, MAX_MAIL_ATTEMPTS, smtpTransport, type MailTransport } from '../../src/platform/mail.js';
import { migrate } from '../../src/platform/migrate.js';
import { startSmtpServer, type TestSmtpServer } from './smtp.js';

const FROM = 'Passend <no-reply@passend.example.nl>';

const appointment = (overrides: Parameters<typeof sampleAppointment>[0] = {}) => sampleAppointment({ contactId: randomUUID(), privacyNoticeVersion: 1, ...overrides });

async function statusOf(db: Db, id: string) {
  const [row] = await db.query<{ status: string; attempts: number; last_error: string | null; sent_at: string | null }>(
    'SELECT status, attempts, last_error, sent_at FROM mail_outbox WHERE id = $1',
    [id],
  );
  return row;
}

describe.each<Engine>(['pglite', 'postgres'])('mail kernel (%s)', (engine) => {
  let db: Db;
  let drop: (() => Promise<void>) | undefined;
  let smtp: TestSmtpServer;
  let organisationId: string;

  beforeAll(async () => {
    ({ db, drop } = await freshDatabase(engine));
    await migrate(db);
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
    await drop?.();
  });
  beforeEach(async (context) => {
    if (!drop) return context.skip();
    organisationId = randomUUID();
    await db.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [organisationId, 'Bureau Werkvermogen']);
  });
  afterEach(async () => {
    if (!drop) return;
    // Each test starts with an empty queue, so one test's messages never leak into another's run.
    await db.query(`UPDATE mail_outbox SET status = 'failed' WHERE status = 'queued'`);
  });

  it('delivers an invitation over SMTP with its calendar invitation and marks it sent', async () => {
    const data = appointment();
    const mail = buildAppointmentMail(data, 'nl');
    const to = `anna.${randomUUID().slice(0, 8)}@example.nl`;
    const id = await db.transaction((tx) =>
      enqueueMail(tx, { organisationId, caseId: null, contactId: null, kind: 'invitation', to, subject: mail.subject, text: mail.text, ics: mail.ics }),
    );
    expect((await statusOf(db, id))?.status).toBe('queued');

    const dispatcher = new MailDispatcher({ db, transport: smtpTransport(smtp.url), from: FROM });
    const result = await dispatcher.deliverNow();
    expect(result).toEqual({ sent: 1, failed: 0, kept: 0 });

    const received = await smtp.waitFor((m) => m.subject === mail.subject);
    expect(received.from?.text).toContain('no-reply@passend.example.nl');
    expect(received.text?.trim()).toBe(mail.text.trim());
    const calendars = received.attachments.filter((a) => a.contentType === 'text/calendar' || a.contentType === 'application/ics');
    expect(calendars.length).toBeGreaterThan(0);
    const calendar = calendars.map((a) => a.content.toString('utf8')).join('\n');
    expect(calendar).toContain(`UID:${data.contactId}@passend`);
    expect(calendar).toContain('METHOD:REQUEST');
    expect(calendars.find((a) => a.contentType === 'text/calendar')?.contentType).toBe('text/calendar');

    const row = await statusOf(db, id);
    expect(row?.status).toBe('sent');
    expect(row?.sent_at).not.toBeNull();
    expect(row?.attempts).toBe(0);
    await dispatcher.stop();
  });

  it('a cancellation goes out with METHOD:CANCEL; kick() delivers without an explicit call', async () => {
    const data = appointment({ kind: 'cancellation', sequence: 1, cancelReason: 'De arbeidsdeskundige is ziek.' });
    const mail = buildAppointmentMail(data, 'nl');
    const id = await db.transaction((tx) =>
      enqueueMail(tx, { organisationId, caseId: null, contactId: null, kind: 'cancellation', to: 'anna@example.nl', subject: mail.subject, text: mail.text, ics: mail.ics }),
    );
    const dispatcher = new MailDispatcher({ db, transport: smtpTransport(smtp.url), from: FROM });
    dispatcher.kick();
    dispatcher.kick();
    const received = await smtp.waitFor((m) => m.subject === mail.subject);
    const calendar = received.attachments.filter((a) => a.contentType === 'text/calendar').map((a) => a.content.toString('utf8')).join('\n');
    expect(calendar).toContain('METHOD:CANCEL');
    expect(calendar).toContain('STATUS:CANCELLED');
    await dispatcher.stop();
    expect((await statusOf(db, id))?.status).toBe('sent');
  });

  it('without SMTP the mail is kept in the outbox, readable with its calendar file', async () => {
    const mail = buildAppointmentMail(appointment({ form: 'video', location: null }), 'en');
    const id = await db.transaction((tx) =>
      enqueueMail(tx, { organisationId, caseId: null, contactId: null, kind: 'invitation', to: 'client@example.nl', subject: mail.subject, text: mail.text, ics: mail.ics }),
    );
    const dispatcher = new MailDispatcher({ db, transport: null, from: FROM });
    expect(await dispatcher.deliverNow()).toEqual({ sent: 0, failed: 0, kept: 1 });
    expect((await statusOf(db, id))?.status).toBe('kept');

    const outbox = await listOutbox(db, organisationId, 1, 20);
    expect(outbox.total).toBe(1);
    const [item] = outbox.items;
    expect(item).toMatchObject({ id, kind: 'invitation', recipient: 'client@example.nl', subject: mail.subject, bodyText: mail.text, ics: mail.ics, status: 'kept', attempts: 0, lastError: null, sentAt: null, caseId: null, contactId: null });
    expect(item?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await listOutbox(db, organisationId, 2, 20)).toEqual({ total: 1, items: [] });
    await dispatcher.stop();
  });

  it('a failing transport counts attempts, keeps a short error and gives up after the maximum', async () => {
    const failing: MailTransport = {
      async send() {
        throw new Error('connect ECONNREFUSED 127.0.0.1:25\n    at TCPConnectWrap.afterConnect');
      },
    };
    const logged: string[] = [];
    const id = await db.transaction((tx) =>
      enqueueMail(tx, { organisationId, caseId: null, contactId: null, kind: 'reminder', to: 'client@example.nl', subject: 'Herinnering', text: 'Tekst', ics: null }),
    );
    const dispatcher = new MailDispatcher({ db, transport: failing, from: FROM, log: (msg) => logged.push(msg) });

    expect(await dispatcher.deliverNow()).toEqual({ sent: 0, failed: 1, kept: 0 });
    let row = await statusOf(db, id);
    expect(row).toMatchObject({ status: 'queued', attempts: 1, last_error: 'connect ECONNREFUSED 127.0.0.1:25', sent_at: null });

    await dispatcher.deliverNow();
    row = await statusOf(db, id);
    expect(row).toMatchObject({ status: 'queued', attempts: 2 });

    for (let i = 2; i < MAX_MAIL_ATTEMPTS; i++) await dispatcher.deliverNow();
    row = await statusOf(db, id);
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_MAIL_ATTEMPTS });
    expect(await dispatcher.deliverNow()).toEqual({ sent: 0, failed: 0, kept: 0 });
    expect(logged.some((line) => line.includes(id))).toBe(true);
    await dispatcher.stop();
  });

  it('runs never overlap: concurrent deliverNow calls send each message once', async () => {
    let active = 0;
    let maxActive = 0;
    const sent: string[] = [];
    const slow: MailTransport = {
      async send(m) {
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise((resolve) => setTimeout(resolve, 5));
        sent.push(m.subject);
        active--;
      },
    };
    await db.transaction(async (tx) => {
      for (let i = 0; i < 3; i++) {
        await enqueueMail(tx, { organisationId, caseId: null, contactId: null, kind: 'reminder', to: 'client@example.nl', subject: `Bericht ${i}`, text: 'Tekst', ics: null });
      }
    });
    const dispatcher = new MailDispatcher({ db, transport: slow, from: FROM });
    const results = await Promise.all([dispatcher.deliverNow(), dispatcher.deliverNow(), dispatcher.deliverNow()]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(3);
    expect(maxActive).toBe(1);
    expect(sent.sort()).toEqual(['Bericht 0', 'Bericht 1', 'Bericht 2']);
    await dispatcher.stop();
  });

  it('two dispatchers on the same database send each message once (PostgreSQL: SKIP LOCKED)', async () => {
    if (engine !== 'postgres') return; // PGlite: one process owns the database, one dispatcher per process
    const sent: string[] = [];
    const transport: MailTransport = {
      async send(m) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        sent.push(m.subject);
      },
    };
    await db.transaction(async (tx) => {
      for (let i = 0; i < 10; i++) {
        await enqueueMail(tx, { organisationId, caseId: null, contactId: null, kind: 'reminder', to: 'client@example.nl', subject: `Parallel ${i}`, text: 'Tekst', ics: null });
      }
    });
    const one = new MailDispatcher({ db, transport, from: FROM });
    const two = new MailDispatcher({ db, transport, from: FROM });
    const [a, b] = await Promise.all([one.deliverNow(), two.deliverNow()]);
    expect(a.sent + b.sent).toBe(10);
    expect(sent.length).toBe(10);
    expect(new Set(sent).size).toBe(10);
    await Promise.all([one.stop(), two.stop()]);
  });
});
