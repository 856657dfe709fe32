// Events between app instances: PostgreSQL NOTIFY (two connections = two instances), PGlite in-process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBus, type Bus } from '../../src/platform/bus.js';
import { openPostgres, type Db } from '../../src/platform/db.js';
import { migrate } from '../../src/platform/migrate.js';
import { ENGINES, freshDatabase, type TestDatabase } from './harness.js';

function inbox(bus: Bus, topic: string) {
  const received: unknown[] = [];
  const ready = bus.subscribe(topic, (message) => received.push(message));
  return {
    received,
    ready,
    async waitFor(count: number, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      return received;
    },
  };
}

describe.each(ENGINES)('event bus on %s', (engine) => {
  let database: TestDatabase;
  let other: Db;
  let busA: Bus;
  let busB: Bus;
  const errors: unknown[] = [];

  beforeAll(async () => {
    database = await freshDatabase(engine);
    await migrate(database.db);
    // On PostgreSQL the second "instance" has its own connections; PGlite lives in one process.
    other = engine === 'postgres' ? await openPostgres(database.url!, 2) : database.db;
    busA = await createBus(database.db, (e) => errors.push(e));
    busB = await createBus(other, (e) => errors.push(e));
  });
  afterAll(async () => {
    await busA?.close();
    await busB?.close();
    if (other !== database.db) await other?.close();
    await database?.drop();
  });

  it('delivers a message published by one instance to the subscribers of its topic in another', async () => {
    const box = inbox(busB, 'call_1');
    const elsewhere = inbox(busB, 'call_2');
    await box.ready;
    await elsewhere.ready;
    await busA.publish('call_1', { type: 'offer', sdp: 'v=0' });
    expect(await box.waitFor(1)).toEqual([{ type: 'offer', sdp: 'v=0' }]);
    await new Promise((r) => setTimeout(r, 100));
    expect(elsewhere.received).toEqual([]);
  });

  it('carries messages above the NOTIFY limit by reference', async () => {
    const box = inbox(busB, 'call_big');
    await box.ready;
    const sdp = 'a=candidate '.repeat(2000);
    await busA.publish('call_big', { sdp });
    expect(await box.waitFor(1)).toEqual([{ sdp }]);
  });

  it('keeps order for one publisher and stops delivering after unsubscribe', async () => {
    const received: unknown[] = [];
    const unsubscribe = await busB.subscribe('call_order', (m) => received.push(m));
    for (let i = 0; i < 20; i++) await busA.publish('call_order', i);
    const until = Date.now() + 5000;
    while (received.length < 20 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(received).toEqual([...Array(20).keys()]);
    await unsubscribe();
    await busA.publish('call_order', 99);
    await new Promise((r) => setTimeout(r, 150));
    expect(received).toHaveLength(20);
  });

  it('survives a foreign or malformed notification on the channel', async () => {
    const box = inbox(busB, 'call_ok');
    await box.ready;
    await database.db.query("SELECT pg_notify('passend_bus', 'not json')");
    await database.db.query(`SELECT pg_notify('passend_bus', '{"topic":"call_ok","data":"{broken"}')`);
    await busA.publish('call_ok', 'still working');
    expect(await box.waitFor(1)).toEqual(['still working']);
    expect(errors.length).toBeGreaterThanOrEqual(1);
  });
});
