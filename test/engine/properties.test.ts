/**
 * Property tests over random claims of all three packs (fast-check): Lanzhou, Jining and
 * Yinchuan. Money is conserved, nothing is negative, no cap or ceiling is exceeded, adding an
 * item never lowers the personal part, lines add up to the layer totals, and every paying
 * rule is in the trace with its clause and the city's rule-id prefix.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSISTANCE_CATEGORIES, type BasicScheme, EMPLOYEE_CATEGORIES, FEE_CATEGORIES, LONG_TERM_CARE_KINDS, RARE_DISEASES, REMOTE_FILINGS, type Scheme, type TwoDisease,
} from '../../src/domain';
import { careStandard } from '../../src/engine/jining/longTermCare';
import {
  ACC, addAccumulators, CLINICAL_CONDITIONS, settle, subtractAccumulators, type Accumulators, type FeeItem, type SettlementInput,
  type SettlementResult,
} from '../../src/engine';
import { JINING_2024, LANZHOU_2024, YINCHUAN_2021 } from '../../src/policy';

const P = LANZHOU_2024.parameters;
const JP = JINING_2024.parameters;
const YP = YINCHUAN_2021.parameters;

const itemArb: fc.Arbitrary<FeeItem> = fc.record({
  name: fc.constant('item'),
  category: fc.constantFrom(...FEE_CATEGORIES),
  amountFen: fc.oneof(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 5_000_000 })),
  tcm: fc.boolean(),
  negotiatedDrug: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 }),
});

/** A bill: 1-12 items that add up to more than 0 (a zero bill is refused as ZERO_TOTAL). */
const billArb = fc.array(itemArb, { minLength: 1, maxLength: 12 }).filter((items) => items.some((i) => i.amountFen > 0));

interface Case { input: SettlementInput; acc: Accumulators }

/** A share (0-100%) of a cap, for per-code counters. */
const share = fc.integer({ min: 0, max: 100 });
const part = (capFen: number, pct: number) => Math.floor((capFen * pct) / 100);

const remoteArb = fc.option(fc.record({
  crossProvince: fc.boolean(),
  filing: fc.option(fc.constantFrom(...REMOTE_FILINGS), { nil: undefined }),
  filedByCommitmentWithoutProof: fc.boolean(),
}), { nil: undefined });

