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
    retireeAccountMonthlyCreditFen: {
      value: 9_000,
      effectiveFrom: '2023-01-01', source: '001 第十六条',
      description: { zh: '退休人员个人账户由统筹基金按定额划入，金额为90元/月', en: 'Retiree personal-account credit: 90 yuan a month' },
    },
  },
};
