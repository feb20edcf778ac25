/**
 * LZ-REMOTE: the points a stay's basic-pool rates lose for remote care (异地就医). Long-term
 * cross-province filers settle as at home; temporary ones (emergency, referral) lose 5 points,
 * self-referred or unfiled ones the pack's self-referral cut (5 in 000; 20 in 003 for 2023, a
 * reading of the 2023 pack); a long-term filer by commitment only, treated back in Lanzhou
 * without proof of residence, loses 20. In-province care settles as at home. The cut of care
 * without the required filing or referral is not assisted (000 §五(七)1, LZ-MA).
 * A student away for an internship, a vacation or a suspension loses nothing (000 §六(二)5(4)).
 */
import { pct, zh } from '../text';
import type { LanzhouContext } from './context';

export interface RemoteCut {
  /** Points every basic-pool rate of the stay loses. */
  cutBp: number;
  /** 000 §五(七)1: the basic-pool payment this cut takes is not assisted (self-referred or unfiled care). */
  unassisted: boolean;
}

const NO_CUT: RemoteCut = { cutBp: 0, unassisted: false };

/** The cut for a stay, with a trace step whenever remote care is declared. */
export function remoteStayCut(ctx: LanzhouContext): RemoteCut {
  const remote = ctx.input.remote;
  if (!remote) return NO_CUT;
  const { p, ledger } = ctx;
  const rule = p.remoteCare;
  const longTerm = remote.filing !== undefined && rule.value.longTermFilings.includes(remote.filing);
  let cut = NO_CUT;
  let why: string;
  let whyZh: string;
  if (remote.studentAbsence !== undefined && p.studentAbsenceNoCut.value) {
    why = `enrolled student away from home (${remote.studentAbsence}): settled by Lanzhou rates without a cut`;
    ledger.step('LZ-REMOTE', p.studentAbsenceNoCut.source, why, () => `参保大中专学生${zh(remote.studentAbsence)}期间在异地住院：按兰州市现行政策标准不降低比例结算`);
    return NO_CUT;
  }
  if (remote.crossProvince) {
    if (longTerm) {
      why = `cross-province stay with a long-term filing (${remote.filing}): settled as at home`;
      whyZh = `跨省异地住院，长期备案（${zh(remote.filing)}）：按参保地待遇结算`;
    }
    else if (remote.filing === undefined || remote.filing === 'SELF_REFERRAL') {
      const self = p.selfReferralCutBp;
      cut = { cutBp: self.value, unassisted: p.remoteCutUnassisted.value.selfReferredAndUnfiled };
      why = `cross-province stay, ${remote.filing ? 'self-referred (SELF_REFERRAL)' : 'care without a filing (treated as self-referred)'}: every basic-pool rate ${pct(cut.cutBp)} lower`;
      whyZh = `跨省异地住院，${remote.filing ? '自行异地就医' : '未备案（视同自行异地就医）'}：统筹基金各段支付比例降低${pct(cut.cutBp)}`;
      ledger.step('LZ-REMOTE', self.source, () => self.reading
        ? `reading selfReferralCutBp: ${pct(self.value)} applied; ${self.reading}`
        : `self-referral cut ${pct(self.value)} (${self.source})`,
      () => self.reading
        ? `解读 selfReferralCutBp：按降低${pct(self.value)}执行；${self.reading}`
        : `自行异地就医降低${pct(self.value)}（${self.source}）`);
    } else {
      cut = { cutBp: rule.value.temporaryCutBp, unassisted: false };
      why = `cross-province stay, temporary filing (${remote.filing}): every basic-pool rate ${pct(cut.cutBp)} lower`;
      whyZh = `跨省异地住院，临时外出备案（${zh(remote.filing)}）：统筹基金各段支付比例降低${pct(cut.cutBp)}`;
    }
  } else if (longTerm && remote.filedByCommitmentWithoutProof) {
    cut = { cutBp: rule.value.commitmentWithoutProofCutBp, unassisted: false };
    why = `long-term filer by commitment only, treated in Lanzhou without proof of residence: every basic-pool rate ${pct(cut.cutBp)} lower`;
    whyZh = `承诺制长期备案人员未补齐居住证明，回兰州就医：统筹基金各段支付比例降低${pct(cut.cutBp)}`;
  } else {
    why = 'in-province care: settled as at home';
    whyZh = '省内异地就医：按参保地待遇结算';
  }
  ledger.step('LZ-REMOTE', rule.source, why, whyZh);
  return cut;
}

/** Trace for remote outpatient care, which settles by home rules without a cut. */
export function traceRemoteOutpatient(ctx: LanzhouContext): void {
  if (!ctx.input.remote) return;
  ctx.ledger.step('LZ-REMOTE', '000 §六(二)3-4', 'remote outpatient care settles by Lanzhou rules without a rate cut',
    '异地门诊按兰州市待遇结算，不降低支付比例');
}
