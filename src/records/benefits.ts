/**
 * What a hospital records for the benefit lines of issue 12, and what settleClaim checks
 * against it: 特药 approvals (Jining, valid for their calendar year), 罕见病 registrations
 * (Jining, until the form's end date, at the designated hospital), long-term care assessments
 * (Jining, the grade for 2 years; no stay during a care period), the chronic institutions a
 * Yinchuan filer chose (2 of secondary level or above and 1 primary, changed only in Q2 / Q4)
 * and coverage gaps (停保, every city). Each writer validates fully before it writes.
 */
import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import type { Context } from '../context';
import type { InstitutionLevel, RareDisease } from '../domain';
import {
  chronicInstitutionChoices, coverageGaps, longTermCareAssessments, rareDiseaseRegistrations, remoteCareFilings,
  specialDrugApprovals,
} from '../db/records';
import { institutions } from '../db/schema';
import type { SettlementInput } from '../engine/types';
import { JINING_2024, YINCHUAN_2021 } from '../policy';
import { actingInstitution, personForCaller, requireKey, type PersonRow, type Queryable } from './access';
import type { SettleRecords } from './settle-records';
import { lastDayOfYears } from './dates';
import { RecordsError } from './errors';
import { withWriteRetry } from './retry';

const JP = JINING_2024.parameters;
const YP = YINCHUAN_2021.parameters;

function requireCity(person: PersonRow, city: string, what: string): void {
  if (person.city !== city) throw new RecordsError('NOT_APPLICABLE_TO_CITY', ['personId'], `${what} is a ${city} benefit; the person is insured in ${person.city}.`);
}

function checkRange(from: string, until: string | null | undefined, field: string): void {
  if (until != null && until < from) throw new RecordsError('INVALID_DATE_RANGE', [field], `${field} is before the start.`);
}

/* ---------- writers ---------- */

/** 特药待遇核准 (Jining): valid from approvedOn through 31 December of its year (004 §二(一)5②). */
export async function approveSpecialDrug(ctx: Context, input: { personId: string; approvedOn: string; drugName?: string | null }): Promise<PersonRow> {
  const caller = requireKey(ctx.caller);
  const person = await personForCaller(ctx.db, caller, input.personId, ['personId']);
  requireCity(person, 'JINING', '特药 (special drugs)');
  const drugName = input.drugName?.trim() || null;
  if (drugName && drugName.length > 200) throw new RecordsError('INVALID_NAME', ['drugName'], 'The drug name has at most 200 characters.');
  const now = ctx.clock.now().toISOString();
  await withWriteRetry(() =>
    ctx.db.insert(specialDrugApprovals).values({
      personId: person.id, approvedOn: input.approvedOn, validUntil: `${input.approvedOn.slice(0, 4)}-12-31`, drugName,
      createdByInstitutionId: actingInstitution(caller), createdAt: now,
    }),
  );
  return person;
}

/** 罕见病登记备案 (Jining): the disease, from registeredOn until the registration form's end date. */
export async function registerRareDisease(ctx: Context, input: { personId: string; disease: RareDisease; registeredOn: string; validUntil: string }): Promise<PersonRow> {
  const caller = requireKey(ctx.caller);
  const person = await personForCaller(ctx.db, caller, input.personId, ['personId']);
  requireCity(person, 'JINING', '罕见病 (rare-disease drugs)');
  checkRange(input.registeredOn, input.validUntil, 'validUntil');
  const now = ctx.clock.now().toISOString();
  await withWriteRetry(() =>
    ctx.db.insert(rareDiseaseRegistrations).values({
      personId: person.id, disease: input.disease, registeredOn: input.registeredOn, validUntil: input.validUntil,
      createdByInstitutionId: actingInstitution(caller), createdAt: now,
    }),
  );
  return person;
}

/** 长期护理失能等级评估 (Jining): the grade from validFrom (the day after publicity) for 2 years (004 §七6(4)). */
export async function assessLongTermCare(ctx: Context, input: { personId: string; grade: number; validFrom: string }): Promise<PersonRow> {
  const caller = requireKey(ctx.caller);
  const person = await personForCaller(ctx.db, caller, input.personId, ['personId']);
  requireCity(person, 'JINING', '长期护理 (long-term care)');
  if (!Number.isSafeInteger(input.grade) || input.grade < 0 || input.grade > 5) {
    throw new RecordsError('INVALID_LONG_TERM_CARE', ['grade'], 'The disability grade (长期护理失能等级) is 0 to 5.');
  }
  const now = ctx.clock.now().toISOString();
  await withWriteRetry(() =>
    ctx.db.insert(longTermCareAssessments).values({
      personId: person.id, grade: input.grade, validFrom: input.validFrom, validUntil: lastDayOfYears(input.validFrom, JP.longTermCareAssessmentYears.value),
      createdByInstitutionId: actingInstitution(caller), createdAt: now,
    }),
  );
  return person;
}

