/**
 * Per-request batch loaders of the directory and the catalogues: a page of institutions with
 * its nested aliases, designations, level history and sources, or any number of catalogue
 * lists in one query, is read from the snapshot of the directory (no N+1, and no statement
 * at all when the snapshot is warm). Child rows come back in the order they were seeded (the
 * order of the source tables).
 */
import DataLoader from 'dataloader';
import type { CatalogueName } from '../catalogue/lists';
import type { City, Scheme } from '../domain';
import type {
  CatalogueEntryRow, DesignationRow, DirectorySnapshot, InstitutionRow, InstitutionSourceRow, LevelRow,
} from '../directory/snapshot';

export type { CatalogueEntryRow, DesignationRow, InstitutionRow, InstitutionSourceRow, LevelRow };

/** Which list of catalogue entries: a catalogue in a city, for one scheme or (omitted) all. */
export interface CatalogueListKey {
  catalogue: CatalogueName;
  city: City;
  scheme?: Scheme;
}

const listKey = (k: CatalogueListKey) => `${k.catalogue}|${k.city}|${k.scheme ?? ''}`;

/**
 * The loaders read the directory snapshot (src/directory/snapshot.ts) of this process or
 * isolate: a warm request needs no statement for them. `directory` gives the snapshot,
 * confirmed within the staleness bound.
 */
export function createLoaders(directory: () => Promise<DirectorySnapshot>) {
  const byId = <T>(pick: (s: DirectorySnapshot) => ReadonlyMap<number, T>, missing: T) =>
    async (ids: readonly number[]) => {
      const map = pick(await directory());
      return ids.map((id) => map.get(id) ?? missing);
    };
  return {
    institution: new DataLoader<number, InstitutionRow | null>(byId((s) => s.institutions, null)),
    institutionAliases: new DataLoader<number, string[]>(async (ids) => (await byId((s) => s.aliases, [] as readonly string[])(ids)).map((l) => [...l])),
    institutionDesignations: new DataLoader<number, DesignationRow[]>(async (ids) => (await byId((s) => s.designations, [] as readonly DesignationRow[])(ids)).map((l) => [...l])),
    /** Level history entries, in the order written. */
    institutionLevels: new DataLoader<number, LevelRow[]>(async (ids) => (await byId((s) => s.levels, [] as readonly LevelRow[])(ids)).map((l) => [...l])),
    institutionSources: new DataLoader<number, InstitutionSourceRow[]>(async (ids) => (await byId((s) => s.sources, [] as readonly InstitutionSourceRow[])(ids)).map((l) => [...l])),
    catalogueEntry: new DataLoader<number, CatalogueEntryRow | null>(byId((s) => s.catalogueEntryById, null)),
    /** Every list asked for in one request, in id order. */
    catalogueList: new DataLoader<CatalogueListKey, CatalogueEntryRow[], string>(
      async (keys) => {
        const { catalogueEntries: rows } = await directory();
        return keys.map((k) => rows.filter((r) => r.catalogue === k.catalogue && r.city === k.city && (!k.scheme || r.scheme === k.scheme)));
      },
      { cacheKeyFn: listKey },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
