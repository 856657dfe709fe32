// The portal's SQL (issue 5): doors, personal links, one-time codes, portal sessions, and what the
// client does in the portal (preference, consent, a call link). Staff actions go through the door and
// the one access policy; portal actions through the visitor and `mayInPortal`. See docs/portal.md.
import { createHmac, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { mayInPortal, mayOnCase, type PortalAction, type PortalAudience, type PortalVisitor } from '../platform/access.js';
import { appendAudit } from '../platform/audit.js';
import { hashToken, randomToken } from '../platform/auth/password.js';
import { organisationName, userContact } from '../platform/auth/store.js';
import type { Db, Sql } from '../platform/db.js';
import type { Door } from '../platform/door.js';
import { AppError, invalidField } from '../platform/errors.js';
import { enqueueMail } from '../platform/mail.js';
import { caseForAction, caseRowForSystem, facts, recordEvent, type CaseRow } from '../cases/store.js';
import type { ReadinessAnswers } from '../contact/planning.js';
import { giveConsent, latestReadiness, loadSettings, saveReadiness, takeBackConsent, type MailContext } from '../contact/store.js';
import { issueLink } from '../video/store.js';
import {
  afterWrongCode, checkOwnWords, CODE_DIGITS, CODE_VALID_MINUTES, codeDecision, codeFrom, isLocked, isMobileNumber, maskDestination, newSessionExpiry,
  normaliseCode, secondChannel, sessionAlive, sessionEnds, type PortalLanguage, type SecondChannel,
} from './domain.js';
import { codeMessage, linkMessage, linkSms, lockedNotice } from './messages.js';
import { ensureAccess, mintPortalLink, personOf, portalLanguage, type AccessRow } from './links.js';

/** Audit of what someone did in the portal: no staff actor; the route names the door. */
export async function auditPortal(tx: Sql, visitor: Pick<PortalVisitor, 'organisationId' | 'accessId'>, action: string, entityType: string, entityIds: string[]): Promise<void> {
  await appendAudit(tx, visitor.organisationId, [{ actorId: null, action, entityType, entityIds, route: `portal ${visitor.accessId}` }]);
}

// ---- staff: doors and links ---------------------------------------------------------------------

export interface DoorSummary {
  id: string | null;
  /** Documents shared with this door. */
  documents: Array<{ id: string; fileName: string; sharedAt: string }>;
  audience: PortalAudience;
  partyId: string | null;
  name: string;
  secondChannel: 'email' | 'sms' | null;
  canSendLink: boolean;
  activeLinks: number;
  openSessions: number;
  lastUsedAt: string | null;
  lockedUntil: string | null;
}

/** The doors of a case: the client's, and one per employer party, whether opened yet or not. */
export async function doorsOfCase(door: Door, caseId: string): Promise<DoorSummary[]> {
  return door.work(async (tx) => {
    const caseRow = await caseForAction(tx, door.actor, caseId, 'portal.manage');
    const parties = await tx.query<{ id: string }>("SELECT id FROM case_parties WHERE case_id = $1 AND role = 'employer' ORDER BY position, name", [caseId]);
    const wanted: Array<{ audience: PortalAudience; partyId: string | null }> = [{ audience: 'client', partyId: null }, ...parties.map((p) => ({ audience: 'employer' as const, partyId: p.id }))];
    const rows = await tx.query<AccessRow & { last_used_at: string | null; links: number; sessions: number }>(
      `SELECT a.*, (SELECT count(*)::int FROM portal_links l WHERE l.access_id = a.id AND l.revoked_at IS NULL) AS links,
              (SELECT count(*)::int FROM portal_sessions s WHERE s.access_id = a.id AND s.ended_at IS NULL AND s.expires_at > now()
                 AND s.last_seen_at > now() - interval '20 minutes') AS sessions
         FROM portal_access a WHERE a.case_id = $1`, [caseId]);
    const shared = await tx.query<{ access_id: string; id: string; file_name: string; shared_at: string }>(
      `SELECT s.access_id, d.id, d.file_name, s.shared_at FROM portal_document_shares s JOIN documents d ON d.id = s.document_id
        WHERE d.case_id = $1 ${mayOnCase(door.actor, 'document.readProfessional', facts(caseRow)) ? '' : 'AND NOT d.professional_only'} ORDER BY s.shared_at`, [caseId]);
    const result: DoorSummary[] = [];
    for (const w of wanted) {
      const row = rows.find((r) => r.audience === w.audience && r.party_id === w.partyId);
      const person = await personOf(tx, { case_id: caseId, audience: w.audience, party_id: w.partyId });
      result.push({
        id: row?.id ?? null, documents: shared.filter((d) => d.access_id === row?.id).map((d) => ({ id: d.id, fileName: d.file_name, sharedAt: new Date(d.shared_at).toISOString() })),
        audience: w.audience, partyId: w.partyId, name: person.name, secondChannel: secondChannel(person)?.channel ?? null,
        canSendLink: (person.email !== null && person.email.includes('@')) || isMobileNumber(person.phone), activeLinks: row?.links ?? 0, openSessions: row?.sessions ?? 0,
        lastUsedAt: row?.last_used_at ?? null, lockedUntil: row?.locked_until ?? null,
      });
    }
    return result;
  });
}

/** Sends the person a fresh link by e-mail; with `replace`, every earlier link stops working first. */
export async function sendPortalLink(door: Door, caseId: string, target: { audience: PortalAudience; partyId: string | null } | { accessId: string }, replace: boolean, mail: MailContext): Promise<{ accessId: string; sentTo: string }> {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'portal.manage');
    let access: AccessRow;
    if ('accessId' in target) {
      const [found] = await tx.query<AccessRow>('SELECT * FROM portal_access WHERE id = $1 AND case_id = $2', [target.accessId, caseId]);
      if (!found) throw new AppError('not_found', 'error.not_found');
      access = found;
    } else {
      access = await ensureAccess(tx, row, target.audience, target.partyId, door.actor.userId);
    }
    const person = await personOf(tx, access);
    // By e-mail where there is an address; otherwise by text message to a mobile number.
    const route = person.email && person.email.includes('@') ? { channel: 'email' as const, to: person.email } : isMobileNumber(person.phone) ? { channel: 'sms' as const, to: person.phone!.trim() } : null;
    if (!route) throw new AppError('conflict', 'portal.no_email');
    if (replace) {
      await tx.query('UPDATE portal_links SET revoked_at = now() WHERE access_id = $1 AND revoked_at IS NULL', [access.id]);
      await tx.query('UPDATE portal_sessions SET ended_at = now() WHERE access_id = $1 AND ended_at IS NULL', [access.id]);
      await tx.query('UPDATE portal_access SET failed_codes = 0, locked_until = NULL WHERE id = $1', [access.id]);
    }
    const url = await mintPortalLink(tx, access.id, mail.appUrl);
    const expert = row.assigned_expert_id ? await userContact(tx, row.assigned_expert_id) : null;
    const organisation = (await organisationName(tx, row.organisation_id)) ?? '';
    const message = route.channel === 'sms'
      ? linkSms(portalLanguage(access.language), organisation, url)
      : linkMessage(portalLanguage(access.language), { name: person.name, organisation, expert: expert?.displayName ?? '', url, channel: secondChannel(person)?.channel ?? null });
    await enqueueMail(tx, { organisationId: row.organisation_id, caseId, contactId: null, kind: 'portal_link', to: route.to, subject: message.subject, text: message.text, ics: null, channel: route.channel });
    await recordEvent(tx, caseId, door.actor.userId, 'portal_link_sent', { audience: access.audience, replaced: replace });
    audit({ action: replace ? 'portal.link.replace' : 'portal.link.send', entityType: 'portal_access', entityIds: [access.id] });
    return { accessId: access.id, sentTo: route.to };
  });
}

