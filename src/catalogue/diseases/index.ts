/**
 * The disease and non-institution directory tables of the sources (门诊慢特病, 重大疾病, 日间手术,
 * 中医药日间诊疗, 急救抢救, 医疗救助重特大疾病, 生育定额, 手工结算资料, 咨询电话, 济宁计划生育限额),
 * and lookups by code.
 */
import type { BasicScheme, City, Scheme } from '../../domain';
import type { ChronicDiseaseEntry, MajorDiseaseEntry } from '../types';
import { LANZHOU_EMPLOYEE_CHRONIC, LANZHOU_RESIDENT_CHRONIC } from './lanzhou-chronic';
import { LANZHOU_MAJOR_DISEASES } from './lanzhou-major';
import { YINCHUAN_EMPLOYEE_CHRONIC, YINCHUAN_RESIDENT_CHRONIC } from './yinchuan';

export * from './types';
export * from './lanzhou-chronic';
export * from './lanzhou-major';
export * from './lanzhou-tcm-day';
export * from './lanzhou-emergency';
export * from './lanzhou-assistance-major';
export * from './lanzhou-day-surgery';
export * from './lanzhou-maternity-rates';
export * from './lanzhou-manual-settlement';
export * from './hotlines';
export * from './jining';
export * from './jining-maternity';
export * from './yinchuan';

/** Every 门诊慢特病 table, by city and scheme (Jining's list is not in its source: a QR code). */
export const CHRONIC_DISEASES: Readonly<Record<City, Readonly<Record<BasicScheme, readonly ChronicDiseaseEntry[]>>>> = {
  LANZHOU: { EMPLOYEE: LANZHOU_EMPLOYEE_CHRONIC, RESIDENT: LANZHOU_RESIDENT_CHRONIC },
  JINING: { EMPLOYEE: [], RESIDENT: [] },
  YINCHUAN: { EMPLOYEE: YINCHUAN_EMPLOYEE_CHRONIC, RESIDENT: YINCHUAN_RESIDENT_CHRONIC },
};

const chronicByKey = new Map<string, ChronicDiseaseEntry>();
for (const schemes of Object.values(CHRONIC_DISEASES)) {
  for (const entries of Object.values(schemes)) {
    for (const entry of entries) chronicByKey.set(`${entry.city}|${entry.scheme}|${entry.code}`, entry);
  }
}

const majorByCode = new Map<string, MajorDiseaseEntry>(LANZHOU_MAJOR_DISEASES.map((e) => [e.code, e]));

/** The 门诊慢特病 with this code in the city's table for the scheme, if any. */
export function findChronicDisease(city: City, scheme: Scheme, code: string): ChronicDiseaseEntry | undefined {
  return chronicByKey.get(`${city}|${scheme}|${code}`);
}

/** The 重大疾病 (附表4) row with this code ('LZ-MD-07', 'LZ-MD-01-2'), if any. */
export function findMajorDisease(code: string): MajorDiseaseEntry | undefined {
  return majorByCode.get(code);
}
