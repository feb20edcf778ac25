/**
 * Applies the drizzle-kit migrations in ../../drizzle to a database. Used by the local
 * server on start and by `npm run db:migrate` for a remote libSQL server; never by the Worker.
 */
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Database } from './client';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

export async function migrateDatabase(db: Database): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
