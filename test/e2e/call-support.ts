// Helpers the video-call journeys share (call.e2e.ts, call-infra.e2e.ts): Chromium with a fake
// camera and microphone, signing in and calling the API in a browser context, a start "soon", the
// numbers the call page exposes on `window.__passendCall`, and planning a video call "now".
import type { APIRequestContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM_ARGS, DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS, freshTotpCode } from './support.js';

export const CALL_ARGS = [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];

/** Signs in through the API in this context (its pages share the cookies); returns the CSRF token. */
export async function signInByApi(request: APIRequestContext, email: string): Promise<string> {
  const csrf = async () => ((await (await request.get('/api/session')).json()) as { csrfToken: string }).csrfToken;
  const login = await request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD }, headers: { 'x-csrf-token': await csrf() } });
  expect(login.status(), await login.text()).toBe(200);
  const totp = await request.post('/api/auth/totp', { data: { code: await freshTotpCode(email, DEMO_TOTP_SECRET) }, headers: { 'x-csrf-token': await csrf() } });
  expect(totp.status(), await totp.text()).toBe(200);
  return csrf();
}

export async function api<T>(request: APIRequestContext, csrf: string, method: 'GET' | 'POST' | 'PUT', url: string, data?: unknown, status = method === 'POST' ? 201 : 200): Promise<T> {
  const answer = await request.fetch(url, { method, data, headers: method === 'GET' ? {} : { 'x-csrf-token': csrf } });
  expect(answer.status(), `${method} ${url}: ${await answer.text()}`).toBe(status);
  return (await answer.json()) as T;
}

/** The Amsterdam calendar date of a moment. */
const amsterdamDay = (moment: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);

/**
 * A start a few minutes from now (the call opens half an hour before) whose appointment stays within
 * one Amsterdam day, as the office hours 00:00–23:59 require; just before midnight, just after it.
 */
export function startSoon(durationMinutes: number): string {
  let start = new Date(Math.ceil((Date.now() + 2 * 60_000) / 60_000) * 60_000);
  while (amsterdamDay(start) !== amsterdamDay(new Date(start.getTime() + durationMinutes * 60_000))) start = new Date(start.getTime() + 60_000);
  return start.toISOString();
}

/** The numbers the call page exposes for tests (no media): per remote participant. */
export type Numbers = Record<string, { framesDecoded: number; audioPacketsReceived: number; state: string; candidatePairType: string | null }>;
export const remoteNumbers = async (page: Page): Promise<Numbers> => page.evaluate(() => window.__passendCall?.remotes ?? {});

/** Waits until this page decodes video and receives audio from `count` others, and both keep increasing. */
export async function expectMediaFlowing(page: Page, count: number, label: string): Promise<Numbers> {
  let first: Numbers = {};
  await expect.poll(async () => {
    first = await remoteNumbers(page);
    const flowing = Object.values(first).filter((r) => r.framesDecoded > 0 && r.audioPacketsReceived > 0);
    return flowing.length;
  }, { timeout: 20_000, message: `${label}: video and audio from ${count} participant(s)` }).toBe(count).catch(async (error: unknown) => {
    console.error(`${label}: the call's numbers: ${JSON.stringify(await page.evaluate(() => window.__passendCall))}`);
    throw error;
  });
  await expect.poll(async () => {
    const now = await remoteNumbers(page);
    return Object.entries(first).every(([id, before]) => (now[id]?.framesDecoded ?? 0) > before.framesDecoded && (now[id]?.audioPacketsReceived ?? 0) > before.audioPacketsReceived);
  }, { timeout: 15_000, message: `${label}: frames decoded and audio packets received increase` }).toBe(true);
  return first;
}

export const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/**
 * Opens the office all day without lead time (as the administrator), and plans a video contact in a
 * few minutes with consent (as the labour expert, whose context stays signed in). Returns the case,
 * the contact, the expert's CSRF token and the client's link from the invitation in the outbox.
 */
export async function planVideoCallNow(admin: APIRequestContext, expert: APIRequestContext, clientName: string, language: 'nl' | 'en' = 'nl'): Promise<{ caseId: string; contactId: string; csrf: string; clientUrl: string }> {
  const adminCsrf = await signInByApi(admin, DEMO_USERS.admin.email);
  const settings = await api<Record<string, unknown>>(admin, adminCsrf, 'GET', '/api/admin/contact-settings');
  await api(admin, adminCsrf, 'PUT', '/api/admin/contact-settings', { ...settings, officeDays: [1, 2, 3, 4, 5, 6, 7], officeStart: '00:00', officeEnd: '23:59', minLeadHours: 0 });

  const csrf = await signInByApi(expert, DEMO_USERS.expert.email);
  const created = await api<{ id: string }>(expert, csrf, 'POST', '/api/cases', {
    client: { fullName: clientName, birthDate: '1984-06-02', email: 'client@voorbeeld.test', phone: '06-00000000', address: null, preferredLanguage: language, interpreterNeeded: false, companionWanted: false },
    assignment: { commissioningParty: 'uwv_werkbedrijf', legalContext: 'wia', question: 'Welk werk past bij cliënt (fictief)?', deliveryDate: null, firstSicknessDay: null, commissionerReference: null },
  });
  const caseId = created.id;
  const planning = await api<{ privacyNotice: { id: string } | null }>(expert, csrf, 'GET', `/api/cases/${caseId}/contacts/planning`);
  const circumstances = {
    activity: 'practical', physicalPossible: true, physicalImpossibleReason: null, clientConditions: [], employerConflict: false, complaintContext: false, earlierContacts: 0,
    physicalFirstContactHeld: false, outcomeExpectation: 'unknown', workplaceMaterial: [], expertKnowsWorkplace: false,
    clientPreference: { form: 'video', reason: 'Reizen kost veel energie (fictief).' }, employerPreference: null, medicalObstacle: false,
  };
  const planned = await api<{ id: string }>(expert, csrf, 'POST', `/api/cases/${caseId}/contacts`, {
    contactForm: 'video', circumstances, plannedAt: startSoon(5), durationMinutes: 5, location: null, participants: [{ name: clientName, role: 'client' }], note: null,
    choiceReasonCodes: ['client_preference'], choiceReason: 'Cliënt kiest zelf voor beeldbellen (fictief).',
    videoConsent: { givenAt: new Date(Date.now() - 60_000).toISOString(), method: 'verbal_phone', privacyNoticeId: planning.privacyNotice!.id, softwareExplained: true },
  });
  const contactId = planned.id;

  const outbox = await api<{ items: Array<{ kind: string; contactId: string | null; bodyText: string }> }>(admin, adminCsrf, 'GET', '/api/admin/outbox?pageSize=100');
  const invitation = outbox.items.find((m) => m.contactId === contactId && m.kind === 'invitation');
  expect(invitation, 'the invitation is in the outbox').toBeTruthy();
  const clientUrl = /(https?:\/\/\S+\/gesprek#[A-Za-z0-9_-]+)/.exec(invitation!.bodyText)?.[1];
  expect(clientUrl, 'the invitation carries the client’s link').toBeTruthy();
  return { caseId, contactId, csrf, clientUrl: clientUrl! };
}
