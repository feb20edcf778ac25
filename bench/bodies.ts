/**
 * The GraphQL request bodies the HTTP benchmark compares: the trivial query and the spec's
 * worked example 1 as an estimate.
 */
export const TRIVIAL = JSON.stringify({ query: '{ __typename }' });
export const ESTIMATE = JSON.stringify({
  query: `query($input: SettlementInput!) { estimateSettlement(input: $input) { totalAmount basicPoolPayment personalPayment lines { ruleId amount } } }`,
  variables: {
    input: {
      city: 'LANZHOU', scheme: 'EMPLOYEE', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A',
      person: { employeeCategory: 'ENTERPRISE' },
      items: [
        { name: '甲类', category: 'CLASS_A', amount: '20000.00' },
        { name: '乙类', category: 'CLASS_B', amount: '10000.00' },
        { name: '自费', category: 'SELF_PAY', amount: '2000.00' },
      ],
    },
  },
});

