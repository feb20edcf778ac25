/**
 * `npm test` needs no system browser: with CHROMIUM_PATH unset and no system Chromium found,
 * the tests fall back to the Chromium that @sparticuz/chromium ships inside its npm package,
 * and that browser launches here and renders a page (with only the libraries it brings).
 */
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseBrowser, launchOptions, SYSTEM_BROWSERS } from '../support/browser';

describe('the browser of the real-browser tests', () => {
  it('CHROMIUM_PATH wins; TEST_BROWSER=npm forces the npm one; a system one comes next', () => {
    expect(chooseBrowser({ CHROMIUM_PATH: '/opt/chrome' }, SYSTEM_BROWSERS)).toMatchObject({ source: 'CHROMIUM_PATH', executablePath: '/opt/chrome' });
    expect(chooseBrowser({ TEST_BROWSER: 'npm' }, [process.execPath]).source).toBe('npm');
    // Any executable stands in for a system browser here (node itself): the choice, not the launch.
    expect(chooseBrowser({}, ['/nonexistent/chromium', process.execPath])).toMatchObject({ source: 'system', executablePath: process.execPath });
  });

  it('with CHROMIUM_PATH unset and no system browser, falls back to the npm one, which launches and renders a page', async () => {
    const choice = chooseBrowser({}, ['/nonexistent/chromium']);
    expect(choice.source).toBe('npm');
    expect(choice.executablePath).toMatch(/node_modules\/\.cache\/medins-chromium-[\d.]+\/chromium$/);
    // It finds NSS in the libraries the package brings, not the system's.
    const ldd = execFileSync('ldd', [choice.executablePath], { env: { ...process.env, ...choice.env }, encoding: 'utf8' });
    expect(ldd).toMatch(/libnss3\.so => .*medins-chromium-[\d.]+\/lib\/libnss3\.so/);
    expect(ldd).not.toMatch(/not found/);
    const browser = await chromium.launch(launchOptions(choice, ['--no-sandbox', '--disable-gpu']));
    try {
      expect(browser.version()).toMatch(/^\d+\./);
      const page = await browser.newPage();
      await page.setContent('<main><h1>医保结算</h1><p id="sum"></p></main><script>document.getElementById("sum").textContent = String(26840 + 5160)</script>');
      expect(await page.textContent('h1')).toBe('医保结算');
      expect(await page.textContent('#sum')).toBe('32000');
    } finally {
      await browser.close();
    }
  });
});
