/**
 * 单独支付管理谈判药品“三定”备案 (Lanzhou 000 §二(二)1(5)②): the person chooses one designated
 * institution or pharmacy (附表1-1, 1-2) to receive an outpatient negotiated drug; the filing
 * lasts one year, the chosen place is fixed for it, and a second drug in the year needs two
 * responsible doctors' review. settleClaim then pays outpatient negotiated drugs only at the
 * chosen place (the engine's NO_NEGOTIATED_DRUG_FILING / NOT_CHOSEN_INSTITUTION).
 */
import { and, eq, gte, lte } from 'drizzle-orm';
import type { Context } from '../context';
import type { City } from '../domain';
import { negotiatedDrugFilings } from '../db/records';
import { selectPack } from '../policy';
import { actingInstitution, parseGlobalId, personForCaller, requireKey, type PersonRow } from './access';
import { lastDayOfYears } from './dates';
import { RecordsError } from './errors';
import { withWriteRetry } from './retry';

export const MAX_DRUG_NAME_LENGTH = 100;

export interface NegotiatedDrugFilingInput {
  personId: string;
  /** The chosen institution or pharmacy; an institution key files at its own institution. */
  institutionId?: string | null;
  drug: string;
  filedOn: string;
  reviewedByTwoDoctors?: boolean | null;
}

export async function fileNegotiatedDrug(ctx: Context, input: NegotiatedDrugFilingInput): Promise<PersonRow> {
  const caller = requireKey(ctx.caller);
  const person = await personForCaller(ctx.db, caller, input.personId, ['personId']);
  const rule = selectPack(person.city as City, input.filedOn).parameters.negotiatedDrugFiling;
  if (rule.value === null) {
    throw new RecordsError('NOT_APPLICABLE_TO_CITY', ['personId'], `${person.city} has no negotiated-drug filing (${rule.source}).`);
  }
  const drug = input.drug.trim();
  if (!drug || drug.length > MAX_DRUG_NAME_LENGTH) throw new RecordsError('INVALID_NAME', ['drug'], `The drug name must have 1 to ${MAX_DRUG_NAME_LENGTH} characters.`);
  const own = actingInstitution(caller);
  const requested = input.institutionId == null ? null : parseGlobalId(String(input.institutionId), 'Institution');
  if (input.institutionId != null && requested === null) throw new RecordsError('UNKNOWN_INSTITUTION', ['institutionId'], 'No institution has this id.');
  if (own !== null && requested !== null && requested !== own) {
    throw new RecordsError('FOREIGN_INSTITUTION', ['institutionId'], 'An institution key files at its own institution only.');
  }
  const institutionId = requested ?? own;
  if (institutionId === null) throw new RecordsError('MISSING_INSTITUTION', ['institutionId'], 'Give the chosen institution or pharmacy.');
  const institution = await ctx.loaders.institution.load(institutionId);
  if (!institution || institution.city !== person.city) throw new RecordsError('UNKNOWN_INSTITUTION', ['institutionId'], `No institution of ${person.city} has this id.`);
  const designations = await ctx.loaders.institutionDesignations.load(institutionId);
  if (!designations.some((d) => d.designation === 'NEGOTIATED_DRUG')) {
    throw new RecordsError('NOT_DESIGNATED', ['institutionId'],
      `${institution.name} is not a designated institution or pharmacy for negotiated drugs (附表1-1, 1-2) (${rule.source}).`, rule.source);
  }
  const validUntil = lastDayOfYears(input.filedOn, rule.value.validityYears);
  const now = ctx.clock.now().toISOString();
  await withWriteRetry(() =>
    ctx.db.transaction(async (tx) => {
      const current = await tx.select().from(negotiatedDrugFilings).where(and(
        eq(negotiatedDrugFilings.personId, person.id), lte(negotiatedDrugFilings.filedOn, input.filedOn), gte(negotiatedDrugFilings.validUntil, input.filedOn),
      ));
      const same = current.find((f) => f.drug === drug);
      if (same && same.institutionId !== institutionId) {
        throw new RecordsError('CHOSEN_INSTITUTION_FIXED', ['institutionId'],
          `${drug} is filed at another institution until ${same.validUntil}: the chosen place is fixed for the year (选定的购药机构原则上一个医疗年度内不可变更) (${rule.source}).`, rule.source);
      }
      if (same) throw new RecordsError('ALREADY_FILED', ['drug'], `${drug} is already filed here until ${same.validUntil}.`);
      const drugs = new Set(current.map((f) => f.drug));
      if (drugs.size >= rule.value!.drugsPerYear && !input.reviewedByTwoDoctors) {
        throw new RecordsError('SECOND_DRUG_NEEDS_TWO_DOCTORS', ['reviewedByTwoDoctors'],
          `The person already has ${[...drugs].join(', ')} filed: a further drug in the year needs two responsible doctors' review (须由两名责任医师审核后备案) (${rule.source}).`, rule.source);
      }
      await tx.insert(negotiatedDrugFilings).values({
        personId: person.id, institutionId, drug, filedOn: input.filedOn, validUntil,
        reviewedByTwoDoctors: input.reviewedByTwoDoctors ?? false, createdByInstitutionId: own, createdAt: now,
      });
    }),
  );
  return person;
}
