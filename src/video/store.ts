// The video call's SQL (issue 4): links per participant and appointment, and the call state that the
// signalling server changes one command at a time under a row lock (so several app instances agree).
import { randomUUID } from 'node:crypto';
import type { Db, Sql } from '../platform/db.js';
import { appendAudit } from '../platform/audit.js';
import { organisationName, userContact } from '../platform/auth/store.js';
import { hashToken, newLinkToken } from '../platform/auth/password.js';
import { caseRowForSystem, clientOfCase, recordEvent } from '../cases/store.js';
import { loadSettings, recordSwitchToPhone } from '../contact/store.js';
import { applyCommand, conversationChange, EMPTY_CALL, linkState, type CallCommand, type CallRole, type CallState, type CommandResult, type LinkState } from './domain.js';


export async function issueLink(tx: Sql, input: { contactId: string; role: CallRole; displayName: string; createdBy: string | null; replacePrevious: boolean }): Promise<{ id: string; token: string }> {
  const { token, hash } = newLinkToken();
  const id = randomUUID();
  // A newer invitation carries a new link; the link in the older message then says it was replaced.
  if (input.replacePrevious) {
    await tx.query('UPDATE call_links SET revoked_at = now() WHERE contact_id = $1 AND role = $2 AND revoked_at IS NULL', [input.contactId, input.role]);
  }
  await tx.query(
    'INSERT INTO call_links (id, contact_id, token_hash, role, display_name, created_by) VALUES ($1, $2, $3, $4, $5, $6)',
    [id, input.contactId, hash, input.role, input.displayName, input.createdBy],
  );
  return { id, token };
}

export interface LinkContext {
  linkId: string;
  /** Who this is in the call: the client is one participant whichever of their links they use. */
  participantId: string;
  contactId: string;
  caseId: string;
  organisationId: string;
  role: CallRole;
  displayName: string;
  state: LinkState;
  startsAt: string;
  durationMinutes: number;
  expertName: string;
  organisationName: string;
  /** The number the client calls, or can expect a call from, when the conversation moves to phone. */
  phoneNumber: string | null;
  clientLanguage: string;
}

/** Everything the client's page may know about its link; nothing about the case itself. */
export async function linkContext(sql: Sql, token: string, now = new Date()): Promise<LinkContext | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await sql.query<{
    id: string; contact_id: string; case_id: string; role: CallRole; display_name: string; revoked_at: string | null; planned_at: string;
    duration_minutes: number; state: 'planned' | 'held' | 'cancelled'; contact_form: 'physical' | 'video' | 'phone'; has_consent: boolean;
  }>(
    `SELECT l.id, l.contact_id, k.case_id, l.role, l.display_name, l.revoked_at, k.planned_at, k.duration_minutes, k.state, k.contact_form,
            EXISTS (SELECT 1 FROM video_consents v WHERE v.contact_id = k.id AND v.withdrawn_at IS NULL) AS has_consent
       FROM call_links l JOIN contacts k ON k.id = l.contact_id WHERE l.token_hash = $1`,
    [hashToken(token)],
  );
  if (!row) return null;
  const caseRow = await caseRowForSystem(sql, row.case_id);
  if (!caseRow) return null;
  const expert = caseRow.assigned_expert_id ? await userContact(sql, caseRow.assigned_expert_id) : null;
  const settings = await loadSettings(sql, caseRow.organisation_id);
  const client = await clientOfCase(sql, caseRow);
  return {
    linkId: row.id, participantId: row.role === 'client' ? `client-${row.contact_id}` : row.id, contactId: row.contact_id, caseId: row.case_id, organisationId: caseRow.organisation_id, role: row.role, displayName: row.display_name,
    state: linkState({
      now, startsAt: row.planned_at, durationMinutes: Number(row.duration_minutes), revokedAt: row.revoked_at, contactState: row.state,
      contactForm: row.contact_form, needsConsent: row.role === 'client', hasConsent: row.has_consent,
    }),
    startsAt: row.planned_at, durationMinutes: Number(row.duration_minutes),
    expertName: expert?.displayName ?? '', organisationName: (await organisationName(sql, caseRow.organisation_id)) ?? '',
    phoneNumber: settings.contactPhone, clientLanguage: client.preferredLanguage,
  };
}

interface CallRow { id: string; state: CallState; ended_at: string | null }

/**
 * Applies one command to the appointment's call under a row lock, records the timeline facts (start,
 * end, switch to phone) and audits them. Returns the result and the call id; the caller publishes the events.
 */
export async function commandCall(db: Db, contactId: string, command: CallCommand, actor: { userId: string | null; organisationId: string }, now = new Date()): Promise<{ callId: string; result: CommandResult }> {
  return db.transaction(async (tx) => {
    let [call] = await tx.query<CallRow>('SELECT id, state, ended_at FROM calls WHERE contact_id = $1 FOR UPDATE', [contactId]);
    const caseId = (await tx.query<{ case_id: string }>('SELECT case_id FROM contacts WHERE id = $1', [contactId]))[0]?.case_id;
    if (!caseId) throw new Error('contact without case');
    if (!call) {
      const id = randomUUID();
      await tx.query('INSERT INTO calls (id, contact_id, state, started_by) VALUES ($1, $2, $3, $4) ON CONFLICT (contact_id) DO NOTHING', [id, contactId, JSON.stringify(EMPTY_CALL), actor.userId]);
      [call] = await tx.query<CallRow>('SELECT id, state, ended_at FROM calls WHERE contact_id = $1 FOR UPDATE', [contactId]);
      await recordEvent(tx, caseId, actor.userId, 'call_started', { contactId });
    }
    const result = applyCommand(call!.state, command, now.toISOString());
    if (!result.ok) return { callId: call!.id, result };
    await tx.query('UPDATE calls SET state = $2, ended_at = $3 WHERE id = $1', [call!.id, JSON.stringify(result.state), result.state.endedAt]);
    const roles = [...new Set(result.state.participants.filter((p) => p.admittedBefore).map((p) => p.role))];
    const change = conversationChange(call!.state, result.state);
    if (change === 'emptied') await recordEvent(tx, caseId, actor.userId, 'call_ended', { contactId, roles, everyoneLeft: true });
    if (change === 'resumed') await recordEvent(tx, caseId, actor.userId, 'call_started', { contactId, resumed: true });
    if (result.state.endedAt && !call!.state.endedAt) {
      if (result.state.switchedToPhone) {
        // The conversation goes on by phone (seed 000 §2.5): the contact's form follows, with the reason.
        if (actor.userId) await recordSwitchToPhone(tx, contactId, result.state.switchedToPhone.reason, actor.userId);
        await recordEvent(tx, caseId, actor.userId, 'call_switched_to_phone', { contactId, roles });
      } else {
        await recordEvent(tx, caseId, actor.userId, 'call_ended', { contactId, roles });
      }
    }
    await appendAudit(tx, actor.organisationId, [{ actorId: actor.userId, action: `call.${command.type}`, entityType: 'contact', entityIds: [contactId], route: 'ws /api/calls' }]);
    return { callId: call!.id, result };
  });
}

export async function callOf(sql: Sql, contactId: string): Promise<{ id: string; state: CallState } | null> {
  const [call] = await sql.query<CallRow>('SELECT id, state, ended_at FROM calls WHERE contact_id = $1', [contactId]);
  return call ? { id: call.id, state: call.state } : null;
}