const SECONDARY_OR_ABOVE: readonly InstitutionLevel[] = ['SECONDARY', 'TERTIARY', 'TERTIARY_B', 'TERTIARY_A'];

/**
 * 门诊慢特病定点医疗机构 (Yinchuan, 002 §一(一)2备注, §一(一)4): at most 2 institutions of secondary
 * level or above and 1 primary, outside Yinchuan; a change of an earlier choice only in Q2 or Q4.
 */
export async function chooseChronicInstitutions(ctx: Context, input: { personId: string; institutionIds: number[]; chosenOn: string }): Promise<PersonRow> {
  const caller = requireKey(ctx.caller);
  const person = await personForCaller(ctx.db, caller, input.personId, ['personId']);
  requireCity(person, 'YINCHUAN', 'Choosing chronic institutions');
  const rule = YP.chronicInstitutions.value;
  const ids = input.institutionIds;
  if (ids.length === 0) throw new RecordsError('MISSING_INSTITUTION', ['institutionIds'], 'Choose at least one institution.');
  if (new Set(ids).size !== ids.length) throw new RecordsError('DUPLICATE_INSTITUTION', ['institutionIds'], 'An institution is chosen twice.');
  const rows = ids.some((id) => !Number.isSafeInteger(id)) ? [] : await ctx.db.select().from(institutions).where(inArray(institutions.id, ids));
  let higher = 0;
  let primary = 0;
  ids.forEach((id, i) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new RecordsError('UNKNOWN_INSTITUTION', ['institutionIds', String(i)], 'No institution has this id.');
    if (row.city === 'YINCHUAN') throw new RecordsError('NOT_REMOTE', ['institutionIds', String(i)], 'The chronic institutions are chosen at the cross-province filing place, not in Yinchuan.');
    if (SECONDARY_OR_ABOVE.includes(row.level as InstitutionLevel)) higher += 1;
    else if (row.level === 'PRIMARY') primary += 1;
    else throw new RecordsError('LEVEL_NOT_ALLOWED', ['institutionIds', String(i)], `${row.name} is ${row.level}: choose hospitals of secondary level or above, or a primary institution.`);
  });
  if (higher > rule.secondaryOrAbove || primary > rule.primary) {
    throw new RecordsError('TOO_MANY_INSTITUTIONS', ['institutionIds'], `Choose at most ${rule.secondaryOrAbove} institutions of secondary level or above and ${rule.primary} primary institution.`);
  }
  const [latest] = await ctx.db.select().from(chronicInstitutionChoices).where(eq(chronicInstitutionChoices.personId, person.id)).orderBy(desc(chronicInstitutionChoices.chosenOn)).limit(1);
  if (latest) {
    if (input.chosenOn <= latest.chosenOn) throw new RecordsError('INVALID_DATE_RANGE', ['chosenOn'], `The current choice dates from ${latest.chosenOn}: a change comes after it.`);
    const quarter = Math.floor((Number(input.chosenOn.slice(5, 7)) - 1) / 3) + 1;
    if (!rule.changeQuarters.includes(quarter)) {
      throw new RecordsError('CHANGE_NOT_IN_WINDOW', ['chosenOn'], `Chronic institutions change only in quarters ${rule.changeQuarters.join(' and ')} (002 §一(一)4); ${input.chosenOn} is in quarter ${quarter}.`);
    }
  }
  const now = ctx.clock.now().toISOString();
  await withWriteRetry(() =>
    ctx.db.insert(chronicInstitutionChoices).values({
      personId: person.id, chosenOn: input.chosenOn, institutionIds: ids, createdByInstitutionId: actingInstitution(caller), createdAt: now,
    }),
  );
  return person;
}

