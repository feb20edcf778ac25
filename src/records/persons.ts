/**
 * Registering insured persons (参保登记) and what a hospital records about them: identifying
 * an already registered person, chronic-disease approvals (门诊慢特病认定), two-disease
 * registrations (两病备案), remote-care filings (异地就医备案) and personal-account credits
 * (个人账户划入). Each function validates fully before it writes, and writes atomically.
 */
import { and, eq, exists, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { LANZHOU_ASSISTANCE_MAJOR_DISEASES, findChronicDisease } from '../catalogue/diseases';
import type { Context } from '../context';
import type { AssistanceCategory, City, EmployeeCategory, EnrolmentRoute, MaternityBeneficiary, RemoteFiling, Scheme, TwoDisease } from '../domain';
import {
  chronicApprovals, institutionApiKeys, insuredPersons, personalAccountLedger, personalAccounts, personInstitutions,
  remoteCareFilings, twoDiseaseRegistrations,
} from '../db/records';
import { actingInstitution, invalidKey, parseGlobalId, personForCaller, requireAdmin, requireKey, type PersonRow } from './access';
import { institutionOnDate } from '../directory/read';
import { idNumberHash, idNumberHashSecret } from './crypto';
import { activeKey } from './apiKeys';
import { checkFilingPlaceChange } from './benefits';
import { addDays, addMonths } from '../calendar';
import { packInForce, POLICY_PACKS } from '../policy';
import { lastDayOfYears, latestToday } from './dates';
import { forbiddenCharacterAt, forbiddenCharacterMessage } from '../text';
import { isUniqueViolation, RecordsError } from './errors';
import { birthDateOf, maskIdNumber, parseIdNumber } from './idNumber';
import { withWriteRetry } from './retry';

export const MAX_NAME_LENGTH = 100;

export interface CreatePersonInput {
  name: string;
  idNumber: string;
  city: City;
  scheme: Scheme;
  employeeCategory?: EmployeeCategory | null;
  retired?: boolean | null;
  assistanceCategory?: AssistanceCategory | null;
  assistanceMajorDiseaseCode?: string | null;
  enrolledSince: string;
  minor?: boolean | null;
  contributionGapMonths?: number | null;
  enrolmentRoute?: EnrolmentRoute | null;
  maternityBeneficiary?: MaternityBeneficiary | null;
  /** 退休日期 (employees): the personal-account credit changes from the next month. */
  retiredOn?: string | null;
  retiredCadreWartime?: boolean | null;
  retiredCadrePrefectureLevel?: boolean | null;
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > MAX_NAME_LENGTH) {
    throw new RecordsError('INVALID_NAME', ['name'], `The name must have 1 to ${MAX_NAME_LENGTH} characters.`);
  }
  const bad = forbiddenCharacterAt(trimmed);
  if (bad >= 0) throw new RecordsError('CONTROL_CHARACTER', ['name'], forbiddenCharacterMessage('The name', trimmed, bad));
  return trimmed;
}

/** The keyed hash, the masked form and the birth date of a valid ID number; a user error otherwise. */
async function hashIdNumber(ctx: Context, text: string): Promise<{ hash: string; masked: string; birthDate: string }> {
  const parsed = parseIdNumber(text);
  if (!parsed.ok) {
    const why = { FORMAT: 'is not 17 digits and a check character', BIRTH_DATE: 'has no valid birth date', CHECK_CHARACTER: 'has a wrong check character' }[parsed.problem];
    throw new RecordsError('INVALID_ID_NUMBER', ['idNumber'], `The ID number ${why} (GB 11643).`);
  }
  const secret = idNumberHashSecret(ctx.config);
  if (!secret) throw new RecordsError('NOT_CONFIGURED', ['idNumber'], 'The service has no secret for ID numbers (ID_NUMBER_HASH_KEY).');
  return { hash: await idNumberHash(secret, parsed.idNumber), masked: maskIdNumber(parsed.idNumber), birthDate: birthDateOf(parsed.idNumber) };
}

/** Retired cadres (Lanzhou only) have no employee category or account; their flags and a
 *  retirement date belong to them and to retired employees respectively. */
