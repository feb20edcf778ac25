/**
 * The policy packs in GraphQL (政策参数包): `policyPacks` lists every pack the engine knows
 * (Lanzhou, Jining, Yinchuan) with its city, version, dates and every parameter with its
 * value, effective date, source clause and bilingual description, so a reviewer can read a
 * pack in GraphiQL; `policyPack(id)` reads one. And the what-if under the packs:
 * `compareSettlement` settles one bill at each institution level, side by side.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { INSTITUTION_LEVELS, type City, type InstitutionLevel } from '../domain';
import { SettlementError } from '../engine';
import type { SettlementInput as EngineInput, SettlementResult } from '../engine/types';
import { describePack, findPack, POLICY_PACKS, type Description, type PackDescription, type ParameterDescription } from '../policy';
import { builder } from './builder';
import { CityEnum, InstitutionLevelEnum } from './enums';
import type { ErrorCode } from '../error-codes';
import { ErrorCodeEnum } from './error-codes';
import { asGraphQLError, inputPath, SettlementInputRef, SettlementInterface, toEngineClaim, toEnginePerson, type ClaimArgs } from './settlement';
import { settleAfter, settlePriors, type EstimateArgs, type PriorYear } from './prior-claims';

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

const PolicyPackRef = builder.objectRef<PackDescription>('PolicyPack');

builder.node(PolicyPackRef, {
  description: '政策参数包: one version of a city\'s rules, in force from effectiveFrom to effectiveTo.',
  id: { resolve: (p) => p.id, parse: (id) => id },
  loadOne: (code) => {
    const pack = findPack(code);
    return pack ? describePack(pack) : null;
  },
  fields: (t) => ({
    code: t.exposeString('id', { description: 'e.g. "jining-2024"; Settlement.policyPack names it.' }),
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
    args: { city: t.arg({ type: CityEnum, description: '城市 / Only this city\'s packs.' }) },
    resolve: (_root, { city }) => POLICY_PACKS.filter((p) => city == null || p.city === (city as City)).map(describePack),
  }),
);

/** A pack by its code ("jining-2024") or its global id. */
function packByCodeOrId(value: string): PackDescription | null {
  let pack = findPack(value);
  if (!pack) {
    try {
      const decoded = decodeGlobalID(value);
      if (decoded.typename === 'PolicyPack') pack = findPack(decoded.id);
    } catch {
      /* not a global id: no pack */
    }
  }
  return pack ? describePack(pack) : null;
}

builder.queryField('policyPack', (t) =>
  t.field({
    type: PolicyPackRef,
    nullable: true,
    description: 'One policy pack by code, e.g. "yinchuan-2021"; null when there is none.',
    args: {
      code: t.arg.string({ description: '政策包编码 / The pack\'s code, e.g. "yinchuan-2021" (Settlement.policyPack).' }),
      id: t.arg.string({ deprecationReason: 'Use `code` (the value this argument took), or node(id:) with the pack\'s global id. Removed in 2.0.', description: 'The pack\'s code or global id.' }),
    },
    resolve: (_root, { code, id }) => {
      const value = code ?? id;
      return value == null ? null : packByCodeOrId(value);
    },
  }),
);

/* ---------- what-if ---------- */

/** A refusal as data (an Error returned by a resolver would become a GraphQL error). */
interface Refusal {
  code: ErrorCode;
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
function trySettle(input: EngineInput, prior: PriorYear): { settlement: SettlementResult | null; refusal: Refusal | null } {
  try {
    return { settlement: settleAfter(input, prior), refusal: null };
  } catch (error) {
    if (error instanceof SettlementError) return { settlement: null, refusal: { code: error.code, field: inputPath(error.field), message: error.message, error } };
    throw error;
  }
}

const SettlementRefusalRef = builder.objectRef<Refusal>('SettlementRefusal').implement({
  description: 'Why the bill cannot be settled at a level (LEVEL_NOT_ALLOWED: the visit type is not settled there).',
  fields: (t) => ({
    code: t.field({ type: ErrorCodeEnum, resolve: (r) => r.code }),
    field: t.exposeStringList('field', { description: 'The input path the refusal is about, e.g. ["input", "institutionLevel"].' }),
    message: t.exposeString('message'),
  }),
});

const LevelComparisonRef = builder.objectRef<LevelComparison>('LevelComparison').implement({
  description: '假如在另一级别医院就诊: the same bill settled at one institution level, or the reason it cannot be.',
  fields: (t) => ({
    level: t.field({ type: InstitutionLevelEnum, resolve: (c) => c.level }),
    current: t.exposeBoolean('current', { description: 'The level the input names (or its institution has).' }),
    settlement: t.field({ type: SettlementInterface, nullable: true, description: 'The settlement at this level, of the type estimateSettlement returns; null when the level is refused.', resolve: (c) => c.settlement }),
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
    description: '就医选择测算 (what-if): the bill of estimateSettlement settled at each institution level, side by side (after its priorClaims, if any), so a patient sees what another hospital level would cost. No key needed; nothing is stored.',
    args: {
      input: t.arg({ type: SettlementInputRef, required: true, description: 'The bill; its institution (or level, if given) marks the current level.' }),
      levels: t.arg({ type: [InstitutionLevelEnum], description: 'The levels to compare; default every level.' }),
    },
    resolve: async (_root, { input, levels }, ctx) => {
      const wanted = [...new Set(levels ?? INSTITUTION_LEVELS)];
      let claim: Omit<EngineInput, 'scheme' | 'person'>;
      let current: InstitutionLevel | null = null;
      let prior: PriorYear;
      const person = toEnginePerson(input.person);
      try {
        const given = input.institutionId != null || input.institutionLevel != null;
        claim = await toEngineClaim(ctx, input.city, { ...(input as ClaimArgs), institutionLevel: given ? input.institutionLevel : wanted[0] ?? 'PRIMARY' });
        if (given) current = claim.institutionLevel;
        prior = await settlePriors(ctx, input as EstimateArgs, { ...claim, scheme: input.scheme, person });
      } catch (error) {
        return asGraphQLError(error);
      }
      const at = (level: InstitutionLevel) => trySettle({ ...claim, institutionLevel: level, scheme: input.scheme, person }, prior);
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
