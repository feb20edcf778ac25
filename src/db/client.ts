/**
 * The database handle the app works with: Drizzle over a libSQL client. The Node entry
 * builds it from `@libsql/client` (embedded file or server), the Worker from
 * `@libsql/client/web` (server only); everything else takes a `Database`.
 */
import type { Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import * as schema from './schema';

export type Database = ReturnType<typeof openDrizzle>;

export function openDrizzle(client: Client) {
  return drizzle(client, { schema });
}
