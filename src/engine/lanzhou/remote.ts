/**
 * LZ-REMOTE: the points a stay's basic-pool rates lose for remote care (异地就医). Long-term
 * cross-province filers settle as at home; temporary ones (emergency, referral, self-referral)
 * lose 5 points; a long-term filer by commitment only, treated back in Lanzhou without proof
 * of residence, loses 20. In-province care settles as at home.
 */
import { pct } from '../text';
import type { LanzhouContext } from './context';

/** The cut in basis points for a stay, with a trace step whenever remote care is declared. */
export function remoteStayCutBp(ctx: LanzhouContext): number {
  const remote = ctx.input.remote;
  if (!remote) return 0;
  const rule = ctx.p.remoteCare;
  const longTerm = remote.filing !== undefined && rule.value.longTermFilings.includes(remote.filing);
  let cut = 0;
  let why: string;
  if (remote.crossProvince) {
    if (longTerm) why = `cross-province stay with a long-term filing (${remote.filing}): settled as at home`;
    else {
      cut = rule.value.temporaryCutBp;
      why = `cross-province stay, temporary ${remote.filing ? `filing (${remote.filing})` : 'care without a filing'}: every basic-pool rate ${pct(cut)} lower`;
    }
  } else if (longTerm && remote.filedByCommitmentWithoutProof) {
    cut = rule.value.commitmentWithoutProofCutBp;
    why = `long-term filer by commitment only, treated in Lanzhou without proof of residence: every basic-pool rate ${pct(cut)} lower`;
  } else {
    why = 'in-province care: settled as at home';
  }
  ctx.ledger.step('LZ-REMOTE', rule.source, why);
  return cut;
}

/** Trace for remote outpatient care, which settles by home rules without a cut. */
export function traceRemoteOutpatient(ctx: LanzhouContext): void {
  if (!ctx.input.remote) return;
  ctx.ledger.step('LZ-REMOTE', '000 §六(二)3-4', 'remote outpatient care settles by Lanzhou rules without a rate cut');
}
