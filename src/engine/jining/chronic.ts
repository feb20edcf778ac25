/**
 * JN-CHRONIC: chronic outpatient (门诊慢特病) by class A / B. An annual deductible (employee
 * 1,000, resident 500; 100 less when designated at a TCM institution; none for uremia,
 * haemophilia and severe mental illness) carried across the year's visits; employee rates
 * 85% / 75% under the shared 200,000 stay cap, then large-amount insurance at 90%; resident
 * rates 70% (A) or by hospital class (B), caps 150,000 (A) / 6,000 (B), drug-resistant
 * tuberculosis under the stay cap instead.
 */
import { ACC, read } from '../accumulators';
import { pct, yuan, yuanZh, zh } from '../text';
import { settleBands } from '../blocks/bands';
import { hasCondition, hospitalClassOf, type JiningContext, type Segment } from './context';
import { settleLargeAmount } from './employee';
import type { ScopedClaim } from './scope';
import type { BasicScheme } from '../../domain';

/** Payments of both classes, per class counter. */
const CLASS_KEYS = { A: ACC.chronicPaid('JN-A'), B: ACC.chronicPaid('JN-B') } as const;

interface ChronicCap {
  name: string;
  /** The cap's name in Chinese, for the trace. */
  nameZh: string;
  amountFen: number;
  usedFen: number;
  /** The counter this claim's payments go to. */
  counter: string;
}

export function settleChronic(ctx: JiningContext, scoped: ScopedClaim): Segment {
  const { input, p, acc, ledger, remote } = ctx;
  const employee = input.scheme === 'EMPLOYEE';
  const cls = input.chronicClass;
  if (cls === undefined) throw new Error('a Jining chronic claim passed validation without its class');

  const exempt = hasCondition(ctx, p.chronicDeductibleFreeConditions.value);
  const standard = p.chronicDeductibleFen.value[input.scheme as BasicScheme];
  const annualFen = exempt ? 0 : input.tcmHospital === true ? standard.tcmFen : standard.standardFen;
  const borneFen = read(acc, ACC.chronicDeductible);

  const rateBp = Math.max(0, chronicRate(ctx, cls) - remote.cutBp);
  const cap = chronicCap(ctx, cls);
  // The position is the deductible borne so far this year: the part of the claim below the
  // annual deductible is what this visit still bears of it.
  const settled = settleBands({
    positionFen: borneFen, amountFen: scoped.policyFen,
    bands: [{ fromFen: annualFen, toFen: null, rateBp }],
    cap: { amountFen: cap.amountFen, usedFen: cap.usedFen },
  });
  const basicFen = ledger.pay('JN-CHRONIC', p.chronicDeductibleFen.source, 'BASIC', settled, { cap: { name: cap.name, amountFen: cap.amountFen } });
  ledger.deductibleFen += settled.belowFen;
  ledger.count(ACC.chronicDeductible, settled.belowFen);
  ledger.count(cap.counter, basicFen);
  const deductibleText = exempt
    ? `no deductible for ${input.condition}`
    : `annual deductible ${yuan(annualFen)}${input.tcmHospital ? ' (TCM institution)' : ''} with ${yuan(borneFen)} borne earlier, this visit bears ${yuan(settled.belowFen)}`;
  const deductibleTextZh = exempt
    ? `${zh(input.condition)}不设起付线`
    : `年度起付线${yuanZh(annualFen)}${input.tcmHospital ? '（中医医疗机构）' : ''}，此前已负担${yuanZh(borneFen)}，本次负担${yuanZh(settled.belowFen)}`;
  ledger.step('JN-CHRONIC', employee ? p.employeeChronicRatesBp.source : p.residentChronicRatesBp.source,
    () => `chronic class ${cls}, ${yuan(scoped.policyFen)}: ${deductibleText}; the rest at ${pct(rateBp)}${remote.cutBp > 0 ? ` (${pct(remote.cutBp)} off for remote care)` : ''}, ${cap.name} ${yuan(cap.amountFen)} with ${yuan(cap.usedFen)} used before: paid ${yuan(basicFen)}`,
    () => `门诊慢特病${zh(cls)}病种，${yuanZh(scoped.policyFen)}：${deductibleTextZh}；其余按${pct(rateBp)}支付${remote.cutBp > 0 ? `（异地就医降低${pct(remote.cutBp)}）` : ''}，${cap.nameZh}${yuanZh(cap.amountFen)}，此前已用${yuanZh(cap.usedFen)}：支付${yuanZh(basicFen)}`);

  let largeAmountFen = 0;
  if (settled.beyondCapFen > 0) {
    if (employee) largeAmountFen = settleLargeAmount(ctx, settled.beyondCapFen);
    else ledger.step('JN-CHRONIC', p.residentChronicCapFen.source, () => `${yuan(settled.beyondCapFen)} beyond the cap stays personal`, () => `超出封顶线的${yuanZh(settled.beyondCapFen)}由个人负担`);
  }
  return { policyFen: scoped.policyFen, basicFen, largeAmountFen };
}

/** The class's rate: employees by class; residents A flat, B by hospital class (TB and hepatitis apart). */
function chronicRate(ctx: JiningContext, cls: 'A' | 'B'): number {
  const { input, p } = ctx;
  if (input.scheme === 'EMPLOYEE') return p.employeeChronicRatesBp.value[cls];
  if (cls === 'A') return p.residentChronicRatesBp.value.A;
  const infectious = p.residentChronicInfectiousRatesBp.value;
  const hc = hospitalClassOf(ctx);
  return hasCondition(ctx, infectious.conditions) ? infectious.rates[hc] : p.residentChronicRatesBp.value.B[hc];
}

/** Employees: the stay cap shared with stays; residents: the class cap over both classes, or the stay cap. */
function chronicCap(ctx: JiningContext, cls: 'A' | 'B'): ChronicCap {
  const { input, p, acc } = ctx;
  if (input.scheme === 'EMPLOYEE') {
    return { name: 'employee basic annual cap shared with stays', nameZh: '职工统筹基金年度最高支付限额（与住院合并计算）', amountFen: p.employeeStayCapFen.value, usedFen: read(acc, ACC.employeeStayPaid), counter: ACC.employeeStayPaid };
  }
  if (hasCondition(ctx, p.residentChronicStayCapConditions.value)) {
    return { name: 'resident stay cap (与住院合并计算)', nameZh: '居民住院年度最高支付限额（与住院合并计算）', amountFen: p.residentStayCapFen.value, usedFen: read(acc, ACC.residentStayPaid), counter: ACC.residentStayPaid };
  }
  return {
    name: `class ${cls} chronic cap`,
    nameZh: `${zh(cls)}病种年度最高支付限额`,
    amountFen: p.residentChronicCapFen.value[cls],
    usedFen: read(acc, CLASS_KEYS.A) + read(acc, CLASS_KEYS.B),
    counter: CLASS_KEYS[cls],
  };
}
