/**
 * Jining employee maternity insurance (职工生育保险) parameters of the handbook (source 004 §六):
 * who is entitled, the procedures (deliveries, the antenatal subsidy and the family-planning
 * limits, from src/catalogue), what a delivery pays, and the allowance (生育津贴). Spread into
 * the Jining pack; rule ids JN-MAT-*.
 */
import { JINING_MATERNITY_PROCEDURES } from '../catalogue/diseases';
import type { FeeCategory, InstitutionLevel } from '../domain';
import {
  type AllowanceDailyRate, type AllowanceQualifying, type MaternityEntitlement, type MaternityProcedure, maternityProcedures,
  type NotComputed, type PregnancyLossDays,
} from './maternity';
import type { Parameter } from './parameter';

const HANDBOOK = '2024-01-01';

export interface JiningMaternityParameters {
  /** JN-MAT-ENTITLE: categories with maternity medical benefits and with the allowance. */
  maternityEntitlement: Parameter<MaternityEntitlement>;
  /** JN-MAT-ENTITLE: institution levels a maternity claim may be settled at. */
  maternityLevels: Parameter<InstitutionLevel[]>;
  /** JN-MAT-PROC: the procedures a maternity claim names (maternityFixedRates(JINING)). */
  maternityProcedures: Parameter<MaternityProcedure[]>;
  /** JN-MAT-SCOPE: share of each fee category inside the maternity policy amount (范围内医疗费). */
  maternityScopeShareBp: Parameter<Record<FeeCategory, number>>;
  /** JN-MAT-ALLOW: allowance days of a birth and of a pregnancy loss. */
  maternityAllowanceDays: Parameter<{ birth: number; caesareanOrDifficultExtra: number; perExtraBaby: number; pregnancyLoss: PregnancyLossDays[] }>;
  /** JN-MAT-ALLOW: the continuous-contribution condition. */
  maternityAllowanceQualifying: Parameter<AllowanceQualifying>;
  /** JN-MAT-ALLOW: the daily allowance from the monthly wage basis. */
  maternityAllowanceDailyRate: Parameter<AllowanceDailyRate>;
  /** Rules of 004 §六 the engine does not compute, with the reason. */
  maternityNotComputed: Parameter<NotComputed[]>;
}

