/**
 * Deadline computations per second on the bundled calendar: a mix of plain receipts across the year,
 * holidays, 补正, pauses, extensions and fee modes. Run: `node bin/run-ts.js bench/deadline.ts`.
 */
import { pathToFileURL } from 'node:url';
import { addDays } from '../src/domain/dates.ts';
import { addWorkingDays, computeDeadline, workingDaysLeft } from '../src/domain/deadline.ts';
import type { DeadlineInput, FeeClockMode } from '../src/domain/deadline.ts';
import { loadCalendar } from '../src/services/calendar-source.ts';

const ITERATIONS = 300_000;
const WARM_UP = 20_000;
const MODES: FeeClockMode[] = ['none', 'suspend', 'restart'];

/** A deterministic mix of inputs received in 2025 and 2026 (none runs past the data). */
function inputs(): DeadlineInput[] {
  const out: DeadlineInput[] = [];
  for (let i = 0; i < 600; i++) {
    const receivedOn = addDays('2025-01-02', i);
    const kind = i % 6;
    if (kind === 0) out.push({ receivedOn });
    else if (kind === 1) out.push({ receivedOn, extensionDays: 20 });
    else if (kind === 2) out.push({ receivedOn, supplementedOn: addDays(receivedOn, 5), extensionDays: 10 });
    else if (kind === 3) out.push({ receivedOn, pauses: [{ kind: 'third_party', startOn: addDays(receivedOn, 3), endOn: addDays(receivedOn, 20) }], extensionDays: 20 });
    else if (kind === 4) out.push({ receivedOn, feeNoticeOn: addDays(receivedOn, 4), feePaidOn: addDays(receivedOn, 11), feeClockMode: MODES[i % 3] });
    else out.push({ receivedOn, pauses: [{ kind: 'other_agency', startOn: addDays(receivedOn, 8), endOn: null }] });
  }
  return out;
}

function rate(n: number, fn: (i: number) => void): number {
  for (let i = 0; i < WARM_UP; i++) fn(i);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return Math.round(n / seconds);
}

/** Measures deadline computations (and the two helpers) per second. */
export async function benchDeadline(): Promise<{ name: string; value: number; unit: string }[]> {
  const cal = loadCalendar();
  const mix = inputs();
  let sink = 0;
  const deadline = rate(ITERATIONS, (i) => {
    sink += computeDeadline(cal, mix[i % mix.length] as DeadlineInput).countedDays.length;
  });
  const add = rate(ITERATIONS, (i) => {
    sink += addWorkingDays(cal, (mix[i % mix.length] as DeadlineInput).receivedOn, 20).length;
  });
  const left = rate(ITERATIONS, (i) => {
    const receivedOn = (mix[i % mix.length] as DeadlineInput).receivedOn;
    sink += workingDaysLeft(cal, receivedOn, addDays(receivedOn, 28 + (i % 14)));
  });
  if (sink === -1) console.log(sink); // keep the results alive
  return [
    { name: 'computeDeadline (mixed inputs)', value: deadline, unit: 'ops/s' },
    { name: 'addWorkingDays (20 days)', value: add, unit: 'ops/s' },
    { name: 'workingDaysLeft (due in 4–6 weeks)', value: left, unit: 'ops/s' },
  ];
}

/**
 * Run directly (`node bin/run-ts.js bench/deadline.ts`, which drops the file name from argv, or
 * `tsx bench/deadline.ts`) it prints its figures; under `npm run bench` (or with GONGKAI_BENCH_ALL
 * set) it only exports them for the aggregate runner.
 */
function runDirectly(): boolean {
  const entry = process.argv[1] ?? '';
  if (process.env.npm_lifecycle_event === 'bench' || process.env.GONGKAI_BENCH_ALL) return false;
  return entry.endsWith('run-ts.js') || import.meta.url === pathToFileURL(entry).href;
}

if (runDirectly()) {
  for (const r of await benchDeadline()) console.log(`${r.name}: ${r.value.toLocaleString('en-US')} ${r.unit}`);
}
