/**
 * The policy packs in GraphQL (政策参数包): `policyPacks` lists every pack the engine knows
 * (Lanzhou, Jining, Yinchuan) with its city, version, dates and every parameter with its
 * value, effective date, source clause and bilingual description, so a reviewer can read a
 * pack in GraphiQL; `policyPack(id)` reads one. And the what-if under the packs:
 * `compareSettlement` settles one bill at each institution level, side by side.
 */
import { INSTITUTION_LEVELS, type City, type InstitutionLevel } from '../domain';
import { settle, SettlementError } from '../engine';
import type { SettlementInput as EngineInput, SettlementResult } from '../engine/types';
import { describePack, findPack, POLICY_PACKS, type Description, type PackDescription, type ParameterDescription } from '../policy';
import { builder } from './builder';
import { CityEnum, InstitutionLevelEnum } from './enums';
import { asGraphQLError, SettlementInputRef, SettlementRef, toEngineClaim, toEnginePerson, type ClaimArgs } from './settlement';

const DescriptionRef = builder.objectRef<Description>('BilingualText').implement({
  description: 'A text in Chinese and English.',
  fields: (t) => ({
    zh: t.exposeString('zh'),
    en: t.exposeString('en'),
  }),
});

const PolicyParameterRef = builder.objectRef<ParameterDescription>('PolicyParameter').implement({
  description: '政策参数: one dated parameter of a pack, with the source clause it rests on.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The parameter\'s name in the pack, e.g. "employeeStayCapFen".' }),
    value: t.exposeString('valueJson', {
      description: 'The value as JSON text. Money is integer fen (分) and rates are basis points (10000 = 100%), as the engine uses them.',
    }),
    effectiveFrom: t.field({ type: 'Date', description: 'The date the value took effect (or the earliest the source vouches for).', resolve: (p) => p.effectiveFrom }),
    source: t.exposeString('source', { description: 'Source clause, e.g. "004 §二(一)1注(4)" (file prefix of a source document in sources/, then the section).' }),
    description: t.field({ type: DescriptionRef, resolve: (p) => p.description }),
    reading: t.exposeString('reading', { nullable: true, description: 'Set when the value is one of two defensible readings of the source, or a default the source does not state.' }),
  }),
});

const PolicyPackRef = builder.objectRef<PackDescription>('PolicyPack').implement({
  description: '政策参数包: one version of a city\'s rules, in force from effectiveFrom to effectiveTo.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'e.g. "jining-2024"; Settlement.policyPack names it.' }),
    city: t.field({ type: CityEnum, resolve: (p) => p.city }),
    version: t.exposeString('version'),
    effectiveFrom: t.field({ type: 'Date', resolve: (p) => p.effectiveFrom }),
    effectiveTo: t.field({ type: 'Date', nullable: true, description: 'Last day in force; null = open.', resolve: (p) => p.effectiveTo }),
    basis: t.field({ type: DescriptionRef, description: 'The documents the values come from.', resolve: (p) => p.basis }),
    parameters: t.field({ type: [PolicyParameterRef], description: 'Every parameter, in the pack\'s order.', resolve: (p) => p.parameters }),
  }),
});

builder.queryField('policyPacks', (t) =>
  t.field({
    type: [PolicyPackRef],
    description: '政策参数包: every policy pack the engine knows, oldest first within a city. No key needed.',
    args: { city: t.arg({ type: CityEnum, description: 'Only this city\'s packs.' }) },
    resolve: (_root, { city }) => POLICY_PACKS.filter((p) => city == null || p.city === (city as City)).map(describePack),
  }),
);

builder.queryField('policyPack', (t) =>
  t.field({
    type: PolicyPackRef,
    nullable: true,
    description: 'One policy pack by id, e.g. "yinchuan-2021"; null when there is none.',
    args: { id: t.arg.string({ required: true }) },
    resolve: (_root, { id }) => {
      const pack = findPack(id);
      return pack ? describePack(pack) : null;
    },
  }),
);

/* ---------- what-if ---------- */

