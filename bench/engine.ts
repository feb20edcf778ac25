/**
 * Settlement engine throughput on one core: settlements per second for a mix of Lanzhou
 * claims, and per claim size (1, 100, 1,000 fee items). Run: npx tsx bench/engine.ts
 */
import { performance } from 'node:perf_hooks';
import { settle, type Accumulators, type FeeItem, type SettlementInput } from '../src/engine';
import { FEE_CATEGORIES } from '../src/domain';
import { fmt, summarise, type Summary } from './stats';

function items(count: number): FeeItem[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `item ${i}`,
    category: FEE_CATEGORIES[i % 3],
    amountFen: 1_000 + ((i * 7_919) % 250_000),
    tcm: i % 5 === 0,
    negotiatedDrug: i % 17 === 0,
  }));
}

function mix(count: number): { input: SettlementInput; acc: Accumulators }[] {
  const base = { city: 'LANZHOU' as const, date: '2024-06-15', items: items(count) };
  return [
    { input: { ...base, scheme: 'EMPLOYEE', visitType: 'INPATIENT', institutionLevel: 'TERTIARY_A', person: { employeeCategory: 'ENTERPRISE' } }, acc: { 'employee.stayEligible': 5_500_000, stays: 1 } },
    { input: { ...base, scheme: 'EMPLOYEE', visitType: 'OUTPATIENT', institutionLevel: 'SECONDARY', person: { employeeCategory: 'FLEXIBLE', retired: true } }, acc: { 'employee.outpatientPolicy': 10_000 } },
    { input: { ...base, scheme: 'EMPLOYEE', visitType: 'CHRONIC_OUTPATIENT', institutionLevel: 'PRIMARY', person: { employeeCategory: 'ENTERPRISE' }, chronicDiseaseCodes: ['LZ-EC-08', 'LZ-EC-09'] }, acc: {} },
    { input: { ...base, scheme: 'RESIDENT', visitType: 'INPATIENT', institutionLevel: 'SECONDARY', person: { assistanceCategory: 'EXTREME_POVERTY', consecutiveEnrollmentYears: 3 } }, acc: { 'critical.base': 300_000 } },
    { input: { ...base, scheme: 'RESIDENT', visitType: 'INPATIENT', institutionLevel: 'TERTIARY_A', majorDiseaseCode: 'LZ-MD-07', person: {}, remote: { crossProvince: true, filing: 'REFERRAL' } }, acc: {} },
    { input: { ...base, scheme: 'RESIDENT', visitType: 'OUTPATIENT', institutionLevel: 'PRIMARY', person: {} }, acc: {} },
  ];
}

/** Settles the claims round-robin for about `ms` milliseconds; returns settlements per second. */
function measure(claims: { input: SettlementInput; acc: Accumulators }[], ms = 1_000): number {
  const warm = performance.now();
  for (let i = 0; performance.now() - warm < ms / 4; i++) settle(claims[i % claims.length].input, claims[i % claims.length].acc);
  let n = 0;
  let sink = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 50; i++, n++) sink += settle(claims[n % claims.length].input, claims[n % claims.length].acc).personalPayment;
    now = performance.now();
  }
  if (sink < 0) throw new Error('unreachable');
  return (n * 1_000) / (now - start);
}

/** Settlements per second per claim size, each the summary of `runs` one-second runs. */
export function engineBenchmark(runs: number): { label: string; perSecond: Summary }[] {
  return [1, 100, 1_000].map((size) => {
    const claims = mix(size);
    const perSecond = summarise(Array.from({ length: runs }, () => measure(claims)));
    return { label: `mix of ${claims.length} claim kinds, ${size} item${size === 1 ? '' : 's'} each`, perSecond };
  });
}

if (process.argv[1]?.endsWith('bench/engine.ts')) {
  for (const row of engineBenchmark(3)) console.log(`${row.label.padEnd(40)} ${fmt(row.perSecond)} settlements/s`);
}
