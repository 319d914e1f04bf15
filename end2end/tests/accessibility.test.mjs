// axe-core on the home, account and legal pages in Arabic and French: no WCAG 2.2 AA violation;
// the account and legal pages fit a 320 px phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BASE, RESULTS, launch } from './support.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const locale of ['ar', 'fr']) {
  for (const path of ['/', '/sign-in', '/sign-up', '/categories', '/categories/honey-amlou', '/forgot-password', '/privacy', '/terms', '/legal']) {
    test(`axe finds no violations on ${path} in ${locale}`, async () => {
      // bypassCSP only lets the test inject axe; the page itself is served with its real CSP.
      const context = await browser.newContext({ locale, bypassCSP: true, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${BASE}${path}`);
      await page.evaluate(axeSource);
      const result = await page.evaluate(async (tags) => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
      }, TAGS);
      const name = `${locale}${path.replaceAll('/', '-')}`.replace(/-$/, '-home');
      await page.screenshot({ path: `${RESULTS}axe-${name}.png`, fullPage: true });
      assert.deepEqual(result, [], JSON.stringify(result, null, 2));
      await context.close();
    });
  }
}

for (const locale of ['ar', 'fr']) {
  test(`the account and legal pages fit a 320 px phone in ${locale} (JavaScript off)`, async () => {
    const context = await browser.newContext({ locale, javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of ['/sign-in', '/forgot-password', '/privacy', '/terms', '/legal']) {
      await page.goto(`${BASE}${path}`);
      const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
      assert.ok(scroll <= width, `${path} in ${locale}: ${scroll} px wide on a ${width} px screen`);
      assert.equal(await page.locator('footer a[href="/privacy"]').count(), 1, `${path}: the footer links the privacy page`);
    }
    await context.close();
  });
}
