/**
 * schema/schema.graphql is the printed schema: this fails when the code's schema changes
 * without `npm run schema:print`.
 */
import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema';

describe('schema/schema.graphql', () => {
  it('is the printed SDL of the current schema (run `npm run schema:print`)', () => {
    const committed = readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(`${printSchema(schema)}\n`);
  });
});