/** 停保: a coverage gap from `from` through `until` (omitted: still suspended); recording the same start again sets its end. */
export async function recordCoverageGap(ctx: Context, input: { personId: string; from: string; until?: string | null }): Promise<PersonRow> {
  const caller = requireKey(ctx.caller);
  const person = await personForCaller(ctx.db, caller, input.personId, ['personId']);
  checkRange(input.from, input.until, 'until');
  const now = ctx.clock.now().toISOString();
  await withWriteRetry(() =>
    ctx.db.transaction(async (tx) => {
      const [same] = await tx.select().from(coverageGaps).where(and(eq(coverageGaps.personId, person.id), eq(coverageGaps.fromDate, input.from)));
      if (same) await tx.update(coverageGaps).set({ untilDate: input.until ?? null }).where(eq(coverageGaps.id, same.id));
      else await tx.insert(coverageGaps).values({ personId: person.id, fromDate: input.from, untilDate: input.until ?? null, createdByInstitutionId: actingInstitution(caller), createdAt: now });
    }),
  );
  return person;
}

/** A Yinchuan cross-province filing is replaced less than 6 months after it started (002 §一(一)4). */
export async function checkFilingPlaceChange(db: Queryable, person: PersonRow, filing: { crossProvince: boolean; validFrom: string }): Promise<void> {
  if (person.city !== 'YINCHUAN' || !filing.crossProvince) return;
  const months = YP.chronicInstitutions.value.filingPlaceMinMonths;
  const open = await db.select().from(remoteCareFilings).where(and(eq(remoteCareFilings.personId, person.id), eq(remoteCareFilings.crossProvince, true), lte(remoteCareFilings.validFrom, filing.validFrom)));
  const recent = open.find((f) => (f.validUntil == null || f.validUntil >= filing.validFrom) && addMonths(f.validFrom, months) > filing.validFrom);
  if (recent) {
    throw new RecordsError('FILING_CHANGE_TOO_SOON', ['validFrom'], `The filing place of ${recent.validFrom} cannot change within ${months} months (002 §一(一)4): from ${addMonths(recent.validFrom, months)}.`);
  }
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const last = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/* ---------- settleClaim checks ---------- */

/** The first day of a long-term care claim's period: its date less days − 1. */
function careStart(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - (days - 1));
  return d.toISOString().slice(0, 10);
}

/**
 * Checks the claim against the benefit records and completes the engine input from them (the
 * rare disease registered, the disability grade assessed). `institutionId` is the directory
 * institution the claim is at, when known.
 */
export function checkBenefitRecords(records: SettleRecords, person: PersonRow, input: SettlementInput, institutionId: number | null): void {
  const date = input.date;
  const gaps = records.coverageGaps.filter((g) => g.fromDate <= date);
  const gap = gaps.find((g) => g.untilDate == null || g.untilDate >= date);
  if (gap) throw new RecordsError('COVERAGE_SUSPENDED', ['date'], `The person's coverage is suspended (停保) from ${gap.fromDate}${gap.untilDate ? ` through ${gap.untilDate}` : ''}: no fund pays for ${date}.`);

  if (input.city === 'JINING') checkJining(records, person, input, institutionId);
  if (input.city === 'YINCHUAN' && input.visitType === 'CHRONIC_OUTPATIENT') checkYinchuan(records, person, input, institutionId);
}

