// Events between app instances (design §2): PostgreSQL NOTIFY on one channel, delivered in-process by
// PGlite. A message names a topic (e.g. one video call); subscribers of that topic in every instance
// receive it, the sender's own instance included. Messages too large for NOTIFY travel by reference.
import type { Db } from './db.js';

const CHANNEL = 'passend_bus';
/** NOTIFY refuses payloads of 8000 bytes or more; stay well below. */
const INLINE_LIMIT = 7000;

type Envelope = { topic: string; data: string } | { topic: string; ref: number };

export interface Bus {
  publish(topic: string, message: unknown): Promise<void>;
  subscribe(topic: string, handler: (message: unknown) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export async function createBus(db: Db, onError: (error: unknown) => void = () => undefined): Promise<Bus> {
  const handlers = new Map<string, Set<(message: unknown) => void>>();
  const deliver = (topic: string, data: string) => {
    const set = handlers.get(topic);
    if (!set) return;
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch (error) {
      onError(error);
      return;
    }
    for (const handler of set) {
      try {
        handler(message);
      } catch (error) {
        onError(error);
      }
    }
  };
  const unlisten = await db.listen(CHANNEL, (payload) => {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload) as Envelope;
    } catch (error) {
      onError(error);
      return;
    }
    if (!handlers.has(envelope.topic)) return;
    if ('data' in envelope) deliver(envelope.topic, envelope.data);
    else
      db.query<{ payload: string }>('SELECT payload FROM bus_messages WHERE id = $1', [envelope.ref])
        .then(([row]) => row && deliver(envelope.topic, row.payload))
        .catch(onError);
  });
  const sweep = setInterval(() => {
    db.query("DELETE FROM bus_messages WHERE created_at < now() - interval '1 minute'").catch(onError);
  }, 30_000);
  sweep.unref();

  return {
    async publish(topic, message) {
      const data = JSON.stringify(message);
      let envelope = JSON.stringify({ topic, data } satisfies Envelope);
      if (Buffer.byteLength(envelope) > INLINE_LIMIT) {
        const [row] = await db.query<{ id: number }>('INSERT INTO bus_messages (topic, payload) VALUES ($1, $2) RETURNING id', [topic, data]);
        envelope = JSON.stringify({ topic, ref: Number(row!.id) } satisfies Envelope);
      }
      await db.query('SELECT pg_notify($1, $2)', [CHANNEL, envelope]);
    },
    async subscribe(topic, handler) {
      let set = handlers.get(topic);
      if (!set) {
        set = new Set();
        handlers.set(topic, set);
      }
      set.add(handler);
      return async () => {
        set.delete(handler);
        if (set.size === 0 && handlers.get(topic) === set) handlers.delete(topic);
      };
    },
    async close() {
      clearInterval(sweep);
      await unlisten();
    },
  };
}
