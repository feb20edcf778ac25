/**
 * The servers the benchmark loads, each in its own process: the Node server on a fresh
 * embedded file, and the built Worker in workerd reading the same kind of file through the
 * development libSQL server.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startWorkerd, untilAnswering, type RunningWorkerd } from '../scripts/workerd';
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
export const startYogaHello = () => startPlainYoga('bench/yoga-hello.ts');

/** Plain graphql-yoga answering the README estimate from a constant (bench/yoga-floor.ts), the floor under the estimate figure. */
export const startYogaFloor = () => startPlainYoga('bench/yoga-floor.ts');

async function startPlainYoga(script: string) {
  const port = await freePort();
  const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, script)], {
    env: { ...process.env, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, close: () => new Promise<void>((r) => (child.once('exit', () => r()), child.kill())) };
}

/**
 * The plain Yoga hello as a Worker (bench/yoga-hello-worker.ts) in workerd: bundled by
 * `wrangler deploy --dry-run` with the project's compatibility date, flags and keep_names, like
 * the project's Worker, and served by workerd directly.
 */
export async function startYogaHelloWorker() {
  const dir = join(root, '.data/bench/yoga-hello-worker');
  mkdirSync(dir, { recursive: true });
  const project = readFileSync(join(root, 'wrangler.toml'), 'utf8');
  const setting = (name: string) => new RegExp(`^${name}\\s*=.*$`, 'm').exec(project)?.[0] ?? '';
  writeFileSync(join(dir, 'wrangler.toml'), [`name = "yoga-hello"`, `main = ${JSON.stringify(join(root, 'bench/yoga-hello-worker.ts'))}`, setting('compatibility_date'), setting('compatibility_flags'), setting('keep_names'), ''].join('\n'));
  execFileSync(join(root, 'node_modules/.bin/wrangler'), ['deploy', '--dry-run', '--config', join(dir, 'wrangler.toml'), '--outdir', join(dir, 'dist')], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });
  const port = await freePort();
  const date = /"([^"]+)"/.exec(setting('compatibility_date'))![1];
  writeFileSync(join(dir, 'config.capnp'), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .hello)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const hello :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "dist/yoga-hello-worker.js")],
  compatibilityDate = "${date}",
  compatibilityFlags = ["nodejs_compat"],
);
`);
  const child = spawn(join(root, 'node_modules/.bin/workerd'), ['serve', join(dir, 'config.capnp')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await untilAnswering(child, url);
  return { url, pid: child.pid!, close: () => new Promise<void>((r) => (child.exitCode !== null ? r() : (child.once('exit', () => r()), child.kill()))) };
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