export async function endPortalSessions(door: Door, caseId: string, accessId: string): Promise<void> {
  await door.work(async (tx, audit) => {
    await caseForAction(tx, door.actor, caseId, 'portal.manage');
    const [access] = await tx.query('SELECT 1 FROM portal_access WHERE id = $1 AND case_id = $2', [accessId, caseId]);
    if (!access) throw new AppError('not_found', 'error.not_found');
    await tx.query('UPDATE portal_sessions SET ended_at = now() WHERE access_id = $1 AND ended_at IS NULL', [accessId]);
    audit({ action: 'portal.sessions.end', entityType: 'portal_access', entityIds: [accessId] });
  });
}

// ---- entry: link, code, session ----------------------------------------------------------------

async function accessOfToken(sql: Sql, token: string): Promise<{ access: AccessRow; revoked: boolean } | null> {
  const [found] = await sql.query<AccessRow & { revoked_at: string | null }>(
    'SELECT a.*, l.revoked_at FROM portal_links l JOIN portal_access a ON a.id = l.access_id WHERE l.token_hash = $1', [hashToken(token)]);
  if (!found) return null;
  const { revoked_at: revokedAt, ...access } = found;
  return { access, revoked: revokedAt !== null };
}

/** The code is never stored: an HMAC keyed per door, compared in constant time. */
const codeHash = (accessId: string, code: string) => createHmac('sha256', accessId).update(code).digest('hex');

