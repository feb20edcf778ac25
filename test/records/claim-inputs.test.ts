/**
 * A claim on record keeps every claim input the engine received: a Jining resident's claims
 * settled through GraphQL read back their Jining inputs (birth order, family-doctor signing,
 * chronic class, TCM hospital, condition) and remote care as settled (the filing on record when
 * the claim names none). Amounts are worked out by hand from source 004.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCharacter } from '../../src/records/idNumber';
import { ADMIN, createPerson, item, ok, SETTLE, startRecordsServer } from './support';

let server: Awaited<ReturnType<typeof startRecordsServer>>;
let personId: string;

const CLAIM = `query($id: ID!) { node(id: $id) { ... on SettlementRecord { claim {
  visitType institutionLevel chronicDiseaseCodes majorDiseaseCode twoDiseases tcmDayDiseaseCode
  remote { crossProvince filing filedByCommitmentWithoutProof }
  signedFamilyDoctor childOrder accident chronicClass tcmHospital condition insulin usePersonalAccount
} } } }`;

const FILE_REMOTE = `mutation($input: FileRemoteCareInput!) { fileRemoteCare(input: $input) { person { id } userErrors { field message code } } }`;

beforeAll(async () => {
  server = await startRecordsServer();
  const first17 = '37081119900101001';
  personId = await createPerson(server, { name: '孔一', idNumber: first17 + checkCharacter(first17), city: 'JINING', scheme: 'RESIDENT', enrolledSince: '2024-01-01' });
});
afterAll(() => server?.close());

/** Settles the claim as the administrator; returns the settlement and the claim on record. */
async function settleAndRead(key: string, claim: Record<string, unknown>) {
  const settled = ok<{ settlement: any; userErrors: [] }>(await server.gql(SETTLE, { input: { personId, idempotencyKey: key, ...claim } }, ADMIN), 'settleClaim').settlement;
  const read = await server.gql(CLAIM, { id: settled.id }, ADMIN);
  expect(read.body.errors).toBeUndefined();
  return { settlement: settled, claim: read.body.data.node.claim };
}

const NOT_GIVEN = {
  chronicDiseaseCodes: null, majorDiseaseCode: null, twoDiseases: null, tcmDayDiseaseCode: null, remote: null,
  signedFamilyDoctor: null, childOrder: null, accident: null, chronicClass: null, tcmHospital: null, condition: null, insulin: null,
};

describe('a Jining claim on record shows its claim inputs', () => {
  it('a birth stay keeps the child order', async () => {
    const { settlement, claim } = await settleAndRead('birth', {
      visitType: 'INPATIENT', date: '2024-03-01', institutionLevel: 'SECONDARY', childOrder: 'THIRD_OR_LATER', items: [item('5000.00')],
    });
    // JN-R-BIRTH: a third child's subsidy is 3,000, below the 5,000 bill
    expect(settlement.basicPoolPayment).toBe('3000.00');
    expect(claim).toEqual({ ...NOT_GIVEN, visitType: 'INPATIENT', institutionLevel: 'SECONDARY', childOrder: 'THIRD_OR_LATER', usePersonalAccount: true });
  });

  it('a chronic visit keeps the class, the TCM hospital and the condition', async () => {
    const { settlement, claim } = await settleAndRead('chronic', {
      visitType: 'CHRONIC_OUTPATIENT', date: '2024-04-01', institutionLevel: 'PRIMARY',
      chronicClass: 'B', tcmHospital: true, condition: 'TUBERCULOSIS', items: [item('1400.00')],
    });
    // JN-CHRONIC: deductible 400 when designated at a TCM institution; tuberculosis, class B at
    // a primary institution: (1,400 − 400) × 65% = 650
    expect(settlement).toMatchObject({ deductible: '400.00', basicPoolPayment: '650.00' });
    expect(claim).toEqual({
      ...NOT_GIVEN, visitType: 'CHRONIC_OUTPATIENT', institutionLevel: 'PRIMARY',
      chronicClass: 'B', tcmHospital: true, condition: 'TUBERCULOSIS', usePersonalAccount: true,
    });
  });

  it('a signed outpatient visit keeps the signing; a remote visit keeps the filing it was settled under', async () => {
    const signed = await settleAndRead('signed', {
      visitType: 'OUTPATIENT', date: '2024-05-01', institutionLevel: 'PRIMARY', signedFamilyDoctor: true, accident: false, items: [item('100.00')],
    });
    // JN-R-OP: signed with a family doctor team, 60% of 100
    expect(signed.settlement.basicPoolPayment).toBe('60.00');
    expect(signed.claim).toMatchObject({ signedFamilyDoctor: true, accident: false, insulin: null });

    const filed = await server.gql(FILE_REMOTE, { input: { personId, filing: 'LONG_TERM_RESIDENT', crossProvince: true, validFrom: '2024-01-01' } }, ADMIN);
    ok(filed, 'fileRemoteCare');
    const remote = await settleAndRead('remote', {
      visitType: 'OUTPATIENT', date: '2024-05-02', institutionLevel: 'TERTIARY_A', remote: { crossProvince: true }, items: [item('100.00')],
    });
    // JN-REMOTE: a long-term filer settles as at home, at any level: unsigned, 50% of 100
    expect(remote.settlement.basicPoolPayment).toBe('50.00');
    expect(remote.claim.remote).toEqual({ crossProvince: true, filing: 'LONG_TERM_RESIDENT', filedByCommitmentWithoutProof: false });
  });
});
