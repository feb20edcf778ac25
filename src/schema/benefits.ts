/**
 * The records of issue 12 on `InsuredPerson` and their mutations: 特药 approvals, 罕见病
 * registrations and long-term care assessments (Jining), chronic institutions chosen (Yinchuan)
 * and coverage gaps (停保). settleClaim checks each (src/records/benefits.ts).
 */
import { asc, eq } from 'drizzle-orm';
import type { LongTermCareKind, RareDisease } from '../domain';
import {
  chronicInstitutionChoices, coverageGaps, longTermCareAssessments, rareDiseaseRegistrations, specialDrugApprovals,
} from '../db/records';
import { JINING_2024 } from '../policy';
import { parseGlobalId } from '../records/access';
import {
  approveSpecialDrug, assessLongTermCare, chooseChronicInstitutions, recordCoverageGap, registerRareDisease,
} from '../records/benefits';
import { careStandard } from '../engine/jining/longTermCare';
import { builder } from './builder';
import { LongTermCareKindEnum, RareDiseaseEnum } from './enums';
import { InstitutionRef } from './institutions';
import { PersonRef, personPayload, withUserErrors } from './persons';

const SpecialDrugApprovalRef = builder.objectRef<typeof specialDrugApprovals.$inferSelect>('SpecialDrugApproval').implement({
  description: '特药待遇核准 (Jining): valid from approvedOn through 31 December of that year (待遇享受期为一年, 以自然年度为准).',
  fields: (t) => ({
    approvedOn: t.field({ type: 'Date', resolve: (a) => a.approvedOn }),
    validUntil: t.field({ type: 'Date', resolve: (a) => a.validUntil }),
    drugName: t.exposeString('drugName', { nullable: true }),
  }),
});

const RareDiseaseRegistrationRef = builder.objectRef<typeof rareDiseaseRegistrations.$inferSelect>('RareDiseaseRegistration').implement({
  description: '罕见病登记备案 (Jining): valid until the registration form\'s end date.',
  fields: (t) => ({
    disease: t.field({ type: RareDiseaseEnum, resolve: (r) => r.disease as RareDisease }),
    registeredOn: t.field({ type: 'Date', resolve: (r) => r.registeredOn }),
    validUntil: t.field({ type: 'Date', resolve: (r) => r.validUntil }),
  }),
});

const KINDS: LongTermCareKind[] = ['MEDICAL_CARE', 'INSTITUTIONAL_CARE', 'HOME_CARE'];

const LongTermCareAssessmentRef = builder.objectRef<typeof longTermCareAssessments.$inferSelect>('LongTermCareAssessment').implement({
  description: '长期护理失能等级评估 (Jining): the grade, valid for 2 years from the day after publicity (核准建床的起始日期).',
  fields: (t) => ({
    grade: t.exposeInt('grade', { description: '失能等级 0-5; grades 2-5 have a benefit.' }),
    validFrom: t.field({ type: 'Date', resolve: (a) => a.validFrom }),
    validUntil: t.field({ type: 'Date', resolve: (a) => a.validUntil }),
    claimableKinds: t.field({
      type: [LongTermCareKindEnum],
      description: 'Kinds of care the grade settles at their own standard (grade 2: home care; 3: home and institutional care; 4-5: all).',
      resolve: (a) => KINDS.filter((k) => careStandard({ kind: k, days: 1, disabilityGrade: a.grade }, JINING_2024.parameters) === k),
    }),
  }),
});

const ChronicInstitutionChoiceRef = builder.objectRef<typeof chronicInstitutionChoices.$inferSelect>('ChronicInstitutionChoice').implement({
  description: '门诊慢特病定点医疗机构 chosen (Yinchuan cross-province chronic care): in force from chosenOn until the next choice.',
  fields: (t) => ({
    chosenOn: t.field({ type: 'Date', resolve: (c) => c.chosenOn }),
    institutions: t.field({ type: [InstitutionRef], nullable: { list: false, items: true }, resolve: (c, _args, ctx) => c.institutionIds.map((id) => ctx.loaders.institution.load(id)) }),
  }),
});

