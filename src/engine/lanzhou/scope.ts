/**
 * LZ-SCOPE and LZ-NEGO-IP: the claim's total, full self-pay, pre-self-pay and policy amount
 * (政策范围内费用), split into the groups the rules settle at different rates: regular items,
 * TCM items (居民中医药 +10%), and negotiated drugs (单独支付管理谈判药品) in outpatient care.
 * Shares are applied once per group and category, rounded half-up.
 */
import { applyRate } from '../money';
import type { FeeItem } from '../types';
import { yuan, pct, type LanzhouContext } from './context';

export interface ScopedClaim {
  totalFen: number;
  fullSelfPayFen: number;
  preSelfPayFen: number;
  policyFen: number;
  /** Policy amount of regular (non-TCM) items, including negotiated drugs of a stay. */
  regularFen: number;
  /** Policy amount of TCM items. */
  tcmFen: number;
  /** Outpatient negotiated drugs: the drug amount (the rate's base) and its policy amount. */
  negotiated: { drugFen: number; policyFen: number };
}

interface CategorySums { classA: number; classB: number }

const STAY_VISITS = new Set(['INPATIENT', 'DAY_SURGERY']);

export function scopeClaim(ctx: LanzhouContext): ScopedClaim {
  const { input, p, ledger } = ctx;
  const stay = STAY_VISITS.has(input.visitType);
  const allNegotiated = input.visitType === 'NEGOTIATED_DRUG_OUTPATIENT';
  const regular: CategorySums = { classA: 0, classB: 0 };
  const tcm: CategorySums = { classA: 0, classB: 0 };
  const negoOutpatient: CategorySums = { classA: 0, classB: 0 };
  let negoStayFen = 0;
  let totalFen = 0;
  let fullSelfPayFen = 0;
  for (const item of input.items) {
    totalFen += item.amountFen;
    if (item.category === 'SELF_PAY') {
      fullSelfPayFen += item.amountFen;
      continue;
    }
    if (stay && item.negotiatedDrug) negoStayFen += item.amountFen;
    else add(item.negotiatedDrug || allNegotiated ? negoOutpatient : item.tcm ? tcm : regular, item);
  }

  const share = p.policyShareBp.value;
  const inScope = (s: CategorySums) => applyRate(s.classA, share.CLASS_A) + applyRate(s.classB, share.CLASS_B);
  const regularScope = inScope(regular);
  const tcmScope = inScope(tcm);
  const negoScope = inScope(negoOutpatient);
  const negoStayPre = applyRate(negoStayFen, p.negotiatedStayPreSelfPayBp.value[input.scheme]);
  const regularFen = regularScope + negoStayFen - negoStayPre;
  const negoDrugFen = negoOutpatient.classA + negoOutpatient.classB;
  const policyFen = regularFen + tcmScope + negoScope;
  const preSelfPayFen = totalFen - fullSelfPayFen - policyFen;

  ledger.step('LZ-SCOPE', p.policyShareBp.source,
    `total ${yuan(totalFen)}; full self-pay ${yuan(fullSelfPayFen)}; class B in scope at ${pct(share.CLASS_B)}; pre-self-pay ${yuan(preSelfPayFen)}; policy amount ${yuan(policyFen)}`);
  if (negoStayFen > 0) {
    ledger.step('LZ-NEGO-IP', p.negotiatedStayPreSelfPayBp.source,
      `negotiated drugs in the stay ${yuan(negoStayFen)}: ${pct(p.negotiatedStayPreSelfPayBp.value[input.scheme])} pre-self-pay (${yuan(negoStayPre)}), the rest joins the stay's policy amount`);
  }
  return {
    totalFen, fullSelfPayFen, preSelfPayFen, policyFen, regularFen, tcmFen: tcmScope,
    negotiated: { drugFen: negoDrugFen, policyFen: negoScope },
  };
}

function add(sums: CategorySums, item: FeeItem): void {
  if (item.category === 'CLASS_A') sums.classA += item.amountFen;
  else sums.classB += item.amountFen;
}
