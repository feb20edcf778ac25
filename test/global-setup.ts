/**
 * Before any suite: checks the Node version (the suites need Node ≥ 22.17; an older one would
 * fail far less clearly), builds the Worker once before the suites that run it in workerd
 * (they run in parallel and would otherwise race on dist/), and decompresses the npm
 * Chromium once (test/support/browser.ts) so parallel browser suites find it ready.
 */
import { buildWorker } from '../scripts/build-worker';
import { nodeVersionProblem } from '../scripts/check-node.mjs';
import { npmChromiumDir } from './support/browser';

export default async function setup() {
  const problem = nodeVersionProblem();
  if (problem) throw new Error(problem);
  process.env.BUILD_QUIET = '1';
  const bundle = await buildWorker();
  process.env.WORKER_BUNDLE_GZIP_BYTES = String(bundle.gzipBytes);
  if (process.platform === 'linux' && process.arch === 'x64') npmChromiumDir();
}
