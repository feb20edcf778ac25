/**
 * Readiness: the database answers, is migrated, and holds the seeded catalogues.
 */
import { eq } from 'drizzle-orm';
import type { Database } from './client';
import { CATALOGUE_VERSION_KEY, meta } from './schema';

export interface Health {
  ok: boolean;
  catalogueVersion?: string;
  error?: string;
}

export async function databaseHealth(db: Database): Promise<Health> {
  try {
    const rows = await db.select().from(meta).where(eq(meta.key, CATALOGUE_VERSION_KEY));
    if (rows.length === 0) return { ok: false, error: 'not seeded' };
    return { ok: true, catalogueVersion: rows[0].value };
  } catch {
    return { ok: false, error: 'not migrated or unreachable' };
  }
}
