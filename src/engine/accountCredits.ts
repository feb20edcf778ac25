/**
 * 个人账户划入: the monthly credits of an employee's personal account, computed from the
 * person's category, retirement, contribution base and age with the pack in force for the month,
 * so that a balance accrues by date (LZ-ACCT-CREDIT, JN-ACCT-CREDIT).
 *  - Lanzhou (000 §二(二)1(1); 001 第十六条): unit employees 2% of the contribution base;
 *    flexible workers and the unemployed nothing; retirees a fixed amount (90 a month in 2023,
 *    120 in 2024), from the month after retirement (在职转退休，从次月起).
 *  - Jining (004 §一4): employees their 2% personal contribution; flexible workers no account;
 *    retirees 100 a month under 70, 125 from 70.
 * A month's credit is dated its first day; the base and the age are those of that day. Pure.
 */
import type { City, EmployeeCategory, Scheme } from '../domain';
import { packInForce, type PolicyPack } from '../policy';
import { applyRate } from './money';
import { pct, yuan } from './text';

/** What the credits depend on. */
export interface AccountHolder {
  city: City;
  scheme: Scheme;
  employeeCategory: EmployeeCategory | null;
  retired: boolean;
  /** Day of retirement (在职转退休); null with retired = retired throughout. */
  retiredOn: string | null;
  /** From the ID number; null = unknown. */
  birthDate: string | null;
  /** First day of enrolment: credits start with its month. */
  enrolledSince: string;
  /** 缴费基数 with the day each takes effect. */
  contributionBases: { effectiveFrom: string; baseFen: number }[];
}

export interface MonthlyCredit {
  /** 'YYYY-MM'. */
  month: string;
  amountFen: number;
  ruleId: string;
  clause: string;
  policyPack: string | null;
  reason: string;
}

/** 'YYYY-MM' of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Whole years of age on the day. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Credit rules of the pack, as data with their clauses. */
interface CreditRules {
  shareOfBaseBp: Partial<Record<EmployeeCategory, number>>;
  retiree: { monthlyFen: number; fromAge: number | null; fromAgeMonthlyFen: number | null };
  shareClause: string;
  retireeClause: string;
}

function rulesOf(pack: PolicyPack): CreditRules | null {
  switch (pack.ruleSet) {
    case 'LANZHOU': {
      const p = pack.parameters;
      return {
        shareOfBaseBp: p.employeeAccountShareOfBaseBp.value,
        retiree: { monthlyFen: p.retireeAccountMonthlyCreditFen.value, fromAge: null, fromAgeMonthlyFen: null },
        shareClause: p.employeeAccountShareOfBaseBp.source, retireeClause: p.retireeAccountMonthlyCreditFen.source,
      };
    }
    case 'JINING': {
      const p = pack.parameters;
      const r = p.retireeAccountCredit.value;
      return {
        shareOfBaseBp: p.employeeAccountShareOfBaseBp.value,
        retiree: { monthlyFen: r.underAgeFen, fromAge: r.age, fromAgeMonthlyFen: r.fromAgeFen },
        shareClause: p.employeeAccountShareOfBaseBp.source, retireeClause: p.retireeAccountCredit.source,
      };
    }
    case 'YINCHUAN':
      return null;
  }
}

/** The credit of one month. */
export function monthlyCredit(holder: AccountHolder, month: string): MonthlyCredit {
  const day = `${month}-01`;
  const ruleId = holder.city === 'JINING' ? 'JN-ACCT-CREDIT' : holder.city === 'LANZHOU' ? 'LZ-ACCT-CREDIT' : 'ACCT-CREDIT';
  const none = (reason: string, clause = '', policyPack: string | null = null): MonthlyCredit => ({ month, amountFen: 0, ruleId, clause, policyPack, reason });
  if (holder.scheme !== 'EMPLOYEE') return none('only employees (职工) have a personal account');
  // Months are many (from the enrolment on): a lookup, not selectPack's error, for a month without a pack.
  const pack: PolicyPack | undefined = packInForce(holder.city, day);
  if (!pack) return none(`no ${holder.city} policy pack is in force on ${day}`);
  const rules = rulesOf(pack);
  if (rules === null) return none(`the ${pack.id} pack (cross-province chronic care only) has no personal-account rules`, '', pack.id);
  const retiredNow = holder.retired && (holder.retiredOn === null || monthOf(holder.retiredOn) < month);
  if (retiredNow) {
    const r = rules.retiree;
    const source = rules.retireeClause;
    if (r.fromAge !== null && r.fromAgeMonthlyFen !== null) {
      if (holder.birthDate === null) {
        return { month, amountFen: r.monthlyFen, ruleId, clause: source, policyPack: pack.id, reason: `retiree, age unknown: ${yuan(r.monthlyFen)} (under ${r.fromAge})` };
      }
      const age = ageOn(holder.birthDate, day);
      const amountFen = age >= r.fromAge ? r.fromAgeMonthlyFen : r.monthlyFen;
      return { month, amountFen, ruleId, clause: source, policyPack: pack.id, reason: `retiree aged ${age} on ${day}: ${yuan(amountFen)} a month (${age >= r.fromAge ? `${r.fromAge} and over` : `under ${r.fromAge}`})` };
    }
    return { month, amountFen: r.monthlyFen, ruleId, clause: source, policyPack: pack.id, reason: `retiree: fixed credit ${yuan(r.monthlyFen)} a month${holder.retiredOn ? ` (retired ${holder.retiredOn}, from the month after)` : ''}` };
  }
  const source = rules.shareClause;
  const category = holder.employeeCategory;
  const shareBp = category === null ? 0 : rules.shareOfBaseBp[category] ?? 0;
  if (shareBp === 0) return none(`${category ?? 'unknown category'}: no personal-account credit (不划入)`, source, pack.id);
  const base = [...holder.contributionBases].filter((b) => b.effectiveFrom <= day).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
  if (!base) return none(`${category}: ${pct(shareBp)} of the contribution base, but no base is on record on ${day}`, source, pack.id);
  const amountFen = applyRate(base.baseFen, shareBp);
  return { month, amountFen, ruleId, clause: source, policyPack: pack.id, reason: `${category}: ${pct(shareBp)} of the contribution base ${yuan(base.baseFen)} (from ${base.effectiveFrom})` };
}

/** Every month's credit from the enrolment month through the month of `through`. */
export function creditsThrough(holder: AccountHolder, through: string): MonthlyCredit[] {
  const out: MonthlyCredit[] = [];
  const last = monthOf(through);
  for (let m = monthOf(holder.enrolledSince); m <= last; m = nextMonth(m)) out.push(monthlyCredit(holder, m));
  return out;
}

/** The sum of the credits through the day. */
export function creditedThrough(holder: AccountHolder, through: string): number {
  if (holder.scheme !== 'EMPLOYEE' || through < holder.enrolledSince) return 0;
  return creditsThrough(holder, through).reduce((sum, c) => sum + c.amountFen, 0);
}
