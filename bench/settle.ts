/**
 * settleClaim on the embedded libSQL file, in process through the app (no sockets):
 * sequential settlements, 10 persons in parallel, and one person under contention
 * (10 parallel claims for the same person, each a read-modify-write of the same year).
 */
import { createApp } from '../src/app';
import { openDatabase, prepareDatabase } from '../src/db/open';
import { checkCharacter } from '../src/records/idNumber';
import { tempDatabaseUrl } from './servers';
import { summarise, type Summary } from './stats';

const ADMIN = 'bench-admin-key';

const CREATE = `mutation($input: CreateInsuredPersonInput!) { createInsuredPerson(input: $input) { person { id } userErrors { code message } } }`;
const SETTLE = `mutation($input: SettleClaimInput!) { settleClaim(input: $input) { settlement { id basicPoolPayment } userErrors { code message } } }`;

function idNumber(n: number): string {
  const first17 = `62010219800101${String(n).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

export async function settleBenchmark(runs: number, seconds: number): Promise<{ label: string; perSecond: Summary }[]> {
  const { db, close } = await openDatabase(tempDatabaseUrl());
  await prepareDatabase(db);
  const app = createApp({ config: { adminApiKey: ADMIN } });
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await app.fetch(
      new Request('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
        body: JSON.stringify({ query, variables }),
      }),
      db,
    );
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const persons: string[] = [];
  for (let i = 0; i < 10; i++) {
    const data = await gql(CREATE, {
      input: { name: `测试${i}`, idNumber: idNumber(i + 1), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2020-01-01' },
    });
    if (data.createInsuredPerson.userErrors.length) throw new Error(JSON.stringify(data.createInsuredPerson.userErrors));
    persons.push(data.createInsuredPerson.person.id);
  }
  let seq = 0;
  const settleOne = async (personId: string) => {
    seq += 1;
    const data = await gql(SETTLE, {
      input: {
        personId, idempotencyKey: `bench-${seq}`, visitType: 'OUTPATIENT', date: '2024-03-01', institutionLevel: 'SECONDARY',
        items: [{ name: '诊查费', category: 'CLASS_A', amount: '150.00' }, { name: '乙类药', category: 'CLASS_B', amount: '80.00' }],
      },
    });
    if (data.settleClaim.userErrors.length) throw new Error(JSON.stringify(data.settleClaim.userErrors));
  };
  const measure = async (parallel: (i: number) => string): Promise<Summary> => {
    const rates: number[] = [];
    for (let r = 0; r < runs; r++) {
      let n = 0;
      const end = performance.now() + seconds * 1000;
      const t0 = performance.now();
      while (performance.now() < end) {
        const width = parallel === sequential ? 1 : 10;
        await Promise.all(Array.from({ length: width }, (_, i) => settleOne(parallel(i))));
        n += width;
      }
      rates.push(n / ((performance.now() - t0) / 1000));
    }
    return summarise(rates);
  };
  const sequential = () => persons[0];
  const rows = [
    { label: 'sequential, one person', perSecond: await measure(sequential) },
    { label: '10 persons in parallel', perSecond: await measure((i) => persons[i]) },
    { label: 'one person, 10 claims in parallel (contention)', perSecond: await measure(() => persons[1]) },
  ];
  close();
  return rows;
}
