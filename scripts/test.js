#!/usr/bin/env node
// `npm test`: type check, lint, then the whole vitest suite. The suite always runs on SQLite and,
// when TEST_DATABASE_URL is set, every database test runs again on PostgreSQL (test/support/db.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reportDir = mkdtempSync(join(tmpdir(), 'gongkai-test-'));
const report = join(reportDir, 'vitest.json');

const steps = [
  ['type check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]],
];

/** The plain closing line 'tests: N passed, N failed' from vitest's JSON report (printed last). */
function closingLine() {
  try {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    return `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${r.numPendingTests ? `, ${r.numPendingTests} skipped` : ''}`;
  } catch {
    return undefined; // vitest did not get as far as running tests
  }
}

let summary;
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (name === 'tests') summary = closingLine();
  if (r.status !== 0) {
    rmSync(reportDir, { recursive: true, force: true });
    console.error(`✗ ${name} failed (exit ${r.status ?? r.signal})`);
    if (summary) console.log(summary);
    process.exit(r.status || 1);
  }
}
rmSync(reportDir, { recursive: true, force: true });
console.log(`\n✓ type check, lint and tests passed${process.env.TEST_DATABASE_URL ? ' (SQLite and PostgreSQL)' : ' (SQLite only: set TEST_DATABASE_URL for PostgreSQL)'}`);
if (summary) console.log(summary);
