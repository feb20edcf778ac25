/**
 * Per-request context: who is calling, the database, the clock and the request id.
 * A new one is built for every request (never shared across requests on Workers).
 */
import type { Database } from './db/client';
import type { DirectorySnapshot } from './directory/snapshot';
import type { Loaders } from './schema/loaders';

/** Who the caller is: nobody (public catalogues and estimates), the administrator, or an institution key. */
export type Caller =
  | { kind: 'PUBLIC' }
  | { kind: 'ADMIN' }
  | { kind: 'INSTITUTION'; institutionId: number; keyId: number };

export interface AppConfig {
  /** `ADMIN_API_KEY`: the bearer token that acts as administrator; unset = no administrator. */
  adminApiKey?: string;
  /** `ID_NUMBER_HASH_KEY`: the secret of the ID-number hash (身份证号). Unset: the admin key is used. */
  idNumberHashKey?: string;
}

export interface Clock {
  now(): Date;
}

export interface Context {
  db: Database;
  config: AppConfig;
  clock: Clock;
  caller: Caller;
  requestId: string;
  loaders: Loaders;
  /** The directory and catalogues in memory, shared by the process or isolate (src/directory/snapshot.ts). */
  directory: {
    /** The snapshot within the staleness bound; `fresh` confirms its version now. */
    snapshot(fresh?: boolean): Promise<DirectorySnapshot>;
    /** The snapshot this request has read already (what `snapshot()` last gave), for resolvers that can answer at once. */
    loaded(): DirectorySnapshot | undefined;
    /** Drops the snapshot after a directory change made by this request. */
    invalidate(): void;
  };
  /** Institution keys in memory (src/records/apiKeyCache.ts); absent = none kept. */
  apiKeys?: { forget(keyId: number): void };
  /** The institution key was taken from memory, not read by this request: confirm it before a write. */
  callerFromMemory?: boolean;
}
