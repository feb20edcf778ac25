/**
 * Institution keys in memory (issue 15): the key → institution lookup of `resolveCaller` is a
 * database round trip before anything else runs, so a process or Worker isolate keeps the
 * keys it has seen active, by their SHA-256 hash, for a bounded time.
 *
 * What revocation (`revokeInstitutionKey`) then means, and where it is checked:
 * - In the process that revokes: at once (the entry is dropped).
 * - `settleClaim` and `identifyInsuredPerson`: at once everywhere: their batch reads the key's
 *   row along with the rest (no extra round trip) and refuses a revoked key with
 *   UNAUTHENTICATED, writing nothing.
 * - Every other mutation: at once everywhere: a key taken from this cache is confirmed with
 *   one statement before the mutation runs (auth.ts, useKeyRequirement).
 * - Queries in other processes or isolates: within `maxAgeMs` (API_KEY_MAX_AGE_SECONDS;
 *   default 30 s on a libSQL server, 0 — no cache — on the embedded file).
 *
 * Only active keys are kept (an unknown or revoked key is looked up every time, so random keys
 * cannot fill the cache), at most `maxEntries` of them, least recently used dropped first.
 */
import { maxAgeMsFromEnv } from '../config';
import type { Database } from '../db/client';
import { findActiveKeyByHash, type ApiKeyRow } from './apiKeys';
import { apiKeyHash } from './crypto';

/** The key cache's staleness bound from `API_KEY_MAX_AGE_SECONDS` (src/config.ts). */
export function apiKeyMaxAgeMs(env: Record<string, unknown>, remote: boolean): number {
  return maxAgeMsFromEnv(env, 'API_KEY_MAX_AGE_SECONDS', remote);
}

export interface ApiKeyCacheOptions {
  /** How long a key found active is used without reading it again; 0 = never cached. */
  maxAgeMs: number;
  /** At most this many keys are held (default 1,000: a few hundred KiB at most). */
  maxEntries?: number;
  /** Milliseconds, monotonic; default performance.now. */
  now?: () => number;
}

/** A key found active, and whether the answer came from memory (not confirmed by this request). */
export interface KeyLookup {
  row: ApiKeyRow | undefined;
  cached: boolean;
}

export class ApiKeyCache {
  private readonly entries = new Map<string, { row: ApiKeyRow; readAt: number }>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(private readonly options: ApiKeyCacheOptions) {
    this.maxEntries = options.maxEntries ?? 1000;
    this.now = options.now ?? (() => performance.now());
  }

  /** The active key with this value, from memory within the bound, else from the database. */
  async lookup(db: Database, key: string): Promise<KeyLookup> {
    const hash = await apiKeyHash(key);
    const held = this.entries.get(hash);
    if (held && this.now() - held.readAt < this.options.maxAgeMs) {
      // Least recently used last: re-insert.
      this.entries.delete(hash);
      this.entries.set(hash, held);
      return { row: held.row, cached: true };
    }
    if (held) this.entries.delete(hash);
    const readAt = this.now();
    const row = await findActiveKeyByHash(db, hash);
    if (row && this.options.maxAgeMs > 0) {
      this.entries.set(hash, { row, readAt });
      while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    return { row, cached: false };
  }

  /** Drops a key (revoked through this process). */
  forget(keyId: number): void {
    for (const [hash, { row }] of this.entries) if (row.id === keyId) this.entries.delete(hash);
  }

  get size(): number {
    return this.entries.size;
  }
}
