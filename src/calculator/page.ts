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
import { schema } from '../schema';
import { MAX_PRIOR_CLAIMS } from '../schema/settlement';

const ENUMS = ['City', 'Scheme', 'EmployeeCategory', 'AssistanceCategory', 'VisitType', 'InstitutionLevel', 'FeeCategory', 'TwoDisease', 'RemoteFiling'];

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

/** [value, 中文, English] of each enum the form offers. */
function vocabulary() {
  const enums = Object.fromEntries(
    ENUMS.map((name) => {
      const type = schema.getType(name);
      if (!(type instanceof GraphQLEnumType)) throw new Error(`the schema has no enum ${name}`);
      return [name, type.getValues().map((v) => [v.name, (v.description ?? v.name).replace(/\s*\([A-Za-z][^)]*\)$/, ''), english(v.name)])];
    }),
  );
  return { enums, maxPriorClaims: MAX_PRIOR_CLAIMS };
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
