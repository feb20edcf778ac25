/**
 * Per-request batch loaders, so that a page of institutions with its nested aliases,
 * designations, level history and sources, or any number of catalogue lists in one query, costs a fixed
 * number of SQL statements (no N+1). Child rows come back in the order they were seeded
 * (the order of the source tables).
 */
import DataLoader from 'dataloader';
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { CatalogueName } from '../catalogue/lists';
import type { City, Scheme } from '../domain';
import type { Database } from '../db/client';
import { catalogueEntries, institutionAliases, institutionDesignations, institutionLevels, institutionSources, institutions } from '../db/schema';

export type InstitutionRow = typeof institutions.$inferSelect;
export type DesignationRow = typeof institutionDesignations.$inferSelect;
export type LevelRow = typeof institutionLevels.$inferSelect;
export type InstitutionSourceRow = typeof institutionSources.$inferSelect;
export type CatalogueEntryRow = typeof catalogueEntries.$inferSelect;

/** Which list of catalogue entries: a catalogue in a city, for one scheme or (omitted) all. */
export interface CatalogueListKey {
  catalogue: CatalogueName;
  city: City;
  scheme?: Scheme;
}

/** Insertion order, i.e. the order of the source tables. */
const seededOrder = sql`rowid`;

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

const listKey = (k: CatalogueListKey) => `${k.catalogue}|${k.city}|${k.scheme ?? ''}`;

function listCondition(k: CatalogueListKey): SQL | undefined {
  return and(
    eq(catalogueEntries.catalogue, k.catalogue),
    eq(catalogueEntries.city, k.city),
    k.scheme ? eq(catalogueEntries.scheme, k.scheme) : undefined,
  );
}

export function createLoaders(db: Database) {
  return {
    institution: new DataLoader<number, InstitutionRow | null>(async (ids) => {
      const rows = await db.select().from(institutions).where(inArray(institutions.id, [...ids]));
      return groupBy(rows, (r) => r.id, ids).map((list) => list[0] ?? null);
    }),
    institutionAliases: new DataLoader<number, string[]>(async (ids) => {
      const rows = await db
        .select()
        .from(institutionAliases)
        .where(inArray(institutionAliases.institutionId, [...ids]))
        .orderBy(seededOrder);
      return groupBy(rows, (r) => r.institutionId, ids).map((list) => list.map((r) => r.alias));
    }),
    institutionDesignations: new DataLoader<number, DesignationRow[]>(async (ids) => {
      const rows = await db
        .select()
        .from(institutionDesignations)
        .where(inArray(institutionDesignations.institutionId, [...ids]))
        .orderBy(seededOrder);
      return groupBy(rows, (r) => r.institutionId, ids);
    }),
    /** Level history entries, in the order written. */
    institutionLevels: new DataLoader<number, LevelRow[]>(async (ids) => {
      const rows = await db
        .select()
        .from(institutionLevels)
        .where(inArray(institutionLevels.institutionId, [...ids]))
        .orderBy(asc(institutionLevels.id));
      return groupBy(rows, (r) => r.institutionId, ids);
    }),
    institutionSources: new DataLoader<number, InstitutionSourceRow[]>(async (ids) => {
      const rows = await db
        .select()
        .from(institutionSources)
        .where(inArray(institutionSources.institutionId, [...ids]))
        .orderBy(seededOrder);
      return groupBy(rows, (r) => r.institutionId, ids);
    }),
    catalogueEntry: new DataLoader<number, CatalogueEntryRow | null>(async (ids) => {
      const rows = await db.select().from(catalogueEntries).where(inArray(catalogueEntries.id, [...ids]));
      return groupBy(rows, (r) => r.id, ids).map((list) => list[0] ?? null);
    }),
    /** Every list asked for in one request, in one statement. */
    catalogueList: new DataLoader<CatalogueListKey, CatalogueEntryRow[], string>(
      async (keys) => {
        const rows = await db
          .select()
          .from(catalogueEntries)
          .where(or(...keys.map(listCondition)))
          .orderBy(asc(catalogueEntries.id));
        return keys.map((k) =>
          rows.filter((r) => r.catalogue === k.catalogue && r.city === k.city && (!k.scheme || r.scheme === k.scheme)));
      },
      { cacheKeyFn: listKey },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
