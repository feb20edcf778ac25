/**
 * Parallel settlements for one person through GraphQL on one libSQL file: no double counting,
 * no cap breached, accumulators equal to the sum of the settled claims' deltas; and one key
 * retried in parallel settles once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlAt } from '../support/server';
import { ADMIN, createPerson, item, ok, SETTLE, snapshot, spawnServer, startRecordsServer, YEAR_TO_DATE, idNumbersFrom } from './support';

let server: Awaited<ReturnType<typeof startRecordsServer>>;
/** Three more server processes on the same file: requests race across processes, as across Workers. */
let others: Awaited<ReturnType<typeof spawnServer>>[] = [];
const idNumber = idNumbersFrom('62010319900101');

beforeAll(async () => {
  server = await startRecordsServer();
  others = await Promise.all([1, 2, 3].map(() => spawnServer(server.dbFile)));
});
afterAll(async () => {
  for (const o of others) o.stop();
  await server?.close();
});

/** Sends request i to one of the four servers in turn. */
function gqlOn(i: number, query: string, variables: Record<string, unknown>) {
  const url = i % 4 === 0 ? server.url : others[(i % 4) - 1].url;
  return gqlAt(url, query, variables, ADMIN);
}

/** Fen of a Money string. */
const fen = (money: string) => {
  const [yuan, cents] = money.split('.');
  return Number(yuan) * 100 + Number(cents);
};

describe('50 parallel stays for one resident', () => {
  it('pay exactly the 80,000 annual cap in total and leave accumulators equal to the sum of the deltas', async () => {
    const personId = await createPerson(server, { name: '孙七', idNumber: idNumber(1), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2024-01-01' });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        gqlOn(i, SETTLE, {
          input: { personId, idempotencyKey: `parallel-${i}`, visitType: 'INPATIENT', date: '2024-06-01', institutionLevel: 'PRIMARY', items: [item('3000.00')] },
        }),
      ),
    );
    const settled = results.map((r) => ok<{ settlement: any; userErrors: [] }>(r, 'settleClaim').settlement);
    expect(new Set(settled.map((s) => s.id)).size).toBe(50);

    // Stays of 3,000 at 一级 (90%): deductibles 200, 160, 120, then 100: payments 2,520, 2,556, 2,592, then 2,610;
    // 7,668 + 27 × 2,610 = 78,138 after 30 stays, the 31st is capped at 1,862, the rest pay 0: 80,000 in all.
    const basic = settled.reduce((sum, s) => sum + fen(s.basicPoolPayment), 0);
    expect(basic).toBe(8_000_000);
    const payments = settled.map((s) => s.basicPoolPayment).sort();
    expect(payments.filter((p) => p === '2610.00')).toHaveLength(27);
    expect(payments.filter((p) => p === '0.00')).toHaveLength(19);
    expect(payments).toEqual(expect.arrayContaining(['2520.00', '2556.00', '2592.00', '1862.00']));

    const sumOfDeltas: Record<string, number> = {};
    for (const s of settled) for (const c of s.accumulatorDelta) sumOfDeltas[c.key] = (sumOfDeltas[c.key] ?? 0) + (c.count ?? fen(c.amount));
    const ytd = (await server.gql(YEAR_TO_DATE, { id: personId, year: 2024 }, ADMIN)).body.data.insuredPerson.yearToDate;
    const stored = Object.fromEntries(ytd.counters.map((c: any) => [c.key, c.count ?? fen(c.amount)]));
    expect(stored).toEqual(sumOfDeltas);
    expect(stored['resident.stayPaid']).toBe(8_000_000);
    expect(ytd).toMatchObject({ stays: 50, settlementCount: 50, version: 50, basicPoolPayment: '80000.00' });
  });
});

describe('20 parallel retries with one idempotency key', () => {
  it('settle once and all answer with that settlement', async () => {
    const personId = await createPerson(server, {
      name: '周八', idNumber: idNumber(2), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'FLEXIBLE', enrolledSince: '2020-01-01',
    });
    const before = await snapshot(server.dbFile);
    const input = { personId, idempotencyKey: 'his-visit-0001', visitType: 'INPATIENT', date: '2024-07-01', institutionLevel: 'SECONDARY', items: [item('6000.00')] };
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => gqlOn(i, SETTLE, { input })));
    const settled = results.map((r) => ok<{ settlement: any; userErrors: [] }>(r, 'settleClaim').settlement);
    expect(new Set(settled.map((s) => s.id)).size).toBe(1);
    // 6,000 − 400 = 5,600 × 94% = 5,264 (flexible workers use the active rates).
    expect(settled[0].basicPoolPayment).toBe('5264.00');
    const after = await snapshot(server.dbFile);
    expect(after.settlements).toBe(Number(before.settlements) + 1);
    expect(after.claims).toBe(Number(before.claims) + 1);
    expect(after.claim_items).toBe(Number(before.claim_items) + 1);
    const ytd = (await server.gql(YEAR_TO_DATE, { id: personId, year: 2024 }, ADMIN)).body.data.insuredPerson.yearToDate;
    expect(ytd).toMatchObject({ stays: 1, settlementCount: 1, version: 1 });

    // A later retry, after the fact, changes nothing either.
    const late = ok<{ settlement: any; userErrors: [] }>(await server.gql(SETTLE, { input }, ADMIN), 'settleClaim').settlement;
    expect(late.id).toBe(settled[0].id);
    expect(await snapshot(server.dbFile)).toEqual(after);
  });
});
