/**
 * The GraphQL request bodies the HTTP benchmark compares: the trivial query and the README's
 * example query (the spec's worked example 1 as an estimate, with its lines and trace).
 */
export const TRIVIAL = JSON.stringify({ query: '{ __typename }' });
export const ESTIMATE = JSON.stringify({
  query: `query($input: SettlementInput!) { estimateSettlement(input: $input) {
    totalAmount policyAmount deductible basicPoolPayment personalPayment
    lines { ruleId clause base rate amount }
    trace { ruleId clause message }
  } }`,
  variables: {
    input: {
      city: 'LANZHOU', scheme: 'EMPLOYEE', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A',
      person: { employeeCategory: 'ENTERPRISE' },
      items: [
        { name: '甲类费用', category: 'CLASS_A', amount: '20000.00' },
        { name: '乙类费用', category: 'CLASS_B', amount: '10000.00' },
        { name: '自费费用', category: 'SELF_PAY', amount: '2000.00' },
      ],
    },
  },
});