function checkRetirementFields(input: CreatePersonInput): void {
  if (input.scheme === 'RETIRED_CADRE') {
    if (input.city !== 'LANZHOU') {
      throw new RecordsError('SCHEME_NOT_AVAILABLE', ['scheme'], 'Only Lanzhou\'s source (000 §七) has rules for retired cadres (离休干部).');
    }
    const field = input.employeeCategory ? 'employeeCategory' : input.retired ? 'retired' : input.retiredOn ? 'retiredOn' : null;
    if (field) throw new RecordsError('NOT_APPLICABLE_TO_SCHEME', [field], `A retired cadre (离休干部) has no ${field}.`);
    return;
  }
  for (const flag of ['retiredCadreWartime', 'retiredCadrePrefectureLevel'] as const) {
    if (input[flag]) throw new RecordsError('NOT_APPLICABLE_TO_SCHEME', [flag], `${flag} is for retired cadres (RETIRED_CADRE) only.`);
  }
  if (input.retiredOn && !(input.scheme === 'EMPLOYEE' && input.retired)) {
    throw new RecordsError('NOT_APPLICABLE_TO_SCHEME', ['retiredOn'], 'retiredOn is for retired employees (retired: true).');
  }
  if (input.retiredOn && input.retiredOn < input.enrolledSince) {
    throw new RecordsError('INVALID_DATE_RANGE', ['retiredOn'], 'retiredOn is before enrolledSince.');
  }
}

/** 参保登记: registers a person and links it to the registering institution. */
export async function createInsuredPerson(ctx: Context, input: CreatePersonInput): Promise<PersonRow> {
  const caller = requireKey(ctx.caller);
  const name = checkName(input.name);
  const { hash, masked, birthDate } = await hashIdNumber(ctx, input.idNumber);
  if (birthDate > latestToday(ctx.clock.now())) {
    throw new RecordsError('DATE_IN_FUTURE', ['idNumber'], `The ID number's birth date ${birthDate} is in the future.`);
  }
  if (input.enrolledSince < birthDate) {
    throw new RecordsError('ENROLLED_BEFORE_BIRTH', ['enrolledSince'], `The enrolment date ${input.enrolledSince} is before the birth date ${birthDate} in the ID number.`);
  }
  checkRetirementFields(input);
  if (input.scheme === 'EMPLOYEE' && !input.employeeCategory) {
    throw new RecordsError('MISSING_EMPLOYEE_CATEGORY', ['employeeCategory'], 'An employee (职工) needs an employee category.');
  }
  if (input.scheme === 'RESIDENT' && (input.employeeCategory || input.retired)) {
    const field = input.employeeCategory ? 'employeeCategory' : 'retired';
    throw new RecordsError('NOT_APPLICABLE_TO_SCHEME', [field], `A resident (城乡居民) has no ${field}.`);
  }
  const gap = input.contributionGapMonths ?? null;
  if (gap !== null && (!Number.isSafeInteger(gap) || gap < 0 || gap > 1200)) {
    throw new RecordsError('INVALID_CONTRIBUTION_GAP', ['contributionGapMonths'], 'The contribution gap is a whole number of months from 0 to 1200.');
  }
  if (input.scheme === 'RESIDENT' && input.maternityBeneficiary) {
    throw new RecordsError('NOT_APPLICABLE_TO_SCHEME', ['maternityBeneficiary'], 'A resident (城乡居民) has no employee maternity insurance (生育保险).');
  }
  const majorCode = input.assistanceMajorDiseaseCode ?? null;
  if (majorCode && !LANZHOU_ASSISTANCE_MAJOR_DISEASES.some((d) => d.code === majorCode && d.city === input.city)) {
    throw new RecordsError('UNKNOWN_DISEASE_CODE', ['assistanceMajorDiseaseCode'], `${majorCode} is not on the city's assistance major-disease list.`);
  }
  const institutionId = actingInstitution(caller);
  const now = ctx.clock.now().toISOString();
  try {
    // One batch, one transaction, one round trip: the person, the registering institution's
    // link and the employee's account; the later rows find the person by its unique (city, ID).
    const personId = sql`(SELECT ${insuredPersons.id} FROM ${insuredPersons} WHERE ${insuredPersons.city} = ${input.city} AND ${insuredPersons.idNumberHash} = ${hash})`;
    const statements: [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]] = [
      ctx.db
        .insert(insuredPersons)
        .values({
          name,
          idNumberHash: hash,
          idNumberMasked: masked,
          city: input.city,
          scheme: input.scheme,
          employeeCategory: input.employeeCategory ?? null,
          retired: input.retired ?? false,
          assistanceCategory: input.assistanceCategory ?? null,
          assistanceMajorDiseaseCode: majorCode,
          enrolledSince: input.enrolledSince,
          minor: input.minor ?? false,
          contributionGapMonths: gap,
          enrolmentRoute: input.enrolmentRoute ?? null,
          maternityBeneficiary: input.maternityBeneficiary ?? null,
          retiredOn: input.retiredOn ?? null,
          birthDate,
          retiredCadreWartime: input.retiredCadreWartime ?? false,
          retiredCadrePrefectureLevel: input.retiredCadrePrefectureLevel ?? false,
          createdByInstitutionId: institutionId,
          createdAt: now,
        })
        .returning(),
    ];
    if (institutionId != null) statements.push(ctx.db.insert(personInstitutions).values({ personId, institutionId, how: 'REGISTERED', createdAt: now }));
    if (input.scheme === 'EMPLOYEE') statements.push(ctx.db.insert(personalAccounts).values({ personId, balanceFen: 0 }));
    return await withWriteRetry(async () => {
      const [inserted] = (await ctx.db.batch(statements))[0] as PersonRow[];
      return inserted;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new RecordsError('ID_NUMBER_ALREADY_REGISTERED', ['idNumber'], 'A person with this ID number is already registered in this city; use identifyInsuredPerson.');
    }
    throw error;
  }
}