const lanzhouArb: fc.Arbitrary<Case> = fc.constantFrom<Scheme>('EMPLOYEE', 'RESIDENT', 'RETIRED_CADRE').chain((scheme) =>
  fc.constantFrom(...P.openVisitTypes.value[scheme]).chain((visitType) => {
    const chronicTable = scheme === 'EMPLOYEE' ? P.employeeChronicDiseases.value : P.residentChronicDiseases.value;
    return fc.record({
      level: fc.constantFrom(...(P.allowedLevels.value[scheme][visitType] ?? [])),
      year: fc.integer({ min: 2023, max: 2031 }),
      person: fc.record({
        employeeCategory: fc.constantFrom(...EMPLOYEE_CATEGORIES),
        retired: fc.boolean(),
        assistanceCategory: fc.option(fc.constantFrom(...ASSISTANCE_CATEGORIES), { nil: undefined }),
        consecutiveEnrollmentYears: fc.integer({ min: 1, max: 12 }),
        assistanceMajorDiseaseCode: fc.option(fc.constant('LZ-AMD-07'), { nil: undefined }),
        retiredCadreWartime: fc.constant(scheme === 'RETIRED_CADRE').chain((cadre) => (cadre ? fc.boolean() : fc.constant(undefined))),
        retiredCadrePrefectureLevel: fc.constant(scheme === 'RETIRED_CADRE').chain((cadre) => (cadre ? fc.boolean() : fc.constant(undefined))),
      }),
      chronic: fc.shuffledSubarray(chronicTable.map((r) => r.code), { minLength: 1, maxLength: 2 }),
      major: fc.option(fc.constantFrom(...P.majorDiseases.value.map((d) => d.code)), { nil: undefined }),
      two: fc.shuffledSubarray<TwoDisease>(['HYPERTENSION', 'DIABETES'], { minLength: 1, maxLength: 2 }),
      tcmDay: fc.constantFrom(...P.tcmDayClinic.value.diseases.map((d) => d.code)),
      remote: remoteArb,
      items: billArb,
      shares: fc.array(share, { minLength: 12, maxLength: 12 }),
      stays: fc.integer({ min: 0, max: 6 }),
    }).map((g): Case => {
      // Cross-province chronic care settles directly only for the national categories (the others
      // are refused for manual settlement): keep the generated claims settleable.
      const manual = visitType === 'CHRONIC_OUTPATIENT' && g.remote?.crossProvince === true && !P.remoteChronicDirect.value!.codes.includes(g.chronic[0]);
      const remote = manual ? { ...g.remote!, crossProvince: false } : g.remote;
      const input: SettlementInput = {
        city: 'LANZHOU', scheme, visitType, date: `${g.year}-06-15`, institutionLevel: g.level, person: g.person, items: g.items, remote,
        ...(visitType === 'CHRONIC_OUTPATIENT' ? { chronicDiseaseCodes: g.chronic } : {}),
        ...(visitType === 'INPATIENT' && scheme === 'RESIDENT' && g.major ? { majorDiseaseCode: g.major } : {}),
        ...(visitType === 'TWO_DISEASE_OUTPATIENT' ? { twoDiseases: g.two } : {}),
        ...(visitType === 'TCM_DAY_CLINIC' ? { tcmDayDiseaseCode: g.tcmDay } : {}),
      };
      const s = g.shares;
      const acc: Accumulators = {
        [ACC.stays]: g.stays,
        [ACC.employeeStayEligible]: part(8_000_000, s[0]),
        [ACC.employeeOutpatientPolicy]: part(300_000, s[1]),
        [ACC.residentOutpatientPaid]: part(13_000, s[2]),
        [ACC.residentStayPaid]: part(8_000_000, s[3]),
        [ACC.criticalBase]: part(12_000_000, s[4]),
        [ACC.assistanceBase]: part(800_000, s[5]),
        [ACC.assistancePaid]: part(5_000_000, s[6]),
        [ACC.secondaryBase]: part(800_000, s[7]),
        [ACC.retiredCadreOutpatientPaid]: part(400_000, s[0]),
        [ACC.tcmDayPaid(g.tcmDay)]: part(80_000, s[8]),
        [ACC.twoDiseasePaid(g.two[0])]: part(80_000, s[9]),
        ...(g.major ? { [ACC.majorPaid(g.major)]: part(3_000_000, s[10]) } : {}),
        [ACC.chronicPaid(g.chronic[0])]: part(chronicTable.find((r) => r.code === g.chronic[0])?.annualLimitFen ?? 1_000_000, s[11]),
      };
      return { input, acc };
    });
  }),
);

