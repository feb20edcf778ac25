/**
 * The calculator page (/calculator) in a real headless Chromium, offline, served by the Node
 * server and by the Worker in workerd: the shared link of worked example 1 renders at once;
 * the form is filled through its labels and the keyboard, the result read and the link it
 * shares opened again; earlier bills change the deductible as settleClaim would; errors
 * appear next to their field; the directory search picks a hospital; every control has a
 * label and the page fits a phone. Every request not to 127.0.0.1 is blocked and recorded
 * (there must be none), and any page error (a CSP violation included) fails the test.
 * The browser is chosen as for the GraphiQL test (test/support/browser.ts).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseBrowser, launchOptions } from '../support/browser';
import { gqlAt, startTestServer } from '../support/server';
import { startWorkerStack } from '../support/worker-stack';

/** The browser: CHROMIUM_PATH, a system one, or the npm one (test/support/browser.ts). */
const BROWSER = chooseBrowser();
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** The example link: worked example 1. */
const EXAMPLE_1 =
  '/calculator?city=LANZHOU&scheme=EMPLOYEE&visitType=INPATIENT&level=TERTIARY_A&employeeCategory=ENTERPRISE&date=2024-05-01&items=CLASS_A:20000,CLASS_B:10000,SELF_PAY:2000';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(launchOptions(BROWSER, CHROMIUM_ARGS));
});
afterAll(() => browser?.close());

interface Session {
  context: BrowserContext;
  page: Page;
  offHost: string[];
  pageErrors: string[];
}

/** A browser context that lets only loopback through and records everything else and every page error. */
async function openOffline(viewport = { width: 1100, height: 900 }): Promise<Session> {
  const context = await browser.newContext({ viewport });
  const offHost: string[] = [];
  const pageErrors: string[] = [];
  const isLoopback = (address: string) => {
    const { protocol, hostname } = new URL(address);
    return !/^(http|ws)s?:$/.test(protocol) || hostname === '127.0.0.1';
  };
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
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
  return { context, page, offHost, pageErrors };
}

/** An amount of the result's table, by its field name. */
const amount = (page: Page, field: string) => page.locator(`#amounts tr[data-field="${field}"] td`).innerText();

async function expectAmount(page: Page, field: string, value: string) {
  await expect.poll(() => amount(page, field).catch(() => ''), { timeout: 30_000 }).toBe(value);
}