export interface StartAnswer {
  state: 'code_sent' | 'signed_in' | 'unknown' | 'revoked' | 'locked';
  channel: 'email' | 'sms' | null;
  sentTo: string | null;
  lockedUntil: string | null;
  language: PortalLanguage;
  organisationName: string | null;
  audience: PortalAudience | null;
  /** Only for 'signed_in' (no second channel): the new session's token and CSRF token. */
  session: { token: string; csrfToken: string } | null;
}

export async function startEntry(db: Db, token: string, resend: boolean, fallbackLanguage: PortalLanguage, now = new Date()): Promise<StartAnswer> {
  return db.transaction(async (tx) => {
    const found = await accessOfToken(tx, token);
    const none = { channel: null, sentTo: null, lockedUntil: null, organisationName: null, audience: null, session: null };
    if (!found) return { state: 'unknown', language: fallbackLanguage, ...none };
    const { access } = found;
    const language = portalLanguage(access.language);
    const organisation = (await organisationName(tx, access.organisation_id)) ?? '';
    const base = { language, organisationName: organisation || null, audience: access.audience, session: null };
    if (found.revoked) return { ...base, state: 'revoked', channel: null, sentTo: null, lockedUntil: null };
    const [row] = await tx.query<AccessRow>('SELECT * FROM portal_access WHERE id = $1 FOR UPDATE', [access.id]);
    if (isLocked(row!.locked_until, now)) return { ...base, state: 'locked', channel: null, sentTo: null, lockedUntil: row!.locked_until };
    const person = await personOf(tx, access);
    const channel = secondChannel(person);
    if (!channel) {
      // No second channel known: the link alone opens the door (the expert saw this when sending it).
      const session = await openSession(tx, access, now);
      await auditPortal(tx, { organisationId: access.organisation_id, accessId: access.id }, 'portal.session.open', 'portal_access', [access.id]);
      return { ...base, state: 'signed_in', channel: null, sentTo: null, lockedUntil: null, session };
    }
    await sendCodeIfDue(tx, access, channel, resend, language, organisation, now);
    return { ...base, state: 'code_sent', channel: channel.channel, sentTo: maskDestination(channel), lockedUntil: null };
  });
}

