/**
 * No N+1: the SQL statements a directory query runs do not grow with the page. The app is
 * built in the test over a libSQL client whose execute/batch calls are counted, and
 * requests are served with app.fetch directly.
 */
import { createClient, type Client } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app';
import { openDrizzle, type Database } from '../../src/db/client';
import { prepareDatabase } from '../../src/db/open';
import { tempDbFile } from '../support/server';
import { watchedClient } from '../support/watched-client';

/** Statements run while `counting` is on, by method ('execute' x 1, 'batch' x its statements). */
let statements: string[] = [];
let counting = false;

function countingClient(client: Client): Client {
  return watchedClient(client, (method, args) => {
    if (!counting) return;
    const times = method === 'batch' && Array.isArray(args[0]) ? args[0].length : 1;
    for (let i = 0; i < times; i++) statements.push(method);
  });
}

let tmp: ReturnType<typeof tempDbFile>;
let client: Client;
let db: Database;
let app: App;

beforeAll(async () => {
  tmp = tempDbFile();
  client = createClient({ url: `file:${tmp.file}` });
  db = openDrizzle(countingClient(client));
  await prepareDatabase(db);
  app = createApp({ config: {} });
  // Load the directory snapshot once: the statements below are those of warm requests.
  await app.fetch(new Request('http://directory.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ hotlines(city: LANZHOU) { phone } }"}' }), db);
});
afterAll(() => {
  client?.close();
  tmp?.cleanup();
});

/** Runs one GraphQL request and returns its data and the statements it ran. */
async function measure(query: string, variables: Record<string, unknown> = {}) {
  statements = [];
  counting = true;
  try {
    const response = await app.fetch(
      new Request('http://directory.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      }),
      db,
    );
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    return { data: body.data, statements: [...statements] };
  } finally {
    counting = false;
  }
}

const NESTED_PAGE = `query($first: Int!, $after: String, $filter: InstitutionFilter) {
  institutions(first: $first, after: $after, filter: $filter) {
    edges { cursor node {
      id code name aliases level city address designations
      designationDetails { designation restriction }
      sources { document table row nameAsWritten }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('statements per request', () => {
  it('a page of institutions with nested aliases, designations, levels and sources: the same few statements for 10 or 100', async () => {
    const small = await measure(NESTED_PAGE, { first: 10 });
    const large = await measure(NESTED_PAGE, { first: 100 });
    expect(small.data.institutions.edges).toHaveLength(10);
    expect(large.data.institutions.edges).toHaveLength(100);
    // the check of the catalogue version only: the page itself, aliases, designations, the level
    // history and sources come from the directory snapshot in memory (src/directory/snapshot.ts),
    // which on the embedded file every request confirms
    expect(large.statements).toEqual(['execute']);
    expect(small.statements).toEqual(large.statements);
  });

  it('the next page, filtered and searched, costs the same', async () => {
    const firstPage = await measure(NESTED_PAGE, { first: 50, filter: { city: 'LANZHOU' } });
    const next = await measure(NESTED_PAGE, {
      first: 100, after: firstPage.data.institutions.pageInfo.endCursor, filter: { city: 'LANZHOU', designation: 'MATERNITY', search: '医院' },
    });
    expect(next.data.institutions.edges.length).toBeGreaterThan(10);
    expect(next.statements).toEqual(['execute']);
  });

  it('every catalogue list in one query: one statement (the version check), the lists from memory', async () => {
    const all = await measure(`{
      employee: chronicDiseases(city: LANZHOU, scheme: EMPLOYEE) { code annualLimit source { row } }
      resident: chronicDiseases(city: LANZHOU, scheme: RESIDENT) { code annualLimit }
      yinchuan: chronicDiseases(city: YINCHUAN, scheme: RESIDENT) { code annualLimit category }
      majorDiseases(city: LANZHOU) { code annualLimit }
      assistanceMajorDiseases(city: LANZHOU) { code }
      tcmDayClinicDiseases(city: LANZHOU) { techniques }
      emergencyDiseases(city: LANZHOU) { diseases }
      daySurgeryDiseases(city: LANZHOU) { procedures }
      twoDiseaseLimits(city: LANZHOU) { annualLimit }
      maternityFixedRates(city: LANZHOU) { tertiaryRate }
      manualSettlementCases(city: LANZHOU) { documents }
      lanzhouHotlines: hotlines(city: LANZHOU) { phone }
      jiningHotlines: hotlines(city: JINING) { phone }
      familyPlanningLimits(city: JINING) { limit }
    }`);
    expect(all.data.employee).toHaveLength(36);
    expect(all.data.resident).toHaveLength(45);
    expect(all.data.jiningHotlines).toHaveLength(17);
    expect(all.statements).toEqual(['execute']);
  });

  it('nodes(ids:) of many institutions and catalogue entries: one statement per table and nested list', async () => {
    const { data } = await measure(`{
      institutions(first: 39) { edges { node { id } } }
      majorDiseases(city: LANZHOU) { id }
    }`);
    const ids = [...data.institutions.edges.map((e: any) => e.node.id), ...data.majorDiseases.map((d: any) => d.id)];
    const nodes = await measure('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Institution { aliases } ... on MajorDisease { code } } }', { ids });
    expect(nodes.data.nodes).toHaveLength(100);
    // the version check; institutions, catalogue entries and aliases by id come from the snapshot
    expect(nodes.statements).toEqual(['execute']);
    const tooMany = await app.fetch(
      new Request('http://directory.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: [...ids, ids[0]] } }),
      }),
      db,
    );
    expect((await tooMany.json()).errors[0].extensions.code).toBe('LIST_LIMIT_EXCEEDED');
  });
});
