// The baseline for the case page: a bare Fastify app with one route that runs the same SQL as
// `getCasePage` (src/cases/store.ts, copied verbatim, for an office staff reader, who does not see
// professional-only items) through `pg` directly, in the same transaction shape: BEGIN, the access
// query, the detail and the seven section queries, the audit entry as src/platform/audit.ts appendAudit
// writes it (lock the chain head; one statement inserting the hash-chained entry and moving the head),
// COMMIT. It returns the raw rows as JSON.
// Two audit shapes proposed in the benchmark report are followed when the schema has them: an
// `audit_pending` table (entries chained later by a background chainer: one INSERT) or an
// `audit_append` function (one call). It says which shape it runs in its READY line.
// What it leaves out is exactly what the comparison measures: the session lookup, the access policy,
// Zod validation and serialisation, helmet/cookie hooks, and the row-to-API mapping.
// Env: DATABASE_URL, ORGANISATION_ID, ACTOR_ID (an office staff user), PORT (0 = any).
// Prints `READY <port> <audit shape>`.
import { createHash } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';

const organisationId = process.env.ORGANISATION_ID!;
const actorId = process.env.ACTOR_ID!;
const route = 'GET /api/cases/:caseId';
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 }); // as openPostgres
pool.on('error', () => undefined);
const { rows: [probe] } = await pool.query("SELECT to_regclass('audit_pending') IS NOT NULL AS pending, to_regproc('audit_append') IS NOT NULL AS append");
const auditShape: 'audit_pending' | 'audit_append' | 'audit-2-statements' = probe.pending ? 'audit_pending' : probe.append ? 'audit_append' : 'audit-2-statements';

function entryHash(fields: { chain: string; seq: number; at: string; actor_id: string; action: string; entity_type: string; entity_ids: string[]; route: string; prev_hash: string }) {
  const canonical = JSON.stringify([fields.chain, fields.seq, fields.at, fields.actor_id, fields.action, fields.entity_type, [...fields.entity_ids], fields.route, fields.prev_hash]);
  return createHash('sha256').update(canonical).digest('hex');
}