/** Jining: every open visit type with the flags its rules read, at a level the visit allows. */
const jiningArb: fc.Arbitrary<Case> = fc.constantFrom<BasicScheme>('EMPLOYEE', 'RESIDENT').chain((scheme) =>
  fc.constantFrom(...JP.openVisitTypes.value[scheme]).chain((visitType) => fc.record({
    levelPick: fc.nat(),
    year: fc.integer({ min: 2024, max: 2031 }),
    person: fc.record({
      employeeCategory: fc.constantFrom(...EMPLOYEE_CATEGORIES),
      retired: fc.boolean(),
      minor: fc.boolean(),
      student: fc.boolean(),
    }),
    signedFamilyDoctor: fc.boolean(),
    accident: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
    childOrder: fc.option(fc.constantFrom(1 as const, 2 as const, 3 as const), { nil: undefined }),
    chronicClass: fc.constantFrom('A' as const, 'B' as const),
    tcmHospital: fc.boolean(),
    condition: fc.option(fc.constantFrom(...CLINICAL_CONDITIONS), { nil: undefined }),
    two: fc.shuffledSubarray<TwoDisease>(['HYPERTENSION', 'DIABETES'], { minLength: 1, maxLength: 2 }),
    insulin: fc.boolean(),
    remote: remoteArb,
    items: billArb,
    care: fc.record({
      kind: fc.constantFrom(...LONG_TERM_CARE_KINDS),
      days: fc.integer({ min: 1, max: 366 }),
      disabilityGrade: fc.option(fc.integer({ min: 2, max: 5 }), { nil: undefined }),
    }),
    pureTcm: fc.boolean(),
    rare: fc.option(fc.constantFrom(...RARE_DISEASES), { nil: undefined }),
    shares: fc.array(share, { minLength: 20, maxLength: 20 }),
    stays: fc.integer({ min: 0, max: 6 }),
  }).map((g): Case => {
    const residentOutpatient = scheme === 'RESIDENT' && visitType === 'OUTPATIENT';
    const coveredAccident = residentOutpatient && g.accident && (g.person.minor || g.person.student);
    const medicalCare = visitType === 'LONG_TERM_CARE' && careStandard(g.care, JP) === 'MEDICAL_CARE';
    const levels = residentOutpatient && (g.remote || coveredAccident)
      ? JP.remoteCare.value.outpatientLevels
      : (JP.allowedLevels.value[scheme][visitType] ?? []).filter((l) => !medicalCare || l !== 'UNRATED');
    const birth = scheme === 'RESIDENT' && visitType === 'INPATIENT' && !g.accident ? g.childOrder : undefined;
    const input: SettlementInput = {
      city: 'JINING', scheme, visitType, date: `${g.year}-06-15`, institutionLevel: levels[g.levelPick % levels.length],
      person: g.person, items: g.items, remote: g.remote,
      signedFamilyDoctor: g.signedFamilyDoctor, accident: g.accident, tcmHospital: g.tcmHospital, condition: g.condition,
      ...(birth ? { childOrder: birth } : {}),
      ...(visitType === 'CHRONIC_OUTPATIENT' ? { chronicClass: g.chronicClass } : {}),
      ...(visitType === 'TWO_DISEASE_OUTPATIENT' ? { twoDiseases: g.two, insulin: g.insulin && g.two.includes('DIABETES') } : {}),
      ...(visitType === 'LONG_TERM_CARE' ? { longTermCare: g.care } : {}),
      ...(visitType === 'INPATIENT' && scheme === 'EMPLOYEE' ? { pureTcmTherapy: g.pureTcm } : {}),
      ...(visitType === 'RARE_DISEASE_DRUG' && g.rare ? { rareDisease: g.rare } : {}),
    };
    const s = g.shares;
    const acc: Accumulators = {
      [ACC.stays]: g.stays,
      [ACC.tumourStays]: g.stays > 2 ? 1 : 0,
      [ACC.employeeStayPaid]: part(20_000_000, s[0]),
      [ACC.largeAmountPaid]: part(50_000_000, s[1]),
      [ACC.largeAmountOutpatientPaid]: part(100_000, s[2]),
      [ACC.employeeOutpatientDeductible]: part(30_000, s[3]),
      [ACC.employeeOutpatientPaid]: part(450_000, s[4]),
      [ACC.residentOutpatientPaid]: part(30_000, s[5]),
      [ACC.accidentOutpatientPaid]: part(150_000, s[6]),
      [ACC.accidentStayPaid]: part(3_000_000, s[7]),
      [ACC.residentStayPaid]: part(15_000_000, s[8]),
      [ACC.twoDiseasePaidAll]: part(60_000, s[9]),
      [ACC.chronicDeductible]: part(100_000, s[10]),
      [ACC.chronicPaid('JN-A')]: part(15_000_000, s[11]),
      [ACC.chronicPaid('JN-B')]: part(600_000, s[12]),
      [ACC.criticalBase]: part(40_000_000, s[13]),
      [ACC.criticalPaid]: part(40_000_000, s[14]),
      [ACC.specialDrugPolicy]: part(60_000_000, s[15]),
      [ACC.specialDrugPaid]: part(40_000_000, s[16]),
      [ACC.rareDiseasePolicy]: part(120_000_000, s[17]),
      [ACC.rareDiseasePaid]: part(90_000_000, s[18]),
    };
    return { input, acc };
  })),
);

