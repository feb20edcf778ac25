/**
 * The records of issue 12 through GraphQL, on a real libSQL file: 特药 approvals (004 §二(一)5②),
 * 罕见病 registrations and the designated hospital, long-term care assessments and care periods
 * (004 §七6-9, §二(一)3), the chronic institutions a Yinchuan filer chose (002 §一(一)2备注,
 * §一(一)4, §一(四)2), the filing place's 6 months, and coverage gaps (停保, 002 §一(四)1).
 * A refused claim writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/server';
import {
  ADMIN, bearer, createPerson, idNumbersFrom, institutionAt, issueKey, item, ok, SETTLE, snapshot, startRecordsServer, userError,
} from './support';

let server: TestServer & { responses: string[] };
const idNumber = idNumbersFrom('37080119700101');
let seq = 0;

beforeAll(async () => {
  server = await startRecordsServer();
});
afterAll(() => server?.close());

const person = (input: Record<string, unknown>) => createPerson(server, {
  name: '患者', idNumber: idNumber(++seq), city: 'JINING', scheme: 'RESIDENT', enrolledSince: '2020-01-01', ...input,
});
const employee = { scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE' };

async function settle(input: Record<string, unknown>, headers = ADMIN) {
  return server.gql(SETTLE, { input: { idempotencyKey: `k-${++seq}`, ...input } }, headers);
}
const settled = async (input: Record<string, unknown>, headers = ADMIN) => ok<any>(await settle(input, headers), 'settleClaim').settlement;
/** The claim is refused with `code`, and nothing is written. */
async function refused(input: Record<string, unknown>, code: string, headers = ADMIN) {
  const before = await snapshot(server.dbFile);
  expect(userError(await settle(input, headers), 'settleClaim').code).toBe(code);
  expect(await snapshot(server.dbFile)).toEqual(before);
}
async function mutate(name: string, inputType: string, input: Record<string, unknown>, fields = 'person { id }', headers = ADMIN) {
  return server.gql(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${fields} userErrors { field message code } } }`, { input }, headers);
}

describe('特药 approval (004 §二(一)5②): settleClaim requires it, for its calendar year', () => {
  it('no approval, an approval, the next year', async () => {
    const id = await person({});
    const claim = { personId: id, visitType: 'SPECIAL_DRUG', date: '2024-05-01', institutionLevel: 'TERTIARY_A', items: [item('30000.00')] };
    await refused(claim, 'NOT_APPROVED');
    const approved = ok<any>(await mutate('approveSpecialDrug', 'ApproveSpecialDrugInput', { personId: id, approvedOn: '2024-03-01', drugName: '某靶向药' },
      'person { specialDrugApprovals { approvedOn validUntil drugName } }'), 'approveSpecialDrug');
    expect(approved.person.specialDrugApprovals).toEqual([{ approvedOn: '2024-03-01', validUntil: '2024-12-31', drugName: '某靶向药' }]);
    await refused({ ...claim, date: '2024-02-28' }, 'NOT_APPROVED');
    // (30,000 − 20,000) × 80% = 8,000; then 10,000 more of the year × 80% = 8,000
    expect(await settled(claim)).toMatchObject({ deductible: '20000.00', criticalIllnessPayment: '8000.00', fundPaymentTotal: '8000.00', personalPayment: '22000.00' });
    expect(await settled({ ...claim, date: '2024-06-01', items: [item('10000.00')] })).toMatchObject({ deductible: '0.00', criticalIllnessPayment: '8000.00' });
    await refused({ ...claim, date: '2025-01-10' }, 'APPROVAL_EXPIRED');
  });

  it('is a Jining benefit', async () => {
    const id = await createPerson(server, { name: '兰州人', idNumber: idNumber(++seq), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2020-01-01' });
    expect(userError(await mutate('approveSpecialDrug', 'ApproveSpecialDrugInput', { personId: id, approvedOn: '2024-03-01' }), 'approveSpecialDrug').code).toBe('NOT_APPLICABLE_TO_CITY');
  });
});

describe('罕见病 registration and the designated hospital (004 §二(一)5②, §二(二)7③)', () => {
  it('settles at 济宁市第一人民医院 only, for the disease registered', async () => {
    const id = await person(employee);
    const hospital = (await server.gql(`{ institutions(first: 5, filter: { city: JINING }) { edges { node { id name designations } } } }`)).body.data.institutions.edges[0].node;
    expect(hospital).toMatchObject({ name: '济宁市第一人民医院', designations: ['RARE_DISEASE'] });
    const claim = { personId: id, visitType: 'RARE_DISEASE_DRUG', date: '2024-05-01', institutionId: hospital.id, items: [item('100000.00')] };
    await refused(claim, 'RARE_DISEASE_NOT_REGISTERED');
    expect(userError(await mutate('registerRareDisease', 'RegisterRareDiseaseInput', { personId: id, disease: 'GAUCHER', registeredOn: '2024-01-01', validUntil: '2023-12-31' }), 'registerRareDisease').code).toBe('INVALID_DATE_RANGE');
    ok(await mutate('registerRareDisease', 'RegisterRareDiseaseInput', { personId: id, disease: 'GAUCHER', registeredOn: '2024-01-01', validUntil: '2024-12-31' }), 'registerRareDisease');
    await refused({ ...claim, institutionId: undefined, institutionLevel: 'TERTIARY_A' }, 'NOT_DESIGNATED_INSTITUTION');
    await refused({ ...claim, rareDisease: 'FABRY' }, 'RARE_DISEASE_NOT_REGISTERED');
    // employee: 80,000 × 80% = 64,000 by 职工大额医疗费用补助
    const s = await settled(claim);
    expect(s).toMatchObject({ largeAmountPayment: '64000.00', criticalIllnessPayment: '0.00', fundPaymentTotal: '64000.00', personalPayment: '36000.00' });
    const back = await server.gql(`query($id: ID!) { node(id: $id) { ... on SettlementRecord { claim { rareDisease } } } }`, { id: s.id }, ADMIN);
    expect(back.body.data.node.claim.rareDisease).toBe('GAUCHER');
    await refused({ ...claim, date: '2025-01-02' }, 'RARE_DISEASE_NOT_REGISTERED');
  });
});

describe('长期护理 assessment and care periods (004 §七6-9, §二(一)3)', () => {
  it('the grade on record sets the standard; no stay and no employee general outpatient during 医疗专护', async () => {
    const id = await person(employee);
    const care = { personId: id, visitType: 'LONG_TERM_CARE', date: '2024-03-30', institutionLevel: 'TERTIARY', longTermCare: { kind: 'MEDICAL_CARE', days: 30 }, items: [item('6000.00')] };
    await refused(care, 'NOT_ASSESSED');
    expect(userError(await mutate('assessLongTermCare', 'AssessLongTermCareInput', { personId: id, grade: 7, validFrom: '2024-01-01' }), 'assessLongTermCare').code).toBe('INVALID_LONG_TERM_CARE');
    const assessed = ok<any>(await mutate('assessLongTermCare', 'AssessLongTermCareInput', { personId: id, grade: 3, validFrom: '2024-01-01' },
      'person { longTermCareAssessments { grade validFrom validUntil claimableKinds } }'), 'assessLongTermCare');
    expect(assessed.person.longTermCareAssessments).toEqual([{ grade: 3, validFrom: '2024-01-01', validUntil: '2025-12-31', claimableKinds: ['INSTITUTIONAL_CARE', 'HOME_CARE'] }]);
    await refused({ ...care, longTermCare: { kind: 'MEDICAL_CARE', days: 30, disabilityGrade: 4 } }, 'GRADE_MISMATCH');
    // grade 3 asking 医疗专护: institutional standard, 85% of 6,000 = 5,100 (not 80%)
    const s = await settled(care);
    expect(s).toMatchObject({ deductible: '0.00', basicPoolPayment: '5100.00', fundPaymentTotal: '5100.00', personalPayment: '900.00' });
    const back = await server.gql(`query($id: ID!) { node(id: $id) { ... on SettlementRecord { claim { longTermCare { kind days disabilityGrade } } } } }`, { id: s.id }, ADMIN);
    expect(back.body.data.node.claim.longTermCare).toEqual({ kind: 'MEDICAL_CARE', days: 30, disabilityGrade: 3 });
    // a stay discharged in the care period (2024-03-01 … 03-30) is refused; after it, paid
    const stay = { personId: id, visitType: 'INPATIENT', institutionLevel: 'TERTIARY', items: [item('1000.00')] };
    await refused({ ...stay, date: '2024-03-15' }, 'IN_LONG_TERM_CARE');
    await refused({ ...stay, visitType: 'OUTPATIENT', date: '2024-03-10' }, 'IN_LONG_TERM_CARE');
    expect((await settled({ ...stay, date: '2024-04-15' })).basicPoolPayment).toBe('340.00'); // (1,000 − 600) × 85%
    // a care period over a settled stay is refused too
    await refused({ ...care, date: '2024-04-20', longTermCare: { kind: 'HOME_CARE', days: 10 } }, 'IN_LONG_TERM_CARE');
    await refused({ ...care, date: '2026-01-05', longTermCare: { kind: 'HOME_CARE', days: 5 } }, 'NOT_ASSESSED');
  });
});

describe('Yinchuan chosen chronic institutions and filing place (002 §一(一)2备注, §一(一)4, §一(四)2)', () => {
  it('a filing, a choice of 2 + 1 outside Yinchuan, claims only there, changes in Q2 / Q4 only', async () => {
    const id = await createPerson(server, { name: '银川人', idNumber: idNumber(++seq), city: 'YINCHUAN', scheme: 'RESIDENT', enrolledSince: '2020-01-01' });
    for (const code of ['M03900', 'M00500']) {
      ok(await mutate('approveChronicDisease', 'ApproveChronicDiseaseInput', { personId: id, code, approvedOn: '2024-01-01' }), 'approveChronicDisease');
    }
    const h1 = await institutionAt(server, 'LANZHOU', 'TERTIARY');
    const h2 = await institutionAt(server, 'LANZHOU', 'SECONDARY');
    const p1 = await institutionAt(server, 'LANZHOU', 'PRIMARY');
    const yc = await institutionAt(server, 'YINCHUAN', 'UNRATED');
    const key = await issueKey(server, h1.id);
    const link = await server.gql(`mutation($input: IdentifyInsuredPersonInput!) { identifyInsuredPerson(input: $input) { userErrors { code } } }`, { input: { city: 'YINCHUAN', idNumber: idNumber(seq), name: '银川人' } }, bearer(key));
    expect(link.body.data.identifyInsuredPerson.userErrors).toEqual([]);
    const claim = {
      personId: id, visitType: 'CHRONIC_OUTPATIENT', date: '2024-03-01', chronicDiseaseCodes: ['M03900', 'M00500'],
      remote: { crossProvince: true }, items: [{ ...item('2000.00'), diseaseCode: 'M03900' }, { ...item('10000.00'), diseaseCode: 'M00500' }],
    };
    await refused(claim, 'REMOTE_FILING_NOT_ON_RECORD', bearer(key));
    ok(await mutate('fileRemoteCare', 'FileRemoteCareInput', { personId: id, filing: 'LONG_TERM_RESIDENT', crossProvince: true, validFrom: '2024-01-01' }), 'fileRemoteCare');
    await refused(claim, 'NO_CHOSEN_INSTITUTIONS', bearer(key));
    const choose = (ids: string[], chosenOn: string) => mutate('chooseChronicInstitutions', 'ChooseChronicInstitutionsInput', { personId: id, institutionIds: ids, chosenOn },
      'person { chronicInstitutionChoices { chosenOn institutions { name } } }');
    const h3 = (await server.gql(`{ institutions(first: 3, filter: { city: LANZHOU, level: TERTIARY }) { edges { node { id } } } }`)).body.data.institutions.edges.map((e: any) => e.node.id);
    expect(userError(await choose(h3, '2024-01-15'), 'chooseChronicInstitutions').code).toBe('TOO_MANY_INSTITUTIONS');
    expect(userError(await choose([yc.id], '2024-01-15'), 'chooseChronicInstitutions').code).toBe('NOT_REMOTE');
    const chosen = ok<any>(await choose([h1.id, h2.id, p1.id], '2024-01-15'), 'chooseChronicInstitutions');
    expect(chosen.person.chronicInstitutionChoices).toEqual([{ chosenOn: '2024-01-15', institutions: [{ name: h1.name }, { name: h2.name }, { name: p1.name }] }]);
    // hypertension (2,000 − 500) × 60% = 900, cancer 10,000 × 60% = 6,000
    expect(await settled(claim, bearer(key))).toMatchObject({ deductible: '500.00', fundPaymentTotal: '6900.00', personalPayment: '5100.00' });
    expect(userError(await choose([h2.id, p1.id], '2024-02-10'), 'chooseChronicInstitutions').code).toBe('CHANGE_NOT_IN_WINDOW');
    ok(await choose([h2.id, p1.id], '2024-04-10'), 'chooseChronicInstitutions');
    await refused({ ...claim, date: '2024-05-01' }, 'NOT_CHOSEN_INSTITUTION', bearer(key));
    // the filing place stays 6 months
    expect(userError(await mutate('fileRemoteCare', 'FileRemoteCareInput', { personId: id, filing: 'LONG_TERM_RESIDENT', crossProvince: true, validFrom: '2024-06-30' }), 'fileRemoteCare').code).toBe('FILING_CHANGE_TOO_SOON');
    ok(await mutate('fileRemoteCare', 'FileRemoteCareInput', { personId: id, filing: 'LONG_TERM_RESIDENT', crossProvince: true, validFrom: '2024-07-01' }), 'fileRemoteCare');
  });
});

describe('停保 (002 §一(四)1): no claim is paid in a coverage gap', () => {
  it('an open gap, then closed', async () => {
    const id = await person({});
    const claim = { personId: id, visitType: 'INPATIENT', institutionLevel: 'PRIMARY', items: [item('1000.00')] };
    ok(await mutate('recordCoverageGap', 'RecordCoverageGapInput', { personId: id, from: '2024-06-01' }), 'recordCoverageGap');
    await refused({ ...claim, date: '2024-08-01' }, 'COVERAGE_SUSPENDED');
    const closed = ok<any>(await mutate('recordCoverageGap', 'RecordCoverageGapInput', { personId: id, from: '2024-06-01', until: '2024-06-30' }, 'person { coverageGaps { from until } }'), 'recordCoverageGap');
    expect(closed.person.coverageGaps).toEqual([{ from: '2024-06-01', until: '2024-06-30' }]);
    await refused({ ...claim, date: '2024-06-20' }, 'COVERAGE_SUSPENDED');
    expect((await settled({ ...claim, date: '2024-07-01' })).basicPoolPayment).toBe('765.00'); // (1,000 − 100) × 85%
  });
});
