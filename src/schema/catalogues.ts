/**
 * The catalogue queries (目录查询): disease tables, limits, fixed rates, manual-settlement
 * cases and hotlines, read from the database's catalogue_entries (one statement per request
 * through the catalogueList loader), each entry a Node with its SourceRef.
 */
import type { CatalogueExtras, CatalogueName } from '../catalogue/lists';
import type { City, Scheme, TwoDisease } from '../domain';
import type { Context } from '../context';
import { builder } from './builder';
import { CityEnum, SchemeEnum, TwoDiseaseEnum, VisitTypeEnum } from './enums';
import type { CatalogueEntryRow, InstitutionSourceRow } from './loaders';

/** Where a row comes from; `nameAsWritten` only for institution rows. */
interface SourceRefShape {
  document: string;
  table: string;
  row: number;
  nameAsWritten: string | null;
}

export const SourceRefType = builder.objectRef<SourceRefShape>('SourceRef').implement({
  description: 'Where a directory row comes from: the source document, its table and the row.',
  fields: (t) => ({
    document: t.exposeString('document', { description: "The source document's id (the seed file's prefix), e.g. \"000\"." }),
    table: t.exposeString('table', { description: 'The table as the source names it, e.g. "附表4", or the section of an inline table.' }),
    row: t.exposeInt('row', { description: "1-based row within the table (the table's 序号 where it has one)." }),
    nameAsWritten: t.exposeString('nameAsWritten', {
      nullable: true,
      description: "An institution row's name exactly as written there; null for catalogue entries (their `name` is as written).",
    }),
  }),
});

function catalogueSource(row: CatalogueEntryRow): SourceRefShape {
  return { document: row.document, table: row.sourceTable, row: row.row, nameAsWritten: null };
}

export function institutionSource(row: InstitutionSourceRow): SourceRefShape {
  return { document: row.document, table: row.sourceTable, row: row.row, nameAsWritten: row.nameAsWritten };
}

/** The catalogue-specific columns of a row, as the seeder wrote them. */
function extraOf<C extends CatalogueName>(row: CatalogueEntryRow): CatalogueExtras[C] {
  return row.extra as CatalogueExtras[C];
}

const CatalogueEntryInterface = builder.interfaceRef<CatalogueEntryRow>('CatalogueEntry').implement({
  description: 'A row of a directory table (目录): a stable code, the name as the source writes it, and its source.',
  fields: (t) => ({
    code: t.exposeString('code', { description: "Stable code: the project's (e.g. LZ-EC-12) or the national code (e.g. M07801)." }),
    name: t.exposeString('name', { description: 'The Chinese name exactly as the source table writes it.' }),
    city: t.field({ type: CityEnum, resolve: (row) => row.city as City }),
    source: t.field({ type: SourceRefType, resolve: catalogueSource }),
  }),
});

/** Loads catalogue entries by node id; an id of another catalogue's type finds nothing. */
async function loadEntries(ids: readonly (string | number)[], ctx: Context, catalogue: CatalogueName) {
  const numbers = ids.map(Number);
  const rows = await ctx.loaders.catalogueEntry.loadMany(numbers.filter(Number.isSafeInteger));
  const byId = new Map(rows.flatMap((r) => (r && !(r instanceof Error) ? [[r.id, r] as const] : [])));
  return numbers.map((n) => {
    const row = byId.get(n);
    return row && row.catalogue === catalogue ? row : null;
  });
}

/** Declares one catalogue's GraphQL type: a Node implementing CatalogueEntry. */
function catalogueNode(name: string, catalogue: CatalogueName, description: string) {
  const ref = builder.objectRef<CatalogueEntryRow>(name);
  return builder.node(ref, {
    description,
    interfaces: [CatalogueEntryInterface],
    isTypeOf: (row) => (row as CatalogueEntryRow).catalogue === catalogue,
    id: { resolve: (row) => row.id, parse: (id) => Number(id) },
    loadMany: (ids, ctx) => loadEntries(ids, ctx, catalogue),
  });
}

const list = (ctx: Context, catalogue: CatalogueName, city: City, scheme?: Scheme) =>
  ctx.loaders.catalogueList.load({ catalogue, city, scheme });

// ---- 门诊慢特病 -------------------------------------------------------------------------

