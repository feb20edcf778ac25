// Fails fast, with a clear message, on a Node older than package.json's "engines.node"
// (`npm test` runs it first; the test setup checks again). Plain JavaScript that any Node
// version can run, so that an old one gets this message instead of "No test files found".
import { readFileSync } from 'node:fs';

const parse = (v) => v.replace(/^v/, '').split('.').map((n) => Number.parseInt(n, 10) || 0);
const atLeast = (a, b) => a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] >= b[2];

/** True when `version` satisfies a range of `^x.y.z` and `>=x.y.z` alternatives joined by `||`. */
export function satisfies(version, range) {
  const v = parse(version);
  return range.split('||').some((part) => {
    const m = /^\s*(\^|>=)\s*v?(\d+(?:\.\d+){0,2})\s*$/.exec(part);
    if (!m) throw new Error(`Unsupported engines range: ${part}`);
    const min = parse(m[2]);
    return m[1] === '>=' ? atLeast(v, min) : v[0] === min[0] && atLeast(v, min);
  });
}

export function requiredNode() {
  return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
}

/** The message for an unsupported Node, or null. */
export function nodeVersionProblem(version = process.versions.node, range = requiredNode()) {
  if (satisfies(version, range)) return null;
  return `medins-settlement needs Node ${range} (see .nvmrc); this is Node ${version}. ` +
    'Install Node 22 or 24 (e.g. `nvm install` in this directory), or run `bash .ci/run`, which fetches one from the npm registry.';
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const problem = nodeVersionProblem();
  if (problem) {
    console.error(`\n${problem}\n`);
    process.exit(1);
  }
}