const app = Fastify({ logger: false });
app.get<{ Params: { caseId: string } }>('/cases/:caseId', async (req, reply) => {
  const caseId = req.params.caseId;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: [row] } = await client.query(
      `SELECT c.id, c.organisation_id, c.reference, c.client_id, c.status, c.assigned_expert_id, c.registered_on, c.version,
            c.legal_context, c.first_sickness_day, c.delivery_date,
            COALESCE((SELECT array_agg(s.user_id::text) FROM case_shares s WHERE s.case_id = c.id), '{}') AS shared_with
       FROM cases c WHERE c.id = $1 AND c.organisation_id = $2`,
      [caseId, organisationId],
    );
    if (!row) {
      await client.query('ROLLBACK');
      return reply.status(404).send({ error: 'not_found' });
    }
    const { rows: [detail] } = await client.query(
      `SELECT c.*, cl.full_name, cl.birth_date, cl.email, cl.phone, cl.address, cl.preferred_language, cl.interpreter_needed, cl.companion_wanted,
              u.display_name AS expert_name
         FROM cases c JOIN clients cl ON cl.id = c.client_id LEFT JOIN users u ON u.id = c.assigned_expert_id WHERE c.id = $1`,
      [caseId],
    );
    const parties = await client.query('SELECT id, role, name, organisation, contact_person, email, phone FROM case_parties WHERE case_id = $1 ORDER BY position, name', [caseId]);
    const shares = await client.query('SELECT u.id, u.display_name FROM case_shares s JOIN users u ON u.id = s.user_id WHERE s.case_id = $1 ORDER BY u.display_name', [caseId]);
    const deadlines = await client.query('SELECT id, key, due_date, window_start, informational, completed_at FROM case_deadlines WHERE case_id = $1 ORDER BY due_date, key', [caseId]);
    const contacts = await client.query(
      `SELECT k.id, k.version, k.activity_type, k.contact_form, k.state, k.planned_at, k.held_at, k.duration_minutes, k.location, k.participants, k.note,
              k.needs_new_form, k.invitation_sent_at,
              (SELECT CASE WHEN v.withdrawn_at IS NULL THEN 'given' ELSE 'withdrawn' END FROM video_consents v WHERE v.contact_id = k.id ORDER BY v.given_at DESC LIMIT 1) AS video_consent
         FROM contacts k WHERE k.case_id = $1 ORDER BY k.planned_at DESC`,
      [caseId],
    );
    const documents = await client.query(
      `SELECT d.id, d.file_name, d.document_type, d.media_type, d.size_bytes, d.sha256, d.professional_only, d.uploaded_at, u.id AS user_id, u.display_name
           FROM documents d JOIN users u ON u.id = d.uploaded_by WHERE d.case_id = $1 AND NOT d.professional_only ORDER BY d.uploaded_at DESC`,
      [caseId],
    );
    const notes = await client.query(
      `SELECT n.id, n.body, n.professional_only, n.created_at, u.id AS user_id, u.display_name
           FROM notes n JOIN users u ON u.id = n.author_id WHERE n.case_id = $1 AND NOT n.professional_only ORDER BY n.created_at DESC`,
      [caseId],
    );
    const events = await client.query(
      `SELECT e.id, e.kind, e.at, e.details, u.id AS user_id, u.display_name
           FROM case_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.case_id = $1 AND NOT e.professional_only ORDER BY e.at DESC, e.id LIMIT 500`,
      [caseId],
    );
    // appendAudit(tx, organisationId, [{ action: 'case.read', entityType: 'case', entityIds: [caseId] }])
    const at = new Date().toISOString();
    if (auditShape === 'audit_pending') {
      await client.query('INSERT INTO audit_pending (chain, at, actor_id, action, entity_type, entity_ids, route) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [organisationId, at, actorId, 'case.read', 'case', [caseId], route]);
    } else if (auditShape === 'audit_append') {
      await client.query('SELECT audit_append($1, $2, $3, $4, $5, $6, $7)', [organisationId, at, actorId, 'case.read', 'case', [caseId], route]);
    } else {
      const lockHead = () => client.query('SELECT last_seq, last_hash FROM audit_heads WHERE chain = $1 FOR UPDATE', [organisationId]);
      let { rows: [head] } = await lockHead();
      if (!head) {
        await client.query('INSERT INTO audit_heads (chain, last_seq, last_hash) VALUES ($1, 0, $2) ON CONFLICT (chain) DO NOTHING', [organisationId, '0'.repeat(64)]);
        ({ rows: [head] } = await lockHead());
      }
      const fields = { chain: organisationId, seq: Number(head.last_seq) + 1, at, actor_id: actorId, action: 'case.read', entity_type: 'case', entity_ids: [caseId], route, prev_hash: head.last_hash };
      const hash = entryHash(fields);
      await client.query(
        `WITH appended AS (INSERT INTO audit_log (chain, seq, at, actor_id, action, entity_type, entity_ids, route, prev_hash, hash)
           SELECT chain, seq, at, actor_id, action, entity_type, entity_ids, route, prev_hash, hash FROM json_populate_recordset(NULL::audit_log, $2::json))
         UPDATE audit_heads SET last_seq = $3, last_hash = $4 WHERE chain = $1`,
        [organisationId, JSON.stringify([{ ...fields, hash }]), fields.seq, hash],
      );
    }
    await client.query('COMMIT');
    return {
      case: row, detail, parties: parties.rows, shares: shares.rows, deadlines: deadlines.rows, contacts: contacts.rows,
      documents: documents.rows, notes: notes.rows, timeline: events.rows,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void app.close().then(() => pool.end()).then(() => process.exit(0), () => process.exit(1)));
}
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`READY ${typeof address === 'object' && address ? address.port : 0} ${auditShape}\n`);
