/**
 * The servers the benchmark loads, each in its own process: the Node server on a fresh
 * embedded file, and the built Worker in workerd reading the same kind of file through the
 * development libSQL server.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startWorkerd, type RunningWorkerd } from '../scripts/workerd';
import { openDatabase, prepareDatabase } from '../src/db/open';
import { startHranaServer } from '../src/dev/hrana/server';

const root = new URL('..', import.meta.url).pathname;

export function tempDatabaseUrl(): string {
  return `file:${join(mkdtempSync(join(tmpdir(), 'medins-bench-')), 'bench.db')}`;
}

async function waitHealthy(url: string, deadlineMs = 30_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > end) throw new Error(`${url} did not become healthy`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startNodeProcess(env: Record<string, string> = {}) {
  const port = await freePort();
  const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/main.ts')], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: tempDatabaseUrl(), NODE_ENV: 'production', ...env },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url);
  return { url, pid: child.pid!, close: () => new Promise<void>((r) => (child.once('exit', () => r()), child.kill())) };
}

/** The plain graphql-yoga hello server (bench/yoga-hello.ts), the per-request overhead baseline. */
export async function startYogaHello() {
  const port = await freePort();
  const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'bench/yoga-hello.ts')], {
    env: { ...process.env, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`yoga-hello exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, close: () => new Promise<void>((r) => (child.once('exit', () => r()), child.kill())) };
}

export async function startWorkerdStack(adminApiKey?: string): Promise<{ url: string; pid: number; startupMs: number; close(): Promise<void> }> {
  const databaseUrl = tempDatabaseUrl();
  const { db, close } = await openDatabase(databaseUrl);
  await prepareDatabase(db);
  close();
  const hrana = await startHranaServer({ url: databaseUrl, port: 0 });
  const t0 = performance.now();
  const worker: RunningWorkerd = await startWorkerd({ databaseUrl: hrana.url, adminApiKey });
  const startupMs = performance.now() - t0;
  return {
    url: worker.url,
    pid: worker.process.pid!,
    startupMs,
    async close() {
      await worker.close();
      await hrana.close();
    },
  };
}
