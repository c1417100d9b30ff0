/**
 * Runs once before the suite: drops PostgreSQL test schemas (t_…) left behind by an interrupted
 * earlier run, so they cannot disturb this one. A schema's name carries its creation time
 * (test/support/db.ts); only those older than STALE_AFTER_MS are dropped, so that two runs on the
 * same database (a developer's and CI's) never drop each other's schemas mid-run.
 */
import pg from 'pg';

const STALE_AFTER_MS = 2 * 60 * 60 * 1000;

/** Whether schema `name` was left by a run that started before `now - STALE_AFTER_MS`. */
export function isStaleTestSchema(name: string, now: number): boolean {
  const m = /^t_([0-9a-z]+)_[0-9a-f]+$/.exec(name);
  if (!m?.[1]) return /^t_[0-9a-f]{12}$/.test(name); // the older naming, without a time
  return now - parseInt(m[1], 36) > STALE_AFTER_MS;
}

export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ nspname: string }>("select nspname from pg_namespace where nspname like 't\\_%'");
    for (const r of rows.filter((x) => isStaleTestSchema(x.nspname, Date.now()))) await c.query(`drop schema "${r.nspname}" cascade`);
  } finally {
    await c.end();
  }
}
