/**
 * `maternityAllowance` (生育津贴 / 护理假津贴): the days and amount of an employee's maternity
 * allowance from the wage basis and the contribution record, computed by the pack in force
 * on the event's date. No key needed; nothing is stored.
 */
import {
  ALLOWANCE_EVENTS, ALLOWANCE_STATUSES, DELIVERY_MODES, type AllowanceEvent, type AllowanceStatus, type DeliveryMode,
  maternityAllowance, type MaternityAllowanceResult,
} from '../engine/allowance';
import type { City, EmployeeCategory } from '../domain';
import { builder } from './builder';
import { CityEnum, EmployeeCategoryEnum } from './enums';
import { asGraphQLError, TraceStepRef, withoutNulls } from './settlement';

const EVENT_NAMES: Record<AllowanceEvent, string> = {
  BIRTH: '生育 / Birth: 生育津贴 (Lanzhou 180 days; Jining 98, +15 caesarean or difficult, +15 per further baby)',
  PREGNANCY_LOSS: '流产、引产 / Pregnancy loss: 计划生育项目津贴 by completed months (Lanzhou 15/42/90 days; Jining 15/42)',
  NURSING_LEAVE: '护理假 / The father\'s nursing leave: 护理假津贴 30 days (Lanzhou only)',
};

const AllowanceEventEnum = builder.enumType('MaternityAllowanceEvent', {
  description: '津贴事由 / What the maternity allowance is for.',
  values: Object.fromEntries(ALLOWANCE_EVENTS.map((e) => [e, { value: e, description: EVENT_NAMES[e] }])) as Record<AllowanceEvent, { value: AllowanceEvent; description: string }>,
});

const DeliveryModeEnum = builder.enumType('DeliveryMode', {
  description: '分娩方式 / Mode of delivery.',
  values: Object.fromEntries(DELIVERY_MODES.map((m) => [m, { value: m, description: { NORMAL: '顺产 / Normal delivery', CAESAREAN: '剖腹产 / Caesarean section', DIFFICULT: '难产 / Difficult delivery' }[m] }])) as Record<DeliveryMode, { value: DeliveryMode; description: string }>,
});

const STATUS_NAMES: Record<AllowanceStatus, string> = {
  PAYABLE: '可领取 / The contribution condition is met: the amount is paid.',
  DEFERRED: '补支 / Not yet met, paid later (补支) once it is (Jining: the employer has contributed 12 months): the amount is what will be paid.',
  NOT_ELIGIBLE: '不符合条件 / Not met, no allowance (Lanzhou: fewer than 13 months of unbroken contribution up to the event\'s month): the amount is 0.',
};

const AllowanceStatusEnum = builder.enumType('MaternityAllowanceStatus', {
  description: '津贴状态 / Whether the allowance is paid, given the continuous-contribution condition.',
  values: Object.fromEntries(ALLOWANCE_STATUSES.map((s) => [s, { value: s, description: STATUS_NAMES[s] }])) as Record<AllowanceStatus, { value: AllowanceStatus; description: string }>,
});

const MaternityAllowanceInput = builder.inputType('MaternityAllowanceInput', {
  description: '生育津贴测算 / An employee\'s maternity allowance claim: the event, the wage basis and the contribution record.',
  fields: (t) => ({
    city: t.field({ type: CityEnum, required: true, description: '统筹地区 / The city of insurance.' }),
    event: t.field({ type: AllowanceEventEnum, required: true, description: '津贴事由 / What the allowance is for.' }),
    date: t.field({ type: 'Date', required: true, description: '生育或流产日期 / The day of the birth or loss (NURSING_LEAVE: the spouse\'s birth); picks the policy pack.' }),
    employeeCategory: t.field({ type: EmployeeCategoryEnum, required: true, description: '职工类别 / Employee category (Lanzhou: only ENTERPRISE members pay the 9% that carries the allowance).' }),
    retired: t.boolean({ description: '退休 / Retired; default false (retirees have no allowance).' }),
    continuousContributionMonths: t.int({ required: true, description: '连续缴费月数 / Months of unbroken contribution up to and including the month of the event.' }),
    averageMonthlyWage: t.field({
      type: 'Money',
      description: '月缴费工资基数 / The monthly wage basis. Lanzhou: 本人生育前12个月的平均缴费工资 (the member\'s own average of the 12 months before); Jining: 单位上年度月平均缴费工资 (the employer\'s average of the previous year). Give this or monthlyWages.',
    }),
    monthlyWages: t.field({
      type: ['Money'], description: '前12个月缴费工资 / Instead of averageMonthlyWage: the 12 monthly contribution wages it averages (the average is not rounded before the amount).',
    }),
    pregnancyMonths: t.int({ description: '怀孕满N个月 / PREGNANCY_LOSS (required there): completed months of pregnancy.' }),
    deliveryMode: t.field({ type: DeliveryModeEnum, description: '分娩方式 / BIRTH: the mode of delivery; default NORMAL (Jining adds 15 days for CAESAREAN or DIFFICULT).' }),
    babies: t.int({ description: '胎数 / BIRTH: the number of babies; default 1 (Jining adds 15 days per further baby).' }),
  }),
});

const MaternityAllowanceRef = builder.objectRef<MaternityAllowanceResult>('MaternityAllowance').implement({
  description: '生育津贴 / 护理假津贴: the days, the daily allowance and the amount, with the trace.',
  fields: (t) => ({
    city: t.field({ type: CityEnum, resolve: (r) => r.city }),
    event: t.field({ type: AllowanceEventEnum, resolve: (r) => r.event }),
    days: t.exposeInt('days', { description: '津贴天数.' }),
    wageBasis: t.field({ type: 'Money', description: 'The monthly wage basis (the average of monthlyWages, rounded to the fen for display).', resolve: (r) => r.wageBasisFen }),
    dailyAllowance: t.field({ type: 'Money', description: 'Basis ÷ 30 (the pack\'s reading parameter), rounded to the fen for display; the amount is rounded once.', resolve: (r) => r.dailyAllowanceFen }),
    amount: t.field({ type: 'Money', description: 'Basis × days ÷ 30, rounded half-up once; 0 when NOT_ELIGIBLE.', resolve: (r) => r.amountFen }),
    status: t.field({ type: AllowanceStatusEnum, resolve: (r) => r.status }),
    policyPack: t.exposeString('policyPack'),
    trace: t.field({ type: [TraceStepRef], resolve: (r) => r.trace }),
  }),
});

builder.queryField('maternityAllowance', (t) =>
  t.field({
    type: MaternityAllowanceRef,
    description: '生育津贴 / 护理假津贴 of an insured employee (Lanzhou 000 §二(二)3, Jining 004 §六3). No key needed; nothing is stored.',
    args: { input: t.arg({ type: MaternityAllowanceInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      void ctx;
      try {
        const i = withoutNulls(input);
        return maternityAllowance({
          city: i.city as City, event: i.event, date: i.date, employeeCategory: i.employeeCategory as EmployeeCategory, retired: i.retired,
          continuousContributionMonths: i.continuousContributionMonths, averageMonthlyWageFen: i.averageMonthlyWage, monthlyWagesFen: i.monthlyWages,
          pregnancyMonths: i.pregnancyMonths, deliveryMode: i.deliveryMode, babies: i.babies,
        });
      } catch (error) {
        return asGraphQLError(error);
      }
    },
  }),
);
