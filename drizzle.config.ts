import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'turso',
  schema: ['./src/db/schema.ts', './src/db/records.ts'],
  out: './drizzle',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'file:.data/medins.db', authToken: process.env.DATABASE_AUTH_TOKEN },
});
