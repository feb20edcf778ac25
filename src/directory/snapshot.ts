/**
 * The directory and catalogues in memory (目录快照): every institution with its aliases,
 * level history, designation periods and sources, and every catalogue entry, read in one
 * batch (one round trip) and kept per process or Worker isolate, keyed by the catalogue
 * version. A warm estimate, catalogue query or directory read then needs no round trip to
 * the database.
 *
 * Staleness is bounded: a snapshot is used without asking the database for at most
 * `maxAgeMs` after its version was last confirmed; then the next read checks the version
 * (one small statement) and reloads only when it changed. A directory change made through
 * this process drops the snapshot at once. The bound is 30 s by default for a libSQL server
 * (the Worker, a scaled-out Node); for the embedded file, where a check costs microseconds
 * and not a network round trip, every request checks (bound 0).
 *
 * Size: the seeded directory (125 institutions with their aliases, levels, designations and
 * sources) and 378 catalogue entries take 384 KiB of heap as one snapshot (measured on Node
 * 22, heap used after GC, 2026-12-01): well inside a Worker isolate's 128 MB. Only one is kept.
 */
import { asc, sql } from 'drizzle-orm';
import { maxAgeMsFromEnv } from '../config';
import type { Database } from '../db/client';
import { builtOnce, runStatement } from '../db/prepared';
import { catalogueEntries, catalogueVersion, institutionAliases, institutionDesignations, institutionLevels, institutionSources, institutions } from '../db/schema';
import { formatCatalogueVersion } from './version';

export type InstitutionRow = typeof institutions.$inferSelect;
export type LevelRow = typeof institutionLevels.$inferSelect;
export type DesignationRow = typeof institutionDesignations.$inferSelect;
export type InstitutionSourceRow = typeof institutionSources.$inferSelect;
export type CatalogueEntryRow = typeof catalogueEntries.$inferSelect;

export interface DirectorySnapshot {
  /** The catalogue version it was read at (null before the first seed). */
  version: string | null;
  /** Every institution by id, in id order. */
  institutions: ReadonlyMap<number, InstitutionRow>;
  aliases: ReadonlyMap<number, readonly string[]>;
  levels: ReadonlyMap<number, readonly LevelRow[]>;
  designations: ReadonlyMap<number, readonly DesignationRow[]>;
  sources: ReadonlyMap<number, readonly InstitutionSourceRow[]>;
  /** Every catalogue entry, in id order, and by id. */
  catalogueEntries: readonly CatalogueEntryRow[];
  catalogueEntryById: ReadonlyMap<number, CatalogueEntryRow>;
}

export { REMOTE_MAX_AGE_MS } from '../config';

/** The directory's staleness bound from `DIRECTORY_MAX_AGE_SECONDS` (src/config.ts). */
export function directoryMaxAgeMs(env: Record<string, unknown>, remote: boolean): number {
  return maxAgeMsFromEnv(env, 'DIRECTORY_MAX_AGE_SECONDS', remote);
}

/** Insertion order, i.e. the order of the source tables (as the per-request loaders read). */
const seededOrder = sql`rowid`;

function grouped<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/** Reads the whole snapshot in one batch: one round trip, one consistent read. */
export async function readSnapshot(db: Database): Promise<DirectorySnapshot> {
  const [versionRows, institutionRows, aliasRows, levelRows, designationRows, sourceRows, entryRows] = await db.batch([
    db.select().from(catalogueVersion),
    db.select().from(institutions).orderBy(asc(institutions.id)),
    db.select().from(institutionAliases).orderBy(seededOrder),
    db.select().from(institutionLevels).orderBy(asc(institutionLevels.id)),
    db.select().from(institutionDesignations).orderBy(seededOrder),
    db.select().from(institutionSources).orderBy(seededOrder),
    db.select().from(catalogueEntries).orderBy(asc(catalogueEntries.id)),
  ]);
  return {
    version: versionRows[0] ? formatCatalogueVersion(versionRows[0]) : null,
    institutions: new Map(institutionRows.map((r) => [r.id, r])),
    aliases: new Map([...grouped(aliasRows, (r) => r.institutionId)].map(([id, rows]) => [id, rows.map((r) => r.alias)])),
    levels: grouped(levelRows, (r) => r.institutionId),
    designations: grouped(designationRows, (r) => r.institutionId),
    sources: grouped(sourceRows, (r) => r.institutionId),
    catalogueEntries: entryRows,
    catalogueEntryById: new Map(entryRows.map((r) => [r.id, r])),
  };
}

/** The check a request past the staleness bound makes: built once (src/db/prepared.ts). */
const versionQuery = builtOnce((db) => db.select().from(catalogueVersion).prepare());

async function readVersion(db: Database): Promise<string | null> {
  const [row] = await runStatement(db, versionQuery());
  return row ? formatCatalogueVersion(row) : null;
}

export interface DirectoryCacheOptions {
  /** How long a snapshot is used without confirming its version. */
  maxAgeMs: number;
  /** Milliseconds, monotonic; default performance.now. */
  now?: () => number;
}

/** The snapshot of one process or isolate, shared by its requests. */
export class DirectoryCache {
  private snapshot: DirectorySnapshot | undefined;
  private confirmedAt = -Infinity;
  private pending: Promise<DirectorySnapshot> | undefined;
  /** Bumped by invalidate(): a refresh that started before it must not store what it read. */
  private generation = 0;
  private readonly now: () => number;

  constructor(private readonly options: DirectoryCacheOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  /**
   * The snapshot, confirmed within the staleness bound; `fresh` confirms it now. (settleClaim
   * does not need it: its read batch reads the rows it prices, src/records/settle-records.ts.)
   */
  get(db: Database, fresh = false): Promise<DirectorySnapshot> {
    if (this.snapshot && !fresh && this.now() - this.confirmedAt < this.options.maxAgeMs) return Promise.resolve(this.snapshot);
    // Requests arriving while one refresh is under way share it.
    this.pending ??= this.refresh(db).finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** Drops the snapshot: the next read loads the directory again (after a change made here). */
  invalidate(): void {
    this.snapshot = undefined;
    this.confirmedAt = -Infinity;
    this.generation += 1;
  }

  private async refresh(db: Database): Promise<DirectorySnapshot> {
    const started = this.now();
    const generation = this.generation;
    const current = this.snapshot;
    if (current) {
      const version = await readVersion(db);
      if (version === current.version) {
        if (generation === this.generation) this.confirmedAt = started;
        return current;
      }
    }
    const snapshot = await readSnapshot(db);
    if (generation === this.generation) {
      this.snapshot = snapshot;
      this.confirmedAt = started;
    }
    return snapshot;
  }
}

/**
 * A request's view of the cache (Context['directory']): one snapshot for the whole request
 * (confirmed once, however many loaders read it), a fresh one on demand, and invalidation.
 */
export function requestDirectory(cache: DirectoryCache, db: Database) {
  let memo: Promise<DirectorySnapshot> | undefined;
  let memoFresh = false;
  let loaded: DirectorySnapshot | undefined;
  return {
    snapshot(fresh = false): Promise<DirectorySnapshot> {
      if (!memo || (fresh && !memoFresh)) {
        const pending = cache.get(db, fresh);
        memo = pending;
        memoFresh = fresh;
        void pending.then((s) => {
          if (memo === pending) loaded = s;
        }, () => {});
      }
      return memo;
    },
    loaded(): DirectorySnapshot | undefined {
      return loaded;
    },
    invalidate(): void {
      cache.invalidate();
      memo = undefined;
      memoFresh = false;
      loaded = undefined;
    },
  };
}
