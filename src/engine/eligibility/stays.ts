/**
 * LZ-/JN-/YC-ELIG-STAY: stays and the outpatient benefits around them. A stay's admission date (入院日期)
 * must not be after its discharge, and day surgery lasts at most 48 hours (longer is an ordinary
 * stay). An outpatient, chronic, two-disease or TCM day-clinic claim dated inside a stay or day
 * surgery on record (住院期间: from admission up to, not including, discharge; a same-day stay is
 * its one day) is refused; in Jining an employee's outpatient costs of the 3 days before
 * admission belong to the stay. A stay overlapping a stay on record is refused.
 */
import { addDays, daysBetween, isCalendarDate } from '../../calendar';
import { SettlementError } from '../errors';
import type { SettlementInput, StayPeriod } from '../types';
import { type EligibilityContext, refuse, type StayRange } from './context';

const STAYS = ['INPATIENT', 'DAY_SURGERY'];

/** The stay's days: [admission, discharge), or the admission day alone for a same-day stay. */
export function stayRange(admissionDate: string, dischargeDate: string): StayRange {
  return { from: admissionDate, to: admissionDate < dischargeDate ? dischargeDate : addDays(admissionDate, 1) };
}

function describe(stay: StayPeriod): string {
  return `${stay.visitType === 'DAY_SURGERY' ? 'day surgery' : 'stay'} from ${stay.admissionDate} to ${stay.dischargeDate}`;
}

export function checkStays(ctx: EligibilityContext): void {
  const { input, p } = ctx;
  const stays = input.person.stays ?? [];
  stays.forEach((s, i) => {
    if (!isCalendarDate(s.admissionDate) || !isCalendarDate(s.dischargeDate) || s.admissionDate > s.dischargeDate || !STAYS.includes(s.visitType)) {
      throw new SettlementError('INVALID_DATE_RANGE', ['person', 'stays', String(i)], 'a stay needs calendar dates with the admission on or before the discharge');
    }
  });
  const admission = input.admissionDate;
  const isStay = STAYS.includes(input.visitType);
  if (admission !== undefined) {
    if (!isStay) throw new SettlementError('INPUT_NOT_APPLICABLE', ['admissionDate'], 'an admission date applies to INPATIENT and DAY_SURGERY claims only');
    if (!isCalendarDate(admission)) throw new SettlementError('INVALID_DATE', ['admissionDate'], `"${admission}" is not a calendar date YYYY-MM-DD`);
    if (admission > input.date) throw new SettlementError('INVALID_DATE_RANGE', ['admissionDate'], `admitted on ${admission}, after the discharge date ${input.date}`);
    const maxDays = p.daySurgeryMaxDays.value;
    if (input.visitType === 'DAY_SURGERY' && maxDays !== null && daysBetween(admission, input.date) > maxDays) {
      refuse('DAY_SURGERY_TOO_LONG', ['admissionDate'], p.daySurgeryMaxDays.source,
        `day surgery from ${admission} to ${input.date} lasts more than 48 hours: it is settled as an ordinary stay (INPATIENT) with its costs`);
    }
  }
  const rule = p.stayPause;
  if (isStay) {
    const own = stayRange(admission ?? input.date, input.date);
    const overlapping = stays.find((s) => {
      const r = stayRange(s.admissionDate, s.dischargeDate);
      return r.from < own.to && own.from < r.to;
    });
    if (overlapping && admission !== undefined) {
      refuse('OVERLAPPING_STAY', ['admissionDate'], rule.source, `the ${describe(overlapping)} on record overlaps this one from ${admission} to ${input.date}`);
    }
    if (admission === undefined) return;
    // Outpatient claims already settled inside this stay (Jining employees: or in the 3 days before it).
    const paused = pausedVisitTypes(rule.value.visitTypes, input.scheme);
    const mergeDays = rule.value.preAdmissionMergeDays;
    const mergeFrom = mergeDays !== null && input.scheme === 'EMPLOYEE' ? addDays(own.from, -mergeDays) : own.from;
    const inside = (input.person.outpatientVisits ?? []).filter((v) => paused.includes(v.visitType)
      && (own.from <= v.date || (v.visitType === 'OUTPATIENT' && mergeFrom <= v.date)) && v.date < own.to);
    if (inside.length > 0) {
      refuse('OUTPATIENT_SETTLED_DURING_STAY', ['admissionDate'], rule.source,
        `outpatient claims of the person are settled ${mergeFrom < own.from ? `within ${mergeDays} days before or ` : ''}inside this stay from ${admission} to ${input.date}: `
        + `${inside.map((v) => `${v.visitType} on ${v.date} (${v.reference})`).join(', ')}; reverse them and bill their costs with the stay`);
    }
    return;
  }
  const paused = pausedVisitTypes(rule.value.visitTypes, input.scheme);
  if (!paused.includes(input.visitType)) return;
  const date = input.date;
  const during = stays.find((s) => {
    const r = stayRange(s.admissionDate, s.dischargeDate);
    return r.from <= date && date < r.to;
  });
  if (during) {
    refuse('OUTPATIENT_DURING_STAY', ['date'], rule.source,
      `${date} is inside the person's ${describe(during)}: no ${input.visitType} benefit during a stay or day surgery (住院期间不享受门诊待遇); bill these costs with the stay`);
  }
  const mergeDays = rule.value.preAdmissionMergeDays;
  if (mergeDays !== null && input.scheme === 'EMPLOYEE' && input.visitType === 'OUTPATIENT') {
    const before = stays.find((s) => addDays(s.admissionDate, -mergeDays) <= date && date < s.admissionDate);
    if (before) {
      refuse('OUTPATIENT_MERGES_INTO_STAY', ['date'], rule.source,
        `${date} is within the ${mergeDays} days before the admission of the person's ${describe(before)}: these outpatient costs are settled with the stay (住院前三天的门急诊费用纳入本次住院费用合并结算)`);
    }
  }
  // A claim outside every stay leaves no trace step (settleClaim and an estimate give the same trace).
}

/**
 * The visit types a stay pauses for the scheme. Retired cadres (离休干部, Lanzhou 000 §七) are
 * paid from their own fund and the sources state no pause for them: none is checked.
 */
function pausedVisitTypes<T>(byScheme: Record<'EMPLOYEE' | 'RESIDENT', readonly T[]>, scheme: SettlementInput['scheme']): readonly T[] {
  return scheme === 'RETIRED_CADRE' ? [] : byScheme[scheme];
}
