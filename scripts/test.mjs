// npm test: install what is missing, build the web app, and run every test: unit, integration on
// both database engines, and browser journeys in Debian's Chromium. Ends with "N passed, N failed".
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
execSync('node scripts/ensure-installed.mjs', { cwd: root, stdio: 'inherit' });

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.getuid?.() === 0) {
    console.log('Chromium ontbreekt: installeren uit Debian (apt-get install -y chromium)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } else {
    console.error(`Chromium ontbreekt op ${chromium}. Installeer het pakket 'chromium' (Debian) of zet CHROMIUM_PATH.`);
    process.exit(1);
  }
}

console.log('Typecontrole…');
execSync('npx tsc --noEmit -p tsconfig.json', { cwd: root, stdio: 'inherit' });
console.log('Webapp bouwen…');
execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });

const report = join(mkdtempSync(join(tmpdir(), 'passend-test-')), 'results.json');
const run = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  cwd: root, stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium },
});
let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
