import { settle } from '../src/engine';
import { FEE_CATEGORIES } from '../src/domain';
const items = Array.from({ length: 1000 }, (_, i) => ({ name: `item ${i}`, category: FEE_CATEGORIES[i % 3], amountFen: 1_000 + ((i * 7_919) % 250_000), tcm: i % 5 === 0, negotiatedDrug: i % 17 === 0 }));
const base = { city: 'LANZHOU' as const, date: '2024-06-15', items };
const claims: any[] = [
  { input: { ...base, scheme: 'EMPLOYEE', visitType: 'INPATIENT', institutionLevel: 'TERTIARY_A', person: { employeeCategory: 'ENTERPRISE' } }, acc: { 'employee.stayEligible': 5_500_000, stays: 1 } },
  { input: { ...base, scheme: 'EMPLOYEE', visitType: 'OUTPATIENT', institutionLevel: 'SECONDARY', person: { employeeCategory: 'FLEXIBLE', retired: true } }, acc: { 'employee.outpatientPolicy': 10_000 } },
  { input: { ...base, scheme: 'EMPLOYEE', visitType: 'CHRONIC_OUTPATIENT', institutionLevel: 'PRIMARY', person: { employeeCategory: 'ENTERPRISE' }, chronicDiseaseCodes: ['LZ-EC-08', 'LZ-EC-09'] }, acc: {} },
  { input: { ...base, scheme: 'RESIDENT', visitType: 'INPATIENT', institutionLevel: 'SECONDARY', person: { assistanceCategory: 'EXTREME_POVERTY', consecutiveEnrollmentYears: 3 } }, acc: { 'critical.base': 300_000 } },
  { input: { ...base, scheme: 'RESIDENT', visitType: 'INPATIENT', institutionLevel: 'TERTIARY_A', majorDiseaseCode: 'LZ-MD-07', person: {}, remote: { crossProvince: true, filing: 'REFERRAL' } }, acc: {} },
  { input: { ...base, scheme: 'RESIDENT', visitType: 'OUTPATIENT', institutionLevel: 'PRIMARY', person: {} }, acc: {} },
];
for (const c of claims) settle(c.input, c.acc);
const t0 = performance.now(); let n = 0;
while (performance.now() - t0 < 3000) { for (let i = 0; i < 60; i++, n++) settle(claims[n % 6].input, claims[n % 6].acc); }
console.log('µs per settlement', ((performance.now() - t0) * 1000 / n).toFixed(2));
