/**
 * LZ-/JN-/YC-ELIG-WAITING: benefits start only after the waiting period (待遇享受等待期) and inside the
 * benefit period (待遇享受期). From the person's enrolment date (`enrolledSince`: for a flexible
 * worker, the start of the continuous contributions), the category, a contribution gap and the
 * enrolment route, the rule computes the first day of benefits; a claim whose costs start earlier
 * (a stay: its admission date) is refused. Without an enrolment date nothing is checked (and the trace stays silent: most estimates have none).
 */
import { firstOfMonthAfter, addMonths, isCalendarDate } from '../../calendar';
import { SettlementError } from '../errors';
import type { SettlementInput } from '../types';
import type { EligibilityPack } from './context';
import { type EligibilityContext, refuse } from './context';

interface BenefitStart {
  date: string;
  why: string;
  clause: string;
}

export function checkEnrolment(ctx: EligibilityContext): void {
  const { input, p } = ctx;
  const since = input.person.enrolledSince;
  const gap = input.person.contributionGapMonths;
  if (gap !== undefined && (!Number.isSafeInteger(gap) || gap < 0)) {
    throw new SettlementError('INPUT_NOT_APPLICABLE', ['person', 'contributionGapMonths'], 'the contribution gap is a whole number of months, at least 0');
  }
  if (since === undefined) return; // an estimate without the enrolment date: nothing to check
  if (!isCalendarDate(since)) throw new SettlementError('INVALID_DATE', ['person', 'enrolledSince'], `"${since}" is not a calendar date YYYY-MM-DD`);
  const costsFrom = input.admissionDate ?? input.date;
  if (costsFrom < since) {
    refuse('NOT_ENROLLED', ['date'], (input.scheme === 'EMPLOYEE' ? p.employeeWaiting : p.residentBenefitStart).source,
      `the person is enrolled since ${since}, after the ${input.admissionDate ? 'admission' : 'service'} date ${costsFrom}`);
  }
  const start = input.scheme === 'EMPLOYEE' ? employeeStart(input, p, since) : residentStart(input, p, since);
  if (start === null) return;
  if (costsFrom < start.date) {
    refuse('WAITING_PERIOD', ['date'], start.clause,
      `${start.why}: benefits start on ${start.date}, after the ${input.admissionDate ? 'admission' : 'service'} date ${costsFrom}`);
  }
  // A claim that passes leaves no trace step: settleClaim (which always knows the enrolment) and
  // an estimate without it give the same trace.
}

function employeeStart(input: SettlementInput, p: EligibilityPack, since: string): BenefitStart | null {
  const rule = p.employeeWaiting.value;
  if (rule === null) return null;
  const category = input.person.employeeCategory;
  const route = input.person.enrolmentRoute;
  if (route !== undefined && rule.exemptRoutes.includes(route)) {
    return { date: since, why: `enrolled on ${since} by a continuous scheme transfer (连续转参)`, clause: p.employeeWaiting.source };
  }
  const gapRule = p.employeeGapWaiting.value;
  const gap = input.person.contributionGapMonths ?? 0;
  if (gapRule !== null && category !== undefined && gapRule.categories.includes(category) && gap > gapRule.gapOverMonths) {
    return {
      date: firstOfMonthAfter(since, gapRule.waitMonths),
      why: `${category.toLowerCase()} worker back on ${since} after a ${gap}-month contribution gap (over ${gapRule.gapOverMonths}): ${gapRule.waitMonths} months of contributions first`,
      clause: p.employeeGapWaiting.source,
    };
  }
  const months = (category !== undefined ? rule.byCategory[category] : undefined) ?? rule.defaultMonths;
  const why = months === rule.defaultMonths
    ? `enrolled on ${since}: benefits from the next month (次月享受)`
    : `${category?.toLowerCase()} worker contributing since ${since}: benefits from the month after ${months} months of continuous contribution (连续缴费满${months}个月的次月)`;
  return { date: firstOfMonthAfter(since, months), why, clause: p.employeeWaiting.source };
}

function residentStart(input: SettlementInput, p: EligibilityPack, since: string): BenefitStart | null {
  const rule = p.residentBenefitStart.value;
  if (rule === null) return null;
  const clause = p.residentBenefitStart.source;
  const route = input.person.enrolmentRoute;
  if (route !== undefined && rule.exemptRoutes.includes(route)) {
    return { date: since, why: `enrolled on ${since} as ${route.toLowerCase().replace('_', ' ')} (不受缴费期限限制)`, clause };
  }
  const category = input.person.assistanceCategory;
  if (rule.lowIncomeExempt && category !== undefined && category !== 'ILLNESS_INDUCED_POVERTY') {
    return { date: since, why: `enrolled on ${since} as low-income (${category}), covered at once (实时动态纳入保障)`, clause };
  }
  const year = Number(since.slice(0, 4));
  const regular = since.slice(5) === '01-01';
  if (rule.kind === 'NEXT_BENEFIT_YEAR') {
    if (route === 'STUDENT') {
      const september = `${year}-${String(rule.studentYearStartMonth).padStart(2, '0')}-01`;
      const date = since > september ? since : september;
      return { date, why: `student enrolled on ${since}: the student benefit year runs September to August`, clause };
    }
    if (regular) return { date: since, why: `enrolled for the benefit year from ${since}`, clause };
    return { date: `${year + 1}-01-01`, why: `resident enrolled on ${since}: a payment covers the next benefit year (待遇享受期为次年1月1日起)`, clause };
  }
  if (regular) return { date: since, why: `enrolled for the benefit year from ${since}`, clause };
  return {
    date: addMonths(since, rule.months), why: `resident paying on ${since}, outside the collection period: ${rule.months}-month waiting period (等待期)`, clause,
  };
}
