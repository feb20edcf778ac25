/**
 * The browser of the real-browser tests, found without any download:
 *
 * 1. `CHROMIUM_PATH`, when set (e.g. a Chrome install on macOS);
 * 2. `TEST_BROWSER=npm` forces the npm one (below), to prove it works where a system one exists;
 * 3. a system Chromium or Chrome (`/usr/bin/chromium`, …), when there is one;
 * 4. otherwise the Chromium that the dev dependency `@sparticuz/chromium` ships inside its
 *    package, brotli-compressed (linux x64): decompressed once into
 *    `node_modules/.cache/medins-chromium-<version>/` with the NSS libraries it needs (from the
 *    same package), so it runs on any glibc Linux with nothing else installed.
 *
 * The decompression writes a private directory and renames it into place, so parallel test
 * files (or parallel clones' runs) never see half a binary.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'npm';

export interface BrowserChoice {
  source: BrowserSource;
  executablePath: string;
  /** Extra environment for the browser process (the npm one's libraries and fonts). */
  env: Record<string, string>;
  /** Extra command-line flags the browser needs. */
  args: string[];
}

/** Where Debian, Ubuntu, Fedora and macOS put Chromium or Chrome. */
export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function systemBrowser(candidates: readonly string[] = SYSTEM_BROWSERS): string | null {
  return candidates.find(isExecutable) ?? null;
}

const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);

/** The files of a tar archive (regular files only; what the package's archives hold). */
function untar(archive: Buffer, into: string): void {
  for (let offset = 0; offset + 512 <= archive.length; ) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const text = (start: number, length: number) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const prefix = text(345, 155);
    const name = (prefix ? `${prefix}/` : '') + text(0, 100);
    const size = parseInt(text(124, 12).trim() || '0', 8);
    const type = text(156, 1) || '0';
    const mode = parseInt(text(100, 8).trim() || '644', 8);
    const body = archive.subarray(offset + 512, offset + 512 + size);
    const target = join(into, name);
    if (!target.startsWith(into)) throw new Error(`Unsafe path in archive: ${name}`);
    if (type === '5') mkdirSync(target, { recursive: true });
    else if (type === '0') {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, body, { mode: mode & 0o777 });
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

/** The npm Chromium's directory, decompressed on first use. */
export function npmChromiumDir(): { dir: string; version: string } {
  // The package exports only its entry (build/index.js); its root is two levels up.
  const packageDir = dirname(dirname(require.resolve('@sparticuz/chromium', { paths: [root] })));
  const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const bin = join(packageDir, 'bin');
  const dir = join(root, 'node_modules/.cache', `medins-chromium-${version}`);
  if (existsSync(join(dir, 'chromium'))) return { dir, version };
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`@sparticuz/chromium ships a linux x64 Chromium; on ${process.platform} ${process.arch} set CHROMIUM_PATH to a Chromium or Chrome.`);
  }
  const staging = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  try {
    writeFileSync(join(staging, 'chromium'), brotliDecompressSync(readFileSync(join(bin, 'chromium.br'))), { mode: 0o755 });
    untar(brotliDecompressSync(readFileSync(join(bin, 'swiftshader.tar.br'))), staging);
    untar(brotliDecompressSync(readFileSync(join(bin, 'fonts.tar.br'))), join(staging, 'fonts'));
    // NSS (libnss3, libnspr4, …) built for Amazon Linux 2023: with LD_LIBRARY_PATH the binary needs only glibc.
    untar(brotliDecompressSync(readFileSync(join(bin, 'al2023.tar.br'))), staging);
    try {
      renameSync(staging, dir);
    } catch (error) {
      if (!existsSync(join(dir, 'chromium'))) throw error;
      // Another process finished first: keep its copy.
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return { dir, version };
}

export function npmChromium(): BrowserChoice {
  const { dir } = npmChromiumDir();
  const env: Record<string, string> = { LD_LIBRARY_PATH: [join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') };
  // Without a fontconfig setup of its own (a bare machine), the package's fonts.
  if (!existsSync('/etc/fonts/fonts.conf')) env.FONTCONFIG_PATH = join(dir, 'fonts');
  return { source: 'npm', executablePath: join(dir, 'chromium'), env, args: ['--no-zygote'] };
}

/** The browser to use, by the order above. */
export function chooseBrowser(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = SYSTEM_BROWSERS): BrowserChoice {
  if (env.CHROMIUM_PATH) return { source: 'CHROMIUM_PATH', executablePath: env.CHROMIUM_PATH, env: {}, args: [] };
  if (env.TEST_BROWSER === 'npm') return npmChromium();
  const system = systemBrowser(candidates);
  if (system) return { source: 'system', executablePath: system, env: {}, args: [] };
  return npmChromium();
}

/** playwright-core's launch options for the chosen browser, with the tests' own flags. */
export function launchOptions(choice: BrowserChoice, args: string[]) {
  return {
    executablePath: choice.executablePath,
    headless: true,
    args: [...args, ...choice.args.filter((a) => !args.includes(a))],
    env: { ...process.env, ...choice.env } as Record<string, string>,
  };
}
