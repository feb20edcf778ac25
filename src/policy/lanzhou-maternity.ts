/**
 * Lanzhou maternity insurance (生育保险) parameters of the 2024 guide (source 000 §二(一)1
 * 待遇享受类型, §二(二)3, 附表3-1): who is entitled, the procedures (附表3-1 and the further
 * items of §二(二)3, from src/catalogue), what the patient bears, the out-of-province fixed
 * rates, the uninsured spouse's share, and the allowance (生育津贴, 护理假津贴). Spread into
 * the Lanzhou packs; rule ids LZ-MAT-*.
 */
import { LANZHOU_MATERNITY_FIXED_RATES } from '../catalogue/diseases';
import type { FeeCategory, InstitutionLevel } from '../domain';
import {
  type AllowanceDailyRate, type AllowanceQualifying, type MaternityEntitlement, type MaternityProcedure, maternityProcedures,
  type NotComputed, type PregnancyLossDays,
} from './maternity';
import type { MaternityBenefit } from '../catalogue/diseases/types';
import type { Parameter } from './parameter';

const GUIDE = '2024-01-01';

export interface LanzhouMaternityParameters {
  /** LZ-MAT-ENTITLE: categories with maternity medical benefits and with the allowance. */
  maternityEntitlement: Parameter<MaternityEntitlement>;
  /** LZ-MAT-ENTITLE: institution levels a maternity claim may be settled at. */
  maternityLevels: Parameter<InstitutionLevel[]>;
  /** LZ-MAT-PROC: the procedures a maternity claim names (maternityFixedRates(LANZHOU)). */
  maternityProcedures: Parameter<MaternityProcedure[]>;
  /** LZ-MAT-OP: the five hospitals where 产前疾病筛查 is done in Lanzhou. */
  prenatalScreeningInstitutions: Parameter<string[]>;
  /** LZ-MAT-SCOPE: share of each fee category the maternity fund pays in Lanzhou and in the province. */
  maternityScopeShareBp: Parameter<Record<FeeCategory, number>>;
  /** LZ-MAT-OOP: which 附表3-1 column (三级及专科 / 二级) a level takes out of the province. */
  maternityFixedRateColumn: Parameter<Partial<Record<InstitutionLevel, 'TERTIARY' | 'SECONDARY'>>>;
  /** LZ-MAT-OOP: a SURCHARGE row's corresponding rate (在相应定额的基础上). */
  maternitySurchargeBase: Parameter<Record<string, string>>;
  /** LZ-MAT-SPOUSE: the uninsured spouse's share of the woman's standard, and the benefits it covers. */
  maternityUninsuredSpouse: Parameter<{ shareBp: number; benefits: MaternityBenefit[] }>;
  /** LZ-MAT-ALLOW: allowance days. */
  maternityAllowanceDays: Parameter<{ birth: number; pregnancyLoss: PregnancyLossDays[]; nursingLeave: number }>;
  /** LZ-MAT-ALLOW: the continuous-contribution condition. */
  maternityAllowanceQualifying: Parameter<AllowanceQualifying>;
  /** LZ-MAT-ALLOW: the daily allowance from the monthly wage basis. */
  maternityAllowanceDailyRate: Parameter<AllowanceDailyRate>;
  /** Rules of 000 §二(二)3 the engine does not compute, with the reason. */
  maternityNotComputed: Parameter<NotComputed[]>;
}

