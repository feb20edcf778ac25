/**
 * Readiness: the database answers, is migrated, and holds the seeded catalogues. The answer
 * carries the catalogue version (one row, see src/directory/version.ts).
 */
import type { Database } from './client';
import { readCatalogueVersion } from '../directory/version';

export interface Health {
  ok: boolean;
  catalogueVersion?: string;
  error?: string;
}

export async function databaseHealth(db: Database): Promise<Health> {
  try {
    const version = await readCatalogueVersion(db);
    if (!version) return { ok: false, error: 'not seeded' };
    return { ok: true, catalogueVersion: version.version };
  } catch {
    return { ok: false, error: 'not migrated or unreachable' };
  }
}