/** Yinchuan: cross-province chronic outpatient for one pilot code of the scheme. */
const yinchuanArb: fc.Arbitrary<Case> = fc.constantFrom<BasicScheme>('EMPLOYEE', 'RESIDENT').chain((scheme) => fc.record({
  codes: fc.shuffledSubarray(YP.chronicDiseases.value[scheme].map((d) => d.code), { minLength: 1, maxLength: 2 }),
  level: fc.constantFrom(...YP.allowedLevels.value),
  year: fc.integer({ min: 2021, max: 2031 }),
  filing: fc.option(fc.constantFrom(...YP.crossProvinceFilings.value), { nil: undefined }),
  employeeCategory: fc.constantFrom(...EMPLOYEE_CATEGORIES),
  items: billArb,
  shares: fc.array(share, { minLength: 3, maxLength: 3 }),
}).map((g): Case => {
  const cap = (code: string) => YP.chronicDiseases.value[scheme].find((d) => d.code === code)?.annualLimitFen ?? 5_000_000;
  // Two diseases: items alternate between them (each item names its disease).
  const items = g.codes.length > 1 ? g.items.map((item, i) => ({ ...item, diseaseCode: g.codes[i % 2] })) : g.items;
  const acc: Accumulators = { [ACC.chronicDeductible]: part(50_000, g.shares[0]) };
  g.codes.forEach((code, i) => { acc[ACC.chronicPaid(code)] = part(cap(code), g.shares[i + 1]); });
  return {
    input: {
      city: 'YINCHUAN', scheme, visitType: 'CHRONIC_OUTPATIENT', date: `${g.year}-03-01`, institutionLevel: g.level,
      person: { employeeCategory: g.employeeCategory }, chronicDiseaseCodes: g.codes,
      remote: { crossProvince: true, filing: g.filing }, items,
    },
    acc,
  };
}));

const caseArb: fc.Arbitrary<Case> = fc.oneof(lanzhouArb, jiningArb, yinchuanArb);

/** Lanzhou's annual caps, checked after the claim. */
function checkLanzhouCaps(input: SettlementInput, acc: Accumulators, after: Accumulators): void {
  const within = (key: string, capFen: number) => expect(after[key] ?? 0).toBeLessThanOrEqual(Math.max(capFen, acc[key] ?? 0));
  within(ACC.residentOutpatientPaid, P.residentOutpatientCapFen.value);
  within(ACC.residentStayPaid, 8_000_000);
  within(ACC.retiredCadreOutpatientPaid, input.person.retiredCadreWartime ? P.retiredCadre.value.wartimeOutpatientQuotaFen : P.retiredCadre.value.outpatientQuotaFen);
  within(ACC.tcmDayPaid(input.tcmDayDiseaseCode ?? 'none'), P.tcmDayClinic.value.capFen);
  if (input.majorDiseaseCode) within(ACC.majorPaid(input.majorDiseaseCode), P.majorDiseases.value.find((d) => d.code === input.majorDiseaseCode)!.annualLimitFen);
  const limit = input.person.assistanceMajorDiseaseCode ? 8_000_000 : 5_000_000;
  within(ACC.assistancePaid, limit);
  if (input.visitType === 'TWO_DISEASE_OUTPATIENT') {
    const diseases = input.twoDiseases!;
    const cap = P.twoDiseaseLimits.value.find((l) => l.diseases.length === diseases.length && diseases.every((d) => l.diseases.includes(d)))!.annualLimitFen;
    const sum = (a: Accumulators) => diseases.reduce((s, d) => s + (a[ACC.twoDiseasePaid(d)] ?? 0), 0);
    expect(sum(after)).toBeLessThanOrEqual(Math.max(cap, sum(acc)));
  }
  if (input.visitType === 'CHRONIC_OUTPATIENT') {
    const table = input.scheme === 'EMPLOYEE' ? P.employeeChronicDiseases.value : P.residentChronicDiseases.value;
    const rules = input.chronicDiseaseCodes!.map((c) => table.find((t) => t.code === c)!);
    if (rules.every((x) => x.annualLimitFen !== null)) {
      const caps = rules.map((x) => x.annualLimitFen!);
      const cap = caps.length === 1 ? caps[0] : Math.max(...caps) + P.multipleChronic.value.extraCapFen;
      const sum = (a: Accumulators) => input.chronicDiseaseCodes!.reduce((s, c) => s + (a[ACC.chronicPaid(c)] ?? 0), 0);
      expect(sum(after)).toBeLessThanOrEqual(Math.max(cap, sum(acc)));
    }
  }
}

