/**
 * The `fileNegotiatedDrug` mutation (谈判药品“三定”备案) and the person's `negotiatedDrugFilings`.
 */
import { asc, eq } from 'drizzle-orm';
import { negotiatedDrugFilings } from '../db/records';
import { fileNegotiatedDrug } from '../records/negotiatedDrugs';
import { builder } from './builder';
import { InstitutionRef } from './institutions';
import { PersonRef, UserErrorRef, withUserErrors, type UserErrorShape } from './persons';
import type { PersonRow } from '../records/access';

type FilingRow = typeof negotiatedDrugFilings.$inferSelect;

const NegotiatedDrugFilingRef = builder.objectRef<FilingRow>('NegotiatedDrugFiling').implement({
  description: '单独支付管理谈判药品“三定”备案: the chosen institution or pharmacy for one drug, valid one year.',
  fields: (t) => ({
    drug: t.exposeString('drug', { description: '药品通用名.' }),
    institution: t.field({ type: InstitutionRef, nullable: true, description: '定点购药机构 (fixed for the year).', resolve: (f, _args, ctx) => ctx.loaders.institution.load(f.institutionId) }),
    filedOn: t.field({ type: 'Date', resolve: (f) => f.filedOn }),
    validUntil: t.field({ type: 'Date', description: 'filedOn + 1 year − 1 day (备案有效期一年).', resolve: (f) => f.validUntil }),
    reviewedByTwoDoctors: t.exposeBoolean('reviewedByTwoDoctors', { description: '两名责任医师审核.' }),
  }),
});

builder.objectField(PersonRef, 'negotiatedDrugFilings', (t) =>
  t.field({
    type: [NegotiatedDrugFilingRef],
    description: '谈判药品“三定”备案 of the person, oldest first.',
    resolve: (p, _args, ctx) => ctx.db.select().from(negotiatedDrugFilings).where(eq(negotiatedDrugFilings.personId, p.id)).orderBy(asc(negotiatedDrugFilings.id)),
  }),
);

const FileNegotiatedDrugInput = builder.inputType('FileNegotiatedDrugInput', {
  description: '谈判药品“三定”备案 / A negotiated-drug filing: the chosen institution or pharmacy for one drug, valid one year.',
  fields: (t) => ({
    personId: t.id({ required: true, description: '参保人 / The insured person\'s global id.' }),
    institutionId: t.id({ description: '定点购药机构: a designated institution or pharmacy (附表1-1, 1-2); an institution key files at its own (the default).' }),
    drug: t.string({ required: true, description: '药品通用名 (1 to 100 characters).' }),
    filedOn: t.field({ type: 'Date', required: true, description: '备案日期: the filing is valid one year from it.' }),
    reviewedByTwoDoctors: t.boolean({ description: '两名责任医师审核: needed for a second drug in the year; default false.' }),
  }),
});

type Payload = { person?: PersonRow; userErrors: UserErrorShape[] };

builder.mutationField('fileNegotiatedDrug', (t) =>
  t.field({
    type: builder.objectRef<Payload>('FileNegotiatedDrugPayload').implement({
      description: '谈判药品“三定”备案 result.',
      fields: (f) => ({
        person: f.field({ type: PersonRef, nullable: true, resolve: (p) => p.person ?? null }),
        userErrors: f.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
      }),
    }),
    description: '谈判药品“三定”备案 (Lanzhou): outpatient negotiated drugs are then settled only at the chosen institution or pharmacy, for a year.',
    args: { input: t.arg({ type: FileNegotiatedDrugInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      withUserErrors(async () => ({ person: await fileNegotiatedDrug(ctx, { ...input, personId: String(input.personId), institutionId: input.institutionId == null ? null : String(input.institutionId) }) })),
  }),
);