const ChronicDisease = catalogueNode('ChronicDisease', 'CHRONIC_DISEASE', '门诊慢特病病种: a chronic or special outpatient disease of a city and scheme.');
builder.objectFields(ChronicDisease, (t) => ({
  scheme: t.field({ type: SchemeEnum, resolve: (row) => row.scheme as Scheme }),
  annualLimit: t.field({
    type: 'Money', nullable: true, description: '年度最高支付限额; null = no cap (无封顶).',
    resolve: (row) => row.annualLimitFen,
  }),
  validityYears: t.exposeInt('validityYears', { nullable: true, description: '待遇支付年限 (years an approval lasts); null where the source gives none.' }),
  category: t.string({
    nullable: true, description: '病种类别 of the national cross-province table (Yinchuan); null elsewhere.',
    resolve: (row) => extraOf<'CHRONIC_DISEASE'>(row).category ?? null,
  }),
  notes: t.string({ nullable: true, resolve: (row) => extraOf<'CHRONIC_DISEASE'>(row).notes ?? null }),
}));

builder.queryField('chronicDiseases', (t) =>
  t.field({
    type: [ChronicDisease],
    description: '门诊慢特病病种 of a city and scheme, in table order.',
    args: { city: t.arg({ type: CityEnum, required: true }), scheme: t.arg({ type: SchemeEnum, required: true }) },
    resolve: (_root, args, ctx) => list(ctx, 'CHRONIC_DISEASE', args.city, args.scheme),
  }),
);

// ---- 重大疾病 (附表4) ---------------------------------------------------------------------

const MajorDisease = catalogueNode('MajorDisease', 'MAJOR_DISEASE', '城乡居民重大疾病病种 (附表4): one disease of a numbered entry, with its annual limit.');
builder.objectFields(MajorDisease, (t) => ({
  number: t.int({ description: "The table's 序号; entries listing several diseases give each its own row.", resolve: (row) => extraOf<'MAJOR_DISEASE'>(row).number }),
  annualLimit: t.field({ type: 'Money', description: '基本医疗保险支付限额 (a year).', resolve: (row) => row.annualLimitFen as number }),
  notes: t.string({ nullable: true, description: '备注', resolve: (row) => extraOf<'MAJOR_DISEASE'>(row).notes ?? null }),
}));

builder.queryField('majorDiseases', (t) =>
  t.field({
    type: [MajorDisease],
    description: '城乡居民重大疾病病种 of a city (the 51-entry table), in table order.',
    args: { city: t.arg({ type: CityEnum, required: true }) },
    resolve: (_root, args, ctx) => list(ctx, 'MAJOR_DISEASE', args.city),
  }),
);

// ---- 医疗救助重特大疾病 (附表7) ---------------------------------------------------------

const AssistanceMajorDisease = catalogueNode(
  'AssistanceMajorDisease', 'ASSISTANCE_MAJOR_DISEASE', '医疗救助重特大疾病病种 (附表7): diseases that raise the medical-assistance annual limit.',
);
builder.objectFields(AssistanceMajorDisease, (t) => ({
  notes: t.string({ nullable: true, resolve: (row) => extraOf<'ASSISTANCE_MAJOR_DISEASE'>(row).notes ?? null }),
}));

builder.queryField('assistanceMajorDiseases', (t) =>
  t.field({
    type: [AssistanceMajorDisease],
    description: '医疗救助重特大疾病病种 of a city, in 序号 order.',
    args: { city: t.arg({ type: CityEnum, required: true }) },
    resolve: (_root, args, ctx) => list(ctx, 'ASSISTANCE_MAJOR_DISEASE', args.city),
  }),
);

// ---- 中医药日间诊疗 (附表5-1) -------------------------------------------------------------

const TcmDayClinicDisease = catalogueNode('TcmDayClinicDisease', 'TCM_DAY_CLINIC_DISEASE', '中医药日间诊疗服务病种 (附表5-1) with its techniques.');
builder.objectFields(TcmDayClinicDisease, (t) => ({
  techniques: t.stringList({ description: '中医适宜技术, as written.', resolve: (row) => extraOf<'TCM_DAY_CLINIC_DISEASE'>(row).techniques }),
}));

builder.queryField('tcmDayClinicDiseases', (t) =>
  t.field({
    type: [TcmDayClinicDisease],
    description: '中医药日间诊疗服务病种 of a city, in table order.',
    args: { city: t.arg({ type: CityEnum, required: true }) },
    resolve: (_root, args, ctx) => list(ctx, 'TCM_DAY_CLINIC_DISEASE', args.city),
  }),
);