async function sendCodeIfDue(tx: Sql, access: AccessRow, channel: NonNullable<SecondChannel>, resend: boolean, language: PortalLanguage, organisation: string, now: Date): Promise<void> {
  const recent = await tx.query<{ sent_at: string; expires_at: string; used_at: string | null }>(
    "SELECT sent_at, expires_at, used_at FROM portal_codes WHERE access_id = $1 AND sent_at > $2::timestamptz - interval '1 hour' ORDER BY sent_at DESC",
    [access.id, now.toISOString()]);
  const last = recent[0];
  const decision = codeDecision({
    lastSentAt: last?.sent_at ?? null, lastUsable: !!last && last.used_at === null && Date.parse(last.expires_at) > now.getTime(),
    sentLastHour: recent.length, resend, now,
  });
  if (decision === 'reuse') return;
  if (decision === 'rate_limited') throw new AppError('rate_limited', 'portal.code_rate_limited');
  const code = codeFrom(randomInt(0, 10 ** CODE_DIGITS));
  // One code at a time: a new code makes the older ones useless.
  await tx.query('UPDATE portal_codes SET used_at = $2 WHERE access_id = $1 AND used_at IS NULL', [access.id, now.toISOString()]);
  await tx.query('INSERT INTO portal_codes (id, access_id, code_hash, channel, sent_at, expires_at) VALUES ($1,$2,$3,$4,$5,$6)',
    [randomUUID(), access.id, codeHash(access.id, code), channel.channel, now.toISOString(), new Date(now.getTime() + CODE_VALID_MINUTES * 60_000).toISOString()]);
  const message = codeMessage(language, code, organisation);
  await enqueueMail(tx, { organisationId: access.organisation_id, caseId: access.case_id, contactId: null, kind: 'portal_code', to: channel.to, subject: message.subject, text: message.text, ics: null, channel: channel.channel });
}

async function openSession(tx: Sql, access: AccessRow, now: Date): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken(32);
  const csrfToken = randomToken(24);
  await tx.query('INSERT INTO portal_sessions (token_hash, access_id, csrf_token, created_at, last_seen_at, expires_at) VALUES ($1,$2,$3,$4,$4,$5)',
    [hashToken(token), access.id, csrfToken, now.toISOString(), newSessionExpiry(now)]);
  await tx.query('UPDATE portal_access SET last_used_at = $2 WHERE id = $1', [access.id, now.toISOString()]);
  return { token, csrfToken };
}

export type VerifyAnswer =
  | { ok: true; session: { token: string; csrfToken: string } }
  | { ok: false; reason: 'unknown' | 'revoked' }
  | { ok: false; reason: 'locked'; lockedUntil: string }
  | { ok: false; reason: 'wrong' | 'expired'; attemptsLeft: number };

export async function verifyCode(db: Db, token: string, typed: string, mail: MailContext, now = new Date()): Promise<VerifyAnswer> {
  return db.transaction(async (tx) => {
    const found = await accessOfToken(tx, token);
    if (!found) return { ok: false, reason: 'unknown' };
    if (found.revoked) return { ok: false, reason: 'revoked' };
    const [access] = await tx.query<AccessRow>('SELECT * FROM portal_access WHERE id = $1 FOR UPDATE', [found.access.id]);
    if (isLocked(access!.locked_until, now)) return { ok: false, reason: 'locked', lockedUntil: access!.locked_until! };
    const [code] = await tx.query<{ id: string; code_hash: string; expires_at: string }>(
      'SELECT id, code_hash, expires_at FROM portal_codes WHERE access_id = $1 AND used_at IS NULL ORDER BY sent_at DESC LIMIT 1', [access!.id]);
    const typedHash = Buffer.from(codeHash(access!.id, normaliseCode(typed)), 'hex');
    const matches = !!code && timingSafeEqual(typedHash, Buffer.from(code.code_hash, 'hex'));
    if (matches && Date.parse(code.expires_at) > now.getTime()) {
      await tx.query('UPDATE portal_codes SET used_at = $2 WHERE id = $1', [code.id, now.toISOString()]);
      await tx.query('UPDATE portal_access SET failed_codes = 0 WHERE id = $1', [access!.id]);
      const session = await openSession(tx, access!, now);
      await auditPortal(tx, { organisationId: access!.organisation_id, accessId: access!.id }, 'portal.session.open', 'portal_access', [access!.id]);
      return { ok: true, session };
    }
    const next = afterWrongCode(access!.failed_codes, now);
    await tx.query('UPDATE portal_access SET failed_codes = $2, locked_until = $3 WHERE id = $1', [access!.id, next.failed, next.lockedUntil]);
    if (next.lockedUntil) {
      await notifyLocked(tx, access!, mail);
      return { ok: false, reason: 'locked', lockedUntil: next.lockedUntil };
    }
    return { ok: false, reason: matches ? 'expired' : 'wrong', attemptsLeft: next.attemptsLeft };
  });
}