/** Jining's and Yinchuan's annual caps, checked after the claim. */
function checkOtherCaps(input: SettlementInput, acc: Accumulators, after: Accumulators): void {
  const within = (key: string, capFen: number) => expect(after[key] ?? 0).toBeLessThanOrEqual(Math.max(capFen, acc[key] ?? 0));
  if (input.city === 'YINCHUAN') {
    for (const code of input.chronicDiseaseCodes!) {
      const cap = YP.chronicDiseases.value[input.scheme as BasicScheme].find((d) => d.code === code)!.annualLimitFen;
      if (cap !== null) within(ACC.chronicPaid(code), cap);
    }
    within(ACC.chronicDeductible, YP.chronicDeductibleFen.value);
    return;
  }
  const retired = input.person.retired === true;
  within(ACC.employeeStayPaid, JP.employeeStayCapFen.value);
  within(ACC.largeAmountPaid, JP.largeAmount.value.capFen);
  within(ACC.largeAmountOutpatientPaid, JP.outpatientLargeAmountCapFen.value);
  within(ACC.employeeOutpatientPaid, retired ? JP.employeeOutpatientCapFen.value.retiredFen : JP.employeeOutpatientCapFen.value.activeFen);
  within(ACC.employeeOutpatientDeductible, JP.employeeOutpatientDeductibleFen.value.TERTIARY);
  within(ACC.residentOutpatientPaid, JP.residentOutpatient.value.capFen);
  within(ACC.accidentOutpatientPaid, JP.accidentOutpatient.value.capFen);
  within(ACC.accidentStayPaid, JP.accidentStay.value.capFen);
  within(ACC.residentStayPaid, JP.residentStayCapFen.value);
  within(ACC.twoDiseasePaidAll, JP.twoDisease.value.combinedCapFen);
  within(ACC.chronicDeductible, JP.chronicDeductibleFen.value[input.scheme as BasicScheme].standardFen);
  within(ACC.criticalPaid, JP.employeeCritical.value.capFen);
  within(ACC.specialDrugPaid, JP.specialDrug.value.capFen);
  within(ACC.rareDiseasePaid, JP.rareDiseaseDrug.value.capFen);
  if (input.visitType === 'LONG_TERM_CARE' && input.scheme === 'RESIDENT' && careStandard(input.longTermCare!, JP) === 'HOME_CARE') {
    expect((after[ACC.longTermCarePaid] ?? 0) - (acc[ACC.longTermCarePaid] ?? 0)).toBeLessThanOrEqual(JP.longTermCareRates.value.RESIDENT.HOME_DAILY_FEN * input.longTermCare!.days);
  }
  if (input.visitType === 'TWO_DISEASE_OUTPATIENT' && input.twoDiseases!.length === 1 && !input.insulin) {
    within(ACC.twoDiseasePaidAll, JP.twoDisease.value.singleCapFen);
  }
  if (input.visitType === 'CHRONIC_OUTPATIENT' && input.scheme === 'RESIDENT') {
    const both = (a: Accumulators) => (a[ACC.chronicPaid('JN-A')] ?? 0) + (a[ACC.chronicPaid('JN-B')] ?? 0);
    expect(both(after)).toBeLessThanOrEqual(Math.max(JP.residentChronicCapFen.value[input.chronicClass!], both(acc)));
  }
}

const AMOUNTS = [
  'totalAmount', 'fullSelfPayAmount', 'preSelfPayAmount', 'policyAmount', 'deductible', 'basicPoolPayment', 'largeAmountPayment',
  'criticalIllnessPayment', 'assistancePayment', 'secondaryAssistancePayment', 'fundPaymentTotal', 'personalPayment',
  'personalAccountPayment', 'cashPayment',
] as const;

const LAYER_TOTAL: Record<string, (r: SettlementResult) => number> = {
  BASIC: (r) => r.basicPoolPayment,
  LARGE_AMOUNT: (r) => r.largeAmountPayment,
  CRITICAL_ILLNESS: (r) => r.criticalIllnessPayment,
  ASSISTANCE: (r) => r.assistancePayment,
  SECONDARY_ASSISTANCE: (r) => r.secondaryAssistancePayment,
};

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) };

