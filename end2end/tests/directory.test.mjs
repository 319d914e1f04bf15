// The directory of cooperatives and its map, and the fair on the home page, as a visitor on a
// 320 px phone, in Arabic and French, with JavaScript off and on: the map is drawn and fits, a
// region on it opens the list filtered to that region with as many cards as the map said, the
// filters form narrows the list, and the fair's page lists products. axe checks the pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, axeCheck, launch } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const locale of ['ar', 'fr']) {
  for (const javaScriptEnabled of [false, true]) {
    const mode = javaScriptEnabled ? 'js' : 'nojs';
    test(`directory, map and fair at 320 px in ${locale} (${mode})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled, locale, bypassCSP: true, viewport: { width: 320, height: 720 } });
      const page = await context.newPage();
      await page.goto(`${BASE}/cooperatives`);
      assert.equal(await page.evaluate(() => document.documentElement.dir), locale === 'ar' ? 'rtl' : 'ltr');
      assert.equal(await page.locator('.region-map-svg path.region').count(), 12, 'the 12 regions are drawn');
      const box = await page.locator('.region-map-svg').boundingBox();
      assert.ok(box && box.width > 200 && box.x >= 0 && box.x + box.width <= 320, `the map fits the screen: ${JSON.stringify(box)}`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
      const total = await page.locator('.directory-card').count();
      assert.ok(total >= 3, 'cooperatives are listed');
      await axeCheck(page, `directory-${locale}-${mode}`, javaScriptEnabled);

      // The busiest region on the map: its link opens the list filtered to it, with its count.
      const regions = await page.locator('.region-map-svg a').evaluateAll((links) => links.map((a) => ({
        region: a.dataset.region, count: Number(a.querySelector('text').textContent),
      })));
      const busiest = regions.reduce((a, b) => (b.count > a.count ? b : a));
      assert.ok(busiest.count > 0);
      await Promise.all([
        page.waitForURL(new RegExp(`region=${busiest.region}`)),
        page.locator(`.region-map-svg a[data-region="${busiest.region}"]`).click(),
      ]);
      const shown = Math.min(busiest.count, 24);
      assert.equal(await page.locator('.directory-card').count(), shown, `${busiest.region}: the map's count`);
      assert.equal(await page.locator(`.region-map-svg a[data-region="${busiest.region}"] path.selected`).count(), 1);

      // The filters form (a GET form): women-led cooperatives only, by number of products.
      await page.goto(`${BASE}/cooperatives`);
      assert.equal(await page.locator('#women_led').isVisible(), false, 'on a phone the filters start closed');
      await page.locator('.directory .facets-summary').click();
      await page.locator('#women_led').check();
      await Promise.all([page.waitForURL(/women_led=1/), page.locator('.directory-filters button[type="submit"]').click()]);
      const womenLed = await page.locator('.directory-card').count();
      assert.ok(womenLed >= 1 && womenLed <= total);
      assert.equal(await page.locator('.directory-card .badge-women').count(), womenLed, 'each is women-led');
      await Promise.all([page.waitForURL(/sort=products/), page.locator('.sort-links a[href*="sort=products"]').click()]);
      assert.match(page.url(), /women_led=1/, 'sorting keeps the filter');

      // The running fair, from the home page.
      await page.goto(`${BASE}/`);
      const fair = page.locator('.collection-card h2 a').first();
      await Promise.all([page.waitForURL(/\/collections\//), fair.click()]);
      assert.ok(await page.locator('.product-grid .product-card').count() >= 1, 'the fair lists products');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
      await axeCheck(page, `fair-${locale}-${mode}`, javaScriptEnabled);
      await context.close();
    });
  }
}
