// npm test: install what is missing, build the web app, and run every test: unit, integration on
// both database engines, and browser journeys in Debian's Chromium. Ends with "N passed, N failed".
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
execSync('node scripts/ensure-installed.mjs', { cwd: root, stdio: 'inherit' });

// Debian packages the tests use: Chromium for the browser journeys, coturn (turnserver) for video
// calls relayed through TURN, poppler-utils (pdftotext, pdfinfo, pdftoppm) to read the report PDFs
// back, LibreOffice Writer to open the report .docx, unzip to read its XML. Installed when missing and
// allowed (root), else a clear message.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const needed = [
  { path: chromium, pkg: 'chromium', hint: 'of zet CHROMIUM_PATH' },
  { path: '/usr/bin/turnserver', pkg: 'coturn', hint: '' },
  { path: '/usr/bin/pdftoppm', pkg: 'poppler-utils', hint: '' },
  { path: '/usr/bin/soffice', pkg: 'libreoffice-writer-nogui', hint: '' },
  { path: '/usr/bin/unzip', pkg: 'unzip', hint: '' },
].filter((p) => !existsSync(p.path));
if (needed.length > 0) {
  const pkgs = needed.map((p) => p.pkg).join(' ');
  if (process.getuid?.() === 0) {
    console.log(`Ontbreekt: installeren uit Debian (apt-get install -y ${pkgs})…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`, { stdio: 'inherit' });
  } else {
    for (const p of needed) console.error(`${p.path} ontbreekt. Installeer het Debian-pakket '${p.pkg}' ${p.hint}`.trim());
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
