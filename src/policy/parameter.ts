/**
 * Policy packs are data: every number a city's rules use, each a dated parameter with the
 * source clause it rests on (in the spirit of OpenFisca's dated parameters). A pack is one
 * version of a city's rules, in force from effectiveFrom to effectiveTo (inclusive).
 */
import type { City } from '../domain';

/** A bilingual description: the Chinese term first, then English. */
export interface Description {
  zh: string;
  en: string;
}

/** One parameter: its value, the date it took effect, and the clause it rests on. */
export interface Parameter<T> {
  value: T;
  /** ISO date the value took effect (or the earliest date the source vouches for). */
  effectiveFrom: string;
  /** Source clause, e.g. '000 §二(二)1(4)'. */
  source: string;
  description: Description;
  /** Set when the value is one of two defensible readings of the source (settlement-rules.md). */
  reading?: string;
}

/** A city's parameter set: every field a dated parameter. */
export type ParameterSet<P> = { [K in keyof P]: Parameter<unknown> };

/**
 * One version of a city's rules: its header and the city's parameter set. The rule set is
 * the city's own (`ruleSet` = `city`), so either tells the pack kinds apart.
 */
export interface Pack<C extends City, P extends ParameterSet<P>> {
  /** e.g. 'lanzhou-2024'. */
  id: string;
  city: C;
  ruleSet: C;
  version: string;
  effectiveFrom: string;
  /** Last day in force; null = open. */
  effectiveTo: string | null;
  /** Where the pack's values come from. */
  basis: Description;
  parameters: P;
}

/** One parameter as listed by describePack (value as JSON text, for the API). */
export interface ParameterDescription {
  name: string;
  value: unknown;
  valueJson: string;
  effectiveFrom: string;
  source: string;
  description: Description;
  reading: string | null;
}

export interface PackDescription {
  id: string;
  city: City;
  version: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  basis: Description;
  parameters: ParameterDescription[];
}

/** Every parameter of the pack (of any kind) with its value, effective date and clause. */
export function describePack<T extends Pack<City, ParameterSet<T['parameters']>>>(pack: T): PackDescription {
  const parameters = Object.entries<Parameter<unknown>>(pack.parameters).map(
    ([name, p]) => ({
      name,
      value: p.value,
      valueJson: JSON.stringify(p.value),
      effectiveFrom: p.effectiveFrom,
      source: p.source,
      description: p.description,
      reading: p.reading ?? null,
    }),
  );
  return {
    id: pack.id, city: pack.city, version: pack.version, effectiveFrom: pack.effectiveFrom,
    effectiveTo: pack.effectiveTo, basis: pack.basis, parameters,
  };
}