export const JINING_MATERNITY_PARAMETERS: JiningMaternityParameters = {
  maternityEntitlement: {
    value: { medical: ['PUBLIC_SECTOR', 'ENTERPRISE'], allowance: ['PUBLIC_SECTOR', 'ENTERPRISE'], retired: false },
    effectiveFrom: HANDBOOK, source: '004 §六1 (社会保险法第五十三条)',
    description: {
      zh: '职工应当参加生育保险，由用人单位缴纳生育保险费；用人单位已经缴纳生育保险费的，其职工享受生育保险待遇（包括生育医疗费用和生育津贴）',
      en: 'Members whose employer pays maternity insurance (public sector and enterprise) have maternity medical costs and the allowance; flexible workers, unemployed members and retirees have none',
    },
    reading: 'The handbook names no categories; it cites 社会保险法 第五十三条 (the employer pays). Flexible workers and unemployed members have no employer paying: read as not entitled. The handbook\'s "企业女职工享受生育津贴的，实行免申即享" is read as a procedure for enterprises, not a limit of the allowance to them.',
  },
  maternityLevels: {
    value: ['PRIMARY', 'SECONDARY', 'TERTIARY', 'TERTIARY_B', 'TERTIARY_A', 'UNRATED'],
    effectiveFrom: HANDBOOK, source: '004 §六4(1)',
    description: { zh: '在协议管理医疗机构', en: 'Maternity care at contracted hospitals of any level; not at pharmacies' },
  },
  maternityProcedures: {
    value: maternityProcedures(JINING_MATERNITY_PROCEDURES),
    effectiveFrom: HANDBOOK, source: '004 §六4',
    description: { zh: '分娩（顺产、剖腹产、难产）、产前检查费用定额补助、计划生育手术费和住院引（流）产限额', en: 'Deliveries, the antenatal subsidy (1,600) and the 14 family-planning limits' },
  },
  maternityScopeShareBp: {
    value: { CLASS_A: 10_000, CLASS_B: 10_000, SELF_PAY: 0 },
    effectiveFrom: HANDBOOK, source: '004 §六4(1), §二1',
    description: { zh: '女职工分娩发生范围内医疗费，在协议管理医疗机构实行个人零负担', en: 'A delivery\'s in-scope costs are paid in full (zero burden); self-pay items stay with the patient' },
    reading: '"范围内医疗费" = the policy amount; the handbook gives no class-B pre-self-pay share (as JN-SCOPE), so class B counts in full.',
  },
  maternityAllowanceDays: {
    value: {
      birth: 98, caesareanOrDifficultExtra: 15, perExtraBaby: 15,
      pregnancyLoss: [{ fromMonths: 0, toMonths: 4, days: 15 }, { fromMonths: 4, toMonths: null, days: 42 }],
    },
    effectiveFrom: HANDBOOK, source: '004 §六3②③',
    description: { zh: '顺产98天；剖腹产、难产的增加15天；多胞胎生育的，每多生一胎增加15天；怀孕未满4个月流产的15天；怀孕满4个月引、流产的42天', en: 'Birth 98 days, +15 for a caesarean or difficult birth, +15 per further baby; pregnancy loss before 4 completed months 15 days, from 4 months 42' },
    reading: 'A caesarean that is also a difficult birth adds 15 once ("剖腹产、难产的增加15天").',
  },
  maternityAllowanceQualifying: {
    value: { continuousMonths: 12, below: 'DEFERRED' },
    effectiveFrom: HANDBOOK, source: '004 §六3①',
    description: { zh: '女职工生育时连续参保缴费满1年的，生育次月即可申请领取生育津贴；不满1年的，用人单位连续为职工参保缴费满1年后补支', en: 'With 12 months of unbroken contribution at the birth the allowance is paid the next month; with fewer it is paid later (补支), once the employer has contributed 12 months' },
  },
  maternityAllowanceDailyRate: {
    value: { divisorHundredthDays: 3_000, roundDailyRateFirst: false },
    effectiveFrom: HANDBOOK, source: '004 §六3④',
    description: { zh: '女职工生育津贴支付标准：单位上年度月平均缴费工资除以30天乘以津贴天数', en: 'Allowance = the employer\'s average monthly contribution wage of the previous year ÷ 30 × the days' },
    reading: 'Rounded half-up once (wage × days ÷ 30), not the daily rate first.',
  },
  maternityNotComputed: {
    value: [
      { rule: '004 §六1 男职工未就业配偶', reason: 'the handbook cites the right (按照国家规定享受生育医疗费用待遇) but gives no standard: a spouse\'s claim is refused with MATERNITY_NOT_COMPUTABLE' },
      { rule: '004 §六4(1) 并发症、各类疾病', reason: 'a stay for a pregnancy or birth complication settles by the basic rules: claim it as INPATIENT (a maternity claim flagged maternityComplication is refused)' },
      { rule: '004 §六4(2) 产前检查 condition', reason: 'the 1,600 subsidy needs a delivery stay or a stay for a loss from 16 weeks; an estimate cannot check it, the caller states it by the claim' },
      { rule: '004 §六2 申领方式', reason: 'declaration channels (联网报销, 线上, 现场) are a workflow, not a settlement' },
      { rule: '004 §六 异地', reason: 'the handbook gives no remote-care rule for maternity: remote maternity care settles as at home' },
    ],
    effectiveFrom: HANDBOOK, source: '004 §六',
    description: { zh: '生育保险中不计算的规定', en: 'Maternity rules the engine does not compute, with the reason' },
  },
};
