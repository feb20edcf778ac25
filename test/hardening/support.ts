/**
 * Hardening test support: the app over a fresh migrated and seeded libSQL file, called
 * directly through `app.fetch` (no sockets), with a logger that keeps what it is given.
 */
import { createApp, type AppDeps } from '../../src/app';
import type { Database } from '../../src/db/client';
import { openDatabase, prepareDatabase } from '../../src/db/open';
import type { Logger } from '../../src/http/errors';
import { tempDbFile } from '../support/server';

export const ADMIN_KEY = 'hardening-admin-key';
export const URL_BASE = 'http://api.test';

export interface DirectApp {
  db: Database;
  logged: Parameters<Logger['error']>[0][];
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** POSTs `{ query, variables }` as JSON and returns the status, headers and parsed body. */
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: any; text: string }>;
  /** Rebuilds the app on the same database with other options. */
  with(deps: Partial<AppDeps>): DirectApp;
  close(): void;
}

export async function openDirectApp(deps: Partial<AppDeps> = {}): Promise<DirectApp> {
  const tmp = tempDbFile();
  const { db, close } = await openDatabase(`file:${tmp.file}`);
  await prepareDatabase(db);
  const build = (more: Partial<AppDeps>): DirectApp => {
    const logged: DirectApp['logged'] = [];
    const app = createApp({ config: { adminApiKey: ADMIN_KEY }, log: { error: (e) => logged.push(e) }, ...deps, ...more });
    const direct: DirectApp = {
      db,
      logged,
      fetch: (path, init) => app.fetch(new Request(`${URL_BASE}${path}`, init), db),
      async gql(query, variables, headers = {}) {
        const res = await direct.fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
          body: JSON.stringify({ query, variables }),
        });
        return readResponse(res);
      },
      with: (other) => build({ ...more, ...other }),
      close() {
        close();
        tmp.cleanup();
      },
    };
    return direct;
  };
  return build({});
}

/** Signs of a leak in a response body: a stack frame, a source path, a database error or SQL. */
const LEAKS: [string, RegExp][] = [
  ['stack frame', /(\\n|\n)\s+at\s|\bat\s+\S+\s+\(.*:\d+:\d+\)/],
  ['source path', /\/work\/|node_modules|file:\/\/|\.ts:\d+/],
  ['database error', /SQLITE_|LibsqlError|SqliteError|no such (table|column)|constraint failed|SQL_INPUT_ERROR/i],
  ['SQL', /\b(select\s+.+\s+from|insert\s+into|update\s+\S+\s+set|delete\s+from)\b/i],
];

/** The leaks found in a response body (empty when clean). */
export function leaksIn(text: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

const MONEY = /^\d+\.\d{2}$/;
const MONEY_INPUT = /^(0|[1-9]\d*)(\.\d{1,2})?$/;

/** Yuan string to integer fen, or NaN when it is not a two-decimal money string. */
export function fen(money: unknown): number {
  return typeof money === 'string' && MONEY.test(money) ? Number(money.replace('.', '')) : NaN;
}

/** A Money input ("12", "12.5", "12.50") to fen, or NaN. */
export function inputFen(money: unknown): number {
  if (typeof money !== 'string' || !MONEY_INPUT.test(money)) return NaN;
  const [whole, cents = ''] = money.split('.');
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'));
}

const MONEY_FIELDS = [
  'totalAmount', 'fullSelfPayAmount', 'preSelfPayAmount', 'policyAmount', 'deductible', 'basicPoolPayment',
  'largeAmountPayment', 'criticalIllnessPayment', 'assistancePayment', 'secondaryAssistancePayment', 'fundPaymentTotal',
  'personalPayment', 'personalAccountPayment', 'cashPayment',
];

/** The settlement fields the invariants read. */
export const SETTLEMENT_FIELDS = `${MONEY_FIELDS.join(' ')} lines { base amount }`;

/**
 * What settlement-rules.md says of every settlement ("Per-claim amounts"), given the items
 * sent (null when not known, e.g. an idempotent replay): total = sum of items; full self-pay
 * = SELF_PAY items; policy amount = total − full self-pay − pre-self-pay; fund total = sum of
 * the layers; personal part = total − fund total, split between personal account and cash;
 * every amount two-decimal and not negative. Returns the broken ones (empty when all hold).
 */
export function brokenInvariants(s: Record<string, any>, items: { category: string; amount: string }[] | null): string[] {
  const broken: string[] = [];
  const money = Object.fromEntries(MONEY_FIELDS.map((k) => [k, fen(s[k])]));
  for (const [k, v] of Object.entries(money)) if (!(v >= 0)) broken.push(`${k} = ${s[k]} is not a non-negative two-decimal amount`);
  for (const line of s.lines ?? []) {
    if (!(fen(line.base) >= 0) || !(fen(line.amount) >= 0)) broken.push(`line ${JSON.stringify(line)} is not non-negative two-decimal`);
  }
  const sum = (list: { amount: string }[]) => list.reduce((a, i) => a + inputFen(i.amount), 0);
  const check = (name: string, actual: number, expected: number) => {
    if (actual !== expected) broken.push(`${name}: ${actual} ≠ ${expected}`);
  };
  if (items) {
    check('totalAmount = sum of items', money.totalAmount, sum(items));
    check('fullSelfPayAmount = SELF_PAY items', money.fullSelfPayAmount, sum(items.filter((i) => i.category === 'SELF_PAY')));
  }
  check('policyAmount = total − full self-pay − pre-self-pay', money.policyAmount, money.totalAmount - money.fullSelfPayAmount - money.preSelfPayAmount);
  check(
    'fundPaymentTotal = sum of layers',
    money.fundPaymentTotal,
    money.basicPoolPayment + money.largeAmountPayment + money.criticalIllnessPayment + money.assistancePayment + money.secondaryAssistancePayment,
  );
  check('fundPaymentTotal + personalPayment = totalAmount', money.fundPaymentTotal + money.personalPayment, money.totalAmount);
  check('personalAccountPayment + cashPayment = personalPayment', money.personalAccountPayment + money.cashPayment, money.personalPayment);
  return broken;
}

/** A response's status, headers, text and JSON body (undefined when the text is not JSON). */
export async function readResponse(res: Response): Promise<{ status: number; headers: Headers; text: string; body: any }> {
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, text, body };
}