/** A locked link may mean someone else tries: the labour expert hears of it, on the timeline and by mail. */
async function notifyLocked(tx: Sql, access: AccessRow, mail: MailContext): Promise<void> {
  await recordEvent(tx, access.case_id, null, 'portal_locked', { audience: access.audience });
  const row = await caseRowForSystem(tx, access.case_id);
  if (!row?.assigned_expert_id) return;
  const expert = await userContact(tx, row.assigned_expert_id);
  if (!expert?.active) return;
  const notice = lockedNotice(expert.language === 'en' ? 'en' : 'nl', { expert: expert.displayName, caseReference: row.reference, url: `${mail.appUrl}/dossiers/${row.id}` });
  await enqueueMail(tx, { organisationId: row.organisation_id, caseId: row.id, contactId: null, kind: 'portal_locked', to: expert.email, subject: notice.subject, text: notice.text, ics: null });
}

// ---- the portal session --------------------------------------------------------------------------

export interface PortalSessionContext extends PortalVisitor {
  tokenHash: string;
  csrfToken: string;
  language: PortalLanguage;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

/** The visitor behind a portal session cookie, if the session is alive; touches it (activity). */
export async function findPortalSession(db: Db, token: string, now = new Date()): Promise<PortalSessionContext | null> {
  const [row] = await db.query<AccessRow & { token_hash: string; csrf_token: string; created_at: string; last_seen_at: string; expires_at: string; ended_at: string | null }>(
    `SELECT a.*, s.token_hash, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at, s.ended_at
       FROM portal_sessions s JOIN portal_access a ON a.id = s.access_id WHERE s.token_hash = $1`, [hashToken(token)]);
  if (!row) return null;
  const times = { createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
  if (!sessionAlive(times, row.ended_at, now)) return null;
  // Activity keeps the session alive; like staff sessions, write it at most every 30 seconds, not on every request.
  const seen = now.getTime() - Date.parse(row.last_seen_at) > 30_000 ? now.toISOString() : row.last_seen_at;
  if (seen !== row.last_seen_at) await db.query('UPDATE portal_sessions SET last_seen_at = $2 WHERE token_hash = $1', [row.token_hash, seen]);
  const ends = sessionEnds({ ...times, lastSeenAt: seen });
  return {
    accessId: row.id, caseId: row.case_id, organisationId: row.organisation_id, audience: row.audience, partyId: row.party_id, tokenHash: row.token_hash,
    csrfToken: row.csrf_token, language: portalLanguage(row.language), idleExpiresAt: ends.idleExpiresAt, absoluteExpiresAt: ends.absoluteExpiresAt,
  };
}

export async function endSession(db: Db, visitor: PortalSessionContext): Promise<void> {
  await db.query('UPDATE portal_sessions SET ended_at = now() WHERE token_hash = $1', [visitor.tokenHash]);
}

export async function setLanguage(db: Db, visitor: PortalSessionContext, language: PortalLanguage): Promise<void> {
  await db.query('UPDATE portal_access SET language = $2 WHERE id = $1', [visitor.accessId, language]);
}

export async function sessionInfo(db: Db, visitor: PortalSessionContext) {
  return db.transaction(async (tx) => {
    const person = await personOf(tx, { case_id: visitor.caseId, audience: visitor.audience, party_id: visitor.partyId });
    const row = await caseRowForSystem(tx, visitor.caseId);
    const expert = row?.assigned_expert_id ? await userContact(tx, row.assigned_expert_id) : null;
    const settings = await loadSettings(tx, visitor.organisationId);
    return {
      audience: visitor.audience, language: visitor.language, name: person.name, organisationName: await organisationName(tx, visitor.organisationId),
      expertName: expert?.displayName ?? null, phoneNumber: settings.contactPhone ?? null,
      idleExpiresAt: visitor.idleExpiresAt, absoluteExpiresAt: visitor.absoluteExpiresAt, csrfToken: visitor.csrfToken,
    };
  });
}

// ---- what the client does in the portal ----------------------------------------------------------

/** One unit of portal work: the policy first, then the work and its audit in one transaction. */
export async function portalWork<T>(db: Db, visitor: PortalVisitor, action: PortalAction, work: (tx: Sql, row: CaseRow) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const row = await caseRowForSystem(tx, visitor.caseId);
    if (!row || row.organisation_id !== visitor.organisationId || !mayInPortal(visitor, action, row.id)) throw new AppError('forbidden', 'error.forbidden');
    return work(tx, row);
  });
}

