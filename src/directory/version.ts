/**
 * The catalogue version (目录版本): one row, read in one statement, bumped in the same
 * transaction as every directory change and every re-seed. Its text form is
 * `<seed hash>.<revision>`, e.g. "5f3a09c1.4": the hash of the transcribed catalogues last
 * seeded and the count of directory writes. Caches key on it (see /health and the
 * `catalogueVersion` query).
 */
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../records/access';
import { catalogueVersion } from '../db/schema';

const ROW_ID = 1;

export function formatCatalogueVersion(row: { seed: string; revision: number }): string {
  return `${row.seed}.${row.revision}`;
}

/** The current version row, or null before the first seed. */
export async function readCatalogueVersion(db: Queryable): Promise<{ seed: string; revision: number; version: string } | null> {
  const [row] = await db.select().from(catalogueVersion).where(eq(catalogueVersion.id, ROW_ID));
  return row ? { seed: row.seed, revision: row.revision, version: formatCatalogueVersion(row) } : null;
}

/**
 * Bumps the revision (and sets the seed hash when given) inside the caller's transaction;
 * returns the new version. The first bump creates the row.
 */
export async function bumpCatalogueVersion(tx: Queryable, changedAt: string, seed?: string): Promise<string> {
  const [row] = await tx
    .insert(catalogueVersion)
    .values({ id: ROW_ID, seed: seed ?? 'unseeded', revision: 1, changedAt })
    .onConflictDoUpdate({
      target: catalogueVersion.id,
      set: { revision: sql`${catalogueVersion.revision} + 1`, changedAt, ...(seed ? { seed } : {}) },
    })
    .returning();
  return formatCatalogueVersion(row);
}
