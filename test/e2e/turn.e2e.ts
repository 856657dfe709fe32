// TURN with Passend's short-lived credentials (issue 4): coturn on loopback accepts a credential
// Passend issues and refuses an expired one. Proven in Chromium itself: with relay-only ICE, a peer
// connection only gathers a relay candidate when the TURN server accepted the allocation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { turnCredentials } from '../../src/video/domain.js';
import { launchBrowser } from './support.js';
import { startTurn, type RunningTurn } from './turn.js';

async function relayCandidates(page: Page, iceServer: { urls: string; username: string; credential: string }): Promise<string[]> {
  return page.evaluate(async (server) => {
    const pc = new RTCPeerConnection({ iceServers: [server], iceTransportPolicy: 'relay' });
    const found: string[] = [];
    pc.onicecandidate = (e) => e.candidate && found.push(e.candidate.candidate);
    pc.createDataChannel('probe');
    await pc.setLocalDescription(await pc.createOffer());
    await new Promise<void>((resolve) => {
      const done = () => resolve();
      pc.onicegatheringstatechange = () => pc.iceGatheringState === 'complete' && done();
      setTimeout(done, 5000);
    });
    pc.close();
    return found.filter((c) => / typ relay /.test(c));
  }, iceServer);
}

describe('TURN relay with Passend credentials', () => {
  let turn: RunningTurn;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    turn = await startTurn();
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto('about:blank');
  });
  afterAll(async () => {
    await browser?.close();
    await turn?.stop();
  });

  it('allocates a relay with a fresh credential signed with the shared secret', async () => {
    const c = turnCredentials(turn.secret, 'deelnemer-1', new Date(), 600);
    const relays = await relayCandidates(page, { urls: turn.url, username: c.username, credential: c.credential });
    expect(relays.length, turn.output().slice(-1500)).toBeGreaterThan(0);
    expect(relays[0]).toContain('127.0.0.1');
  });

  it('refuses an expired credential and one signed with another secret', async () => {
    const expired = turnCredentials(turn.secret, 'deelnemer-2', new Date(Date.now() - 2 * 3600_000), 600);
    expect(await relayCandidates(page, { urls: turn.url, username: expired.username, credential: expired.credential })).toEqual([]);
    const forged = turnCredentials('een-ander-geheim', 'deelnemer-3', new Date(), 600);
    expect(await relayCandidates(page, { urls: turn.url, username: forged.username, credential: forged.credential })).toEqual([]);
  });
});
