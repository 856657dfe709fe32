// Support for the browser journeys: the real server as a child process (fresh embedded database,
// demo data), Debian's Chromium through playwright-core, authenticator codes, axe checks and
// screenshots on failure. Nothing here is downloaded: the browser must already be installed.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
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
 */
export async function startServer(): Promise<RunningServer> {
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
  });
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
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}. Install Debian's 'chromium' package or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
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
