/**
 * Builds the Worker once before the suites that run it in workerd (they run in parallel
 * and would otherwise race on dist/).
 */
import { buildWorker } from '../scripts/build-worker';

export default function setup() {
  process.env.BUILD_QUIET = '1';
  const bundle = buildWorker();
  process.env.WORKER_BUNDLE_GZIP_BYTES = String(bundle.gzipBytes);
}
