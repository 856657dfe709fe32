// Support for the browser journeys: the real server as a child process (fresh embedded database,
// demo data), Debian's Chromium through playwright-core, one server and browser per test file with
// screenshots on failure, signing in with authenticator codes, axe checks, and the page helpers the
// journeys share. Nothing here is downloaded: the browser must already be installed.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from '../../src/demo/seed.js';
import { STEP_SECONDS, stepAt, totpAt } from '../../src/platform/auth/totp.js';

export { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS };

export const ROOT_DIR = join(import.meta.dirname, '..', '..');
export const WEB_INDEX = join(ROOT_DIR, 'dist', 'web', 'index.html');

// ---- the server ---------------------------------------------------------------------------------

export interface RunningServer {
  baseUrl: string;
  /** Everything the server wrote so far (stdout and stderr), for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (typeof address !== 'object' || address === null) return reject(new Error('no port'));
      probe.close(() => resolve(address.port));
    });
  });
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts `node --import tsx src/main.ts` on a free port with a new DATA_DIR (embedded PGlite) and the
 * demo data, and waits until it answers `/api/session`. The built web app must be in dist/web.
 * `extraEnv` adds or overrides variables (e.g. TURN_URLS, or DATABASE_URL for a shared PostgreSQL).
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(WEB_INDEX)) {
    throw new Error(`The web app is not built: ${WEB_INDEX} is missing. Run \`npx vite build\` first (\`npm test\` does this).`);
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'passend-e2e-data-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Whatever the calling shell has set: this server gets the embedded database and the built app.
  for (const key of ['DATABASE_URL', 'WEB_DIR', 'SECURE_COOKIES', 'NODE_OPTIONS']) delete env[key];
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    DEMO: 'true',
    LOG_LEVEL: 'warn',
  }, extraEnv);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async () => {
    if (!exited(child)) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 10_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
  };

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited(child)) {
      await stop();
      throw new Error(`The server stopped before it answered (exit ${child.exitCode ?? child.signalCode}):\n${output}`);
    }
    try {
      const answer = await fetch(`${baseUrl}/api/session`, { signal: AbortSignal.timeout(2_000) });
      if (answer.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not answer /api/session within 120 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseUrl, output: () => output, stop };
}

// ---- the browser --------------------------------------------------------------------------------

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's Chromium, never a downloaded one. `launch` gives the browser a new, empty temporary
 * profile (--user-data-dir) that playwright removes on close; every journey then opens its own
 * context (clean cookies and storage).
 */
export async function launchBrowser(options: { ignoreDefaultArgs?: string[] } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}. Install Debian's 'chromium' package or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, ignoreDefaultArgs: options.ignoreDefaultArgs });
}

const pageErrors = new WeakMap<Page, string[]>();

/** A fresh context (Dutch, Amsterdam time) whose pages record uncaught script errors. */
export async function newJourneyContext(browser: Browser, baseUrl: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  context.on('page', (page) => watchPage(page));
  const page = await context.newPage();
  watchPage(page);
  return { context, page };
}

function watchPage(page: Page): void {
  if (pageErrors.has(page)) return;
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  // window.confirm and friends: accept, as a user who means it would.
  page.on('dialog', (dialog) => void dialog.accept());
}

/** Uncaught script errors of every page of the browser, with the page address. */
export function uncaughtPageErrors(browser: Browser): string[] {
  return browser.contexts().flatMap((context) =>
    context.pages().flatMap((page) => (pageErrors.get(page) ?? []).map((message) => `${page.url()}: ${message}`)),
  );
}

let shotsDir: string | null = null;

/** Full-page screenshots of every open page into a temporary directory; returns the file paths. */
export async function screenshotAll(browser: Browser, label: string): Promise<string[]> {
  shotsDir ??= await mkdtemp(join(tmpdir(), 'passend-e2e-shots-'));
  await mkdir(shotsDir, { recursive: true });
  const safe = label.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 80);
  const paths: string[] = [];
  let n = 0;
  for (const context of browser.contexts()) {
    for (const page of context.pages()) {
      n += 1;
      const path = join(shotsDir, `${safe}-${n}.png`);
      try {
        await page.screenshot({ path, fullPage: true, timeout: 10_000 });
        paths.push(path);
      } catch {
        // a closed or crashed page: nothing to show
      }
    }
  }
  return paths;
}