/** A refusal as data (an Error returned by a resolver would become a GraphQL error). */
interface Refusal {
  code: string;
  field: string[];
  message: string;
  error: SettlementError;
}

interface LevelComparison {
  level: InstitutionLevel;
  current: boolean;
  settlement: SettlementResult | null;
  refusal: Refusal | null;
  differenceFen: number | null;
}

/** The settlement, or the engine's refusal; anything else is rethrown. */
function trySettle(input: EngineInput): { settlement: SettlementResult | null; refusal: Refusal | null } {
  try {
    return { settlement: settle(input), refusal: null };
  } catch (error) {
    if (error instanceof SettlementError) return { settlement: null, refusal: { code: error.code, field: error.field, message: error.message, error } };
    throw error;
  }
}

const SettlementRefusalRef = builder.objectRef<Refusal>('SettlementRefusal').implement({
  description: 'Why the bill cannot be settled at a level (LEVEL_NOT_ALLOWED: the visit type is not settled there).',
  fields: (t) => ({
    code: t.exposeString('code'),
    field: t.exposeStringList('field', { description: 'The input path the refusal is about.' }),
    message: t.exposeString('message'),
  }),
});

const LevelComparisonRef = builder.objectRef<LevelComparison>('LevelComparison').implement({
  description: '假如在另一级别医院就诊: the same bill settled at one institution level, or the reason it cannot be.',
  fields: (t) => ({
    level: t.field({ type: InstitutionLevelEnum, resolve: (c) => c.level }),
    current: t.exposeBoolean('current', { description: 'The level the input names (or its institution has).' }),
    settlement: t.field({ type: SettlementRef, nullable: true, description: 'Null when the level is refused.', resolve: (c) => c.settlement }),
    refusal: t.field({ type: SettlementRefusalRef, nullable: true, description: 'Why this level is refused; null when settled.', resolve: (c) => c.refusal }),
    personalPaymentDifference: t.field({
      type: 'Money',
      nullable: true,
      description: 'This level\'s personal payment less the current level\'s (negative = cheaper here); null when either is refused.',
      resolve: (c) => c.differenceFen,
    }),
  }),
});

builder.queryField('compareSettlement', (t) =>
  t.field({
    type: [LevelComparisonRef],
    description: '就医选择测算 (what-if): the bill of estimateSettlement settled at each institution level, side by side, so a patient sees what another hospital level would cost. No key needed; nothing is stored.',
    args: {
      input: t.arg({ type: SettlementInputRef, required: true, description: 'The bill; its institution (or level, if given) marks the current level.' }),
      levels: t.arg({ type: [InstitutionLevelEnum], description: 'The levels to compare; default every level.' }),
    },
    resolve: async (_root, { input, levels }, ctx) => {
      const wanted = [...new Set(levels ?? INSTITUTION_LEVELS)];
      let claim: Omit<EngineInput, 'scheme' | 'person'>;
      let current: InstitutionLevel | null = null;
      try {
        const given = input.institutionId != null || input.institutionLevel != null;
        claim = await toEngineClaim(ctx, input.city, { ...(input as ClaimArgs), institutionLevel: given ? input.institutionLevel : wanted[0] ?? 'PRIMARY' });
        if (given) current = claim.institutionLevel;
      } catch (error) {
        return asGraphQLError(error);
      }
      const person = toEnginePerson(input.person);
      const at = (level: InstitutionLevel) => trySettle({ ...claim, institutionLevel: level, scheme: input.scheme, person });
      const rows = wanted.map((level): LevelComparison => ({ level, current: level === current, ...at(level), differenceFen: null }));
      // A refusal other than the level's is about the bill itself: it fails the query, as in estimateSettlement.
      const wrongBill = rows.find((r) => r.refusal !== null && r.refusal.code !== 'LEVEL_NOT_ALLOWED');
      if (wrongBill?.refusal) return asGraphQLError(wrongBill.refusal.error);
      const base = current === null ? null : (rows.find((r) => r.level === current) ?? at(current)).settlement;
      for (const row of rows) {
        if (row.settlement && base) row.differenceFen = row.settlement.personalPayment - base.personalPayment;
      }
      return rows;
    },
  }),
);
