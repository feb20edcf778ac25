/**
 * Maternity (生育保险) through GraphQL: estimateSettlement and settleClaim serve MATERNITY_INPATIENT
 * and MATERNITY_OUTPATIENT with maternityPayment in fundPaymentTotal, the person's
 * maternityBeneficiary is stored and used, maternityFixedRates lists every procedure, and
 * maternityAllowance computes 生育津贴. Amounts worked by hand from 000 §二(二)3 and 004 §六.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, createPerson, idNumbersFrom, ok, REVERSE, snapshot, startRecordsServer, userError } from './support';

let server: Awaited<ReturnType<typeof startRecordsServer>>;
const idNumber = idNumbersFrom('62010219900101');

beforeAll(async () => {
  server = await startRecordsServer();
});
afterAll(() => server?.close());

const FIELDS = `totalAmount fullSelfPayAmount preSelfPayAmount policyAmount deductible basicPoolPayment maternityPayment
  fundPaymentTotal personalPayment personalAccountPayment cashPayment policyPack lines { ruleId layer base rate amount } trace { ruleId clause }`;

const ESTIMATE = `query($input: SettlementInput!) { estimateSettlement(input: $input) { ${FIELDS} } }`;
const SETTLE = `mutation($input: SettleClaimInput!) { settleClaim(input: $input) {
  settlement { id status ${FIELDS} accumulatorDelta { key } claim { visitType maternityProcedureCode maternityComplication } }
  userErrors { field message code } } }`;
const ALLOWANCE = `query($input: MaternityAllowanceInput!) { maternityAllowance(input: $input) {
  city event days wageBasis dailyAllowance amount status policyPack trace { ruleId clause message } } }`;

const items = (...pairs: [string, string][]) => pairs.map(([category, amount]) => ({ name: category, category, amount }));

const delivery = {
  city: 'LANZHOU', scheme: 'EMPLOYEE', visitType: 'MATERNITY_INPATIENT', date: '2024-06-10', institutionLevel: 'TERTIARY_A',
  person: { employeeCategory: 'ENTERPRISE' }, maternityProcedureCode: 'LZ-MAT-08',
  items: items(['CLASS_A', '6000.00'], ['CLASS_B', '500.00'], ['SELF_PAY', '300.00']),
};

async function estimate(input: Record<string, unknown>) {
  return server.gql(ESTIMATE, { input });
}

describe('estimateSettlement with maternity visit types', () => {
  it('LZ-MAT-IP: a caesarean in Lanzhou, the person bears only the self-pay items (000 §二(二)3)', async () => {
    const { body } = await estimate(delivery);
    expect(body.errors).toBeUndefined();
    expect(body.data.estimateSettlement).toMatchObject({
      totalAmount: '6800.00', fullSelfPayAmount: '300.00', preSelfPayAmount: '0.00', policyAmount: '6500.00', deductible: '0.00',
      basicPoolPayment: '0.00', maternityPayment: '6500.00', fundPaymentTotal: '6500.00', personalPayment: '300.00', policyPack: 'lanzhou-2024',
      lines: [{ ruleId: 'LZ-MAT-IP', layer: 'MATERNITY', base: '6500.00', rate: '100.00', amount: '6500.00' }],
    });
  });

  it('LZ-MAT-OOP: out of the province at most the 附表3-1 rate (剖宫产, 三级: 4900)', async () => {
    const { body } = await estimate({ ...delivery, remote: { crossProvince: true } });
    expect(body.data.estimateSettlement).toMatchObject({ maternityPayment: '4900.00', fundPaymentTotal: '4900.00', personalPayment: '1900.00' });
  });

  it('LZ-MAT-COMPLICATION and LZ-MAT-SPOUSE: by item with a complication; 50% for the uninsured spouse', async () => {
    const complication = await estimate({ ...delivery, remote: { crossProvince: true }, maternityComplication: true });
    expect(complication.body.data.estimateSettlement.maternityPayment).toBe('6500.00');
    const spouse = await estimate({ ...delivery, person: { employeeCategory: 'ENTERPRISE', maternityBeneficiary: 'UNINSURED_SPOUSE' } });
    expect(spouse.body.data.estimateSettlement).toMatchObject({ maternityPayment: '3250.00', personalPayment: '3550.00' });
  });

  it('LZ-MAT-OP: 产前检查费 定额 1000', async () => {
    const { body } = await estimate({ ...delivery, visitType: 'MATERNITY_OUTPATIENT', maternityProcedureCode: 'LZ-MAT-11', items: items(['CLASS_A', '1200.00']) });
    expect(body.data.estimateSettlement).toMatchObject({ maternityPayment: '1000.00', personalPayment: '200.00' });
  });

  it('LZ-MAT-OP: 产前疾病筛查 160 only at the five named hospitals when the institution is given (000 §二(二)3 备注)', async () => {
    const find = async (name: string) => {
      const res = await server.gql(`query($f: InstitutionFilter) { institutions(first: 5, filter: $f) { edges { node { id name } } } }`, { f: { city: 'LANZHOU', search: name } });
      return res.body.data.institutions.edges.map((e: any) => e.node).find((n: any) => n.name === name).id as string;
    };
    const screening = { ...delivery, institutionLevel: undefined, visitType: 'MATERNITY_OUTPATIENT', maternityProcedureCode: 'LZ-MAT-12', items: items(['CLASS_A', '200.00']) };
    const named = await estimate({ ...screening, institutionId: await find('兰州大学第一医院') });
    expect(named.body.data.estimateSettlement).toMatchObject({ maternityPayment: '160.00', personalPayment: '40.00' });
    const other = await estimate({ ...screening, institutionId: await find('兰州市第一人民医院') });
    expect(other.body.errors![0].extensions).toMatchObject({ code: 'NOT_DESIGNATED_INSTITUTION', field: ['input', 'institutionId'] });
  });

  it('JN-MAT-DELIVERY and JN-MAT-FP (004 §六4)', async () => {
    const birth = await estimate({ ...delivery, city: 'JINING', maternityProcedureCode: 'JN-MAT-02' });
    expect(birth.body.data.estimateSettlement).toMatchObject({ maternityPayment: '6500.00', personalPayment: '300.00', policyPack: 'jining-2024' });
    const fp = await estimate({ ...delivery, city: 'JINING', maternityProcedureCode: 'JN-IL-05', items: items(['CLASS_A', '3000.00']) });
    expect(fp.body.data.estimateSettlement).toMatchObject({ maternityPayment: '2500.00', personalPayment: '500.00' });
  });

  it('refuses with a code: no benefit for the category, no procedure, a procedure on another visit', async () => {
    const flexible = await estimate({ ...delivery, person: { employeeCategory: 'FLEXIBLE' } });
    expect(flexible.body.errors![0].extensions).toMatchObject({ code: 'NO_MATERNITY_BENEFIT', field: ['input', 'person', 'employeeCategory'] });
    const missing = await estimate({ ...delivery, maternityProcedureCode: null });
    expect(missing.body.errors![0].extensions.code).toBe('MISSING_PROCEDURE_CODE');
    const elsewhere = await estimate({ ...delivery, visitType: 'INPATIENT' });
    expect(elsewhere.body.errors![0].extensions).toMatchObject({ code: 'INPUT_NOT_APPLICABLE', field: ['input', 'maternityProcedureCode'] });
  });
});

describe('settleClaim with maternity visit types', () => {
  let mother: string;
  let father: string;

  it('stores the maternity beneficiary of a person', async () => {
    mother = await createPerson(server, { name: '李梅', idNumber: idNumber(1), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2018-01-01' });
    father = await createPerson(server, {
      name: '王刚', idNumber: idNumber(3), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'PUBLIC_SECTOR', enrolledSince: '2018-01-01', maternityBeneficiary: 'UNINSURED_SPOUSE',
    });
    const res = await server.gql('query($id: ID!) { insuredPerson(id: $id) { maternityBeneficiary } }', { id: father }, ADMIN);
    expect(res.body.data.insuredPerson.maternityBeneficiary).toBe('UNINSURED_SPOUSE');
    const other = await server.gql('query($id: ID!) { insuredPerson(id: $id) { maternityBeneficiary } }', { id: mother }, ADMIN);
    expect(other.body.data.insuredPerson.maternityBeneficiary).toBe('INSURED');
  });

  it('settles a delivery, stores maternityPayment and the procedure, touches no accumulator, and reverses', async () => {
    const { city, scheme, person, ...claim } = delivery;
    void city; void scheme; void person;
    const res = await server.gql(SETTLE, { input: { personId: mother, idempotencyKey: 'birth-1', ...claim } }, ADMIN);
    const s = ok<{ settlement: any; userErrors: [] }>(res, 'settleClaim').settlement;
    expect(s).toMatchObject({
      status: 'SETTLED', maternityPayment: '6500.00', fundPaymentTotal: '6500.00', personalPayment: '300.00', cashPayment: '300.00',
      basicPoolPayment: '0.00', accumulatorDelta: [], claim: { visitType: 'MATERNITY_INPATIENT', maternityProcedureCode: 'LZ-MAT-08', maternityComplication: null },
    });
    const again = await server.gql(`query($id: ID!) { node(id: $id) { ... on Settlement { maternityPayment fundPaymentTotal } } }`, { id: s.id }, ADMIN);
    expect(again.body.data.node).toEqual({ maternityPayment: '6500.00', fundPaymentTotal: '6500.00' });
    const reversed = await server.gql(REVERSE, { input: { settlementId: s.id, reason: '测试冲正' } }, ADMIN);
    expect(ok<{ settlement: any; userErrors: [] }>(reversed, 'reverseSettlement').settlement.status).toBe('REVERSED');
  });

  it('a male employee\'s claim for his uninsured spouse: 50% (LZ-MAT-SPOUSE), from the stored person', async () => {
    const res = await server.gql(SETTLE, {
      input: { personId: father, idempotencyKey: 'spouse-birth', visitType: 'MATERNITY_INPATIENT', date: '2024-07-01', institutionLevel: 'SECONDARY', maternityProcedureCode: 'LZ-MAT-05', items: items(['CLASS_A', '3000.01']) },
    }, ADMIN);
    // 3000.01 × 50% = 1500.005 → 1500.01; the person 1500.00.
    expect(ok<{ settlement: any; userErrors: [] }>(res, 'settleClaim').settlement).toMatchObject({ maternityPayment: '1500.01', personalPayment: '1500.00' });
  });

  it('a refused maternity claim writes nothing', async () => {
    const before = await snapshot(server.dbFile);
    const res = await server.gql(SETTLE, {
      input: { personId: father, idempotencyKey: 'spouse-antenatal', visitType: 'MATERNITY_OUTPATIENT', date: '2024-07-01', institutionLevel: 'SECONDARY', maternityProcedureCode: 'LZ-MAT-11', items: items(['CLASS_A', '900.00']) },
    }, ADMIN);
    expect(userError(res, 'settleClaim')).toMatchObject({ code: 'NO_MATERNITY_BENEFIT', field: ['input', 'person', 'maternityBeneficiary'] });
    expect(await snapshot(server.dbFile)).toEqual(before);
  });

  it('a Jining family-planning outpatient claim (JN-FP-03 放置宫内节育器, 限额 150)', async () => {
    const jn = await createPerson(server, { name: '赵敏', idNumber: idNumber(5), city: 'JINING', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2020-01-01' });
    const res = await server.gql(SETTLE, {
      input: { personId: jn, idempotencyKey: 'iud', visitType: 'MATERNITY_OUTPATIENT', date: '2024-03-05', institutionLevel: 'SECONDARY', maternityProcedureCode: 'JN-FP-03', items: items(['CLASS_A', '180.00']) },
    }, ADMIN);
    expect(ok<{ settlement: any; userErrors: [] }>(res, 'settleClaim').settlement).toMatchObject({ maternityPayment: '150.00', personalPayment: '30.00', policyPack: 'jining-2024' });
  });

  it('a resident cannot be recorded as a maternity beneficiary', async () => {
    const res = await server.gql(`mutation($input: CreateInsuredPersonInput!) { createInsuredPerson(input: $input) { person { id } userErrors { field code } } }`, {
      input: { name: '居民', idNumber: idNumber(7), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2020-01-01', maternityBeneficiary: 'UNINSURED_SPOUSE' },
    }, ADMIN);
    expect(res.body.data.createInsuredPerson.userErrors).toEqual([{ field: ['input', 'maternityBeneficiary'], code: 'NOT_APPLICABLE_TO_SCHEME' }]);
  });
});

describe('maternityFixedRates(JINING) and maternityAllowance', () => {
  it('lists the Jining deliveries, the antenatal subsidy and the 14 family-planning limits', async () => {
    const { body } = await server.gql(`{ maternityFixedRates(city: JINING) { code name kind benefit visitTypes tertiaryRate } }`);
    const rows = body.data.maternityFixedRates;
    expect(rows).toHaveLength(18);
    expect(rows[0]).toEqual({ code: 'JN-MAT-01', name: '顺产', kind: 'BY_ITEM', benefit: 'DELIVERY', visitTypes: ['MATERNITY_INPATIENT'], tertiaryRate: null });
    expect(rows.find((r: any) => r.code === 'JN-MAT-04')).toMatchObject({ kind: 'SINGLE', benefit: 'ANTENATAL_CARE', tertiaryRate: '1600.00' });
    expect(rows.find((r: any) => r.code === 'JN-FP-07')).toMatchObject({ name: '开腹(或经腹腔镜)取环术', tertiaryRate: '2000.00', visitTypes: ['MATERNITY_OUTPATIENT', 'MATERNITY_INPATIENT'] });
  });

  it('Lanzhou 生育津贴: 180 days of the 12-month average ÷ 30 (LZ-MAT-ALLOW)', async () => {
    const { body } = await server.gql(ALLOWANCE, {
      input: { city: 'LANZHOU', event: 'BIRTH', date: '2024-06-10', employeeCategory: 'ENTERPRISE', continuousContributionMonths: 14, averageMonthlyWage: '6000.00' },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.maternityAllowance).toMatchObject({ city: 'LANZHOU', event: 'BIRTH', days: 180, wageBasis: '6000.00', dailyAllowance: '200.00', amount: '36000.00', status: 'PAYABLE', policyPack: 'lanzhou-2024' });
    expect(body.data.maternityAllowance.trace.map((t: any) => t.ruleId)).toContain('LZ-MAT-ALLOW');
  });

  it('Jining 生育津贴: 98 + 15 (caesarean) days of the employer\'s wage ÷ 30, deferred under 12 months (JN-MAT-ALLOW)', async () => {
    const { body } = await server.gql(ALLOWANCE, {
      input: { city: 'JINING', event: 'BIRTH', date: '2024-06-10', employeeCategory: 'ENTERPRISE', continuousContributionMonths: 8, averageMonthlyWage: '4500.00', deliveryMode: 'CAESAREAN' },
    });
    // 4500 × 113 ÷ 30 = 16950.00.
    expect(body.data.maternityAllowance).toMatchObject({ days: 113, amount: '16950.00', status: 'DEFERRED' });
  });

  it('refuses a category without the allowance, with a code', async () => {
    const { body } = await server.gql(ALLOWANCE, {
      input: { city: 'LANZHOU', event: 'NURSING_LEAVE', date: '2024-06-10', employeeCategory: 'PUBLIC_SECTOR', continuousContributionMonths: 20, averageMonthlyWage: '6000.00' },
    });
    expect(body.errors![0].extensions).toMatchObject({ code: 'NO_MATERNITY_BENEFIT', field: ['input', 'employeeCategory'] });
  });
});

describe('policyPacks lists the maternity parameters', () => {
  it('with their clauses and readings', async () => {
    const { body } = await server.gql(`{ policyPacks { code parameters { name source reading } } }`);
    const lz = body.data.policyPacks.find((p: any) => p.code === 'lanzhou-2024').parameters;
    const jn = body.data.policyPacks.find((p: any) => p.code === 'jining-2024').parameters;
    const names = (ps: any[]) => ps.map((p) => p.name);
    expect(names(lz)).toEqual(expect.arrayContaining(['maternityEntitlement', 'maternityProcedures', 'maternityScopeShareBp', 'maternityFixedRateColumn', 'maternityUninsuredSpouse', 'maternityAllowanceDays', 'maternityAllowanceDailyRate', 'maternityNotComputed']));
    expect(names(jn)).toEqual(expect.arrayContaining(['maternityEntitlement', 'maternityProcedures', 'maternityAllowanceDays', 'maternityAllowanceQualifying', 'maternityAllowanceDailyRate', 'maternityNotComputed']));
    expect(lz.find((p: any) => p.name === 'maternityAllowanceDailyRate').reading).toContain('÷ 30');
  });
});
