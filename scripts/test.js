#!/usr/bin/env node
// `npm test`: type check, lint, then the whole vitest suite. The suite always runs on SQLite and,
// when TEST_DATABASE_URL is set, every database test runs again on PostgreSQL (test/support/db.ts).
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['tests', 'npx', ['vitest', 'run', ...process.argv.slice(2)]],
];
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✗ ${name} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}
console.log(`\n✓ type check, lint and tests passed${process.env.TEST_DATABASE_URL ? ' (SQLite and PostgreSQL)' : ' (SQLite only: set TEST_DATABASE_URL for PostgreSQL)'}`);
