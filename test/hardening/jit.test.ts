/**
 * Compiled queries (src/http/jit.ts) change nothing but speed: every response, success or
 * error, is byte for byte what the standard executor answers. Each query below runs on one
 * app with compilation and on one without, over the same database, and the status, the
 * content type and the body text must be identical.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HTTP_CONFIG } from '../../src/http/config';
import { codeGenerationAllowed, compiledRuns } from '../../src/http/jit';
import { openDirectApp, type DirectApp } from './support';

const WORKED_EXAMPLE_1 = {
  city: 'LANZHOU', scheme: 'EMPLOYEE', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A',
  person: { employeeCategory: 'ENTERPRISE' },
  items: [
    { name: '甲类费用', category: 'CLASS_A', amount: '20000.00' },
    { name: '乙类费用', category: 'CLASS_B', amount: '10000.00' },
    { name: '自费费用', category: 'SELF_PAY', amount: '2000.00' },
  ],
};

const ESTIMATE = `query($input: SettlementInput!) { estimateSettlement(input: $input) {
  totalAmount fullSelfPayAmount preSelfPayAmount policyAmount deductible basicPoolPayment largeAmountPayment
  criticalIllnessPayment assistancePayment secondaryAssistancePayment fundPaymentTotal personalPayment
  personalAccountPayment cashPayment policyPack
  lines { ruleId clause base rate amount }
  trace { ruleId clause message }
} }`;

/** [what it shows, query, variables]: the contract's examples and the error cases. */
const CASES: [string, string, Record<string, unknown>?][] = [
  ['the trivial query', '{ __typename }'],
  ['worked example 1 as an estimate', ESTIMATE, { input: WORKED_EXAMPLE_1 }],
  ['the README example query with inline input', `{ estimateSettlement(input: {
    city: LANZHOU, scheme: EMPLOYEE, visitType: INPATIENT, date: "2024-05-01",
    institutionLevel: TERTIARY_A, person: { employeeCategory: ENTERPRISE },
    items: [{ name: "甲类费用", category: CLASS_A, amount: "20000.00" }
            { name: "乙类费用", category: CLASS_B, amount: "10000.00" }
            { name: "自费费用", category: SELF_PAY, amount: "2000.00" }]
  }) { totalAmount policyAmount deductible basicPoolPayment personalPayment lines { ruleId clause base rate amount } trace { ruleId clause message } } }`],
  ['a resident stay with critical illness and assistance', ESTIMATE, {
    input: { ...WORKED_EXAMPLE_1, scheme: 'RESIDENT', person: { assistanceCategory: 'EXTREME_POVERTY' },
      items: [{ name: '甲类', category: 'CLASS_A', amount: '90000.00' }] },
  }],
  ['compareSettlement across levels', `query($input: SettlementInput!) { compareSettlement(input: $input) { __typename } }`, { input: WORKED_EXAMPLE_1 }],
  ['a directory page', '{ institutions(first: 5, filter: { search: "96604" }) { edges { cursor node { id name aliases level city designations } } pageInfo { hasNextPage endCursor } } }'],
  ['a catalogue', '{ chronicDiseases(city: LANZHOU, scheme: EMPLOYEE) { code name annualLimit validityYears } }'],
  ['the policy packs', '{ policyPacks(city: JINING) { id } }'],
  ['node by a bad id', '{ node(id: "not-an-id") { id } }'],
  ['a refused bill (engine error)', ESTIMATE, { input: { ...WORKED_EXAMPLE_1, items: [] } }],
  ['a bad Money variable', ESTIMATE, { input: { ...WORKED_EXAMPLE_1, items: [{ name: 'x', category: 'CLASS_A', amount: '1.234' }] } }],
  ['a missing required variable', ESTIMATE, {}],
  ['a variable of the wrong type', ESTIMATE, { input: { ...WORKED_EXAMPLE_1, city: 'PARIS' } }],
  ['a field that needs a key', '{ insuredPerson(id: "SW5zdXJlZFBlcnNvbjox") { id } }'],
  ['an unknown field (validation)', '{ nope }'],
];

let compiled: DirectApp;
let standard: DirectApp;
beforeAll(async () => {
  compiled = await openDirectApp();
  standard = compiled.with({ http: { ...DEFAULT_HTTP_CONFIG, compiledQueries: false } });
});
afterAll(() => compiled?.close());

describe('compiled queries (hot documents, from their second run) answer byte for byte as the standard executor', () => {
  it('compiles on Node (code generation is allowed here)', () => {
    expect(codeGenerationAllowed()).toBe(true);
  });

  for (const [what, query, variables] of CASES) {
    it(what, async () => {
      await compiled.gql(query, variables); // the first run of a document is standard; the second runs compiled
      const a = await compiled.gql(query, variables);
      const b = await standard.gql(query, variables);
      expect(a.status).toBe(b.status);
      expect(a.headers.get('content-type')).toBe(b.headers.get('content-type'));
      expect(a.text).toBe(b.text);
    });
  }

  it('ran the successful queries compiled and reran the failed ones through the standard executor', async () => {
    const hot = `${ESTIMATE} # a document of its own`;
    const before = { ...compiledRuns };
    await compiled.gql(hot, { input: WORKED_EXAMPLE_1 });
    expect(compiledRuns).toEqual(before); // seen once: standard executor, nothing compiled yet
    await compiled.gql(hot, { input: WORKED_EXAMPLE_1 });
    expect(compiledRuns.compiled - before.compiled).toBe(1);
    const refused = await compiled.gql(hot, { input: { ...WORKED_EXAMPLE_1, items: [] } });
    expect(refused.body.errors[0].extensions.code).toBe('EMPTY_ITEMS');
    expect(compiledRuns.rerun - before.rerun).toBe(1);
  });

  it('never runs a mutation compiled (a mutation writes and must not run twice)', async () => {
    const before = { ...compiledRuns };
    await compiled.gql('mutation { __typename }');
    await compiled.gql('mutation { __typename }');
    expect(compiledRuns).toEqual(before);
  });
});