async function contactOfCase(tx: Sql, caseId: string, contactId: string) {
  const [contact] = await tx.query<{ id: string; state: string; contact_form: string; planned_at: string }>(
    'SELECT id, state, contact_form, planned_at FROM contacts WHERE id = $1 AND case_id = $2', [contactId, caseId]);
  if (!contact) throw new AppError('not_found', 'error.not_found');
  return contact;
}

export async function portalContacts(db: Db, visitor: PortalVisitor, now = new Date()) {
  return portalWork(db, visitor, 'portal.appointments', async (tx, row) => {
    const contacts = await tx.query<{ id: string; planned_at: string; duration_minutes: number; contact_form: 'physical' | 'video' | 'phone'; location: string | null; state: 'planned' | 'held' | 'cancelled'; expert_name: string | null }>(
      `SELECT c.id, c.planned_at, c.duration_minutes, c.contact_form, c.location, c.state, u.display_name AS expert_name
         FROM contacts c LEFT JOIN users u ON u.id = COALESCE(c.expert_id, $2::uuid) WHERE c.case_id = $1 ORDER BY c.planned_at`,
      [row.id, row.assigned_expert_id]);
    const preferences = await tx.query<{ contact_id: string; form: 'physical' | 'video' | 'phone'; reason: string; stated_at: string }>(
      'SELECT DISTINCT ON (contact_id) contact_id, form, reason, stated_at FROM client_preferences WHERE case_id = $1 ORDER BY contact_id, stated_at DESC', [row.id]);
    const consents = await tx.query<{ contact_id: string; given_at: string; recorded_via: 'staff' | 'portal' }>(
      'SELECT DISTINCT ON (contact_id) contact_id, given_at, recorded_via FROM video_consents WHERE case_id = $1 AND withdrawn_at IS NULL ORDER BY contact_id, given_at DESC', [row.id]);
    const [notice] = await tx.query<{ id: string }>('SELECT id FROM privacy_notices WHERE organisation_id = $1 ORDER BY version DESC LIMIT 1', [row.organisation_id]);
    const items = contacts.map((c) => {
      const preference = preferences.find((p) => p.contact_id === c.id);
      const consent = consents.find((v) => v.contact_id === c.id);
      return {
        id: c.id, plannedAt: new Date(c.planned_at).toISOString(), durationMinutes: Number(c.duration_minutes), form: c.contact_form, location: c.location, state: c.state,
        expertName: c.expert_name, preference: preference ? { form: preference.form, reason: preference.reason, statedAt: new Date(preference.stated_at).toISOString() } : null,
        video: c.contact_form === 'video' ? { consent: consent ? { givenAt: new Date(consent.given_at).toISOString(), via: consent.recorded_via } : null, privacyNoticeId: notice?.id ?? null } : null,
      };
    });
    const upcoming = items.filter((c) => c.state === 'planned' && Date.parse(c.plannedAt) + c.durationMinutes * 60_000 > now.getTime());
    return { upcoming, past: items.filter((c) => !upcoming.includes(c)).reverse() };
  });
}

/** The client's preference for a coming conversation, in their own words (P8): kept as typed. */
export async function statePreference(db: Db, visitor: PortalVisitor, contactId: string, input: { form: 'physical' | 'video' | 'phone'; reason: string }, now = new Date()): Promise<void> {
  await portalWork(db, visitor, 'portal.preference', async (tx, row) => {
    const contact = await contactOfCase(tx, row.id, contactId);
    if (contact.state !== 'planned' || Date.parse(contact.planned_at) <= now.getTime()) throw new AppError('conflict', 'portal.contact_not_coming');
    const check = checkOwnWords(input.reason);
    if (check !== 'ok') throw invalidField('reason', check === 'required' ? 'validation.required' : 'portal.too_long');
    const id = randomUUID();
    await tx.query('INSERT INTO client_preferences (id, case_id, contact_id, form, reason, stated_at, access_id) VALUES ($1,$2,$3,$4,$5,$6,$7)',
      [id, row.id, contactId, input.form, input.reason, now.toISOString(), visitor.accessId]);
    await recordEvent(tx, row.id, null, 'client_preference_stated', { contactId, form: input.form });
    await auditPortal(tx, visitor, 'portal.preference.state', 'contact', [contactId]);
  });
}