function checkJining(records: SettleRecords, person: PersonRow, input: SettlementInput, institutionId: number | null): void {
  const date = input.date;
  if (input.visitType === 'SPECIAL_DRUG') {
    const approvals = records.specialDrugApprovals.filter((a) => a.approvedOn <= date);
    if (!approvals.some((a) => a.validUntil >= date)) {
      const expired = approvals.length > 0;
      throw new RecordsError(expired ? 'APPROVAL_EXPIRED' : 'NOT_APPROVED', ['visitType'],
        expired ? `The special-drug approval ended on ${approvals.map((a) => a.validUntil).sort().pop()}: a new year needs a new approval.` : `The person has no special-drug (特药) approval on ${date}.`);
    }
  }
  if (input.visitType === 'RARE_DISEASE_DRUG') {
    const regs = records.rareDiseaseRegistrations.filter((r) => r.registeredOn <= date);
    const valid = regs.filter((r) => r.validUntil >= date && (input.rareDisease === undefined || r.disease === input.rareDisease));
    if (valid.length === 0) {
      throw new RecordsError('RARE_DISEASE_NOT_REGISTERED', [input.rareDisease ? 'rareDisease' : 'visitType'], `The person has no rare-disease registration (登记备案)${input.rareDisease ? ` for ${input.rareDisease}` : ''} valid on ${date}.`);
    }
    input.rareDisease = valid[0].disease as RareDisease;
    const hospital = JP.rareDiseaseDrug.value.designatedHospital;
    const at = institutionId == null ? undefined : records.institutions.get(institutionId);
    if (!at || at.name !== hospital) {
      throw new RecordsError('NOT_DESIGNATED_INSTITUTION', ['institutionId'], `Rare-disease drugs are settled at the designated hospital ${hospital} (004 §二(一)5②).`);
    }
  }
  if (input.visitType === 'LONG_TERM_CARE' && input.longTermCare) {
    const care = input.longTermCare;
    const start = careStart(date, care.days);
    const assessments = records.longTermCareAssessments.filter((a) => a.validFrom <= start);
    const valid = assessments.filter((a) => a.validUntil >= date).sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
    if (!valid) throw new RecordsError('NOT_ASSESSED', ['longTermCare'], `The person has no long-term care assessment valid from ${start} through ${date}.`);
    if (care.disabilityGrade !== undefined && care.disabilityGrade !== valid.grade) {
      throw new RecordsError('GRADE_MISMATCH', ['longTermCare', 'disabilityGrade'], `The assessment on record is grade ${valid.grade}, not ${care.disabilityGrade}.`);
    }
    input.longTermCare = { ...care, disabilityGrade: valid.grade };
    const stays = settledClaims(records, 'INPATIENT');
    const stay = stays.find((c) => c.date >= start && c.date <= date);
    if (stay) throw new RecordsError('IN_LONG_TERM_CARE', ['longTermCare', 'days'], `A stay discharged on ${stay.date} falls in the care period ${start} to ${date}: no stay benefit during long-term care (004 §七9).`);
  }
  const excl = JP.longTermCareExclusions.value;
  const inCare = (kinds: readonly string[] | null) => {
    const cares = settledClaims(records, 'LONG_TERM_CARE');
    return cares.find((c) => {
      const lc = c.details.longTermCare;
      return lc !== undefined && careStart(c.date, lc.days) <= date && date <= c.date && (kinds === null || kinds.includes(lc.kind));
    });
  };
  if (input.visitType === 'INPATIENT' && excl.stays) {
    const care = inCare(null);
    if (care) throw new RecordsError('IN_LONG_TERM_CARE', ['date'], `${date} falls in a long-term care period ending ${care.date}: no stay benefit during long-term care (004 §七9).`);
  }
  if (input.visitType === 'OUTPATIENT' && input.scheme === 'EMPLOYEE' && excl.employeeOutpatientDuringMedicalCare) {
    const care = inCare(['MEDICAL_CARE']);
    if (care) throw new RecordsError('IN_LONG_TERM_CARE', ['date'], `${date} falls in a 医疗专护 period ending ${care.date}: no general outpatient benefit during it (004 §二(一)3).`);
  }
}

/** The person's SETTLED claims of a visit type (read with the settlement's records: settle-records.ts). */
function settledClaims(records: SettleRecords, visitType: string) {
  return records.settledClaims.filter((c) => c.visitType === visitType);
}

function checkYinchuan(records: SettleRecords, person: PersonRow, input: SettlementInput, institutionId: number | null): void {
  const date = input.date;
  const filings = records.remoteCareFilings.filter((f) => f.crossProvince && f.validFrom <= date);
  const filed = filings.some((f) => (f.validUntil == null || f.validUntil >= date) && YP.crossProvinceFilings.value.includes(f.filing as never));
  if (!filed) throw new RecordsError('REMOTE_FILING_NOT_ON_RECORD', ['remote', 'filing'], `The person has no cross-province filing on ${date}: the chronic disease is filed with it (002 §一(一)2备注).`);
  const choice = records.chronicInstitutionChoices.find((c) => c.chosenOn <= date);
  if (!choice) throw new RecordsError('NO_CHOSEN_INSTITUTIONS', ['institutionId'], `The person has chosen no chronic institutions by ${date} (002 §一(一)2备注).`);
  if (institutionId == null || !choice.institutionIds.includes(institutionId)) {
    throw new RecordsError('NOT_CHOSEN_INSTITUTION', ['institutionId'], 'Chronic costs are settled only at the institutions the person chose (002 §一(四)2).');
  }
}
