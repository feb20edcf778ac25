/**
 * JN-LTC: long-term care (长期护理保险, 004 §七7-8). No deductible. The disability grade decides the
 * standard a kind of care settles at (grade 2: home care; grade 3: medical care as institutional
 * care). Employees: medical care 90 / 85 / 80% by hospital class, institutional care 85%, home
 * care 90%. Residents: medical care 75 / 70 / 65%, institutional care 70%, home care the bill up
 * to 30 yuan a day. Paid by the 长期护理保险基金, reported in basicPoolPayment.
 */
import type { LongTermCareKind } from '../../domain';
import type { JiningParameters } from '../../policy/jining-parameters';
import { ACC } from '../accumulators';
import { flatRate, settleBands } from '../blocks/bands';
import { pct, yuan, yuanZh, zh } from '../text';
import type { LongTermCare } from '../types';
import { hospitalClassOf, type JiningContext, type Segment } from './context';
import type { ScopedClaim } from './scope';

/** The standard the kind of care settles at for the grade (no grade: the kind itself); null = not eligible. */
export function careStandard(care: LongTermCare, p: JiningParameters): LongTermCareKind | null {
  if (care.disabilityGrade === undefined) return care.kind;
  return p.longTermCareGrades.value[String(care.disabilityGrade)]?.[care.kind] ?? null;
}

/** 服务形式 in Chinese, for the trace. */
const CARE_ZH: Record<string, string> = { MEDICAL_CARE: '医疗专护', INSTITUTIONAL_CARE: '机构护理', HOME_CARE: '居家护理' };

export function settleLongTermCare(ctx: JiningContext, scoped: ScopedClaim): Segment {
  const { input, p, ledger } = ctx;
  const care = input.longTermCare;
  const standard = care ? careStandard(care, p) : null;
  if (!care || !standard) throw new Error('a Jining long-term care claim passed validation without an eligible care standard');
  const rates = p.longTermCareRates;
  const gradeText = care.disabilityGrade === undefined
    ? `${care.kind} (no grade given: the kind's own standard)`
    : `${care.kind} at grade ${care.disabilityGrade}: settled at the ${standard} standard`;
  const gradeTextZh = `${CARE_ZH[care.kind]}，失能等级${care.disabilityGrade}：按${CARE_ZH[standard]}标准结算`;
  if (care.disabilityGrade !== undefined) ledger.step('JN-LTC', p.longTermCareGrades.source, gradeText, gradeTextZh);

  let basicFen: number;
  if (input.scheme === 'RESIDENT' && standard === 'HOME_CARE') {
    const daily = rates.value.RESIDENT.HOME_DAILY_FEN;
    const limitFen = daily * care.days;
    const settled = settleBands({ positionFen: 0, amountFen: scoped.policyFen, bands: flatRate(10_000), cap: { amountFen: limitFen, usedFen: 0 } });
    basicFen = ledger.pay('JN-LTC', rates.source, 'BASIC', settled, { cap: { name: `home care ${yuan(daily)} a day × ${care.days} days (居家护理每日支付限额)`, amountFen: limitFen } });
    ledger.step('JN-LTC', rates.source,
      `resident home care, ${care.days} days: no deductible, no rate; the fund pays the policy amount ${yuan(scoped.policyFen)} up to ${yuan(daily)} × ${care.days} = ${yuan(limitFen)}: paid ${yuan(basicFen)}`,
      `居民居家护理${care.days}天：不设起付线和比例；基金支付政策范围内费用${yuanZh(scoped.policyFen)}，以${yuanZh(daily)} × ${care.days} = ${yuanZh(limitFen)}为限：支付${yuanZh(basicFen)}`);
  } else {
    const rateBp = careRate(ctx, standard);
    const settled = settleBands({ positionFen: 0, amountFen: scoped.policyFen, bands: flatRate(rateBp) });
    basicFen = ledger.pay('JN-LTC', rates.source, 'BASIC', settled);
    const where = standard === 'MEDICAL_CARE' ? ` at ${hospitalClassOf(ctx)}` : '';
    ledger.step('JN-LTC', rates.source,
      `${input.scheme.toLowerCase()} ${standard}${where}, ${care.days} days: no deductible, ${yuan(scoped.policyFen)} at ${pct(rateBp)}: paid ${yuan(basicFen)} by the long-term care fund`,
      `${zh(input.scheme)}${CARE_ZH[standard]}${standard === 'MEDICAL_CARE' ? `（${zh(hospitalClassOf(ctx))}医院）` : ''}${care.days}天：不设起付线，${yuanZh(scoped.policyFen)}按${pct(rateBp)}由长期护理保险基金支付：${yuanZh(basicFen)}`);
  }
  ledger.count(ACC.longTermCarePaid, basicFen);
  return { policyFen: scoped.policyFen, basicFen, largeAmountFen: 0 };
}

function careRate(ctx: JiningContext, standard: Exclude<LongTermCareKind, never>): number {
  const { input, p } = ctx;
  if (input.scheme === 'EMPLOYEE') {
    const r = p.longTermCareRates.value.EMPLOYEE;
    return standard === 'MEDICAL_CARE' ? r.MEDICAL_CARE[hospitalClassOf(ctx)] : r[standard];
  }
  const r = p.longTermCareRates.value.RESIDENT;
  if (standard === 'MEDICAL_CARE') return r.MEDICAL_CARE[hospitalClassOf(ctx)];
  if (standard === 'INSTITUTIONAL_CARE') return r.INSTITUTIONAL_CARE;
  throw new Error('resident home care has no rate');
}