const CoverageGapRef = builder.objectRef<typeof coverageGaps.$inferSelect>('CoverageGap').implement({
  description: '停保: no claim dated in the gap is paid.',
  fields: (t) => ({
    from: t.field({ type: 'Date', resolve: (g) => g.fromDate }),
    until: t.field({ type: 'Date', nullable: true, description: 'Null: still suspended.', resolve: (g) => g.untilDate }),
  }),
});

builder.objectFields(PersonRef, (t) => ({
  specialDrugApprovals: t.field({
    type: [SpecialDrugApprovalRef],
    resolve: (p, _args, ctx) => ctx.db.select().from(specialDrugApprovals).where(eq(specialDrugApprovals.personId, p.id)).orderBy(asc(specialDrugApprovals.id)),
  }),
  rareDiseaseRegistrations: t.field({
    type: [RareDiseaseRegistrationRef],
    resolve: (p, _args, ctx) => ctx.db.select().from(rareDiseaseRegistrations).where(eq(rareDiseaseRegistrations.personId, p.id)).orderBy(asc(rareDiseaseRegistrations.id)),
  }),
  longTermCareAssessments: t.field({
    type: [LongTermCareAssessmentRef],
    resolve: (p, _args, ctx) => ctx.db.select().from(longTermCareAssessments).where(eq(longTermCareAssessments.personId, p.id)).orderBy(asc(longTermCareAssessments.id)),
  }),
  chronicInstitutionChoices: t.field({
    type: [ChronicInstitutionChoiceRef],
    resolve: (p, _args, ctx) => ctx.db.select().from(chronicInstitutionChoices).where(eq(chronicInstitutionChoices.personId, p.id)).orderBy(asc(chronicInstitutionChoices.chosenOn)),
  }),
  coverageGaps: t.field({
    type: [CoverageGapRef],
    resolve: (p, _args, ctx) => ctx.db.select().from(coverageGaps).where(eq(coverageGaps.personId, p.id)).orderBy(asc(coverageGaps.fromDate)),
  }),
}));

const ApproveSpecialDrugInput = builder.inputType('ApproveSpecialDrugInput', {
  description: '特药待遇认定 / A special-drug (特药) approval for the year (Jining).',
  fields: (t) => ({
    personId: t.id({ required: true, description: '参保人 / The insured person\'s global id.' }),
    approvedOn: t.field({ type: 'Date', required: true, description: '核准之日: the benefit runs from it through 31 December of its year.' }),
    drugName: t.string({ description: 'The drug approved, as the application form names it.' }),
  }),
});