describe('settlement properties', () => {
  it('conserves money and never goes negative', () => {
    fc.assert(fc.property(caseArb, ({ input, acc }) => {
      const r = settle(input, acc);
      for (const field of AMOUNTS) {
        expect(Number.isSafeInteger(r[field])).toBe(true);
        expect(r[field]).toBeGreaterThanOrEqual(0);
      }
      expect(r.totalAmount).toBe(input.items.reduce((s, i) => s + i.amountFen, 0));
      expect(r.policyAmount).toBe(r.totalAmount - r.fullSelfPayAmount - r.preSelfPayAmount);
      expect(r.fundPaymentTotal).toBe(r.basicPoolPayment + r.largeAmountPayment + r.criticalIllnessPayment + r.assistancePayment + r.secondaryAssistancePayment);
      expect(r.fundPaymentTotal + r.personalPayment).toBe(r.totalAmount);
      expect(r.fundPaymentTotal).toBeLessThanOrEqual(r.policyAmount);
      expect(r.cashPayment).toBe(r.personalPayment);
      for (const v of Object.values(r.accumulatorDelta)) expect(v).toBeGreaterThanOrEqual(0);
    }), RUNS);
  });

  it('exceeds no cap or ceiling', () => {
    fc.assert(fc.property(caseArb, ({ input, acc }) => {
      const r = settle(input, acc);
      const after = addAccumulators(acc, r.accumulatorDelta);
      if (input.city === 'LANZHOU') checkLanzhouCaps(input, acc, after);
      else checkOtherCaps(input, acc, after);
      for (const line of r.lines) {
        if (line.ruleId === 'LZ-E-IP-BANDS') expect(line.band!.toFen!).toBeLessThanOrEqual(6_000_000);
        if (line.ruleId === 'LZ-E-OP') {
          expect(line.band!.fromFen).toBeGreaterThanOrEqual(20_000);
          expect(line.band!.toFen!).toBeLessThanOrEqual(250_000);
        }
        if (line.ruleId === 'JN-E-CRIT') expect(line.band!.fromFen).toBeGreaterThanOrEqual(JP.employeeCritical.value.thresholdFen);
        if (line.ruleId === 'JN-R-CRIT') expect(line.band!.fromFen).toBeGreaterThanOrEqual(JP.residentCritical.value.bands[0].fromFen);
        expect(line.amountFen).toBeLessThanOrEqual(line.baseFen);
      }
    }), RUNS);
  });

  it('adding an item never lowers the personal part', () => {
    fc.assert(fc.property(caseArb, itemArb, ({ input, acc }, extra) => {
      const before = settle(input, acc);
      const codes = input.chronicDiseaseCodes ?? [];
      const named = input.city === 'YINCHUAN' && codes.length > 1 ? { ...extra, diseaseCode: codes[1] } : extra;
      const after = settle({ ...input, items: [...input.items, named] }, acc);
      // Not for assistance where a remote-care cut is not assisted (000 §五(七)1, LZ-MA): the cut
      // the person keeps is the cut-free payment less the paid one, and near a payment cap a larger
      // bill leaves a smaller cut (the cap would have bound the cut-free payment too), so the
      // personal part can fall as the bill grows. That is the rule, not rounding.
      const unassistedCut = (r: SettlementResult) => r.trace.some((t) => t.ruleId === 'LZ-MA' && t.message.includes('not assisted'));
      fc.pre(!unassistedCut(before) && !unassistedCut(after));
      expect(after.personalPayment).toBeGreaterThanOrEqual(before.personalPayment);
    }), RUNS);
  });

  it('lines add up to the layer totals', () => {
    fc.assert(fc.property(caseArb, ({ input, acc }) => {
      const r = settle(input, acc);
      for (const [layer, total] of Object.entries(LAYER_TOTAL)) {
        const sum = r.lines.filter((l) => l.layer === layer).reduce((s, l) => s + l.amountFen, 0);
        expect(sum).toBe(total(r));
      }
    }), RUNS);
  });

  it('the trace names every rule that paid, with a clause', () => {
    fc.assert(fc.property(caseArb, ({ input, acc }) => {
      const r = settle(input, acc);
      for (const line of r.lines) {
        expect(line.clause).toMatch(/^00\d/);
        expect(r.trace.some((t) => t.ruleId === line.ruleId && t.clause.length > 0)).toBe(true);
      }
      const prefix = { LANZHOU: 'LZ', JINING: 'JN', YINCHUAN: 'YC' }[input.city];
      for (const step of r.trace) expect(step.ruleId).toMatch(new RegExp(`^${prefix}-[A-Z0-9-]+$`));
    }), RUNS);
  });

  it('a reversal gives back exactly what the claim added', () => {
    fc.assert(fc.property(caseArb, ({ input, acc }) => {
      const r = settle(input, acc);
      const nonZero = (a: Accumulators) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== 0));
      expect(nonZero(subtractAccumulators(addAccumulators(acc, r.accumulatorDelta), r.accumulatorDelta))).toEqual(nonZero(acc));
    }), RUNS);
  });
});
