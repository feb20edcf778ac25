/**
 * The calculator page (医保结算计算器, `GET /calculator`) for patients and their families: one
 * self-contained HTML document (its style, script and vocabulary inlined; nothing from a CDN,
 * so it works offline and loads in one request on a phone). The option lists come from the
 * schema's enums, so a visit type or level added to the API appears in the form. A
 * Content-Security-Policy in the page allows only its own script and style (by hash) and
 * requests to this service. The Node server renders it at start; `npm run build:worker`
 * writes it to the Worker's static assets (dist/assets/calculator.html).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GraphQLEnumType } from 'graphql';
import {
  ASSISTANCE_CATEGORIES, CITIES, EMPLOYEE_CATEGORIES, FEE_CATEGORIES, INSTITUTION_LEVELS, REMOTE_FILINGS, SCHEMES, TWO_DISEASES, VISIT_TYPES,
} from '../domain';
import { ERROR_CODES } from '../error-codes';
import { schema } from '../schema';
import { MAX_PRIOR_CLAIMS } from '../schema/settlement';

const DOMAIN_ORDER: Record<string, readonly string[]> = {
  City: CITIES, Scheme: SCHEMES, EmployeeCategory: EMPLOYEE_CATEGORIES, AssistanceCategory: ASSISTANCE_CATEGORIES, VisitType: VISIT_TYPES,
  InstitutionLevel: INSTITUTION_LEVELS, FeeCategory: FEE_CATEGORIES, TwoDisease: TWO_DISEASES, RemoteFiling: REMOTE_FILINGS,
};
const ENUMS = Object.keys(DOMAIN_ORDER);

/** English names where the value's own name says too little. */
const ENGLISH: Record<string, string> = {
  TERTIARY: 'Tertiary, grade unknown', TERTIARY_A: 'Tertiary grade A', TERTIARY_B: 'Tertiary grade B', PRIMARY: 'Primary, community, township',
  UNRATED: 'Private or unrated', PHARMACY: 'Designated pharmacy', EMPLOYEE: 'Employee insurance', RESIDENT: 'Urban and rural resident insurance',
  CLASS_A: 'Class A', CLASS_B: 'Class B', SELF_PAY: 'Self-pay (outside the catalogues)', TCM_DAY_CLINIC: 'TCM day clinic',
  TWO_DISEASE_OUTPATIENT: 'Hypertension and diabetes outpatient', INPATIENT: 'Hospital stay', PUBLIC_SECTOR: 'Public sector',
};

function english(value: string): string {
  if (ENGLISH[value]) return ENGLISH[value];
  const words = value.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * An enum value's names: from a "中文 / English" description, or the Chinese of the description
 * (an English aside in brackets dropped) and an English name made here.
 */
function bilingual(value: string, description: string | null | undefined): [zh: string, en: string] {
  const text = (description ?? value).trim();
  const slash = text.indexOf(' / ');
  if (slash > 0) return [text.slice(0, slash).trim(), text.slice(slash + 3).replace(/\.$/, '').trim()];
  return [text.replace(/\s*\([A-Za-z][^)]*\)$/, ''), english(value)];
}

/** [value, 中文, English] of each enum the form offers. */
function vocabulary() {
  const enums = Object.fromEntries(
    ENUMS.map((name) => {
      const type = schema.getType(name);
      if (!(type instanceof GraphQLEnumType)) throw new Error(`the schema has no enum ${name}`);
      // The domain's order (the printed schema sorts values by name); values it does not list last.
      const order: readonly string[] = DOMAIN_ORDER[name] ?? [];
      const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
      const values = [...type.getValues()].sort((a, b) => rank(a.name) - rank(b.name));
      return [name, values.map((v) => [v.name, ...bilingual(v.name, v.description)])];
    }),
  );
  // What each error code means, in Chinese, from the one registry (the page says it before the service's message).
  const errors = Object.fromEntries(Object.entries(ERROR_CODES).map(([code, doc]) => [code, doc.zh]));
  return { enums, errors, maxPriorClaims: MAX_PRIOR_CLAIMS };
}

const read = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const hash = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The page's HTML. */
export function calculatorPage(): string {
  const style = read('calculator.css');
  const script = read('calculator.js');
  if (/<\/(script|style)/i.test(script + style)) throw new Error('the calculator\'s script or style closes its own element');
  // A JSON data block: "<" escaped so that no text in it can end the element.
  const data = JSON.stringify(vocabulary()).replace(/</g, '\\u003c');
  const parts: Record<string, string> = { STYLE: style, SCRIPT: script, VOCABULARY: data, SCRIPT_HASH: hash(script), STYLE_HASH: hash(style) };
  return read('calculator.html').replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => {
    if (!(key in parts)) throw new Error(`calculator.html has an unknown slot ${key}`);
    return parts[key];
  });
}
