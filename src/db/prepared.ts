/**
 * Statements built once per process. Drizzle builds a query's SQL anew on every call, and on
 * the embedded file that building costs more CPU than running a small statement (about 100 µs
 * against 70 for the directory's version check, measured in one run). A hot query whose shape
 * never changes is built once, on a handle without a connection (`drizzle.mock`), with
 * `sql.placeholder` for its values; a request fills them in and runs it on its own database
 * (the Worker's is opened per request, so the statement cannot belong to one).
 */
import type { InArgs, InStatement, ResultSet } from '@libsql/client';
import { fillPlaceholders } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/libsql';
import type { Database } from './client';
import * as schema from './schema';

/** A built statement (drizzle's prepared query): its SQL with placeholders, and how its rows map. */
export interface BuiltStatement<R> {
  getQuery(): { sql: string; params: unknown[] };
  mapResult(result: unknown, isFromBatch?: boolean): unknown;
  /** Only for the type of its rows. */
  all(...values: never[]): Promise<R>;
}

export type RowsOf<S> = S extends BuiltStatement<infer R> ? R : never;

/** The handle statements are built on: the app's schema, no connection. */
export type StatementBuilder = ReturnType<typeof drizzle.mock<typeof schema>>;

/** `build` run once, on first use, on a handle without a connection. */
export function builtOnce<T>(build: (db: StatementBuilder) => T): () => T {
  let built: T | undefined;
  return () => (built ??= build(drizzle.mock({ schema })));
}

/** The statement with the request's values in place of its placeholders. */
export function bind(statement: BuiltStatement<unknown>, values: Record<string, unknown>): InStatement {
  const { sql, params } = statement.getQuery();
  return { sql, args: fillPlaceholders(params, values) as InArgs };
}

/** Runs one built statement on `db`; its rows, mapped as drizzle maps them. */
export async function runStatement<R>(db: Database, statement: BuiltStatement<R>, values: Record<string, unknown> = {}): Promise<R> {
  const result: ResultSet = await db.$client.execute(bind(statement, values));
  return statement.mapResult(result, true) as R;
}
