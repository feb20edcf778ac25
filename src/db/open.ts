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
  // Several connections (and processes) may write one file: every pooled connection waits
  // up to 10 s for a lock rather than failing at once.
  const client = createClient({ url, authToken, timeout: 10_000 });
  if (url.startsWith('file:')) await client.execute('PRAGMA journal_mode = WAL');
  return { db: openDrizzle(client), close: () => client.close() };
}

export async function prepareDatabase(db: Database) {
  await migrateDatabase(db);
  return seedDatabase(db);
}
