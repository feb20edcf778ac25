/**
 * What GraphiQL opens on (Node and Worker alike): the spec's worked example 1, an employee's
 * stay at a 三级甲等 hospital in Lanzhou, ready to run without a key. It answers basic pool
 * 26840.00 and personal part 5160.00, line by line with the rule and clause of each step.
 */
export const GRAPHIQL_TITLE = 'Medical insurance settlement (医保结算) API';

export const GRAPHIQL_DEFAULT_QUERY = `# 医保结算 API: press ▶ (Ctrl-Enter) to settle worked example 1, no key needed.
# An employee (职工, enterprise) stays at a 三级甲等 hospital in Lanzhou (兰州):
# 20,000 class A (甲类) + 10,000 class B (乙类) + 2,000 self-pay (自费).
# Expect basicPoolPayment "26840.00" and personalPayment "5160.00".
# Docs: the 📖 button; every type and enum value is described in Chinese and English.
{
  estimateSettlement(input: {
    city: LANZHOU, scheme: EMPLOYEE, visitType: INPATIENT, date: "2024-05-01",
    institutionLevel: TERTIARY_A, person: { employeeCategory: ENTERPRISE },
    items: [
      { name: "甲类费用", category: CLASS_A, amount: "20000.00" }
      { name: "乙类费用", category: CLASS_B, amount: "10000.00" }
      { name: "自费费用", category: SELF_PAY, amount: "2000.00" }
    ]
  }) {
    totalAmount policyAmount deductible basicPoolPayment personalPayment cashPayment policyPack
    lines { layer ruleId clause base rate amount }
    trace { ruleId clause message }
  }
}
`;