// ---- 急救抢救病种 (附表6) -----------------------------------------------------------------

const EmergencyDisease = catalogueNode(
  'EmergencyDisease', 'EMERGENCY_DISEASE', '急救抢救病种参考范围 (附表6): a 疾病类型 (the name) and the emergencies it covers.',
);
builder.objectFields(EmergencyDisease, (t) => ({
  diseases: t.stringList({
    description: '急救抢救病种 of this type, as written; empty for the catch-all row.',
    resolve: (row) => extraOf<'EMERGENCY_DISEASE'>(row).diseases,
  }),
}));

builder.queryField('emergencyDiseases', (t) =>
  t.field({
    type: [EmergencyDisease],
    description: '急救抢救病种参考范围 of a city, in table order.',
    args: { city: t.arg({ type: CityEnum, required: true }) },
    resolve: (_root, args, ctx) => list(ctx, 'EMERGENCY_DISEASE', args.city),
  }),
);

// ---- 日间手术（诊疗）病种 (附表2-1) ---------------------------------------------------------

const DaySurgeryKindEnum = builder.enumType('DaySurgeryKind', {
  description: '日间手术 or 日间诊疗.',
  values: {
    SURGERY: { value: 'SURGERY', description: '日间手术病种 / Day-surgery disease (a procedure)' },
    DAY_TREATMENT: { value: 'DAY_TREATMENT', description: '日间诊疗病种 (drug treatment)' },
  } as const,
});

const DaySurgeryDisease = catalogueNode('DaySurgeryDisease', 'DAY_SURGERY_DISEASE', '日间手术（诊疗）病种 (附表2-1) with its procedures.');
builder.objectFields(DaySurgeryDisease, (t) => ({
  kind: t.field({ type: DaySurgeryKindEnum, resolve: (row) => extraOf<'DAY_SURGERY_DISEASE'>(row).kind }),
  procedures: t.stringList({
    description: '手术名称 (clinical paths), as written.',
    resolve: (row) => extraOf<'DAY_SURGERY_DISEASE'>(row).procedures,
  }),
}));

builder.queryField('daySurgeryDiseases', (t) =>
  t.field({
    type: [DaySurgeryDisease],
    description: '日间手术（诊疗）病种 of a city, in table order.',
    args: { city: t.arg({ type: CityEnum, required: true }) },
    resolve: (_root, args, ctx) => list(ctx, 'DAY_SURGERY_DISEASE', args.city),
  }),
);

// ---- 两病门诊 limits --------------------------------------------------------------------

const TwoDiseaseLimit = catalogueNode('TwoDiseaseLimit', 'TWO_DISEASE_LIMIT', '高血压、糖尿病“两病”门诊 annual limit for one disease or both.');
builder.objectFields(TwoDiseaseLimit, (t) => ({
  diseases: t.field({ type: [TwoDiseaseEnum], resolve: (row) => extraOf<'TWO_DISEASE_LIMIT'>(row).diseases as TwoDisease[] }),
  annualLimit: t.field({ type: 'Money', description: '封顶线 (a year).', resolve: (row) => row.annualLimitFen as number }),
  validityYears: t.int({ description: '待遇支付年限 (years).', resolve: (row) => row.validityYears as number }),
}));

builder.queryField('twoDiseaseLimits', (t) =>
  t.field({
    type: [TwoDiseaseLimit],
    description: '“两病”门诊 limits of a city (residents).',
    args: { city: t.arg({ type: CityEnum, required: true }) },
    resolve: (_root, args, ctx) => list(ctx, 'TWO_DISEASE_LIMIT', args.city),
  }),
);

// ---- 生育定额 (附表3-1) ----------------------------------------------------------------

const MaternityRateKindEnum = builder.enumType('MaternityRateKind', {
  description: '定额形式 / How a maternity procedure states its rate.',
  values: {
    SINGLE: { value: 'SINGLE', description: '单一定额 / One rate for every level (the 二级 cell is empty), or a fixed amount / limit of the city\'s text.' },
    BY_LEVEL: { value: 'BY_LEVEL', description: '分级定额 / 三级及专科 and 二级 定额标准.' },
    SURCHARGE: { value: 'SURCHARGE', description: '加额 / Amounts added to the corresponding rate (在相应定额的基础上增加).' },
    BY_ITEM: { value: 'BY_ITEM', description: '按项目 / No fixed rate: settled by item (按项目); tertiaryRate and secondaryRate are null.' },
  } as const,
});