/** Closes every context of the browser (the journeys' own; the browser stays). */
export async function closeContexts(browser: Browser): Promise<void> {
  await Promise.all(browser.contexts().map((context) => context.close().catch(() => undefined)));
}

// ---- one server and one browser per test file --------------------------------------------------

/**
 * Starts the server and the browser before the file's journeys and stops them after. After each
 * journey: on failure, screenshots of every page and the server's last lines; then every context
 * is closed, and uncaught script errors of a journey that passed fail it. `open` gives a journey
 * its own browser context (clean cookies and storage) and page.
 */
/**
 * One demo server and one Chromium for a whole file, for journeys that work with the browser and the
 * server directly (several contexts, API requests beside the pages). On a failure the server's last
 * lines are printed, and with `screenshots` every open page is saved too. `ignoreDefaultArgs` changes
 * the launch (e.g. keeping the back/forward cache).
 */
export function serverAndBrowser(options: { screenshots?: boolean; ignoreDefaultArgs?: string[] } = {}): { readonly server: RunningServer; readonly browser: Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser({ ignoreDefaultArgs: options.ignoreDefaultArgs });
  });
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    console.error(`Server output (last lines):\n${server?.output().split('\n').slice(-30).join('\n')}`);
    if (options.screenshots && browser) {
      const shots = await screenshotAll(browser, context.task.name).catch(() => []);
      if (shots.length) console.error(`Screenshots of "${context.task.name}":\n  ${shots.join('\n  ')}`);
    }
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('the server did not start (see beforeAll)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser did not start (see beforeAll)');
      return browser;
    },
  };
}

export function setUpJourneys(): { open: () => Promise<{ context: BrowserContext; page: Page }> } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterEach(async (context) => {
    if (!browser) return;
    const failed = context.task.result?.state === 'fail';
    if (failed) {
      const shots = await screenshotAll(browser, context.task.name);
      if (shots.length) console.error(`Screenshots of "${context.task.name}":\n  ${shots.join('\n  ')}`);
      if (server) console.error(`Server output (last lines):\n${server.output().split('\n').slice(-30).join('\n')}`);
    }
    const errors = uncaughtPageErrors(browser);
    await closeContexts(browser);
    if (!failed && errors.length) throw new Error(`Uncaught errors in the page:\n${errors.join('\n')}`);
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (minorAxeFindings.length) console.log(`axe, minor/moderate findings (not failing):\n  ${minorAxeFindings.join('\n  ')}`);
  });

  return {
    open: () => {
      if (!server || !browser) throw new Error('the server or the browser did not start (see beforeAll)');
      return newJourneyContext(browser, server.baseUrl);
    },
  };
}

// ---- authenticator codes ------------------------------------------------------------------------

/** The last time step whose code each account used: the server refuses a step twice. */
const lastUsedStep = new Map<string, number>();

/**
 * A TOTP code the server will accept for this account now. A step can be used only once per user,
 * so when this account already used the current step, this takes the next one (the server accepts
 * one step of clock drift either side) and only waits for a new 30 s window when that one is
 * used too.
 */
export async function freshTotpCode(account: string, secret: string): Promise<string> {
  for (;;) {
    const now = stepAt(Date.now());
    const last = lastUsedStep.get(account) ?? -1;
    const step = [now, now + 1].find((candidate) => candidate > last);
    if (step !== undefined) {
      lastUsedStep.set(account, step);
      return totpAt(secret, step * STEP_SECONDS * 1000);
    }
    const wait = last * STEP_SECONDS * 1000 - Date.now() + 500;
    await new Promise((resolve) => setTimeout(resolve, Math.max(wait, 250)));
  }
}

