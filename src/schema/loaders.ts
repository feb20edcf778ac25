/**
 * Per-request batch loaders, so that a page of institutions with its nested aliases and
 * designations costs a fixed number of SQL statements (no N+1).
 */
import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { institutionAliases, institutionDesignations, institutions } from '../db/schema';

export type InstitutionRow = typeof institutions.$inferSelect;
export type DesignationRow = typeof institutionDesignations.$inferSelect;

function groupBy<T, K>(rows: T[], key: (row: T) => K, keys: readonly K[]): T[][] {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

export function createLoaders(db: Database) {
  return {
    institution: new DataLoader<number, InstitutionRow | null>(async (ids) => {
      const rows = await db.select().from(institutions).where(inArray(institutions.id, [...ids]));
      return groupBy(rows, (r) => r.id, ids).map((list) => list[0] ?? null);
    }),
    institutionAliases: new DataLoader<number, string[]>(async (ids) => {
      const rows = await db.select().from(institutionAliases).where(inArray(institutionAliases.institutionId, [...ids]));
      return groupBy(rows, (r) => r.institutionId, ids).map((list) => list.map((r) => r.alias));
    }),
    institutionDesignations: new DataLoader<number, DesignationRow[]>(async (ids) => {
      const rows = await db
        .select()
        .from(institutionDesignations)
        .where(inArray(institutionDesignations.institutionId, [...ids]));
      return groupBy(rows, (r) => r.institutionId, ids);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
