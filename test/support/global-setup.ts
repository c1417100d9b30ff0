/**
 * Runs once before the suite: drops PostgreSQL test schemas (t_…) left behind by an interrupted
 * earlier run, so they cannot disturb this one.
 */
import pg from 'pg';

export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ nspname: string }>("select nspname from pg_namespace where nspname like 't\\_%'");
    for (const r of rows) await c.query(`drop schema "${r.nspname}" cascade`);
  } finally {
    await c.end();
  }
}
