// The video call on its infrastructure (issue 4), in Debian's Chromium with a fake camera and
// microphone: (1) through coturn on loopback with relay-only ICE on both pages (`?relay=1`), with
// Passend's short-lived TURN credentials, and the selected candidate pair is a relay pair; then a
// network drop: coturn stops, both pages say in plain words that the connection is restored, coturn
// comes back on the same port and the ICE restart brings the media back through it; (2) with two app
// instances on one PostgreSQL database (a fresh `passend_e2e_*` database on 127.0.0.1:5432, dropped
// afterwards): the expert on instance A, the client on instance B, who reads English, and signalling
// between them still lets the client in and the media flow both ways; then consent withdrawn and the
// window over each give that client a plain page in English.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, DEMO_USERS, expectNoSeriousAxeViolations, newJourneyContext, startServer, type RunningServer } from './support.js';
import { CALL_ARGS, expectMediaFlowing, h1, planVideoCallNow, remoteNumbers } from './call-support.js';
import { startTurn, type RunningTurn } from './turn.js';

const CLIENT = 'Sanne de Boer (fictief)';
const EXPERT = DEMO_USERS.expert.displayName;
const PG_ADMIN_URL = process.env.E2E_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CALL_ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
});

async function open(baseUrl: string): Promise<Page> {
  const { page } = await newJourneyContext(browser, baseUrl);
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return page;
}

/** What the client's page says, in the client's language. */
const CLIENT_TEXTS = {
  nl: { join: 'Deelnemen aan uw beeldgesprek', button: 'Deelnemen', waiting: 'U bent in de wachtkamer', inCall: 'In gesprek', expertRole: 'arbeidsdeskundige' },
  en: { join: 'Join your video call', button: 'Join', waiting: 'You are in the waiting room', inCall: 'In the call', expertRole: 'labour expert' },
} as const;

/**
 * The whole call: plans it on `expertServer`, the client opens their link on `clientServer` and
 * waits, the expert opens the call page and lets them in; both decode each other's media. `query`
 * goes on both call pages (e.g. `?relay=1`). Returns both pages.
 */
async function callBetween(expertServer: RunningServer, clientServer: RunningServer, query = '', language: 'nl' | 'en' = 'nl'): Promise<{ expert: Page; client: Page; caseId: string; contactId: string; csrf: string }> {
  const admin = await open(expertServer.baseUrl);
  const expert = await open(expertServer.baseUrl);
  const { caseId, contactId, clientUrl, csrf } = await planVideoCallNow(admin.context().request, expert.context().request, CLIENT, language);
  await admin.context().close();

  // The link's token, on the client's instance (the invitation names the planning instance).
  const token = new URL(clientUrl).hash;
  const client = await open(clientServer.baseUrl);
  const texts = CLIENT_TEXTS[language];
  await client.goto(`/gesprek${query}${token}`);
  await h1(client, texts.join).waitFor();
  await expect.poll(() => client.evaluate(() => document.documentElement.lang)).toBe(language);
  await client.getByRole('button', { name: texts.button, exact: true }).click();
  await h1(client, texts.waiting).waitFor();

  await expert.goto(`/dossiers/${caseId}/contacten/${contactId}/gesprek${query}`);
  await h1(expert, /^Beeldgesprek van /).waitFor();
  const participants = expert.getByRole('region', { name: 'Deelnemers' });
  await participants.getByRole('row', { name: new RegExp(CLIENT.replace(/[()]/g, '\\$&')) }).getByText('Wacht in de wachtkamer').waitFor();
  await participants.getByRole('button', { name: `Binnenlaten: ${CLIENT}` }).click();

  await h1(client, texts.inCall).waitFor();
  await client.getByRole('figure', { name: `${EXPERT}, ${texts.expertRole}` }).waitFor();
  await expert.getByRole('figure', { name: `${CLIENT}, Cliënt` }).waitFor();
  await expectMediaFlowing(client, 1, 'client');
  await expectMediaFlowing(expert, 1, 'expert');
  return { expert, client, caseId, contactId, csrf };
}

const statsLine = async (label: string, page: Page) => `${label}: ${JSON.stringify(await remoteNumbers(page))}`;

