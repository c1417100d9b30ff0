/**
 * `npm run bench`: every benchmark, one table, with the machine it ran on. The benchmark modules are
 * imported after GONGKAI_BENCH_ALL is set, so that they only export their figures, not print them.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import type { BenchRow } from './intake.ts';

type Bench = () => Promise<BenchRow[]>;

/** The benchmarks that exist in this checkout, in the order they run. */
async function benches(): Promise<{ name: string; run: Bench }[]> {
  process.env.GONGKAI_BENCH_ALL = '1';
  const out: { name: string; run: Bench }[] = [];
  // bench/deadline.ts may be absent in a partial checkout; a variable specifier keeps tsc from requiring it.
  const deadlineFile = './deadline.ts';
  if (existsSync(new URL(deadlineFile, import.meta.url))) {
    const m = (await import(deadlineFile)) as { benchDeadline?: Bench };
    if (m.benchDeadline) out.push({ name: 'deadline', run: m.benchDeadline });
  }
  const intake = await import('./intake.ts');
  out.push({ name: 'intake', run: () => intake.benchIntake({ log: (l) => console.log(l) }) });
  return out;
}

function machine(): string[] {
  const c = cpus();
  return [
    `CPU:      ${c[0]?.model.trim() ?? 'unknown'} × ${c.length} cores`,
    `Node:     ${process.version} (${platform()} ${release()})`,
    `Load:     ${loadavg().map((l) => l.toFixed(2)).join(' ')} (1/5/15 min, before the run)`,
    `Date:     ${new Date().toISOString()}`,
  ];
}

function table(rows: { bench: string; r: BenchRow }[]): string {
  const fmt = (v: number) => v.toLocaleString('en-US');
  const w0 = Math.max(9, ...rows.map((x) => x.bench.length));
  const w1 = Math.max(9, ...rows.map((x) => x.r.name.length));
  const w2 = Math.max(5, ...rows.map((x) => fmt(x.r.value).length));
  const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c.padStart(w2)}  ${d}`;
  return [line('benchmark', 'measure', 'value', 'unit'), '-'.repeat(w0 + w1 + w2 + 12), ...rows.map((x) => line(x.bench, x.r.name, fmt(x.r.value), x.r.unit))].join('\n');
}

const header = machine();
const rows: { bench: string; r: BenchRow }[] = [];
for (const b of await benches()) {
  console.log(`▶ ${b.name} …`);
  for (const r of await b.run()) rows.push({ bench: b.name, r });
}
console.log(`\n${header.join('\n')}\n\n${table(rows)}`);
if (process.exitCode) console.error('\n✗ at least one benchmark reported a problem (see above)');
