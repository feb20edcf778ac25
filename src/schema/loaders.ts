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

type Directory = () => Promise<DirectorySnapshot>;

/** A batch function reading one map of the snapshot by id. */
function byId<T>(directory: Directory, pick: (s: DirectorySnapshot) => ReadonlyMap<number, T>, missing: T) {
  return async (ids: readonly number[]): Promise<T[]> => {
    const map = pick(await directory());
    return ids.map((id) => map.get(id) ?? missing);
  };
}

/** The same for lists, each given as a copy (a resolver may sort or extend its own). */
function listsById<T>(directory: Directory, pick: (s: DirectorySnapshot) => ReadonlyMap<number, readonly T[]>) {
  const read = byId(directory, pick, [] as readonly T[]);
  return async (ids: readonly number[]): Promise<T[][]> => (await read(ids)).map((list) => [...list]);
}

/**
 * The loaders read the directory snapshot (src/directory/snapshot.ts) of this process or
 * isolate: a warm request needs no statement for them. `directory` gives the snapshot,
 * confirmed within the staleness bound. Each loader is made when a request first uses it
 * (most requests use none).
 */
export class Loaders {
  #institution?: DataLoader<number, InstitutionRow | null>;
  #institutionAliases?: DataLoader<number, string[]>;
  #institutionDesignations?: DataLoader<number, DesignationRow[]>;
  #institutionLevels?: DataLoader<number, LevelRow[]>;
  #institutionSources?: DataLoader<number, InstitutionSourceRow[]>;
  #catalogueEntry?: DataLoader<number, CatalogueEntryRow | null>;
  #catalogueList?: DataLoader<CatalogueListKey, CatalogueEntryRow[], string>;

  constructor(private readonly directory: Directory) {}

  get institution(): DataLoader<number, InstitutionRow | null> {
    return (this.#institution ??= new DataLoader(byId(this.directory, (s) => s.institutions, null)));
  }

  get institutionAliases(): DataLoader<number, string[]> {
    return (this.#institutionAliases ??= new DataLoader(listsById(this.directory, (s) => s.aliases)));
  }

  get institutionDesignations(): DataLoader<number, DesignationRow[]> {
    return (this.#institutionDesignations ??= new DataLoader(listsById(this.directory, (s) => s.designations)));
  }

  /** Level history entries, in the order written. */
  get institutionLevels(): DataLoader<number, LevelRow[]> {
    return (this.#institutionLevels ??= new DataLoader(listsById(this.directory, (s) => s.levels)));
  }

  get institutionSources(): DataLoader<number, InstitutionSourceRow[]> {
    return (this.#institutionSources ??= new DataLoader(listsById(this.directory, (s) => s.sources)));
  }

  get catalogueEntry(): DataLoader<number, CatalogueEntryRow | null> {
    return (this.#catalogueEntry ??= new DataLoader(byId(this.directory, (s) => s.catalogueEntryById, null)));
  }

  /** Every list asked for in one request, in id order. */
  get catalogueList(): DataLoader<CatalogueListKey, CatalogueEntryRow[], string> {
    return (this.#catalogueList ??= new DataLoader<CatalogueListKey, CatalogueEntryRow[], string>(
      async (keys) => {
        const { catalogueEntries: rows } = await this.directory();
        return keys.map((k) => rows.filter((r) => r.catalogue === k.catalogue && r.city === k.city && (!k.scheme || r.scheme === k.scheme)));
      },
      { cacheKeyFn: listKey },
    ));
  }
}

export function createLoaders(directory: Directory): Loaders {
  return new Loaders(directory);
}
