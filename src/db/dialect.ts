/** Helpers for the few places where SQLite and PostgreSQL differ. */
import { PostgresAdapter, sql } from 'kysely';
import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';

/** True when `db` talks to PostgreSQL. */
export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Adds an auto-increment integer primary key named `id` in either dialect. */
export function withId<T extends string>(db: Kysely<unknown>, t: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> {
  return isPostgres(db)
    ? t.addColumn('id', 'serial', (c) => c.primaryKey())
    : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** Binary column type: bytea in PostgreSQL, blob in SQLite. */
export function blobType(db: Kysely<unknown>) {
  return isPostgres(db) ? sql`bytea` : sql`blob`;
}

/** A not-null column with a default of 0. */
export function zero(c: ColumnDefinitionBuilder): ColumnDefinitionBuilder {
  return c.notNull().defaultTo(0);
}
