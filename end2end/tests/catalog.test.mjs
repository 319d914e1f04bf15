// Browsing the demo marketplace as a new visitor, in Arabic and in French, with JavaScript on and
// off: home → a category → a product → its cooperative's storefront. axe checks each of those
// pages (in the JavaScript-on pass): no WCAG 2.2 AA violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, axeCheck, launch } from './support.mjs';

const COPIED = { ar: 'تم نسخ الرابط', fr: 'Lien copié' };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const locale of ['ar', 'fr']) {
  for (const javaScriptEnabled of [false, true]) {
    const mode = javaScriptEnabled ? 'js' : 'nojs';
    test(`browse home → category → product → storefront in ${locale} (${mode})`, async () => {
      // bypassCSP only lets the test inject axe; pages are served with their real CSP.
      const context = await browser.newContext({ javaScriptEnabled, locale, bypassCSP: true, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const dir = locale === 'ar' ? 'rtl' : 'ltr';

      await page.goto(`${BASE}/`);
      assert.equal(await page.evaluate(() => document.documentElement.dir), dir);
      assert.ok(await page.locator('.product-grid .product-card').count() >= 4, 'new products on the home page');
      assert.ok(await page.locator('.coop-grid .coop-card').count() >= 3, 'featured cooperatives');
      await axeCheck(page, `browse-${locale}-${mode}-home`, javaScriptEnabled);

      await Promise.all([page.waitForURL(/\/categories\/argan-oils/), page.locator('a.category-tile[data-category="argan-oils"]').click()]);
      const cards = page.locator('.product-grid .product-card');
      assert.ok(await cards.count() >= 2, 'the category lists products');
      // Sorting by price (a GET form): prices come back in order.
      await page.selectOption('#sort', 'price_asc');
      await Promise.all([page.waitForURL(/sort=price_asc/), page.locator('.sort-form button').click()]);
      await axeCheck(page, `browse-${locale}-${mode}-category`, javaScriptEnabled);

      const first = page.locator('.product-grid .product-card h3 a').first();
      const title = (await first.innerText()).trim();
      await Promise.all([page.waitForURL(/\/p\//), first.click()]);
      assert.equal((await page.locator('h1').innerText()).trim(), title);
      assert.ok(await page.locator('.gallery img[srcset]').count() >= 1, 'a photo with srcset');
      const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').first().innerHTML());
      assert.equal(jsonLd['@type'], 'Product');
      assert.equal(jsonLd.offers.priceCurrency, 'MAD');
      assert.ok(await page.locator('link[rel="alternate"][hreflang="fr"]').count() === 1);
      assert.match(await page.locator('a[href^="https://wa.me/"]').getAttribute('href'), /wa\.me\/\?text=/);
      await axeCheck(page, `browse-${locale}-${mode}-product`, javaScriptEnabled);
      // The share link: a field to copy by hand, and with JavaScript a button that copies it.
      const link = await page.locator('#share-link').inputValue();
      assert.match(link, /^https?:\/\/.+\/p\//);
      const copy = page.locator('.copy-link button');
      if (javaScriptEnabled) {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE).origin });
        await copy.click();
        await page.locator('.copy-link-status', { hasText: COPIED[locale] }).waitFor();
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
      } else {
        assert.equal(await copy.isVisible(), false, 'no dead button without JavaScript');
      }

      const coop = page.locator('.product-coop h2 a');
      await Promise.all([page.waitForURL(/\/c\//), coop.click()]);
      assert.ok(await page.locator('.storefront h1').count() === 1);
      assert.ok(await page.locator('.storefront .product-grid .product-card').count() >= 1, 'the storefront lists products');
      await axeCheck(page, `browse-${locale}-${mode}-storefront`, javaScriptEnabled);
      await context.close();
    });
  }
}

// The built client is named for its content, so browsers keep it for a year and a new build is
// fetched at once; the page links the stylesheet, script and module of the same build.
test('the client files are content-named and kept for a year', async () => {
  const html = await (await fetch(`${BASE}/`)).text();
  const names = new Set([...html.matchAll(/\/pkg\/(taawon-[0-9a-f]{12})(?:_bg)?\.(?:js|wasm|css)/g)].map((m) => m[1]));
  assert.equal(names.size, 1, `one build linked: ${[...names]}`);
  const [name] = names;
  for (const file of [`${name}.css`, `${name}.js`, `${name}_bg.wasm`]) {
    assert.ok(html.includes(`/pkg/${file}`), `${file} is linked`);
    const response = await fetch(`${BASE}/pkg/${file}`);
    assert.equal(response.status, 200, file);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable', file);
  }
  const errorStyles = await fetch(`${BASE}/pkg/taawon.css`);
  assert.equal(errorStyles.status, 200, 'the error pages keep a stable stylesheet');
  assert.match(errorStyles.headers.get('cache-control'), /must-revalidate/);
});
