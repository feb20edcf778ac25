/**
 * Policy pack `lanzhou-2023`: Lanzhou for 2023. Source 001 (effective 2023-01-01) dates the
 * employee outpatient pooling rules and the retiree personal-account credit of 90 yuan a month,
 * which the 2024 guide raised to 120. The sources date no other 2023 value, so the rest is
 * carried from the 2024 pack; the resident continuity bonus is 0 in 2023 by its own formula.
 */
import { LANZHOU_2024_PARAMETERS } from './lanzhou-2024';
import type { LanzhouPack } from './lanzhou-parameters';

export const LANZHOU_2023: LanzhouPack = {
  id: 'lanzhou-2023',
  city: 'LANZHOU',
  version: '2023',
  ruleSet: 'LANZHOU',
  effectiveFrom: '2023-01-01',
  effectiveTo: '2023-12-31',
  basis: {
    zh: '兰州市职工基本医疗保险门诊共济保障实施细则（2023年1月1日起执行）；其余参数沿用2024年政策指南',
    en: 'Employee outpatient mutual-aid rules (source 001, from 2023-01-01); parameters the sources do not date for 2023 are carried from the 2024 guide',
  },
  parameters: {
    ...LANZHOU_2024_PARAMETERS,
    selfReferralCutBp: {
      value: 500,
      effectiveFrom: '2023-01-01', source: '000 §六(二)5(2); 003',
      description: { zh: '2023年自行前往省外就医住院降低比例（本包：5%，同2024年指南）', en: 'Self-referred cross-province stays in 2023: rate cut (this pack: 5 points, as the 2024 guide)' },
      reading: '003 (work report 2019-2023) says self-referred and non-emergency care out of the province went from 30% to 20% lower; 000 (July 2024) puts self-referral with referral and emergency at 5%. The pack carries 000\'s 5 into 2023, as for every value the sources do not date; alternative: 20 points as 003.',
    },
    retireeAccountMonthlyCreditFen: {
      value: 9_000,
      effectiveFrom: '2023-01-01', source: '001 第十六条',
      description: { zh: '退休人员个人账户由统筹基金按定额划入，金额为90元/月', en: 'Retiree personal-account credit: 90 yuan a month' },
    },
  },
};
