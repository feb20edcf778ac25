/**
 * `npm run dev:worker`: the Worker locally and offline. Migrates and seeds the embedded
 * file, serves it over Hrana-over-HTTP from the development libSQL server, builds the
 * Worker and runs it in workerd on PORT (default 8787).
 */
import { readEnvConfig } from '../src/config';
import { openDatabase, prepareDatabase } from '../src/db/open';
import { startHranaServer } from '../src/dev/hrana/server';
import { buildWorker } from './build-worker';
import { startWorkerd } from './workerd';

const config = readEnvConfig(process.env);
if (!config.databaseUrl.startsWith('file:')) throw new Error('dev:worker serves an embedded file; DATABASE_URL must be file:…');
const { db, close } = await openDatabase(config.databaseUrl);
await prepareDatabase(db);
close();
const hrana = await startHranaServer({ url: config.databaseUrl, port: 0 });
await buildWorker();
const worker = await startWorkerd({ databaseUrl: hrana.url, adminApiKey: config.adminApiKey, port: config.port });
console.log(`Worker in workerd on ${worker.url}/graphql, reading ${config.databaseUrl} through ${hrana.url}`);
const stop = async () => {
  await worker.close();
  await hrana.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
