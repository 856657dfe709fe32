// The request-scoped data door: built from the signed-in user's session, it is the only way a route
// handler reaches data. It carries the actor the access policy judges, and it runs every unit of
// work in one transaction together with the audit entries that work produced ("audit in one place").
import type { Actor } from './access.js';
import type { AuditEntry } from './audit.js';
import { appendAudit } from './audit.js';
import type { Db, Sql } from './db.js';
import type { Language } from './i18n.js';

export type AuditNote = Omit<AuditEntry, 'actorId' | 'route'>;

export interface Door {
  readonly actor: Actor;
  readonly language: Language;
  /** Runs `work` in one transaction; audit entries it records commit with it, or not at all. */
  work<T>(work: (tx: Sql, audit: (entry: AuditNote) => void) => Promise<T>): Promise<T>;
}

export function openDoor(db: Db, actor: Actor, language: Language, route: string): Door {
  return {
    actor,
    language,
    work: (work) =>
      db.transaction(async (tx) => {
        const entries: AuditEntry[] = [];
        const value = await work(tx, (entry) => entries.push({ ...entry, actorId: actor.userId, route }));
        await appendAudit(tx, actor.organisationId, entries);
        return value;
      }),
  };
}