/** Records that a code of this step was used outside freshTotpCode (e.g. at enrolment). */
export function noteTotpStepUsed(account: string, timeMs: number): void {
  lastUsedStep.set(account, Math.max(lastUsedStep.get(account) ?? -1, stepAt(timeMs)));
}

// ---- accessibility ------------------------------------------------------------------------------

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Minor and moderate findings, reported once at the end; they do not fail the run. */
export const minorAxeFindings: string[] = [];

/** Runs axe on the page as it is now and fails with every serious or critical violation. */
export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of results.violations) {
    if (!serious.includes(v)) minorAxeFindings.push(`${label}: [${v.impact ?? '?'}] ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  }
  if (serious.length === 0) return;
  const lines = serious.map((v) => {
    const nodes = v.nodes.map((n) => `      ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`);
    return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
  });
  throw new Error(`axe found ${serious.length} serious/critical violation(s) on "${label}" (${page.url()}):\n${lines.join('\n')}`);
}

/** The axe check under its short name, as the journeys call it after every step worth looking at. */
export const axe = expectNoSeriousAxeViolations;

// ---- page helpers -------------------------------------------------------------------------------

export function h1(page: Page, name: string | RegExp): Locator {
  return page.getByRole('heading', { level: 1, name });
}

/** Waits until the page's h1 has this name (a new page has loaded). */
export async function seeHeading(page: Page, name: string | RegExp): Promise<void> {
  await h1(page, name).waitFor();
}

/** A page part named by its heading (a case section, an advice card, a planning step). */
export function region(page: Page | Locator, name: string | RegExp): Locator {
  return page.getByRole('region', { name, exact: typeof name === 'string' ? true : undefined });
}

/** Polls the visible text of a locator until it contains every fragment. */
export async function expectTextIn(locator: Locator, ...fragments: string[]): Promise<void> {
  for (const fragment of fragments) {
    await expect.poll(async () => ((await locator.count()) ? locator.innerText() : ''), { timeout: 15_000 }).toContain(fragment);
  }
}

/** The error message the control points to with aria-describedby (its own field message). */
export async function fieldMessage(control: Locator): Promise<string> {
  await expect.poll(() => control.getAttribute('aria-invalid')).toBe('true');
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
  expect(ids, 'the field points to its error message').toHaveLength(1);
  return control.page().locator(`[id="${ids[0]}"]`).innerText();
}

// ---- signing in ---------------------------------------------------------------------------------

/** Password and authenticator code; waits for the page the user lands on (its h1). */
export async function signIn(page: Page, email: string, landing: string | RegExp = 'Mijn dossiers'): Promise<void> {
  await page.goto('/aanmelden');
  await seeHeading(page, 'Aanmelden bij Passend');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await seeHeading(page, 'Code invoeren');
  await page.getByLabel('Code van 6 cijfers').fill(await freshTotpCode(email, DEMO_TOTP_SECRET));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await seeHeading(page, landing);
}

/** Session cookies per account, for signInOnce (this module is loaded anew for every test file). */
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['cookies']>>>();

/**
 * Signs in the first time and reuses the session cookies after that: an authenticator code works
 * once per 30 s window, so signing the same account in five times would mostly wait.
 */
export async function signInOnce(page: Page, email: string): Promise<void> {
  const cookies = sessions.get(email);
  if (cookies) {
    await page.context().addCookies(cookies);
    await page.goto('/dossiers');
    await seeHeading(page, 'Mijn dossiers');
    return;
  }
  await signIn(page, email);
  sessions.set(email, await page.context().cookies());
}

// ---- dates --------------------------------------------------------------------------------------

/** A calendar date (YYYY-MM-DD) plus `days`. */
export function addIsoDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Today in Amsterdam, plus `days`, as YYYY-MM-DD. */
export function amsterdamDate(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return addIsoDays(today, days);
}

/** The first weekday at least two days ahead (office days, beyond the 24 h lead time), YYYY-MM-DD. */
export function nextWorkday(): string {
  for (let days = 2; ; days += 1) {
    const date = amsterdamDate(days);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return date;
  }
}
