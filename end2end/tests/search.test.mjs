// Searching the demo marketplace from the header's search box, in Arabic, French and English,
// with JavaScript on and off: Darija in Latin letters (`zit argan`), Arabic with the article
// (`زيت الاركان`) and French with the other spelling (`huile d'argane`) all find the argan oil,
// with the matching words marked. axe checks the results page (in the JavaScript-on pass).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BASE, RESULTS, launch } from './support.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ARGAN = /argan|أركان|اركان/i;

let browser;
before(async () => {
  browser = await launch();
  // The index is built from the database at start-up: wait until it answers.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const html = await (await fetch(`${BASE}/search?q=argan`)).text();
    if (html.includes('product-card')) break;
    assert.ok(Date.now() < deadline, 'the search index was not ready within a minute');
    await new Promise((r) => setTimeout(r, 500));
  }
});
after(async () => { await browser?.close(); });

for (const locale of ['ar', 'fr', 'en']) {
  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'js' : 'nojs';
    test(`search finds the argan oil however it is written, in ${locale} (${mode})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled, locale, bypassCSP: true, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${BASE}/`);
      for (const query of ['zit argan', 'زيت الاركان', "huile d'argane"]) {
        await page.goto(`${BASE}/search?q=${encodeURIComponent(query)}`);
        const titles = await page.locator('.product-grid .product-card h3').allInnerTexts();
        assert.ok(titles.length >= 2, `${query}: argan oils found (${titles.length})`);
        assert.match(titles[0], ARGAN, `${query}: the first result is an argan oil (${titles[0]})`);
        assert.ok(await page.locator('.product-grid mark').count() >= 1, `${query}: matching words marked`);
        assert.equal(await page.inputValue('#search-q'), query, 'the query stays in the box');
      }
      // A facet link (behind the "Filters" disclosure on a phone) narrows the results and is
      // itself a shareable URL.
      await page.locator('details.facets-panel > summary').click();
      const facet = page.locator('.facet a').first();
      await Promise.all([page.waitForURL(/(category|label|region|cooperative)=/), facet.click()]);
      assert.ok(await page.locator('.product-grid .product-card').count() >= 1);
      assert.equal(await page.locator('.facet a[aria-current="true"]').count(), 1);
      assert.equal(await page.locator('.active-filters .chip-active').count(), 1, 'shown as a chip');
      await page.screenshot({ path: `${RESULTS}search-${locale}-${mode}.png`, fullPage: true });
      if (javaScriptEnabled) {
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async (tags) => {
          // eslint-disable-next-line no-undef
          const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
        }, TAGS);
        assert.deepEqual(violations, [], `search ${locale}: ${JSON.stringify(violations, null, 2)}`);
      }
      await context.close();
    });
  }
}

// With JavaScript on, the header's box shows results as you type: the list follows the latest
// words (an answer to older words never replaces it), arrow keys move through the options and
// Enter opens the chosen product. Without JavaScript the same box is a plain form (above).
for (const locale of ['ar', 'fr']) {
  test(`results appear as you type, and the keyboard chooses one, in ${locale}`, async () => {
    const context = await browser.newContext({ locale, bypassCSP: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const asked = [];
    page.on('request', (r) => { if (r.url().includes('/api/search/suggest')) asked.push(decodeURIComponent(r.url())); });
    await page.goto(`${BASE}/`);
    const box = page.locator('#site-search');
    // The island marks its form once the WASM has woken it.
    await page.locator('form.search-form[data-ready="true"]').waitFor({ timeout: 20_000 });
    await box.click();
    await box.pressSequentially('3sel', { delay: 30 });
    await page.waitForTimeout(400);
    await box.fill('');
    await box.pressSequentially('zit argan', { delay: 30 });
    const options = page.locator('#site-search-results [role="option"]');
    await options.first().waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => {
      const first = document.querySelector('#site-search-results [role="option"] .suggestion-title');
      return first && /argan|أركان|اركان/i.test(first.textContent);
    }, null, { timeout: 10_000 });
    const titles = await page.locator('#site-search-results .suggestion-title').allInnerTexts();
    assert.ok(titles.length >= 2, `argan oils suggested (${titles})`);
    assert.ok(titles.filter((t) => ARGAN.test(t)).length >= 2, `argan oils for "zit argan": ${titles}`);
    assert.ok(await page.locator('#site-search-results mark').count() >= 1, 'matching words marked');
    // Without the pause before asking, these 13 keystrokes would make 11 requests.
    assert.ok(asked.length >= 1 && asked.length <= 5, `typing is debounced (${asked.length} requests)`);
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    // The open list passes axe too.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async (tags) => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
    }, TAGS);
    assert.deepEqual(violations, [], `suggestions ${locale}: ${JSON.stringify(violations, null, 2)}`);
    await page.screenshot({ path: `${RESULTS}suggest-${locale}.png` });
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    assert.equal(active, 'site-search-option-1');
    assert.equal(await page.locator(`#${active}`).getAttribute('aria-selected'), 'true');
    const href = await page.locator(`#${active}`).getAttribute('href');
    await Promise.all([page.waitForURL(`**${href}`), box.press('Enter')]);
    assert.match(await page.locator('h1').first().innerText(), ARGAN);
    // Escape closes the list; the form still submits to the results page.
    await page.goto(`${BASE}/`);
    await page.locator('form.search-form[data-ready="true"]').waitFor({ timeout: 20_000 });
    await page.locator('#site-search').pressSequentially('argan', { delay: 30 });
    await page.locator('#site-search-results [role="option"]').first().waitFor();
    await page.locator('#site-search').press('Escape');
    assert.equal(await page.locator('#site-search').getAttribute('aria-expanded'), 'false');
    await Promise.all([page.waitForURL(/\/search\?q=argan/), page.locator('#site-search').press('Enter')]);
    assert.ok(await page.locator('.product-grid .product-card').count() >= 1);
    await context.close();
  });
}
