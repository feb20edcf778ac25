/**
 * The directory in memory (src/directory/snapshot.ts, issue 15): loaded in one batch, used
 * without a statement within its staleness bound, confirmed by one small statement after it,
 * reloaded when the catalogue version moved, dropped at once by a change made through the
 * same app; and, with the bound a libSQL server gets, warm estimates by institutionId and
 * catalogue queries run no statement at all.
 */
import { createClient, type Client } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app';
import { openDrizzle, type Database } from '../../src/db/client';
import { prepareDatabase } from '../../src/db/open';
import { DirectoryCache, REMOTE_MAX_AGE_MS, directoryMaxAgeMs } from '../../src/directory/snapshot';
import { bumpCatalogueVersion } from '../../src/directory/version';
import { tempDbFile } from '../support/server';
import { watchedClient } from '../support/watched-client';
import { employeeEstimate, STAY_BY_LEVEL } from './support';

let statements: string[] = [];

function countingClient(client: Client): Client {
  return watchedClient(client, (method) => statements.push(method));
}

let tmp: ReturnType<typeof tempDbFile>;
let client: Client;
let db: Database;

beforeAll(async () => {
  tmp = tempDbFile();
  client = createClient({ url: `file:${tmp.file}` });
  db = openDrizzle(countingClient(client));
  await prepareDatabase(db);
});
afterAll(() => {
  client?.close();
  tmp?.cleanup();
});

describe('DirectoryCache', () => {
  it('loads in one batch, serves within the bound with no statement, confirms after it, reloads on a new version', async () => {
    let now = 0;
    const cache = new DirectoryCache({ maxAgeMs: 30_000, now: () => now });
    statements = [];
    const first = await cache.get(db);
    expect(statements).toEqual(['batch']);
    expect(first.institutions.size).toBeGreaterThan(100);
    expect(first.catalogueEntries.length).toBeGreaterThan(100);

    statements = [];
    now = 29_999;
    expect(await cache.get(db)).toBe(first);
    expect(statements).toEqual([]);

    now = 30_000; // the bound: one statement confirms the version, nothing is reloaded
    expect(await cache.get(db)).toBe(first);
    expect(statements).toEqual(['execute']);

    statements = [];
    await db.transaction((tx) => bumpCatalogueVersion(tx, '2026-12-01T00:00:00.000Z'));
    now = 45_000; // another writer moved the version: within the bound it is not seen yet
    statements = [];
    expect(await cache.get(db)).toBe(first);
    now = 60_000;
    const second = await cache.get(db);
    expect(second).not.toBe(first);
    expect(second.version).not.toBe(first.version);
    expect(statements).toEqual(['execute', 'batch']);
  });

  it('fresh confirms at once, invalidate reloads, and parallel readers share one refresh', async () => {
    const cache = new DirectoryCache({ maxAgeMs: 60_000, now: () => 0 });
    const loaded = await cache.get(db);
    statements = [];
    expect(await cache.get(db, true)).toBe(loaded);
    expect(statements).toEqual(['execute']);
    cache.invalidate();
    statements = [];
    const [a, b, c] = await Promise.all([cache.get(db), cache.get(db), cache.get(db)]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(statements).toEqual(['batch']);
  });

  it('reads its bound from DIRECTORY_MAX_AGE_SECONDS, else 0 on the embedded file and 30 s on a server', () => {
    expect(directoryMaxAgeMs({}, false)).toBe(0);
    expect(directoryMaxAgeMs({}, true)).toBe(REMOTE_MAX_AGE_MS);
    expect(directoryMaxAgeMs({ DIRECTORY_MAX_AGE_SECONDS: '60' }, true)).toBe(60_000);
    expect(() => directoryMaxAgeMs({ DIRECTORY_MAX_AGE_SECONDS: '1.5' }, true)).toThrow(/whole number/);
    expect(() => directoryMaxAgeMs({ DIRECTORY_MAX_AGE_SECONDS: '-1' }, true)).toThrow(/0 to 3600/);
  });
});

describe('warm requests with the bound of a libSQL server', () => {
  let app: App;
  const post = async (query: string, variables: Record<string, unknown> = {}, authorization?: string) => {
    const res = await app.fetch(
      new Request('http://edge.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query, variables }),
      }),
      db,
    );
    return (await res.json()) as { data?: any; errors?: any[] };
  };
  const ESTIMATE = 'query($input: SettlementInput!) { estimateSettlement(input: $input) { deductible basicPoolPayment } }';

  beforeAll(() => {
    app = createApp({ config: { adminApiKey: 'edge-admin' }, directoryMaxAgeMs: REMOTE_MAX_AGE_MS });
  });

  it('an estimate by institutionId and a catalogue query run no statement once the snapshot is loaded', async () => {
    const page = await post('{ institutions(first: 1, filter: { search: "兰州大学第一医院" }) { edges { node { id level } } } }');
    const hospital = page.data.institutions.edges[0].node;
    await post('{ hotlines(city: LANZHOU) { phone } }');
    statements = [];
    const estimate = await post(ESTIMATE, { input: employeeEstimate({ institutionId: hospital.id }) });
    expect(estimate.errors).toBeUndefined();
    const catalogue = await post('{ chronicDiseases(city: LANZHOU, scheme: EMPLOYEE) { code annualLimit } }');
    expect(catalogue.data.chronicDiseases).toHaveLength(36);
    expect(statements).toEqual([]);
  });

  it('a directory change through this app is priced at once (the snapshot is dropped)', async () => {
    const page = await post('{ institutions(first: 1, filter: { search: "兰州市第一人民医院" }) { edges { node { id } } } }');
    const id = page.data.institutions.edges[0].node.id;
    const changed = await post(
      'mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { userErrors { code } } }',
      { input: { institutionId: id, level: 'SECONDARY', effectiveFrom: '2024-01-01', note: 'snapshot test' } },
      'Bearer edge-admin',
    );
    expect(changed.data.updateInstitution.userErrors).toEqual([]);
    const estimate = await post(ESTIMATE, { input: employeeEstimate({ institutionId: id }) });
    expect(estimate.data.estimateSettlement).toEqual(STAY_BY_LEVEL.SECONDARY);
  });
});
