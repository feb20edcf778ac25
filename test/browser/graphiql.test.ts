/**
 * GraphiQL in a real headless Chromium, offline: the page served by the Node server and the
 * one the Worker serves as a static asset each render their editor, run a query typed into
 * it, and show the result, while every request that is not to 127.0.0.1 is blocked and
 * recorded (there must be none: every asset is inlined, no CDN). The browser is
 * CHROMIUM_PATH, a system Chromium, or the one the dev dependency @sparticuz/chromium ships
 * (test/support/browser.ts). A screenshot of each page with its result is left in the temp
 * directory for a person to look at.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseBrowser, launchOptions } from '../support/browser';
import { startTestServer } from '../support/server';
import { startWorkerStack } from '../support/worker-stack';

/** The browser: CHROMIUM_PATH, a system one, or the npm one (test/support/browser.ts). */
const BROWSER = chooseBrowser();
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A second fence behind the request blocking below: no host name but loopback resolves.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

const QUERY = '{ institutions(first: 2, filter: { search: "96604" }) { edges { node { name } } } }';

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch(launchOptions(BROWSER, CHROMIUM_ARGS));
});

afterAll(() => browser?.close());

/** What a person sees after running QUERY in the GraphiQL page at `url`, and what the page tried to reach. */
async function runQueryInGraphiQL(url: string, screenshotName: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const offHost: string[] = [];
  const pageErrors: string[] = [];
  const isLoopback = (address: string) => {
    const { protocol, hostname } = new URL(address);
    return !/^(http|ws)s?:$/.test(protocol) || hostname === '127.0.0.1';
  };
  try {
    await context.route('**/*', (route) => {
      const address = route.request().url();
      if (isLoopback(address)) return route.continue();
      offHost.push(address);
      return route.abort('blockedbyclient');
    });
    context.on('request', (request) => {
      if (!isLoopback(request.url()) && !offHost.includes(request.url())) offHost.push(request.url());
    });
    const page = await context.newPage();
    page.on('websocket', (socket) => {
      if (!isLoopback(socket.url())) offHost.push(socket.url());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });

    // A browser renders the page only when it is served as HTML (otherwise it downloads it).
    const served = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(served.headers.get('content-type'), 'content type of GraphiQL\'s page').toMatch(/^text\/html\b/);
    await served.body?.cancel();
    const response = await page.goto(`${url}/graphql`);
    expect(response?.status()).toBe(200);

    const editor = page.locator('.graphiql-query-editor .monaco-editor');
    await editor.waitFor({ state: 'visible', timeout: 10_000 });
    const resultWindow = page.locator('section.result-window .view-lines');

    // It opens on worked example 1, which runs as it stands (no key) and answers 26840.00.
    await expect.poll(() => visibleText(page.locator('.graphiql-query-editor .view-lines'))).toContain('estimateSettlement(input: {');
    await page.locator('button.graphiql-execute-button').click();
    // (The editor renders only the lines in view: the amounts come first, the lines and trace below.)
    await expect.poll(() => visibleText(resultWindow), { timeout: 10_000 }).toContain('"basicPoolPayment": "26840.00"');
    expect(await visibleText(resultWindow)).toContain('"personalPayment": "5160.00"');
    expect(await visibleText(resultWindow)).not.toContain('"errors"');

    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(QUERY);
    // The editor closes brackets as they are typed; drop any it left after the cursor.
    await page.keyboard.press('ControlOrMeta+Shift+End');
    await page.keyboard.press('Delete');
    await expect.poll(() => visibleText(page.locator('.graphiql-query-editor .view-lines'))).toBe(QUERY);

    await page.locator('button.graphiql-execute-button').click();
    await expect.poll(() => visibleText(resultWindow), { timeout: 10_000 }).toContain('"name"');
    const result = JSON.parse(await visibleText(resultWindow));

    await page.screenshot({ path: join(tmpdir(), screenshotName) });
    return { result, offHost, pageErrors };
  } finally {
    await context.close();
  }
}

/** An editor's text as shown: Monaco renders spaces as no-break spaces, one element per line. */
async function visibleText(lines: Locator): Promise<string> {
  return (await lines.innerText()).replace(/\u00a0/g, ' ').trim();
}

function expectTheMilitaryHospital(result: any) {
  expect(result.errors).toBeUndefined();
  const names: string[] = result.data.institutions.edges.map((edge: any) => edge.node.name);
  expect(names).toHaveLength(1);
  expect(names[0]).toContain('96604');
  expect(names[0]).toContain('部队医院');
}

describe('GraphiQL on the Node server, offline in Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('renders, runs a typed query and shows the result, reaching nothing but loopback', { timeout: 60_000 }, async () => {
    const { result, offHost, pageErrors } = await runQueryInGraphiQL(server.url, 'medins-graphiql-node.png');
    expectTheMilitaryHospital(result);
    expect(offHost).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('GraphiQL as the Worker\'s static asset, offline in Chromium', () => {
  let worker: Awaited<ReturnType<typeof startWorkerStack>>;
  beforeAll(async () => {
    worker = await startWorkerStack();
  });
  afterAll(() => worker?.close());

  it('renders, runs a typed query and shows the result, reaching nothing but loopback', { timeout: 60_000 }, async () => {
    const { result, offHost, pageErrors } = await runQueryInGraphiQL(worker.url, 'medins-graphiql-worker.png');
    expectTheMilitaryHospital(result);
    expect(offHost).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
