/**
 * `npm run db:migrate`: applies the migrations in drizzle/ and seeds the directories on
 * the database at DATABASE_URL (e.g. a Turso database, with DATABASE_AUTH_TOKEN).
 */
import { readEnvConfig } from '../src/config';
import { openDatabase, prepareDatabase } from '../src/db/open';

const config = readEnvConfig(process.env);
const { db, close } = await openDatabase(config.databaseUrl, config.databaseAuthToken);
try {
  const seed = await prepareDatabase(db);
  console.log(`Migrated ${config.databaseUrl.replace(/\/\/[^@/]*@/, '//')}; catalogue ${seed.version}${seed.seeded ? ' seeded' : ' already current'}.`);
} finally {
  close();
}
