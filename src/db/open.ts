/**
 * Opens, migrates and seeds the database on Node: the embedded libSQL file by default
 * (its folder is created), or a libSQL server. Used by the local server, the migrate
 * command and the tests.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createClient } from '@libsql/client';
import { openDrizzle, type Database } from './client';
import { migrateDatabase } from './migrate';
import { serialiseWrites } from './serialise-writes';
import { seedDatabase } from './seed';

export async function openDatabase(url: string, authToken?: string): Promise<{ db: Database; close(): void }> {
  if (!url.startsWith('file:')) {
    const client = createClient({ url, authToken });
    return { db: openDrizzle(client), close: () => client.close() };
  }
  const path = url.slice('file:'.length).split('?')[0];
  if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // An embedded file: this process's writers queue, and write transactions wait for other
  // processes' locks off the event loop (see serialise-writes.ts). Batches and migrations at
  // start-up wait for them up to 10 s on the pooled connections.
  const client = createClient({ url, authToken, timeout: 10_000 });
  await client.execute('PRAGMA journal_mode = WAL');
  const queued = serialiseWrites(client, path && path !== ':memory:' && !url.includes('mode=memory') ? path : undefined);
  return { db: openDrizzle(queued), close: () => queued.close() };
}

export async function prepareDatabase(db: Database) {
  await migrateDatabase(db);
  return seedDatabase(db);
}
