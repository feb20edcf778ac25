/**
 * Parser recursion (issue 16, item 2): documents nested deeper than the limit are refused with
 * 400 NESTING_LIMIT_EXCEEDED before graphql-js's recursive parser sees them (it overflows its
 * stack near 1,900), whether the nesting is in selections, in a list argument or in a
 * variable's default; brackets in strings and comments do not count. Deep JSON in variables
 * is a 400 too, and nothing is logged as unexpected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/http/limits';
import { maxNesting } from '../../src/http/nesting';
import { openDirectApp, type DirectApp } from './support';

let app: DirectApp;
beforeAll(async () => {
  app = await openDirectApp();
});
afterAll(() => app?.close());

async function refusedForNesting(query: string, found: number) {
  const res = await app.gql(query);
  expect(res.status).toBe(400);
  expect(res.body.data).toBeUndefined();
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors[0].extensions).toMatchObject({ code: 'NESTING_LIMIT_EXCEEDED', limit: LIMITS.nesting, found });
  expect(res.body.errors[0].message).toBe(`Nesting of brackets in the query document is ${found}; the limit is ${LIMITS.nesting} (${found - LIMITS.nesting} over).`);
  expect(app.logged).toEqual([]);
}

describe('nesting of the query document, before parsing', () => {
  it('refuses a 1,900-deep selection {a{a{…}}} with 400, not a stack overflow', async () => {
    await refusedForNesting(`${'{a'.repeat(1900)}${'}'.repeat(1900)}`, 1900);
  });

  it('refuses a 30,000-deep selection (about as deep as the 32 KiB document allows)', async () => {
    await refusedForNesting(`${'{'.repeat(30_000)}`, 30_000);
  });

  it('refuses a deep list in an argument and in a variable default', async () => {
    await refusedForNesting(`{ institutions(first: ${'['.repeat(1900)}1${']'.repeat(1900)}) { edges { cursor } } }`, 1902);
    await refusedForNesting(`query($x: [Int] = ${'['.repeat(1900)}1${']'.repeat(1900)}) { __typename }`, 1901);
  });

  it('refuses a deep input object in an argument', async () => {
    await refusedForNesting(`{ estimateSettlement(input: ${'{a:'.repeat(1900)}1${'}'.repeat(1900)}) { totalAmount } }`, 1902);
  });

  it('runs a document at the limit through to the ordinary checks, and ignores brackets in strings and comments', async () => {
    const atLimit = `{ institutions(filter: { search: ${'['.repeat(LIMITS.nesting - 3)}"x"${']'.repeat(LIMITS.nesting - 3)} }) { edges { cursor } } }`;
    expect(maxNesting(atLimit)).toBe(LIMITS.nesting);
    const res = await app.gql(atLimit);
    expect(res.body.errors[0].extensions.code).not.toBe('NESTING_LIMIT_EXCEEDED');
    const quoted = await app.gql(`{ institutions(first: 1, filter: { search: "${'{['.repeat(1000)}" }) { edges { cursor } } } # ${'{'.repeat(2000)}`);
    expect(quoted.status).toBe(200);
    expect(quoted.body.errors).toBeUndefined();
    const block = await app.gql(`{ institutions(first: 1, filter: { search: """ \\""" ${'('.repeat(2000)} """ }) { edges { cursor } } }`);
    expect(block.status).toBe(200);
    expect(block.body.errors).toBeUndefined();
  });

  it('counts nesting on the raw text in one pass', () => {
    expect(maxNesting('{ a { b(c: [1, [2]]) } }')).toBe(5);
    expect(maxNesting('{ a(s: "}}}{{{{") }')).toBe(2);
    expect(maxNesting('{ a(s: "\\"{{{") }')).toBe(2);
    expect(maxNesting('# {{{{\n{ a }')).toBe(1);
    expect(maxNesting('{ a(s: """ {{{ \\""" {{{ """) }')).toBe(2);
    expect(maxNesting('')).toBe(0);
  });
});

describe('deep JSON in variables', () => {
  it('answers 400 with a code for deep lists given to a list input: 40,000 deep fails coercion, 100,000 deep the cost', async () => {
    for (const [depth, code] of [[40_000, 'BAD_USER_INPUT'], [100_000, 'COST_LIMIT_EXCEEDED']] as const) {
      const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const input = `{"city":"LANZHOU","scheme":"RESIDENT","visitType":"OUTPATIENT","date":"2024-05-01","institutionLevel":"PRIMARY","person":{}`;
      for (const claimInput of [`${input},"items":${deep}}`, `${input},"items":[],"chronicDiseaseCodes":${deep}}`]) {
        const res = await app.fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          body: `{"query":"query($input: SettlementInput!) { estimateSettlement(input: $input) { totalAmount } }","variables":{"input":${claimInput}}}`,
        });
        expect(res.status).toBe(400);
        expect((await res.json()).errors[0].extensions.code).toBe(code);
      }
    }
    expect(app.logged).toEqual([]);
  });
});
