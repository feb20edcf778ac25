/**
 * kill -9 under load loses nothing that was answered (issue 18's group commit, issue 16's
 * durability): a server on the embedded file settles stays of one person from 60 parallel
 * requests and is killed with SIGKILL mid-load. Restarted on the same file, every settlement
 * it answered is there, and the person's counters are exactly the sum of the deltas of the
 * settlements on record (no half-written group).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { gqlAt, tempDbFile } from '../support/server';
import { ADMIN, ADMIN_KEY, CREATE_PERSON, idNumbersFrom, item, ok, SETTLE, YEAR_TO_DATE } from './support';

const tmp = tempDbFile();
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  tmp.cleanup();
});

async function start(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, PORT: '0', DATABASE_URL: `file:${tmp.file}`, ADMIN_API_KEY: ADMIN_KEY },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /GraphQL API on (http:\/\/[^/\s]+)\/graphql/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return { url, child };
}

const fen = (money: string) => {
  const [yuan, cents] = money.split('.');
  return Number(yuan) * 100 + Number(cents);
};

describe('kill -9 under load', () => {
  it('keeps every answered settlement, and counters equal the sum of the deltas on record', async () => {
    const first = await start();
    const input = { name: '陈十五', idNumber: idNumbersFrom('62010319850101')(1), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2023-01-01' };
    const personId = ok<any>(await gqlAt(first.url, CREATE_PERSON, { input }, ADMIN), 'createInsuredPerson').person.id as string;
    const answered: string[] = [];
    const requests = Array.from({ length: 60 }, (_, i) =>
      gqlAt(first.url, SETTLE, { input: { personId, idempotencyKey: `crash-${i}`, visitType: 'INPATIENT', date: '2024-06-01', institutionLevel: 'PRIMARY', items: [item('3000.00')] } }, ADMIN)
        .then((r) => {
          const id = r.body?.data?.settleClaim?.settlement?.id;
          if (id) answered.push(id);
        })
        .catch(() => undefined), // cut off by the kill
    );
    // Kill once some are answered, while the rest are in flight.
    while (answered.length < 10) await new Promise((resolve) => setTimeout(resolve, 5));
    first.child.kill('SIGKILL');
    await Promise.all(requests);
    const killedAt = answered.length;
    expect(killedAt).toBeGreaterThanOrEqual(10);

    const second = await start();
    const LIST = `query($f: SettlementFilter) { settlements(first: 100, filter: $f) { totalCount nodes { id status basicPoolPayment accumulatorDelta { key amount count } } } }`;
    const listed = (await gqlAt(second.url, LIST, { f: { personId } }, ADMIN)).body.data.settlements;
    const onRecord = new Set(listed.nodes.map((s: any) => s.id));
    for (const id of answered) expect(onRecord.has(id), `answered settlement ${id} is on record`).toBe(true);
    const sumOfDeltas: Record<string, number> = {};
    for (const s of listed.nodes) for (const c of s.accumulatorDelta) sumOfDeltas[c.key] = (sumOfDeltas[c.key] ?? 0) + (c.count ?? fen(c.amount));
    const ytd = (await gqlAt(second.url, YEAR_TO_DATE, { id: personId, year: 2024 }, ADMIN)).body.data.insuredPerson.yearToDate;
    expect(Object.fromEntries(ytd.counters.map((c: any) => [c.key, c.count ?? fen(c.amount)]))).toEqual(sumOfDeltas);
    expect(ytd.settlementCount).toBe(listed.totalCount);
    expect(ytd.version).toBe(listed.totalCount);
    second.child.kill('SIGKILL');
  }, 120_000);
});
