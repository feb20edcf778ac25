/**
 * JN-REMOTE: remote care (异地就医). Long-term filers settle as at home; temporary care (any
 * other filing or none, in-province or cross-province, emergencies included) makes employees
 * pre-pay 10% of stays, chronic and general outpatient, and cuts residents' stay and chronic
 * rates by 10 points. A long-term filer by commitment only, treated back home without proof
 * of residence, is temporary.
 */
import type { Ledger } from '../ledger';
import type { SettlementInput } from '../types';
import type { JiningParameters } from '../../policy/jining-parameters';
import { pct, zh } from '../text';
import type { RemoteTreatment } from './context';

const AT_HOME: RemoteTreatment = { prePayBp: 0, cutBp: 0 };

export function remoteTreatment(input: SettlementInput, p: JiningParameters, ledger: Ledger): RemoteTreatment {
  const remote = input.remote;
  if (!remote) return AT_HOME;
  const rule = p.remoteCare;
  const where = remote.crossProvince ? 'cross-province' : 'in-province';
  const whereZh = remote.crossProvince ? '跨省' : '省内';
  const longTerm = remote.filing !== undefined && rule.value.longTermFilings.includes(remote.filing);
  if (longTerm && !(remote.filedByCommitmentWithoutProof && !remote.crossProvince)) {
    ledger.step('JN-REMOTE', rule.source, () => `${where} care with a long-term filing (${remote.filing}): settled as at home`,
      () => `${whereZh}异地就医，长期备案（${zh(remote.filing)}）：按参保地待遇结算`);
    return AT_HOME;
  }
  const why = longTerm
    ? `long-term filer by commitment only (${remote.filing}), treated back home without proof of residence: temporary care`
    : `${where} temporary care (${remote.filing ?? 'no filing'})`;
  const whyZh = longTerm
    ? `承诺制长期备案人员（${zh(remote.filing)}）未补齐居住证明回参保地就医：按临时外出就医`
    : `${whereZh}临时外出就医（${remote.filing ? zh(remote.filing) : '未备案'}）`;
  const employee = input.scheme === 'EMPLOYEE';
  const visits = employee ? rule.value.employeeVisitTypes : rule.value.residentVisitTypes;
  if (!visits.includes(input.visitType)) {
    ledger.step('JN-REMOTE', rule.source, () => `${why}: ${input.visitType} settles as at home`, () => `${whyZh}：${zh(input.visitType)}按参保地待遇结算`);
    return AT_HOME;
  }
  if (employee) {
    ledger.step('JN-REMOTE', rule.source, () => `${why}: the employee pre-pays ${pct(rule.value.employeePrePayBp)} of the policy amount (个人先行自付)`,
      () => `${whyZh}：职工个人先行自付政策范围内费用的${pct(rule.value.employeePrePayBp)}`);
    return { prePayBp: rule.value.employeePrePayBp, cutBp: 0 };
  }
  ledger.step('JN-REMOTE', rule.source, () => `${why}: every basic-pool rate ${pct(rule.value.residentCutBp)} lower`, () => `${whyZh}：统筹基金支付比例降低${pct(rule.value.residentCutBp)}`);
  return { prePayBp: 0, cutBp: rule.value.residentCutBp };
}