/** Finds a registered person by full ID number and exact name, and links it to the calling
 *  institution, so that a second hospital can settle for a patient registered elsewhere. */
export async function identifyInsuredPerson(ctx: Context, input: { city: City; idNumber: string; name: string }): Promise<PersonRow> {
  const caller = requireKey(ctx.caller);
  const { hash } = await hashIdNumber(ctx, input.idNumber);
  const matches = and(eq(insuredPersons.city, input.city), eq(insuredPersons.idNumberHash, hash), eq(insuredPersons.name, input.name.trim()));
  const find = ctx.db.select().from(insuredPersons).where(matches);
  const institutionId = actingInstitution(caller);
  let person: PersonRow | undefined;
  if (institutionId == null) {
    [person] = await find;
  } else {
    // One round trip: the link is inserted from the person found (none found: nothing inserted),
    // and only while the key is active: a key remembered by this process is confirmed here, in
    // the same batch, not by a statement before it (auth.ts, CONFIRMS_ITS_KEY).
    const keyId = caller.kind === 'INSTITUTION' ? caller.keyId : -1;
    const active = activeKey(keyId);
    const now = ctx.clock.now().toISOString();
    const link = ctx.db.insert(personInstitutions)
      .select(ctx.db.select({ personId: insuredPersons.id, institutionId: sql<number>`${institutionId}`.as('institution_id'), how: sql<string>`'IDENTIFIED'`.as('how'), createdAt: sql<string>`${now}`.as('created_at') })
        .from(insuredPersons).where(and(matches, exists(ctx.db.select({ id: institutionApiKeys.id }).from(institutionApiKeys).where(active)))))
      .onConflictDoNothing();
    const keyRow = ctx.db.select({ id: institutionApiKeys.id }).from(institutionApiKeys).where(active);
    const [found, , key] = await withWriteRetry(() => ctx.db.batch([find, link, keyRow]));
    if (key.length === 0) throw invalidKey();
    [person] = found;
  }
  if (!person) throw new RecordsError('PERSON_NOT_FOUND', ['idNumber'], 'No person with this ID number and name is registered in this city.');
  return person;
}

/** 门诊慢特病认定: the approval is valid from approvedOn for the disease's validity years. */
export async function approveChronicDisease(ctx: Context, input: { personId: string; code: string; approvedOn: string }): Promise<PersonRow> {
  const caller = requireKey(ctx.caller);
  const person = await personForCaller(ctx.db, caller, input.personId, ['personId']);
  const disease = findChronicDisease(person.city as City, person.scheme as Scheme, input.code);
  if (!disease) {
    throw new RecordsError('UNKNOWN_DISEASE_CODE', ['code'], `${input.code} is not on the ${person.city} ${person.scheme} chronic-disease table.`);
  }
  const validUntil = disease.validityYears == null ? null : lastDayOfYears(input.approvedOn, disease.validityYears);
  const now = ctx.clock.now().toISOString();
  await withWriteRetry(() =>
    ctx.db.insert(chronicApprovals).values({
      personId: person.id,
      diseaseCode: disease.code,
      approvedOn: input.approvedOn,
      validUntil,
      createdByInstitutionId: actingInstitution(caller),
      createdAt: now,
    }),
  );
  return person;
}

