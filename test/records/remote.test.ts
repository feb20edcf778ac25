/**
 * The Worker's path: every request opens its own client to a libSQL server over Hrana (HTTP),
 * as Workers do, so parallel settlements meet only in the database's transactions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHranaServer } from '../../src/dev/hrana/server';
import { openDatabase, prepareDatabase } from '../../src/db/open';
import { checkCharacter } from '../../src/records/idNumber';
import worker from '../../src/worker';
import { tempDbFile } from '../support/server';
import { ADMIN, ADMIN_KEY, CREATE_PERSON, item, SETTLE, YEAR_TO_DATE } from './support';

let tmp: ReturnType<typeof tempDbFile>;
let hrana: Awaited<ReturnType<typeof startHranaServer>>;

beforeAll(async () => {
  tmp = tempDbFile();
  const { db, close } = await openDatabase(`file:${tmp.file}`);
  await prepareDatabase(db);
  close();
  hrana = await startHranaServer({ url: `file:${tmp.file}`, port: 0 });
});
afterAll(async () => {
  await hrana?.close();
  tmp?.cleanup();
});

async function gql(query: string, variables: Record<string, unknown>) {
  const request = new Request('http://worker/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...ADMIN },
    body: JSON.stringify({ query, variables }),
  });
  const res = await worker.fetch(request, { DATABASE_URL: hrana.url, ADMIN_API_KEY: ADMIN_KEY });
  return (await res.json()) as { data?: any; errors?: any[] };
}

describe('settling over the libSQL protocol, one client per request', () => {
  it('20 parallel stays and 10 parallel retries of one key count exactly once each', async () => {
    const first17 = '62010619700707001';
    const created = await gql(CREATE_PERSON, {
      input: { name: '卫十三', idNumber: first17 + checkCharacter(first17), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2024-01-01' },
    });
    const personId = created.data.createInsuredPerson.person.id;
    const claim = { personId, visitType: 'INPATIENT', date: '2024-06-01', institutionLevel: 'PRIMARY', items: [item('1000.00')] };
    const results = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => gql(SETTLE, { input: { ...claim, idempotencyKey: `w-${i}` } })),
      ...Array.from({ length: 10 }, () => gql(SETTLE, { input: { ...claim, idempotencyKey: 'w-retry' } })),
    ]);
    for (const r of results) expect(r.data.settleClaim.userErrors).toEqual([]);
    const ids = results.map((r) => r.data.settleClaim.settlement.id);
    expect(new Set(ids.slice(20)).size).toBe(1);
    expect(new Set(ids).size).toBe(21);
    // 21 stays of 1,000 at 一级 (90%): deductibles 200, 160, 120, then 100 × 18:
    // 720 + 756 + 792 + 18 × 810 = 16,848.
    const ytd = (await gql(YEAR_TO_DATE, { id: personId, year: 2024 })).data.insuredPerson.yearToDate;
    expect(ytd).toMatchObject({ stays: 21, settlementCount: 21, version: 21, basicPoolPayment: '16848.00' });
    const paid = Object.fromEntries(ytd.counters.map((c: any) => [c.key, c.amount ?? c.count]));
    expect(paid['resident.stayPaid']).toBe('16848.00');
  });
});
