/**
 * A resolver context for tests that call records or directory functions directly (not over
 * HTTP): the database, a fixed clock, a caller, and the per-request directory and loaders
 * as src/app.ts builds them (a snapshot confirmed on every request, bound 0).
 */
import type { Caller, Context } from '../../src/context';
import type { Database } from '../../src/db/client';
import { DirectoryCache, requestDirectory } from '../../src/directory/snapshot';
import { createLoaders } from '../../src/schema/loaders';

export function testContext(db: Database, options: { now: string; caller?: Caller; requestId?: string }): Context {
  const directory = requestDirectory(new DirectoryCache({ maxAgeMs: 0 }), db);
  return {
    db,
    config: {},
    clock: { now: () => new Date(options.now) },
    caller: options.caller ?? { kind: 'ADMIN' },
    requestId: options.requestId ?? 'test-request',
    loaders: createLoaders(() => directory.snapshot()),
    directory,
  };
}
