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
import { seedDatabase } from './seed';

export async function openDatabase(url: string, authToken?: string): Promise<{ db: Database; close(): void }> {
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length).split('?')[0];
    if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  }
  const client = createClient({ url, authToken });
  if (url.startsWith('file:')) {
    // The embedded driver waits for a lock synchronously, blocking the event loop. The main
    // connection (reads, single writes) waits for other processes' writers up to 10 s.
    // Transactions get their own connections with no busy timeout: a wait there for a lock
    // held by another transaction of this same process could only time out, so it fails at
    // once and settleClaim retries it with backoff (src/records/retry.ts).
    await client.execute('PRAGMA busy_timeout = 10000');
    await client.execute('PRAGMA journal_mode = WAL');
  }
  return { db: openDrizzle(client), close: () => client.close() };
}

export async function prepareDatabase(db: Database) {
  await migrateDatabase(db);
  return seedDatabase(db);
}