const MaternityBenefitEnum = builder.enumType('MaternityBenefit', {
  description: '生育保险待遇 / The maternity benefit a procedure belongs to.',
  values: {
    DELIVERY: { value: 'DELIVERY', description: '生育医疗费 / Delivery.' },
    FAMILY_PLANNING: { value: 'FAMILY_PLANNING', description: '计划生育项目 / Family planning, including induced abortion.' },
    ANTENATAL_CARE: { value: 'ANTENATAL_CARE', description: '产前检查费 / Antenatal care: a fixed amount.' },
    PRENATAL_SCREENING: { value: 'PRENATAL_SCREENING', description: '产前疾病筛查 / Prenatal screening.' },
  } as const,
});

const rateOf = (row: CatalogueEntryRow) => extraOf<'MATERNITY_FIXED_RATE'>(row).rate;

const MaternityFixedRate = catalogueNode(
  'MaternityFixedRate', 'MATERNITY_FIXED_RATE',
  '生育保险项目: a maternity procedure a MATERNITY_INPATIENT or MATERNITY_OUTPATIENT claim names by its code (maternityProcedureCode). Lanzhou: the 附表3-1 省外异地计划生育项目和生育医疗待遇报销支付标准 rows (fixed rates by institution level), then 产前检查费, 产前疾病筛查 and the family-planning stays 附表3-1 does not price (§二(二)3). Jining: deliveries, 产前检查费用定额补助 and the family-planning limits (004 §六4, the familyPlanningLimits codes).',
);
builder.objectFields(MaternityFixedRate, (t) => ({
  number: t.int({ description: "The table's 序号 (附表3-1), or the procedure's place after it in the city's list.", resolve: (row) => extraOf<'MATERNITY_FIXED_RATE'>(row).number }),
  kind: t.field({ type: MaternityRateKindEnum, resolve: (row) => rateOf(row).kind }),
  benefit: t.field({ type: MaternityBenefitEnum, resolve: (row) => extraOf<'MATERNITY_FIXED_RATE'>(row).benefit }),
  visitTypes: t.field({
    type: [VisitTypeEnum], description: 'The maternity visit types the procedure is claimed under.',
    resolve: (row) => extraOf<'MATERNITY_FIXED_RATE'>(row).visitTypes,
  }),
  tertiaryRate: t.field({
    type: 'Money', nullable: true,
    description: '三级及专科医疗机构 定额标准 (for SINGLE the one rate; for SURCHARGE the amount added; null for BY_ITEM).',
    resolve: (row) => {
      const rate = rateOf(row);
      return rate.kind === 'SINGLE' ? rate.rateFen : rate.kind === 'BY_ITEM' ? null : rate.tertiaryFen;
    },
  }),
  secondaryRate: t.field({
    type: 'Money', nullable: true,
    description: '二级医疗机构 定额标准 (for SINGLE the one rate; for SURCHARGE the amount added; null for BY_ITEM).',
    resolve: (row) => {
      const rate = rateOf(row);
      return rate.kind === 'SINGLE' ? rate.rateFen : rate.kind === 'BY_ITEM' ? null : rate.secondaryFen;
    },
  }),
  notes: t.string({ nullable: true, resolve: (row) => extraOf<'MATERNITY_FIXED_RATE'>(row).notes ?? null }),
}));

builder.queryField('maternityFixedRates', (t) =>
  t.field({
    type: [MaternityFixedRate],
    description: '生育保险项目 of a city in list order: every procedure a maternity claim may name, with its fixed rate, amount or limit.',
    args: { city: t.arg({ type: CityEnum, required: true }) },
    resolve: (_root, args, ctx) => list(ctx, 'MATERNITY_FIXED_RATE', args.city),
  }),
);

// ---- 异地就医手工结算情形 (附表8-2) ------------------------------------------------------

