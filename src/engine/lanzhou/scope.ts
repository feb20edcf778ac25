/**
 * LZ-SCOPE and LZ-NEGO-IP: the claim's total, full self-pay, pre-self-pay and policy amount
 * (政策范围内费用), split into the groups the rules settle at different rates: regular items,
 * TCM items (居民中医药 +10%), and negotiated drugs (单独支付管理谈判药品) in outpatient care.
 * Shares are applied once per group and category, rounded half-up.
 */
import { claimScope, type ClaimScope, inScope, noItems, sumTally } from '../blocks/scope';
import { applyRate } from '../money';
import { pct, yuan, yuanZh } from '../text';
import type { LanzhouContext } from './context';

export interface ScopedClaim extends ClaimScope {
  /** Policy amount of regular (non-TCM) items, including negotiated drugs of a stay. */
  regularFen: number;
  /** Policy amount of TCM items. */
  tcmFen: number;
  /** Outpatient negotiated drugs: the drug amount (the rate's base) and its policy amount. */
  negotiated: { drugFen: number; policyFen: number };
}

const STAY_VISITS = new Set(['INPATIENT', 'DAY_SURGERY']);

export function scopeClaim(ctx: LanzhouContext): ScopedClaim {
  const { input, p, ledger, tally } = ctx;
  const stay = STAY_VISITS.has(input.visitType);
  const allNegotiated = input.visitType === 'NEGOTIATED_DRUG_OUTPATIENT';
  const regular = noItems();
  const tcm = noItems();
  const negoOutpatient = noItems();
  const negoStay = noItems();
  const sums = sumTally(tally, (isTcm, negotiatedDrug) => {
    if (stay && negotiatedDrug) return negoStay;
    return negotiatedDrug || allNegotiated ? negoOutpatient : isTcm ? tcm : regular;
  });

  const share = p.policyShareBp.value;
  const tcmScope = inScope(tcm, share);
  const negoScope = inScope(negoOutpatient, share);
  const negoStayFen = negoStay.classA + negoStay.classB;
  const negoStayPre = applyRate(negoStayFen, p.negotiatedStayPreSelfPayBp.value[input.scheme]);
  const regularFen = inScope(regular, share) + negoStayFen - negoStayPre;
  const negoDrugFen = negoOutpatient.classA + negoOutpatient.classB;
  const scope = claimScope(ledger, 'LZ-SCOPE', p.policyShareBp, sums, regularFen + tcmScope + negoScope, false);
  if (negoStayFen > 0) {
    ledger.step('LZ-NEGO-IP', p.negotiatedStayPreSelfPayBp.source,
      () => `negotiated drugs in the stay ${yuan(negoStayFen)}: ${pct(p.negotiatedStayPreSelfPayBp.value[input.scheme])} pre-self-pay (${yuan(negoStayPre)}), the rest joins the stay's policy amount`,
      () => `住院期间谈判药品${yuanZh(negoStayFen)}：个人先行自付${pct(p.negotiatedStayPreSelfPayBp.value[input.scheme])}（${yuanZh(negoStayPre)}），其余计入住院政策范围内费用`);
  }
  return { ...scope, regularFen, tcmFen: tcmScope, negotiated: { drugFen: negoDrugFen, policyFen: negoScope } };
}
