// Dashboards, in Arabic and French: the admin's marketplace at a glance, the settings page and
// the audit log, and Khadija's cooperative dashboard. With JavaScript off the charts are there
// (server-rendered SVG, laid out right to left in Arabic) with their tables, periods are plain
// GET forms, and an export downloads as UTF-8 CSV; with JavaScript on, axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, axeCheck, launch, signedIn } from './support.mjs';

const ADMIN = { email: 'admin@taawon.demo', password: 'taawon-demo-admin' };
const KHADIJA = { email: 'khadija@taawon.demo', password: 'taawon-demo-coop' };

let browser;
// Each account signs in once for the whole file (sign-in is rate-limited per account).
let sessions = {};
before(async () => {
  browser = await launch();
  sessions = await signedIn(browser, { admin: ADMIN, khadija: KHADIJA });
});
after(async () => { await browser?.close(); });

async function checkCharts(page, lang, minimum) {
  const dir = await page.evaluate(() => document.documentElement.dir);
  assert.equal(dir, lang === 'ar' ? 'rtl' : 'ltr');
  const charts = page.locator('figure.chart');
  assert.ok((await charts.count()) >= minimum, `at least ${minimum} charts`);
  for (let i = 0; i < await charts.count(); i += 1) {
    const chart = charts.nth(i);
    assert.equal(await chart.locator('svg').count(), 1, 'drawn as SVG');
    assert.equal(await chart.locator('details table tbody tr').count() > 0, true, 'with its table');
    const box = await chart.locator('svg').boundingBox();
    assert.ok(box && box.width > 200, 'the drawing is visible');
  }
  // The tables open without script.
  await page.locator('figure.chart details summary').first().click();
  assert.ok(await page.locator('figure.chart details[open] table').first().isVisible());
}

for (const lang of ['ar', 'fr']) {
  for (const javaScriptEnabled of [false, true]) {
    const mode = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';

    test(`the admin dashboard, settings and audit log in ${lang} (${mode})`, async () => {
      const context = await browser.newContext({
        javaScriptEnabled, locale: lang === 'ar' ? 'ar-MA' : 'fr-MA', viewport: { width: 390, height: 844 },
        storageState: sessions.admin, acceptDownloads: true,
      });
      const page = await context.newPage();
      await page.goto(`${BASE}/admin?lang=${lang}&g=week`);
      await checkCharts(page, lang, 8);
      const title = await page.locator('h1').innerText();
      assert.equal(title, lang === 'ar' ? 'السوق في لمحة' : 'La place de marché en un coup d’œil');
      if (lang === 'ar') {
        // Time runs right to left: the value axis sits on the right of the sales chart.
        const svg = page.locator('figure[data-chart="chart-sales"] svg');
        const texts = await svg.locator('text').evaluateAll((nodes) => nodes.map((n) => [n.textContent.trim(), Number(n.getAttribute('x'))]));
        const zero = texts.find(([t]) => t.replace(/[\u2066-\u2069]/g, '') === '0');
        const width = Number(await svg.getAttribute('width'));
        assert.ok(zero && zero[1] > width * 0.6, `the axis labels are on the right of ${width}: ${JSON.stringify(zero)}`);
      }
      await axeCheck(page, `dashboard-admin-${lang}`, javaScriptEnabled);

      if (!javaScriptEnabled) {
        // A period is a URL: the form sends it, by month.
        await page.selectOption('#p-g', 'month');
        await Promise.all([page.waitForURL(/g=month/), page.locator('form.period button[type=submit]').click()]);
        assert.equal(await page.inputValue('#p-g'), 'month');
        // An export downloads as CSV with a byte-order mark and column names in the language.
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export="orders"]').click()]);
        const bytes = readFileSync(await download.path());
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
        const header = bytes.toString('utf8').slice(1).split('\n')[0];
        if (lang === 'ar') assert.match(header, /[\u0600-\u06ff]/, `Arabic column names: ${header}`);
      }

      await page.goto(`${BASE}/admin/settings?lang=${lang}`);
      assert.equal(await page.locator('form[action="/api/admin/settings/save"] input[name="platform_fee_percent"]').count(), 1);
      await axeCheck(page, `settings-${lang}`, javaScriptEnabled);
      if (!javaScriptEnabled && lang === 'fr') {
        // A refused value comes back with a French message and nothing saved.
        await page.fill('#platform_fee_percent', '150');
        await Promise.all([page.waitForLoadState('load'), page.locator('form[action="/api/admin/settings/save"] button[type=submit]').click()]);
        assert.equal(await page.locator('[role="alert"]').count() > 0, true);
        assert.equal(await page.inputValue('#platform_fee_percent'), '150');
        assert.equal(await page.locator('#platform_fee_percent-error').count(), 1);
      }
      await page.goto(`${BASE}/admin/audit?lang=${lang}`);
      assert.ok((await page.locator('table.audit tbody tr').count()) > 0, 'the demo left audit entries');
      await axeCheck(page, `audit-${lang}`, javaScriptEnabled);
      await context.close();
    });

    test(`a cooperative's dashboard in ${lang} (${mode})`, async () => {
      const context = await browser.newContext({
        javaScriptEnabled, locale: lang === 'ar' ? 'ar-MA' : 'fr-MA', viewport: { width: 390, height: 844 },
        storageState: sessions.khadija,
      });
      const page = await context.newPage();
      await page.goto(`${BASE}/cooperatives/mine?lang=${lang}`);
      const href = await page.locator('main a[href$="/dashboard"]').first().getAttribute('href');
      await page.goto(`${BASE}${href}?lang=${lang}`);
      await checkCharts(page, lang, 4);
      const figures = await page.locator('dl.figures dd').allInnerTexts();
      assert.equal(figures.length, 4);
      assert.ok(figures[0].includes(lang === 'ar' ? 'درهم' : 'MAD'), `sales in money: ${figures[0]}`);
      assert.ok((await page.locator('button[data-export]').count()) >= 4, 'her exports');
      assert.equal(await page.locator('button[data-export="cooperatives"]').count(), 0, 'not the list of cooperatives');
      await axeCheck(page, `dashboard-coop-${lang}`, javaScriptEnabled);
      await context.close();
    });
  }
}
