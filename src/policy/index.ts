/**
 * The policy packs the engine knows (Lanzhou, Jining, Yinchuan), and the choice of the pack
 * in force for a city on a service date.
 */
import type { City } from '../domain';
import { SettlementError } from '../engine/errors';
import { JINING_2024 } from './jining-2024';
import type { JiningPack } from './jining-parameters';
import { LANZHOU_2023 } from './lanzhou-2023';
import { LANZHOU_2024 } from './lanzhou-2024';
import type { LanzhouPack } from './lanzhou-parameters';
import { YINCHUAN_2021 } from './yinchuan-2021';
import type { YinchuanPack } from './yinchuan-parameters';

export { describePack } from './parameter';
export type { Description, Pack, PackDescription, Parameter, ParameterDescription, ParameterSet } from './parameter';
export type * from './lanzhou-parameters';
export type * from './jining-parameters';
export type * from './yinchuan-parameters';
export { LANZHOU_2023, LANZHOU_2024, JINING_2024, YINCHUAN_2021 };

/** Every pack kind the engine knows, told apart by `ruleSet` (or `city`). */
export type PolicyPack = LanzhouPack | JiningPack | YinchuanPack;

/** The pack kind of a city (every kind for `City`). */
export type CityPack<C extends City> = Extract<PolicyPack, { city: C }>;

/** Every pack, oldest first within a city. */
export const POLICY_PACKS: readonly PolicyPack[] = [LANZHOU_2023, LANZHOU_2024, JINING_2024, YINCHUAN_2021];

/** The pack in force for the city on the ISO date; NO_POLICY_PACK when there is none. */
export function selectPack<C extends City>(city: C, date: string, packs: readonly PolicyPack[] = POLICY_PACKS): CityPack<C> {
  const pack = packInForce(city, date, packs);
  if (pack) return pack;
  const cityPacks = packs.filter((p): p is CityPack<C> => p.city === city);
  const earliest = cityPacks.map((p) => p.effectiveFrom).sort()[0];
  const message = earliest === undefined
    ? `no policy pack for ${city} yet`
    : `no ${city} policy pack is in force on ${date}; the earliest starts ${earliest}`;
  throw new SettlementError('NO_POLICY_PACK', ['date'], message);
}

/** The city's pack in force on the date, if any (selectPack without the error, for hot loops). */
export function packInForce<C extends City>(city: C, date: string, packs: readonly PolicyPack[] = POLICY_PACKS): CityPack<C> | undefined {
  for (const p of packs) {
    if (p.city === city && p.effectiveFrom <= date && (p.effectiveTo === null || date <= p.effectiveTo)) return p as CityPack<C>;
  }
  return undefined;
}

/** The pack with this id, if any. */
export function findPack(id: string): PolicyPack | undefined {
  return POLICY_PACKS.find((p) => p.id === id);
}
