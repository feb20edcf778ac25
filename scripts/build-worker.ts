/**
 * `npm run build:worker`: writes GraphiQL's page, precompressed, and the calculator's page to dist/assets, bundles the Worker with
 * `wrangler deploy --dry-run` into dist/worker, and prints the bundle's raw and gzip size.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { calculatorPage } from '../src/calculator/page';
import { writeGraphiQLAssets } from './graphiql-page';

const root = new URL('..', import.meta.url).pathname;
const assets = join(root, 'dist/assets');
const out = join(root, 'dist/worker');

export async function buildWorker(): Promise<{ rawBytes: number; gzipBytes: number; file: string }> {
  mkdirSync(assets, { recursive: true });
  await writeGraphiQLAssets(assets);
  writeFileSync(join(assets, 'calculator.html'), calculatorPage());
  execFileSync(join(root, 'node_modules/.bin/wrangler'), ['deploy', '--dry-run', '--outdir', out], {
    cwd: root,
    stdio: process.env.BUILD_QUIET ? 'pipe' : 'inherit',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });
  const file = readdirSync(out).filter((f) => f.endsWith('.js')).map((f) => join(out, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const code = readFileSync(file);
  return { rawBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, file };
}

if (process.argv[1]?.endsWith('build-worker.ts')) {
  const { rawBytes, gzipBytes, file } = await buildWorker();
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`Worker bundle ${file.replace(root, '')}: ${kib(rawBytes)} raw, ${kib(gzipBytes)} gzip`);
}