/** 两病备案: the person may claim two-disease outpatient care for the disease from registeredOn. */
export async function registerTwoDisease(ctx: Context, input: { personId: string; disease: TwoDisease; registeredOn: string }): Promise<PersonRow> {
  const caller = requireKey(ctx.caller);
  const person = await personForCaller(ctx.db, caller, input.personId, ['personId']);
  if (person.scheme !== 'RESIDENT') {
    throw new RecordsError('NOT_APPLICABLE_TO_SCHEME', ['personId'], 'Two-disease outpatient care (两病) is for residents (城乡居民).');
  }
  const now = ctx.clock.now().toISOString();
  try {
    await withWriteRetry(() =>
      ctx.db.insert(twoDiseaseRegistrations).values({
        personId: person.id,
        disease: input.disease,
        registeredOn: input.registeredOn,
        createdByInstitutionId: actingInstitution(caller),
        createdAt: now,
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new RecordsError('ALREADY_REGISTERED', ['disease'], `The person is already registered for ${input.disease}.`);
    throw error;
  }
  return person;
}

export interface RemoteFilingInput {
  personId: string;
  filing: RemoteFiling;
  crossProvince: boolean;
  validFrom: string;
  validUntil?: string | null;
  byCommitmentWithoutProof?: boolean | null;
  /** REFERRAL: the directory's hospital that diagnosed it (its global id). */
  referringInstitutionId?: string | null;
}

/**
 * 异地转诊: a REFERRAL filing may name the hospital that diagnosed it. A hospital of the
 * person's city must then hold the city's referral designation on the filing's first day
 * (Lanzhou 附表8-1, NOT_DESIGNATED); a hospital elsewhere is taken as named (the source also
 * admits diagnoses by other prefectures' and the filed place's tertiary public hospitals).
 */
async function checkReferringInstitution(ctx: Context, person: PersonRow, input: RemoteFilingInput): Promise<number | null> {
  if (input.referringInstitutionId == null) return null;
  if (input.filing !== 'REFERRAL') {
    throw new RecordsError('INPUT_NOT_APPLICABLE', ['referringInstitutionId'], 'A referring hospital is named on a REFERRAL filing only.');
  }
  const id = parseGlobalId(input.referringInstitutionId, 'Institution');
  const found = id == null ? null : await institutionOnDate(ctx.db, id, input.validFrom);
  if (!found) throw new RecordsError('UNKNOWN_INSTITUTION', ['referringInstitutionId'], 'No institution has this id.');
  const rule = packOn(person.city as City, input.validFrom).parameters.referringDesignation;
  if (rule.value !== null && found.institution.city === person.city && !found.designations.some((d) => d.designation === rule.value)) {
    throw new RecordsError('NOT_DESIGNATED', ['referringInstitutionId'],
      `${found.institution.name} has no referral qualification (具备异地转诊资格) on ${input.validFrom}: a referral it diagnoses cannot be filed (${rule.source}).`, rule.source);
  }
  return found.institution.id;
}

/** The city's pack in force on the date, or its earliest one for an earlier date. */
function packOn(city: City, date: string) {
  return packInForce(city, date)
    ?? POLICY_PACKS.filter((p) => p.city === city).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))[0];
}

/**
 * 异地就医备案, with the validity the service computes from the city's pack (not the caller):
 * a temporary filing (临时外出就医) ends after the pack's months (Lanzhou: 6, 满6个月自动取消备案;
 * Jining: no end); a long-term one (长期居住) stays open, and may end or change only after the
 * pack's months (满6个月后可申请变更备案地或取消备案). `validUntil` from the caller is an earlier end
 * (终止备案), never a later one. A new long-term filing changes the current one: refused before
 * its 6 months, otherwise the current one ends the day before.
 */
export async function fileRemoteCare(ctx: Context, input: RemoteFilingInput): Promise<PersonRow> {
  const caller = requireKey(ctx.caller);
  const person = await personForCaller(ctx.db, caller, input.personId, ['personId']);
  if (input.validUntil && input.validUntil < input.validFrom) {
    throw new RecordsError('INVALID_DATE_RANGE', ['validUntil'], 'validUntil is before validFrom.');
  }
  await checkFilingPlaceChange(ctx.db, person, input);
  const referringInstitutionId = await checkReferringInstitution(ctx, person, input);
  const rule = packOn(person.city as City, input.validFrom).parameters.filingValidity;
  const { temporaryMonths, longTermFilings, longTermChangeAfterMonths } = rule.value;
  const longTerm = longTermFilings.includes(input.filing);
  const lastDayAfter = (from: string, months: number) => addDays(addMonths(from, months), -1);
  let validUntil = !longTerm && temporaryMonths !== null ? lastDayAfter(input.validFrom, temporaryMonths) : null;
  const requested = input.validUntil ?? null;
  if (requested !== null) {
    if (longTerm) {
      const earliest = lastDayAfter(input.validFrom, longTermChangeAfterMonths);
      if (requested < earliest) {
        throw new RecordsError('FILING_CHANGE_TOO_EARLY', ['validUntil'],
          `A long-term filing can end only after ${longTermChangeAfterMonths} months: on ${earliest} at the earliest (${rule.source}).`, rule.source);
      }
      validUntil = requested;
    } else if (validUntil === null || requested <= validUntil) {
      validUntil = requested;
    } else {
      throw new RecordsError('VALIDITY_COMPUTED', ['validUntil'],
        `A temporary filing lasts ${temporaryMonths} months: from ${input.validFrom} it ends on ${validUntil} at the latest (${rule.source}).`, rule.source);
    }
  }
  const now = ctx.clock.now().toISOString();
  await withWriteRetry(() =>
    ctx.db.transaction(async (tx) => {
      if (longTerm) {
        const current = (await tx.select().from(remoteCareFilings).where(eq(remoteCareFilings.personId, person.id)))
          .filter((f) => longTermFilings.includes(f.filing as RemoteFiling) && f.validFrom <= input.validFrom && (f.validUntil === null || f.validUntil >= input.validFrom));
        for (const f of current) {
          const changeFrom = addMonths(f.validFrom, longTermChangeAfterMonths);
          if (input.validFrom < changeFrom) {
            throw new RecordsError('FILING_CHANGE_TOO_EARLY', ['validFrom'],
              `The long-term ${f.filing} filing from ${f.validFrom} can change only after ${longTermChangeAfterMonths} months: from ${changeFrom} (${rule.source}).`, rule.source);
          }
          await tx.update(remoteCareFilings).set({ validUntil: addDays(input.validFrom, -1) }).where(eq(remoteCareFilings.id, f.id));
        }
      }
      await tx.insert(remoteCareFilings).values({
        personId: person.id,
        filing: input.filing,
        crossProvince: input.crossProvince,
        validFrom: input.validFrom,
        validUntil,
        byCommitmentWithoutProof: input.byCommitmentWithoutProof ?? false,
        referringInstitutionId,
        createdByInstitutionId: actingInstitution(caller),
        createdAt: now,
      });
    }),
  );
  return person;
}

/** 个人账户划入 (administrator only): adds to an employee's personal account. */
export async function creditPersonalAccount(ctx: Context, input: { personId: string; amount: number; note?: string | null }): Promise<PersonRow> {
  requireAdmin(ctx.caller);
  const person = await personForCaller(ctx.db, ctx.caller, input.personId, ['personId']);
  if (person.scheme !== 'EMPLOYEE') throw new RecordsError('NO_PERSONAL_ACCOUNT', ['personId'], 'Only employees (职工) have a personal account.');
  if (!(input.amount > 0)) throw new RecordsError('INVALID_AMOUNT', ['amount'], 'A credit must be more than 0.00.');
  const now = ctx.clock.now().toISOString();
  await withWriteRetry(() =>
    ctx.db.transaction(async (tx) => {
      const [account] = await tx
        .update(personalAccounts)
        .set({ balanceFen: sql`${personalAccounts.balanceFen} + ${input.amount}` })
        .where(eq(personalAccounts.personId, person.id))
        .returning();
      await tx.insert(personalAccountLedger).values({
        personId: person.id,
        kind: 'CREDIT',
        amountFen: input.amount,
        balanceAfterFen: account.balanceFen,
        note: input.note?.slice(0, 200) ?? null,
        createdAt: now,
      });
    }),
  );
  return person;
}