function calculatorSuite(where: string, start: () => Promise<{ url: string; close(): Promise<void> }>) {
  describe(`the calculator on ${where}, offline in Chromium`, () => {
    let server: { url: string; close(): Promise<void> };
    let session: Session;
    beforeAll(async () => {
      server = await start();
    });
    afterAll(() => server?.close());

    const open = async (viewport?: { width: number; height: number }) => {
      session = await openOffline(viewport);
      return session.page;
    };
    const done = async () => {
      expect(session.offHost).toEqual([]);
      expect(session.pageErrors).toEqual([]);
      await session.context.close();
    };

    it('is a small HTML page served by the service', async () => {
      const res = await fetch(`${server.url}/calculator`, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html\b/);
      const html = await res.text();
      expect(html).toContain('医保结算计算器');
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(Buffer.byteLength(html)).toBeLessThan(64 * 1024);
    });

    it('renders the shared link of worked example 1 at once, on a phone: 26840.00 basic pool, 5160.00 personal', { timeout: 90_000 }, async () => {
      const page = await open({ width: 390, height: 844 });
      const response = await page.goto(server.url + EXAMPLE_1);
      expect(response?.status()).toBe(200);
      await expectAmount(page, 'basicPoolPayment', '26840.00');
      expect(await amount(page, 'personalPayment')).toBe('5160.00');
      expect(await amount(page, 'deductible')).toBe('1000.00');
      expect(await page.locator('[data-amount="fundPaymentTotal"]').innerText()).toBe('26840.00');
      // The stacked bar: basic pool and cash, widths in proportion, said in words to a screen reader.
      const bar = page.getByRole('img', { name: /Who pays what/ });
      expect(await bar.getAttribute('aria-label')).toContain('基本医保统筹基金 26840.00 元');
      expect(await bar.getAttribute('aria-label')).toContain('个人现金 5160.00 元');
      const widths = await page.locator('#bar span').evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().width));
      expect(widths).toHaveLength(2);
      expect(widths[0] / (widths[0] + widths[1])).toBeCloseTo(26840 / 32000, 2);
      // The lines and the trace, with their clauses.
      const lines = await page.locator('#lines tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => (c as HTMLElement).innerText)));
      expect(lines.map((l) => [l[0], l[3], l[4], l[5]])).toEqual([
        ['LZ-E-IP-BANDS', '10000.00', '94.00%', '9400.00'],
        ['LZ-E-IP-BANDS', '10000.00', '96.00%', '9600.00'],
        ['LZ-E-IP-BANDS', '8000.00', '98.00%', '7840.00'],
      ]);
      for (const l of lines) expect(l[1]).toMatch(/^00\d §/);
      const trace = await page.locator('#trace tbody tr th, #trace tbody tr td:first-child').allInnerTexts();
      expect(trace).toEqual(expect.arrayContaining(['LZ-SCOPE', 'LZ-E-IP-DED', 'LZ-E-IP-BANDS']));
      // The form shows what the link says, and the page fits the phone's width.
      expect(await page.getByLabel('医院等级 Hospital level').inputValue()).toBe('TERTIARY_A');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(new URL(page.url()).search).toBe(new URL(server.url + EXAMPLE_1).search);
      await done();
    });

    it('is filled through its labels and the keyboard, and the link it shares opens the same result', { timeout: 90_000 }, async () => {
      const page = await open();
      await page.goto(`${server.url}/calculator`);
      await page.getByLabel('参保城市 City').selectOption('LANZHOU');
      await page.getByLabel('险种 Scheme').selectOption('RESIDENT');
      await page.getByLabel('就诊类型 Kind of visit').selectOption('INPATIENT');
      await page.getByLabel('医院等级 Hospital level').selectOption('SECONDARY');
      await page.getByLabel('日期 (住院为出院日期) Date (of discharge for a stay)').fill('2024-05-01');
      // Worked example 2 typed into the item rows: focus by label, then the keyboard only.
      await page.getByLabel('第1项 金额（元） Item 1 amount (yuan)').focus();
      await page.keyboard.type('8000');
      await page.keyboard.press('Shift+Tab'); // back to item 1's category
      expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^item-\d+-category$/);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab'); // TCM
      await page.keyboard.press('Tab'); // negotiated drug
      await page.keyboard.press('Tab'); // remove item 1
      await page.keyboard.press('Tab'); // item 2's category
      await page.keyboard.press('Tab'); // item 2's amount
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBeNull();
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.innerText)).toBe('第2项 金额（元） Item 2 amount (yuan)');
      await page.keyboard.type('2000');
      await page.keyboard.press('Enter'); // submits the form
      await expectAmount(page, 'basicPoolPayment', '7990.00');
      expect(await amount(page, 'policyAmount')).toBe('9800.00');
      expect(await amount(page, 'deductible')).toBe('400.00');
      expect(await amount(page, 'criticalIllnessPayment')).toBe('0.00');
      // Focus moved to the result for keyboard and screen-reader users.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-title');

      const shared = page.url();
      expect(shared).toContain('scheme=RESIDENT');
      expect(shared).toContain('items=CLASS_A:8000,CLASS_B:2000');
      expect(await page.getByRole('link', { name: /Link to this estimate/ }).getAttribute('href')).toBe(new URL(shared).pathname + new URL(shared).search);
      await session.context.close();

      const again = await open();
      await again.goto(shared);
      await expectAmount(again, 'basicPoolPayment', '7990.00');
      expect(await again.getByLabel('险种 Scheme').inputValue()).toBe('RESIDENT');
      await done();
    });

    it('labels every control and reaches each with Tab, in order', { timeout: 90_000 }, async () => {
      const page = await open();
      await page.goto(server.url + EXAMPLE_1);
      await expectAmount(page, 'basicPoolPayment', '26840.00');
      const unlabelled = await page.evaluate(() =>
        Array.from(document.querySelectorAll('input, select, button, a[href]'))
          .filter((e) => (e as HTMLElement).offsetParent !== null)
          .filter((e) => {
            const labels = (e as HTMLInputElement).labels;
            const text = (labels && labels.length ? labels[0].innerText : '') || e.getAttribute('aria-label') || (e as HTMLElement).innerText;
            return !text.trim();
          })
          .map((e) => e.outerHTML.slice(0, 80)),
      );
      expect(unlabelled).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await page.locator('#result').getAttribute('aria-live')).toBe('polite');
      // Tab from the top of the page reaches the form's controls in reading order and the button.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const visited: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const id = await page.evaluate(() => document.activeElement?.id ?? '');
        visited.push(id);
        if (id === 'calculate') break;
      }
      const order = ['city', 'scheme', 'employeeCategory', 'retired', 'assistanceCategory', 'visitType', 'date', 'instSearch', 'institution', 'level', 'crossProvince', 'addItem', 'addPrior', 'calculate'];
      // (A date input takes several Tabs, one per part of the date.)
      expect(visited.filter((id, i) => order.includes(id) && id !== visited[i - 1])).toEqual(order);
      await done();
    });

    it('takes earlier bills: a second stay pays 80% of the deductible and the bands go on from the first', { timeout: 90_000 }, async () => {
      const page = await open();
      await page.goto(server.url + EXAMPLE_1);
      await expectAmount(page, 'basicPoolPayment', '26840.00');
      await page.getByRole('button', { name: /Add an earlier bill/ }).click();
      // The new bill's date field has the focus.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.innerText)).toBe('日期 Date');
      const bill = page.getByRole('group', { name: /Earlier bill 1/ });
      await bill.getByLabel('日期 Date').fill('2024-02-01');
      await bill.getByLabel('就诊类型 Kind of visit').selectOption('INPATIENT');
      await bill.getByLabel('医院等级 Hospital level').selectOption('SECONDARY');
      await bill.getByLabel(/^甲类（元）/).fill('6000');
      await page.getByRole('button', { name: /Calculate/ }).click();
      // 1st stay at 二级: 6,000 − 400 = 5,600 eligible. This stay: 1,000 × 80% = 800; 29,000 − 800 = 28,200
      // from 5,600: 4,400 × 94% + 10,000 × 96% + 13,800 × 98% = 4,136 + 9,600 + 13,524 = 27,260.
      await expectAmount(page, 'deductible', '800.00');
      expect(await amount(page, 'basicPoolPayment')).toBe('27260.00');
      expect(await amount(page, 'personalPayment')).toBe('4740.00');
      const year = await page.locator('#year tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => (c as HTMLElement).innerText)));
      expect(year.map((r) => r.slice(3))).toEqual([
        ['6000.00', '5264.00', '736.00'],
        ['32000.00', '27260.00', '4740.00'],
        ['38000.00', '32524.00', '5476.00'],
      ]);
      expect(await page.locator('#trace tbody tr').first().innerText()).toContain('PRIOR-CLAIMS');
      const shared = page.url();
      expect(shared).toContain('prior=2024-02-01;INPATIENT;SECONDARY;CLASS_A:6000');
      await session.context.close();

      const again = await open();
      await again.goto(shared);
      await expectAmount(again, 'basicPoolPayment', '27260.00');
      expect(await again.getByRole('group', { name: /Earlier bill 1/ }).getByLabel('日期 Date').inputValue()).toBe('2024-02-01');
      await done();
    });

    it('shows errors next to the field they concern, the browser\'s and the service\'s', { timeout: 90_000 }, async () => {
      const page = await open();
      await page.goto(server.url + EXAMPLE_1);
      await expectAmount(page, 'basicPoolPayment', '26840.00');
      const item2 = page.getByLabel('第2项 金额（元） Item 2 amount (yuan)');
      await item2.fill('12.345');
      await page.getByRole('button', { name: /Calculate/ }).click();
      await expect.poll(() => item2.getAttribute('aria-invalid')).toBe('true');
      const described = await item2.getAttribute('aria-describedby');
      const message = page.locator(`#${described}`);
      expect(await message.innerText()).toContain('1234.50');
      // Next to it: the message follows the input in the same field.
      expect(await item2.evaluate((input, id) => input.parentElement!.querySelector(`#${id}`) !== null, described)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');

      // The service's refusal: an earlier bill of another year, shown at that bill's date.
      await item2.fill('10000');
      await page.getByRole('button', { name: /Add an earlier bill/ }).click();
      const bill = page.getByRole('group', { name: /Earlier bill 1/ });
      await bill.getByLabel('日期 Date').fill('2023-12-01');
      await bill.getByLabel(/^甲类（元）/).fill('100');
      await page.getByRole('button', { name: /Calculate/ }).click();
      const date = bill.getByLabel('日期 Date');
      await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator(`#${await date.getAttribute('aria-describedby')}`).innerText()).toMatch(/同一年度.*PRIOR|earlier bills count only in their own year/);
      expect(await item2.getAttribute('aria-invalid')).toBeNull();

      // And a bill the rules refuse: no policy pack on that date.
      await bill.getByRole('button', { name: /Remove earlier bill 1/ }).click();
      await page.getByLabel('日期 (住院为出院日期) Date (of discharge for a stay)').fill('1990-01-01');
      await page.getByRole('button', { name: /Calculate/ }).click();
      const main = page.getByLabel('日期 (住院为出院日期) Date (of discharge for a stay)');
      await expect.poll(() => main.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator(`#${await main.getAttribute('aria-describedby')}`).innerText()).toContain('没有适用的医保政策');
      await done();
    });

    it('finds a hospital in the directory and settles at its level', { timeout: 90_000 }, async () => {
      const page = await open();
      await page.goto(server.url + EXAMPLE_1);
      await expectAmount(page, 'basicPoolPayment', '26840.00');
      await page.getByLabel('搜索定点医院 Search the hospital directory').fill('兰州大学第一医院');
      const hospital = page.getByLabel('医院 Hospital', { exact: true });
      await expect.poll(() => hospital.locator('option').count(), { timeout: 30_000 }).toBeGreaterThan(1);
      const option = hospital.locator('option').nth(1);
      const [id, level] = [await option.getAttribute('value'), await option.getAttribute('data-level')];
      await hospital.selectOption(id!);
      expect(await page.getByLabel('医院等级 Hospital level').isDisabled()).toBe(true);
      expect(await page.getByLabel('医院等级 Hospital level').inputValue()).toBe(level);
      await page.getByRole('button', { name: /Calculate/ }).click();
      await expect.poll(() => page.url()).toContain(`institution=${encodeURIComponent(id!)}`);
      const api = await gqlAt(server.url, 'query($i: SettlementInput!) { estimateSettlement(input: $i) { basicPoolPayment } }', {
        i: {
          city: 'LANZHOU', scheme: 'EMPLOYEE', visitType: 'INPATIENT', date: '2024-05-01', institutionId: id, person: { employeeCategory: 'ENTERPRISE' },
          items: [{ name: 'a', category: 'CLASS_A', amount: '20000.00' }, { name: 'b', category: 'CLASS_B', amount: '10000.00' }, { name: 'c', category: 'SELF_PAY', amount: '2000.00' }],
        },
      });
      await expectAmount(page, 'basicPoolPayment', api.body.data.estimateSettlement.basicPoolPayment);
      // The shared link names the hospital again.
      const shared = page.url();
      await session.context.close();
      const again = await open();
      await again.goto(shared);
      await expectAmount(again, 'basicPoolPayment', api.body.data.estimateSettlement.basicPoolPayment);
      await expect.poll(() => again.getByLabel('医院 Hospital', { exact: true }).locator('option:checked').innerText()).toContain('兰州大学第一医院');
      await done();
    });
  });
}

calculatorSuite('the Node server', () => startTestServer());
calculatorSuite('the Worker', () => startWorkerStack());
