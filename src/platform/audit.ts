// Append-only, hash-chained audit log of every read and write of a client's personal data:
// who, which action, which record(s), when and through which route; never the data itself.
// Each organisation has its own chain; `audit_heads` is locked per chain so entries line up.
import { createHash } from 'node:crypto';
import type { Db, Sql } from './db.js';

export interface AuditEntry {
  actorId: string | null;
  action: string; // e.g. 'case.read', 'document.download', 'auth.login'
  entityType: string; // e.g. 'case', 'document', 'user'
  entityIds: readonly string[];
  route?: string;
}

const GENESIS = '0'.repeat(64);
export const SYSTEM_CHAIN = 'system';

interface ChainedFields {
  chain: string;
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_ids: readonly string[];
  route: string | null;
  prev_hash: string;
}

/** The hash covers every field of the entry and the previous hash, in a fixed order. */
export function entryHash(fields: ChainedFields): string {
  const canonical = JSON.stringify([
    fields.chain, fields.seq, fields.at, fields.actor_id, fields.action, fields.entity_type,
    [...fields.entity_ids], fields.route, fields.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Writes entries inside the caller's transaction, so the audit and the act commit together. One statement
 *  per entry (migrations/0003_audit_append.sql): the chain head stays locked for one round trip and the COMMIT,
 *  because this runs on every request that touches client data. */
export async function appendAudit(tx: Sql, chain: string, entries: readonly AuditEntry[]): Promise<void> {
  const at = new Date().toISOString();
  for (const entry of entries) {
    await tx.query('SELECT audit_append($1, $2, $3, $4, $5, $6, $7)', [chain, at, entry.actorId, entry.action, entry.entityType, [...entry.entityIds], entry.route ?? null]);
  }
}

export interface AuditVerification {
  ok: boolean;
  chains: number;
  entries: number;
  firstBroken?: { chain: string; seq: number; problem: string };
}

/** Walks every chain in order and reports the first entry whose hash or link does not hold. */
export async function verifyAudit(db: Db, batchSize = 5000): Promise<AuditVerification> {
  const heads = await db.query<{ chain: string; last_seq: number; last_hash: string }>('SELECT chain, last_seq, last_hash FROM audit_heads ORDER BY chain');
  const chainsInLog = await db.query<{ chain: string }>('SELECT DISTINCT chain FROM audit_log ORDER BY chain');
  let entries = 0;
  for (const { chain } of chainsInLog) {
    if (!heads.some((h) => h.chain === chain)) return { ok: false, chains: heads.length, entries, firstBroken: { chain, seq: 1, problem: 'chain has entries but no head' } };
  }
  for (const head of heads) {
    let prev = GENESIS;
    let expectedSeq = 1;
    for (;;) {
      const rows = await db.query<ChainedFields & { hash: string }>(
        'SELECT chain, seq, at, actor_id, action, entity_type, entity_ids, route, prev_hash, hash FROM audit_log WHERE chain = $1 AND seq >= $2 ORDER BY seq LIMIT $3',
        [head.chain, expectedSeq, batchSize],
      );
      for (const row of rows) {
        const seq = Number(row.seq);
        const broken = (problem: string) => ({ ok: false, chains: heads.length, entries, firstBroken: { chain: head.chain, seq, problem } });
        if (seq !== expectedSeq) return { ok: false, chains: heads.length, entries, firstBroken: { chain: head.chain, seq: expectedSeq, problem: `entry ${expectedSeq} is missing` } };
        if (row.prev_hash !== prev) return broken('link to the previous entry does not match');
        if (entryHash({ ...row, seq }) !== row.hash) return broken('content does not match its hash');
        prev = row.hash;
        expectedSeq += 1;
        entries += 1;
      }
      if (rows.length < batchSize) break;
    }
    if (expectedSeq - 1 !== Number(head.last_seq) || prev !== head.last_hash) {
      return { ok: false, chains: heads.length, entries, firstBroken: { chain: head.chain, seq: expectedSeq, problem: `chain ends at entry ${expectedSeq - 1} but its head says ${head.last_seq}` } };
    }
  }
  return { ok: true, chains: heads.length, entries };
}
