// A door into the portal and its personal links (issue 5): shared by the portal itself and by the
// contact capability, whose invitations carry the client's link. Kept apart from store.ts so the
// contact capability does not depend on the rest of the portal.
import { randomUUID } from 'node:crypto';
import type { PortalAudience } from '../platform/access.js';
import { newLinkToken } from '../platform/auth/password.js';
import type { Sql } from '../platform/db.js';
import { invalidField } from '../platform/errors.js';
import type { CaseRow } from '../cases/store.js';
import { isPortalLanguage, type PortalLanguage } from './domain.js';

export interface AccessRow {
  id: string;
  organisation_id: string;
  case_id: string;
  audience: PortalAudience;
  party_id: string | null;
  language: string;
  failed_codes: number;
  locked_until: string | null;
}

/** The person behind a door: the client of the case, or the employer party. */
export async function personOf(sql: Sql, access: Pick<AccessRow, 'case_id' | 'audience' | 'party_id'>): Promise<{ name: string; email: string | null; phone: string | null; language: string }> {
  if (access.audience === 'client') {
    const [client] = await sql.query<{ full_name: string; email: string | null; phone: string | null; preferred_language: string }>(
      'SELECT cl.full_name, cl.email, cl.phone, cl.preferred_language FROM cases c JOIN clients cl ON cl.id = c.client_id WHERE c.id = $1', [access.case_id]);
    return { name: client!.full_name, email: client!.email, phone: client!.phone, language: client!.preferred_language };
  }
  const [party] = await sql.query<{ name: string; contact_person: string | null; email: string | null; phone: string | null }>(
    'SELECT name, contact_person, email, phone FROM case_parties WHERE id = $1', [access.party_id]);
  return { name: party?.contact_person ?? party?.name ?? '', email: party?.email ?? null, phone: party?.phone ?? null, language: 'nl' };
}

export const portalLanguage = (value: string): PortalLanguage => (isPortalLanguage(value) ? value : 'nl');

/** The door of the client or an employer party; made when first needed. */
export async function ensureAccess(tx: Sql, row: CaseRow, audience: PortalAudience, partyId: string | null, createdBy: string | null): Promise<AccessRow> {
  if (audience === 'employer') {
    const [party] = await tx.query("SELECT 1 FROM case_parties WHERE id = $1 AND case_id = $2 AND role = 'employer'", [partyId, row.id]);
    if (!party) throw invalidField('partyId', 'portal.not_an_employer');
  }
  const find = () => tx.query<AccessRow>(
    audience === 'client' ? "SELECT * FROM portal_access WHERE case_id = $1 AND audience = 'client'" : 'SELECT * FROM portal_access WHERE party_id = $2 AND case_id = $1',
    audience === 'client' ? [row.id] : [row.id, partyId]);
  const [existing] = await find();
  if (existing) return existing;
  const person = await personOf(tx, { case_id: row.id, audience, party_id: partyId });
  await tx.query(
    `INSERT INTO portal_access (id, organisation_id, case_id, audience, party_id, language, created_by) VALUES ($1,$2,$3,$4,$5,$6,$7)
     ON CONFLICT DO NOTHING`,
    [randomUUID(), row.organisation_id, row.id, audience, audience === 'client' ? null : partyId, portalLanguage(person.language), createdBy]);
  const [made] = await find();
  return made!;
}

/** A fresh personal link into a door; returns the URL (shown once, in the message that carries it). */
export async function mintPortalLink(tx: Sql, accessId: string, appUrl: string): Promise<string> {
  const { token, hash } = newLinkToken();
  await tx.query('INSERT INTO portal_links (id, access_id, token_hash) VALUES ($1, $2, $3)', [randomUUID(), accessId, hash]);
  return `${appUrl}/portaal#${token}`;
}

