/**
 * Writes the printed SDL to schema/schema.graphql (`npm run schema:print`).
 * test/schema-sdl.test.ts fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../src/schema';

export const SDL_PATH = new URL('../schema/schema.graphql', import.meta.url);

writeFileSync(SDL_PATH, `${printSchema(schema)}\n`);
console.log(`Wrote ${SDL_PATH.pathname}`);