const ManualSettlementTypeEnum = builder.enumType('ManualSettlementType', {
  description: 'The group of a manual-settlement case.',
  values: {
    INPATIENT: { value: 'INPATIENT', description: '住院结算 / Inpatient settlement' },
    OUTPATIENT: { value: 'OUTPATIENT', description: '门诊结算 / Outpatient settlement' },
    NEGOTIATED_DRUG: { value: 'NEGOTIATED_DRUG', description: '谈判药品和竞价药品结算 / Negotiated and tendered drug settlement' },
  } as const,
});

const ManualSettlementCase = catalogueNode(
  'ManualSettlementCase', 'MANUAL_SETTLEMENT_CASE', '异地就医手工结算情形及所需资料 (附表8-2): the case (name) and the documents it needs.',
);
builder.objectFields(ManualSettlementCase, (t) => ({
  type: t.field({ type: ManualSettlementTypeEnum, resolve: (row) => extraOf<'MANUAL_SETTLEMENT_CASE'>(row).type }),
  typeText: t.string({ description: 'The group cell as written.', resolve: (row) => extraOf<'MANUAL_SETTLEMENT_CASE'>(row).typeText }),
  documents: t.string({ description: "所需资料: the case's own documents, as written.", resolve: (row) => extraOf<'MANUAL_SETTLEMENT_CASE'>(row).documents }),
  commonDocuments: t.string({
    description: '所需资料 the table gives for the whole group, as written.',
    resolve: (row) => extraOf<'MANUAL_SETTLEMENT_CASE'>(row).commonDocuments,
  }),
}));

builder.queryField('manualSettlementCases', (t) =>
  t.field({
    type: [ManualSettlementCase],
    description: '异地就医手工结算情形 of a city, in table order.',
    args: { city: t.arg({ type: CityEnum, required: true }) },
    resolve: (_root, args, ctx) => list(ctx, 'MANUAL_SETTLEMENT_CASE', args.city),
  }),
);

// ---- 医保咨询电话 -----------------------------------------------------------------------

const Hotline = catalogueNode(
  'Hotline', 'HOTLINE', '医保业务咨询电话: a line by district and department; its name is the 部门, or the 区划 where the source names none.',
);
builder.objectFields(Hotline, (t) => ({
  district: t.string({ description: '区划 (district or county), as written.', resolve: (row) => extraOf<'HOTLINE'>(row).district }),
  phone: t.string({ description: 'The number as written (local numbers without the area code).', resolve: (row) => extraOf<'HOTLINE'>(row).phone }),
  department: t.string({ nullable: true, description: '部门, as written.', resolve: (row) => extraOf<'HOTLINE'>(row).department }),
  scope: t.string({ nullable: true, description: '业务范围, as written.', resolve: (row) => extraOf<'HOTLINE'>(row).scope }),
  notes: t.string({ nullable: true, resolve: (row) => extraOf<'HOTLINE'>(row).notes ?? null }),
}));

builder.queryField('hotlines', (t) =>
  t.field({
    type: [Hotline],
    description: '医保咨询电话 of a city, in the order the source lists them.',
    args: { city: t.arg({ type: CityEnum, required: true }) },
    resolve: (_root, args, ctx) => list(ctx, 'HOTLINE', args.city),
  }),
);

// ---- 计划生育/引产 限额 (Jining) ----------------------------------------------------------

const FamilyPlanningLimit = catalogueNode(
  'FamilyPlanningLimit', 'FAMILY_PLANNING_LIMIT', '计划生育手术费、住院引（流）产 限额结算标准: above the limit the limit is paid, below it the actual cost.',
);
builder.objectFields(FamilyPlanningLimit, (t) => ({
  category: t.string({ description: '类别, as written.', resolve: (row) => extraOf<'FAMILY_PLANNING_LIMIT'>(row).category }),
  number: t.int({ description: '序号 within the category.', resolve: (row) => extraOf<'FAMILY_PLANNING_LIMIT'>(row).number }),
  limit: t.field({ type: 'Money', description: '限额结算标准 (per case).', resolve: (row) => extraOf<'FAMILY_PLANNING_LIMIT'>(row).limitFen }),
}));

builder.queryField('familyPlanningLimits', (t) =>
  t.field({
    type: [FamilyPlanningLimit],
    description: '计划生育/引产 limits of a city, in table order.',
    args: { city: t.arg({ type: CityEnum, required: true }) },
    resolve: (_root, args, ctx) => list(ctx, 'FAMILY_PLANNING_LIMIT', args.city),
  }),
);
