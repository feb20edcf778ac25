/**
 * Test support: the built Worker (built once by test/global-setup.ts) in workerd, reading a
 * fresh migrated and seeded libSQL file through the development Hrana server, with a proxy
 * between them that counts the database round trips.
 */
import { startWorkerd, type RunningWorkerd } from '../../scripts/workerd';
import { openDatabase, prepareDatabase } from '../../src/db/open';
import { startHranaServer } from '../../src/dev/hrana/server';
import { startCountingProxy, type CountingProxy } from './counting-proxy';
import { tempDbFile } from './server';

export interface WorkerStack {
  url: string;
  /** workerd's process id (memory measurements read /proc). */
  pid?: number;
  /** Counts the Worker's round trips to its database. */
  roundTrips: Pick<CountingProxy, 'count' | 'reset'>;
  close(): Promise<void>;
}

export async function startWorkerStack(options: { token?: string; adminApiKey?: string } = {}): Promise<WorkerStack> {
  const tmp = tempDbFile();
  const { db, close } = await openDatabase(`file:${tmp.file}`);
  await prepareDatabase(db);
  close();
  const hrana = await startHranaServer({ url: `file:${tmp.file}`, port: 0, authToken: options.token });
  const proxy = await startCountingProxy(hrana.url);
  let worker: RunningWorkerd;
  try {
    worker = await startWorkerd({ databaseUrl: proxy.url, databaseAuthToken: options.token, adminApiKey: options.adminApiKey });
  } catch (error) {
    await proxy.close();
    await hrana.close();
    throw error;
  }
  return {
    url: worker.url,
    pid: worker.process.pid,
    roundTrips: proxy,
    async close() {
      await worker.close();
      await proxy.close();
      await hrana.close();
      tmp.cleanup();
    },
  };
}