export async function privacyNoticeFor(db: Db, visitor: PortalVisitor, language: PortalLanguage) {
  return portalWork(db, visitor, 'portal.consent', async (tx, row) => {
    const [notice] = await tx.query<{ id: string; version: number; body_nl: string; body_en: string }>(
      'SELECT id, version, body_nl, body_en FROM privacy_notices WHERE organisation_id = $1 ORDER BY version DESC LIMIT 1', [row.organisation_id]);
    if (!notice) throw new AppError('not_found', 'portal.no_privacy_notice');
    // The organisation writes its notice in Dutch and English; other languages read the English one.
    const bodyLanguage: 'nl' | 'en' = language === 'nl' ? 'nl' : 'en';
    return { id: notice.id, version: notice.version, body: bodyLanguage === 'nl' ? notice.body_nl : notice.body_en, bodyLanguage };
  });
}

export async function consentInPortal(db: Db, visitor: PortalVisitor, contactId: string, privacyNoticeId: string, mail: MailContext, now = new Date()): Promise<{ id: string }> {
  return portalWork(db, visitor, 'portal.consent', async (tx, row) => {
    await contactOfCase(tx, row.id, contactId);
    // The portal's own page explains the software and the notice before the button (P1, §3.1).
    const result = await giveConsent(tx, row, contactId, { givenAt: now.toISOString(), method: 'portal', privacyNoticeId, softwareExplained: true }, { userId: null, via: 'portal' }, mail, now);
    await auditPortal(tx, visitor, 'portal.consent.give', 'video_consent', [result.id]);
    return { id: result.id };
  });
}

export async function withdrawInPortal(db: Db, visitor: PortalVisitor, contactId: string, reason: string | null, mail: MailContext): Promise<void> {
  await portalWork(db, visitor, 'portal.consent', async (tx, row) => {
    await contactOfCase(tx, row.id, contactId);
    if (reason !== null && checkOwnWords(reason) === 'too_long') throw invalidField('reason', 'portal.too_long');
    const consentId = await takeBackConsent(tx, row, contactId, reason && reason.trim() ? reason : null, { userId: null, via: 'portal' }, mail);
    await auditPortal(tx, visitor, 'portal.consent.withdraw', 'video_consent', [consentId]);
  });
}

/** A call link for the client's own video appointment: the test call before, the call itself on the day. */
export async function callLinkInPortal(db: Db, visitor: PortalVisitor, contactId: string, appUrl: string): Promise<{ url: string }> {
  return portalWork(db, visitor, 'portal.callLink', async (tx, row) => {
    const contact = await contactOfCase(tx, row.id, contactId);
    if (contact.contact_form !== 'video' || contact.state !== 'planned') throw new AppError('conflict', 'video.not_a_planned_video_contact');
    const person = await personOf(tx, { case_id: row.id, audience: 'client', party_id: null });
    const link = await issueLink(tx, { contactId, role: 'client', displayName: person.name, createdBy: null, replacePrevious: false });
    await auditPortal(tx, visitor, 'portal.call_link', 'contact', [contactId]);
    return { url: `${appUrl}/gesprek#${link.token}` };
  });
}

// ---- the readiness check -------------------------------------------------------------------------

/**
 * The digital readiness check as the client sees it (seed 003 §4, §6; seed 000 P18, P19): their newest
 * answers, whoever recorded them, and whether a test call is worth it. The result label itself
 * ("not ready") is for the labour expert's advice; the portal says what it means in plain words.
 */
