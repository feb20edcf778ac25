/**
 * Test support: the built Worker (built once by test/global-setup.ts) in workerd, reading a
 * fresh migrated and seeded libSQL file through the development Hrana server.
 */
import { startWorkerd, type RunningWorkerd } from '../../scripts/workerd';
import { openDatabase, prepareDatabase } from '../../src/db/open';
import { startHranaServer } from '../../src/dev/hrana/server';
import { tempDbFile } from './server';

export interface WorkerStack {
  url: string;
  close(): Promise<void>;
}

export async function startWorkerStack(options: { token?: string; adminApiKey?: string } = {}): Promise<WorkerStack> {
  const tmp = tempDbFile();
  const { db, close } = await openDatabase(`file:${tmp.file}`);
  await prepareDatabase(db);
  close();
  const hrana = await startHranaServer({ url: `file:${tmp.file}`, port: 0, authToken: options.token });
  let worker: RunningWorkerd;
  try {
    worker = await startWorkerd({ databaseUrl: hrana.url, databaseAuthToken: options.token, adminApiKey: options.adminApiKey });
  } catch (error) {
    await hrana.close();
    throw error;
  }
  return {
    url: worker.url,
    async close() {
      await worker.close();
      await hrana.close();
      tmp.cleanup();
    },
  };
}