builder.mutationField('approveSpecialDrug', (t) =>
  t.field({
    type: personPayload('ApproveSpecialDrugPayload', '特药待遇核准 result.'),
    description: '特药待遇核准 (Jining, both schemes): SPECIAL_DRUG claims need an approval valid on their date; it lasts for the calendar year (004 §二(一)5②).',
    args: { input: t.arg({ type: ApproveSpecialDrugInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({ person: await approveSpecialDrug(ctx, { ...input, personId: String(input.personId) }) })),
  }),
);

const RegisterRareDiseaseInput = builder.inputType('RegisterRareDiseaseInput', {
  description: '罕见病登记备案 / A rare-disease registration at the designated hospital (Jining).',
  fields: (t) => ({
    personId: t.id({ required: true, description: '参保人 / The insured person\'s global id.' }),
    disease: t.field({ type: RareDiseaseEnum, required: true, description: '罕见病 / The rare disease.' }),
    registeredOn: t.field({ type: 'Date', required: true, description: '备案日期 / The day the registration takes effect.' }),
    validUntil: t.field({ type: 'Date', required: true, description: '《诊断登记表》有效截止日期.' }),
  }),
});

builder.mutationField('registerRareDisease', (t) =>
  t.field({
    type: personPayload('RegisterRareDiseasePayload', '罕见病登记备案 result.'),
    description: '罕见病登记备案 (Jining): RARE_DISEASE_DRUG claims need a registration valid on their date, at 济宁市第一人民医院 (004 §二(一)5②).',
    args: { input: t.arg({ type: RegisterRareDiseaseInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({ person: await registerRareDisease(ctx, { ...input, personId: String(input.personId) }) })),
  }),
);

const AssessLongTermCareInput = builder.inputType('AssessLongTermCareInput', {
  description: '长期护理失能评估 / A long-term care disability assessment (Jining).',
  fields: (t) => ({
    personId: t.id({ required: true, description: '参保人 / The insured person\'s global id.' }),
    grade: t.int({ required: true, description: '长期护理失能等级 0-5.' }),
    validFrom: t.field({ type: 'Date', required: true, description: '公示期满次日 (核准建床的起始日期): valid 2 years from it.' }),
  }),
});

builder.mutationField('assessLongTermCare', (t) =>
  t.field({
    type: personPayload('AssessLongTermCarePayload', '长期护理失能等级评估 result.'),
    description: '长期护理失能等级评估 (Jining): LONG_TERM_CARE claims need an assessment valid over the care days; its grade sets the standard (004 §七6-7).',
    args: { input: t.arg({ type: AssessLongTermCareInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({ person: await assessLongTermCare(ctx, { ...input, personId: String(input.personId) }) })),
  }),
);

const ChooseChronicInstitutionsInput = builder.inputType('ChooseChronicInstitutionsInput', {
  description: '门诊慢特病定点机构选定 / The institutions a chronic patient chooses (Yinchuan).',
  fields: (t) => ({
    personId: t.id({ required: true, description: '参保人 / The insured person\'s global id.' }),
    institutionIds: t.idList({ required: true, description: 'At most 2 institutions of secondary level or above and 1 primary, at the cross-province filing place.' }),
    chosenOn: t.field({ type: 'Date', required: true, description: 'A change of an earlier choice is accepted only in the second or fourth quarter.' }),
  }),
});

builder.mutationField('chooseChronicInstitutions', (t) =>
  t.field({
    type: personPayload('ChooseChronicInstitutionsPayload', '门诊慢特病定点医疗机构选择 result.'),
    description: '门诊慢特病定点医疗机构 (Yinchuan cross-province chronic care): the person settles chronic claims only at the institutions chosen (002 §一(一)2备注, §一(一)4, §一(四)2).',
    args: { input: t.arg({ type: ChooseChronicInstitutionsInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      withUserErrors(async () => ({
        person: await chooseChronicInstitutions(ctx, {
          personId: String(input.personId),
          institutionIds: input.institutionIds.map((id) => parseGlobalId(String(id), 'Institution') ?? Number.NaN),
          chosenOn: input.chosenOn,
        }),
      })),
  }),
);

const RecordCoverageGapInput = builder.inputType('RecordCoverageGapInput', {
  description: '停保记录 / A coverage gap (停保) of the person.',
  fields: (t) => ({
    personId: t.id({ required: true, description: '参保人 / The insured person\'s global id.' }),
    from: t.field({ type: 'Date', required: true, description: '停保起始日 / First day without coverage.' }),
    until: t.field({ type: 'Date', description: 'Omitted: still suspended. Recording the same start again sets its end.' }),
  }),
});

builder.mutationField('recordCoverageGap', (t) =>
  t.field({
    type: personPayload('RecordCoverageGapPayload', '停保 result.'),
    description: '停保 (coverage gap): settleClaim refuses claims dated in it with COVERAGE_SUSPENDED (002 §一(四)1).',
    args: { input: t.arg({ type: RecordCoverageGapInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({ person: await recordCoverageGap(ctx, { ...input, personId: String(input.personId) }) })),
  }),
);