export const LANZHOU_MATERNITY_PARAMETERS: LanzhouMaternityParameters = {
  maternityEntitlement: {
    value: { medical: ['PUBLIC_SECTOR', 'ENTERPRISE', 'UNEMPLOYED'], allowance: ['ENTERPRISE'], retired: false },
    effectiveFrom: GUIDE, source: '000 §二(一)1 待遇享受类型; §二(二)3 生育津贴、护理假津贴',
    description: {
      zh: '机关事业单位：基本医疗+生育医疗报销待遇；企业：基本医疗+生育医疗报销待遇+生育津贴；灵活就业人员：基本医疗报销待遇；失业人员：当月参保次月可享受基本医疗和生育医疗报销待遇；生育津贴、护理假津贴为按照9%缴纳职工基本医疗保险费的参保职工',
      en: 'Maternity medical benefits: public sector, enterprise and unemployed members; the allowance: enterprise members (the 9% payers); flexible workers and retirees have none',
    },
    reading: 'The flattened 待遇享受类型 row reads 机关事业 | 企业 | 灵活就业 ("基本医疗报销待遇") | a fourth cell "基本医疗+生育医疗"; the 等待期 row gives unemployed members 生育医疗 and flexible workers "基本医疗/基本医疗和生育医疗", and the rates row lists 5.4% and 5.75% for them. The fourth cell may be a flexible option at 5.75% (with maternity) that the project does not record; read here: flexible workers have no maternity benefit, unemployed members have the medical one. Retirees\' cell is empty: none.',
  },
  maternityLevels: {
    value: ['PRIMARY', 'SECONDARY', 'TERTIARY', 'TERTIARY_B', 'TERTIARY_A', 'UNRATED'],
    effectiveFrom: GUIDE, source: '000 §二(二)3; 附表3-2',
    description: { zh: '生育保险定点医疗机构（附表3-2，49家）', en: 'Maternity care at designated hospitals of any level (附表3-2 lists 49); not at pharmacies' },
  },
  maternityProcedures: {
    value: maternityProcedures(LANZHOU_MATERNITY_FIXED_RATES),
    effectiveFrom: GUIDE, source: '000 §二(二)3; 附表3-1',
    description: { zh: '生育保险项目：附表3-1 病种定额及产前检查费、产前疾病筛查、住院计划生育项目', en: 'Maternity procedures: the 附表3-1 rows, antenatal care (1,000), prenatal screening (160) and the unpriced family-planning stays' },
  },
  prenatalScreeningInstitutions: {
    value: ['甘肃省人民医院', '兰州大学第一医院', '兰州大学第二医院', '甘肃省妇幼保健院', '兰州市妇幼保健院'],
    effectiveFrom: GUIDE, source: '000 §二(二)3 产前疾病筛查 备注',
    description: { zh: '兰州市产前疾病筛查需在以下5家指定定点医疗机构进行：甘肃省人民医院、兰州大学第一医院、兰州大学第二医院、甘肃省妇幼保健院、兰州市妇幼保健院', en: 'Prenatal screening in Lanzhou at the five named hospitals (checked when the claim names its institution; remote screening is declared by hand)' },
    reading: 'Matched by the directory name exactly: other campuses (e.g. 甘肃省人民医院西院区) are not among the five.',
  },
  maternityScopeShareBp: {
    value: { CLASS_A: 10_000, CLASS_B: 10_000, SELF_PAY: 0 },
    effectiveFrom: GUIDE, source: '000 §二(二)3',
    description: { zh: '在兰州市和省内异地发生的住院费用，出院结算时个人只需承担超出生育保险支付范围外的自费项目', en: 'In Lanzhou and in the province the maternity fund pays every item but the self-pay ones: class A and class B in full' },
    reading: '"个人只需承担…自费项目": the person bears the self-pay items only, so class B has no 10% pre-self-pay here. The alternative (class B at 90%, as in the basic pool) is not taken.',
  },
  maternityFixedRateColumn: {
    value: { TERTIARY: 'TERTIARY', TERTIARY_B: 'TERTIARY', TERTIARY_A: 'TERTIARY', SECONDARY: 'SECONDARY', PRIMARY: 'SECONDARY', UNRATED: 'SECONDARY' },
    effectiveFrom: GUIDE, source: '000 附表3-1',
    description: { zh: '三级及专科定点医疗机构定额标准；二级定点医疗机构定额标准', en: 'Out-of-province fixed rates: tertiary hospitals take the 三级及专科 column, the others the 二级 column' },
    reading: 'The table prices 三级及专科 and 二级 only. Primary and unrated (民营) hospitals take the lower 二级 column; a specialist (专科) hospital that is not tertiary would take the higher one, but the level does not say so.',
  },
  maternitySurchargeBase: {
    value: { 'LZ-MAT-10': 'LZ-MAT-08' },
    effectiveFrom: GUIDE, source: '000 附表3-1 row 10',
    description: { zh: '剖宫产双胞胎：在相应定额的基础上，三级医疗机构增加500元，二级医疗机构增加400元', en: 'Caesarean twins: the caesarean rate (row 8) plus 500 (tertiary) or 400 (secondary)' },
    reading: '"相应定额" read as 剖宫产 (row 8): 4,900 + 500 = 5,400 tertiary, 3,900 + 400 = 4,300 secondary.',
  },
  maternityUninsuredSpouse: {
    value: { shareBp: 5_000, benefits: ['DELIVERY'] },
    effectiveFrom: GUIDE, source: '000 §二(二)3 男职工未参保配偶生育医疗费用报销',
    description: { zh: '男职工未参保配偶参照女职工支付标准享受50%的生育医疗费用报销待遇', en: 'A male employee\'s uninsured spouse: 50% of the insured woman\'s standard for delivery costs' },
    reading: 'The row mirrors "生育医疗费报销" (delivery); 产前检查费 and 产前疾病筛查 are for 参保女职工 and family planning for 参保职工, so the spouse\'s claim is a delivery only. 50% is applied to what the woman would be paid (in the province: all but self-pay items; out of it: min(actual, fixed rate)), rounded half-up once.',
  },
  maternityAllowanceDays: {
    value: {
      birth: 180,
      pregnancyLoss: [{ fromMonths: 0, toMonths: 4, days: 15 }, { fromMonths: 4, toMonths: 7, days: 42 }, { fromMonths: 7, toMonths: null, days: 90 }],
      nursingLeave: 30,
    },
    effectiveFrom: GUIDE, source: '000 §二(二)3 生育津贴、护理假津贴',
    description: { zh: '正常生育180天；4个月以下流产15天，4个月以上7个月以下42天，7个月以上90天；护理假津贴30天', en: 'Birth 180 days; pregnancy loss under 4 months 15, 4 to under 7 months 42, 7 months or more 90; nursing leave (the father) 30 days' },
    reading: '"4个月以下 / 4个月以上，7个月以下 / 7个月以上" overlap at 4 and 7 months; read as completed months (怀孕满N个月) as in the national rule (未满4个月 15 天, 满4个月 42 天): under 4 → 15, 4 to 6 → 42, 7 and over → 90.',
  },
  maternityAllowanceQualifying: {
    value: { continuousMonths: 13, below: 'NOT_ELIGIBLE' },
    effectiveFrom: GUIDE, source: '000 §二(二)3 生育津贴 备注2',
    description: { zh: '参保职工生产前连续缴费12个月的次月起可享受生育保险津贴待遇（即生产当月至少连续缴费满13个月）', en: 'Allowance only with at least 13 months of unbroken contribution up to and including the month of the event' },
    reading: 'Applied to the 护理假津贴 too (the note names it for the payment status).',
  },
  maternityAllowanceDailyRate: {
    value: { divisorHundredthDays: 3_000, roundDailyRateFirst: false },
    effectiveFrom: GUIDE, source: '000 §二(二)3 生育津贴 备注1',
    description: { zh: '发放标准：本人生育前12个月的平均缴费工资；日津贴按月平均缴费工资除以30天计算', en: 'Basis: the member\'s average monthly contribution wage of the 12 months before; daily allowance = monthly basis ÷ 30' },
    reading: 'The guide gives the basis, not the daily rate: ÷ 30 (the common reading, as 004 states it for Jining); the alternative ÷ 21.75 (月计薪天数) is not taken. The amount is rounded half-up once (basis × days ÷ 30), not the daily rate first.',
  },
  maternityNotComputed: {
    value: [
      { rule: '000 §二(二)3 申报流程', reason: 'declaration timing (the month after settlement; within half a year after maternity leave) and channels are a workflow, not a settlement' },
      { rule: '000 §二(二)3(1) 省外异地生育 手工结算', reason: 'out-of-province maternity costs are advanced and declared by hand: the amount is computed (LZ-MAT-OOP), the declaration is not modelled' },
      { rule: '000 §二(二)3 产前疾病筛查 5家指定机构', reason: 'checked when the claim names its institution (institutionId or an institution key); a claim given by level only cannot be checked' },
    ],
    effectiveFrom: GUIDE, source: '000 §二(二)3',
    description: { zh: '生育保险中不计算的规定', en: 'Maternity rules the engine does not compute, with the reason' },
  },
};