describe('The video call on its infrastructure', () => {
  it('1. through TURN: relay-only ICE on both sides, both decode video, and the selected pair is a relay pair; after a network drop the ICE restart brings the media back', async () => {
    let turn: RunningTurn | undefined;
    let server: RunningServer | undefined;
    try {
      turn = await startTurn();
      server = await startServer({ TURN_URLS: turn.url, TURN_SECRET: turn.secret });
      const { expert, client } = await callBetween(server, server, '?relay=1');
      for (const [label, page] of [['expert', expert], ['client', client]] as const) {
        await expect.poll(async () => Object.values(await remoteNumbers(page)).map((r) => r.candidatePairType), { timeout: 15_000, message: `${label}: selected candidate pair type` }).toEqual(['relay']);
        console.log(await statsLine(`TURN, ${label}`, page));
      }

      // The network drops: with relay-only ICE, stopping the TURN server cuts the media path.
      const { url, secret } = turn;
      await turn.stop();
      const clientNotice = client.getByRole('status').getByText('De verbinding is even weg. We proberen het opnieuw…');
      const expertNotice = expert.getByRole('status').getByText('De verbinding is even weg. We proberen het opnieuw…');
      await clientNotice.waitFor({ timeout: 20_000 });
      await expertNotice.waitFor({ timeout: 20_000 });
      await client.getByText('Verbinding herstellen…').waitFor();

      // The network is back: the same server, port and secret; the ICE restart finds a new relay.
      turn = await startTurn({ url, secret });
      await expect.poll(async () => Object.values(await remoteNumbers(client)).map((r) => r.state), { timeout: 30_000, message: 'client: connected again' }).toEqual(['connected']);
      await expectMediaFlowing(client, 1, 'client after the drop');
      await expectMediaFlowing(expert, 1, 'expert after the drop');
      await clientNotice.waitFor({ state: 'detached' });
      await expertNotice.waitFor({ state: 'detached' });
      for (const [label, page] of [['expert', expert], ['client', client]] as const) {
        expect(Object.values(await remoteNumbers(page)).map((r) => r.candidatePairType), `${label}: still relayed`).toEqual(['relay']);
        console.log(await statsLine(`TURN after the drop, ${label}`, page));
      }
      expect(errors).toEqual([]);
    } catch (error) {
      if (server) console.error(`Server output (last lines):\n${server.output().split('\n').slice(-30).join('\n')}`);
      if (turn) console.error(`coturn output (last lines):\n${turn.output().split('\n').slice(-30).join('\n')}`);
      throw error;
    } finally {
      await Promise.all(browser.contexts().map((c) => c.close().catch(() => undefined)));
      await server?.stop();
      await turn?.stop();
    }
  });

  it('2. two app instances on one PostgreSQL database: the expert on A, the client on B (in English), both decode each other’s media', async () => {
    const database = `passend_e2e_${randomBytes(6).toString('hex')}`;
    const adminDb = new pg.Client({ connectionString: PG_ADMIN_URL });
    await adminDb.connect();
    let a: RunningServer | undefined;
    let b: RunningServer | undefined;
    try {
      await adminDb.query(`CREATE DATABASE ${database}`);
      const url = new URL(PG_ADMIN_URL);
      url.pathname = `/${database}`;
      // A migrates and seeds the demo data; B starts on the same database afterwards (the seed skips).
      a = await startServer({ DATABASE_URL: url.toString() });
      b = await startServer({ DATABASE_URL: url.toString() });
      const { expert, client, caseId, contactId, csrf } = await callBetween(a, b, '', 'en');
      await client.getByRole('region', { name: 'Who is in the call' }).getByText(`${CLIENT} (you), client: in the call`).waitFor();
      expect(new URL(expert.url()).origin).toBe(a.baseUrl);
      expect(new URL(client.url()).origin).toBe(b.baseUrl);
      console.log(await statsLine('two instances, expert on A', expert));
      console.log(await statsLine('two instances, client on B', client));

      // The client withdraws consent (recorded on instance A): the link explains, in English, what now.
      const withdrawn = await expert.context().request.post(`/api/cases/${caseId}/contacts/${contactId}/consent/withdraw`, { data: { reason: 'Cliënt wil toch liever op kantoor praten (fictief).' }, headers: { 'x-csrf-token': csrf } });
      expect(withdrawn.status(), await withdrawn.text()).toBe(204);
      await client.reload();
      await h1(client, 'No permission yet').waitFor();
      await client.getByText('There is no permission for a video call for this appointment yet. Without permission you cannot take part.').waitFor();
      await expectNoSeriousAxeViolations(client, 'client page: no consent (English)');

      // Once the appointment window is over, the link has expired.
      const rows = new pg.Client({ connectionString: url.toString() });
      await rows.connect();
      try {
        await rows.query("UPDATE contacts SET planned_at = now() - interval '3 hours' WHERE id = $1", [contactId]);
      } finally {
        await rows.end();
      }
      await client.reload();
      await h1(client, 'This link no longer works').waitFor();
      await client.getByText('The time for this call has passed. That is why this link no longer works.').waitFor();
      await expectNoSeriousAxeViolations(client, 'client page: expired link (English)');
      expect(errors).toEqual([]);
    } catch (error) {
      for (const [name, server] of [['A', a], ['B', b]] as const) {
        if (server) console.error(`Server ${name} output (last lines):\n${server.output().split('\n').slice(-30).join('\n')}`);
      }
      throw error;
    } finally {
      await Promise.all(browser.contexts().map((c) => c.close().catch(() => undefined)));
      await a?.stop();
      await b?.stop();
      await adminDb.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch((e: unknown) => console.error(`could not drop ${database}: ${String(e)}`));
      await adminDb.end();
    }
  });
});