export async function readinessInPortal(db: Db, visitor: PortalVisitor) {
  return portalWork(db, visitor, 'portal.readiness', async (tx, row) => {
    const latest = await latestReadiness(tx, row.id);
    await auditPortal(tx, visitor, 'portal.readiness.read', 'case', [row.id]);
    return {
      latest: latest ? { answers: latest.answers, answeredAt: latest.recordedAt, via: latest.recordedVia, videoHard: latest.result === 'not_ready', offerTestCall: latest.offerTestCall } : null,
    };
  });
}

/** The client answers the readiness check themselves; it counts in the next contact-form advice. */
export async function answerReadiness(db: Db, visitor: PortalVisitor, answers: ReadinessAnswers) {
  await portalWork(db, visitor, 'portal.readiness', async (tx, row) => {
    const id = await saveReadiness(tx, row, { answeredBy: 'client', answers }, { userId: null, via: 'portal' });
    await auditPortal(tx, visitor, 'portal.readiness.answer', 'readiness_screening', [id]);
  });
  return readinessInPortal(db, visitor);
}

// ---- documents shared with a door --------------------------------------------------------------

/** Shares (or stops sharing) one document of the case with one door; a professional-only document only by a professional. */
export async function setDocumentShared(door: Door, caseId: string, accessId: string, documentId: string, shared: boolean): Promise<void> {
  await door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'portal.manage');
    const [access] = await tx.query<{ audience: PortalAudience }>('SELECT audience FROM portal_access WHERE id = $1 AND case_id = $2', [accessId, caseId]);
    const [doc] = await tx.query<{ professional_only: boolean }>('SELECT professional_only FROM documents WHERE id = $1 AND case_id = $2', [documentId, caseId]);
    if (!access || !doc || (doc.professional_only && !mayOnCase(door.actor, 'document.readProfessional', facts(row)))) throw new AppError('not_found', 'error.not_found');
    if (shared) {
      await tx.query('INSERT INTO portal_document_shares (document_id, access_id, shared_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [documentId, accessId, door.actor.userId]);
    } else {
      await tx.query('DELETE FROM portal_document_shares WHERE document_id = $1 AND access_id = $2', [documentId, accessId]);
    }
    await recordEvent(tx, caseId, door.actor.userId, shared ? 'document_shared_portal' : 'document_unshared_portal', { documentId, audience: access.audience }, doc.professional_only);
    audit({ action: shared ? 'portal.document.share' : 'portal.document.unshare', entityType: 'document', entityIds: [documentId, accessId] });
  });
}

export async function portalDocuments(db: Db, visitor: PortalVisitor) {
  return portalWork(db, visitor, 'portal.documents', async (tx) => {
    const rows = await tx.query<{ id: string; file_name: string; document_type: string; size_bytes: number; shared_at: string }>(
      `SELECT d.id, d.file_name, d.document_type, d.size_bytes, s.shared_at FROM portal_document_shares s JOIN documents d ON d.id = s.document_id
        WHERE s.access_id = $1 ORDER BY s.shared_at DESC`, [visitor.accessId]);
    return rows.map((r) => ({ id: r.id, fileName: r.file_name, documentType: r.document_type, sizeBytes: Number(r.size_bytes), sharedAt: new Date(r.shared_at).toISOString() }));
  });
}

export async function portalDocumentContent(db: Db, visitor: PortalVisitor, documentId: string): Promise<{ fileName: string; mediaType: string; sha256: string; content: Buffer }> {
  return portalWork(db, visitor, 'portal.documents', async (tx) => {
    const [doc] = await tx.query<{ file_name: string; media_type: string; sha256: string; content: Buffer }>(
      `SELECT d.file_name, d.media_type, d.sha256, c.content FROM portal_document_shares s JOIN documents d ON d.id = s.document_id
         JOIN document_contents c ON c.document_id = d.id WHERE s.access_id = $1 AND d.id = $2`, [visitor.accessId, documentId]);
    if (!doc) throw new AppError('not_found', 'error.not_found');
    await auditPortal(tx, visitor, 'portal.document.read', 'document', [documentId]);
    return { fileName: doc.file_name, mediaType: doc.media_type, sha256: doc.sha256, content: doc.content };
  });
}
