// Buying from the demo marketplace as a guest, in French and in Arabic, with JavaScript off and
// on: two products of two cooperatives into the cart → the cart grouped by cooperative → checkout
// with cash on delivery → the order page. axe checks the cart, checkout and order pages (in the
// JavaScript-on pass): no WCAG 2.2 AA violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, axeCheck, launch, uniqueEmail } from './support.mjs';

const PLACED = { fr: 'Passée', ar: 'مسجل' };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Opens the products of `category` one by one until one is in stock and sold by a cooperative
// not in `exclude`; adds it to the cart. Returns its cooperative's name.
async function addFrom(page, category, exclude) {
  await page.goto(`${BASE}/categories/${category}`);
  const hrefs = await page.locator('.product-grid .product-card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) {
    await page.goto(`${BASE}${href}`);
    const coop = (await page.locator('.product-coop h2 a').innerText()).trim();
    if (exclude.includes(coop) || (await page.locator('form.add-to-cart').count()) === 0) continue;
    await Promise.all([page.waitForURL(/\/cart\?added=1/), page.locator('form.add-to-cart button').click()]);
    return coop;
  }
  throw new Error(`no product in stock in ${category} from another cooperative`);
}

for (const locale of ['fr', 'ar']) {
  for (const javaScriptEnabled of [false, true]) {
    const mode = javaScriptEnabled ? 'js' : 'nojs';
    test(`a guest buys from two cooperatives with cash on delivery in ${locale} (${mode})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled, locale, bypassCSP: true, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();

      const first = await addFrom(page, 'argan-oils', []);
      await addFrom(page, 'honey-amlou', [first]);
      assert.equal(await page.evaluate(() => document.documentElement.dir), locale === 'ar' ? 'rtl' : 'ltr');
      assert.equal(await page.locator('.cart-part').count(), 2, 'one part per cooperative');
      await axeCheck(page, `buy-${locale}-${mode}-cart`, javaScriptEnabled);

      // Two of the first product: the line's total follows.
      const quantity = page.locator('.cart-part').first().locator('.cart-quantity input[type=number]');
      await quantity.fill('2');
      await Promise.all([page.waitForURL(/\/cart$/), page.locator('.cart-part').first().locator('.cart-quantity button').click()]);
      assert.equal(await page.locator('.cart-part').first().locator('.cart-quantity input[type=number]').inputValue(), '2');

      await Promise.all([page.waitForURL(/\/checkout$/), page.locator('.cart-summary a.button').click()]);
      await axeCheck(page, `buy-${locale}-${mode}-checkout`, javaScriptEnabled);
      // A wrong phone number comes back as a field error, the rest kept.
      await page.fill('#email', uniqueEmail('buyer'));
      await page.fill('#name', 'Salma Idrissi');
      await page.fill('#phone', '12345');
      await page.selectOption('#region', 'rabat_sale_kenitra');
      await page.fill('#city', 'Salé');
      await page.fill('#address', '12 rue des Orangers');
      await Promise.all([page.waitForURL(/__err=/), page.locator('.checkout-form button[type=submit]').click()]);
      assert.ok(await page.locator('#phone-error').isVisible(), 'the phone error shows');
      assert.equal(await page.locator('#city').inputValue(), 'Salé');
      await page.fill('#email', uniqueEmail('buyer'));
      await page.fill('#phone', '06 61 23 45 67');
      await Promise.all([page.waitForURL(/\/orders\/TA-/), page.locator('.checkout-form button[type=submit]').click()]);

      assert.equal(await page.locator('.shipment').count(), 2);
      assert.equal(await page.locator('.order-state').getAttribute('data-state'), 'placed');
      assert.match(await page.locator('.order-state').innerText(), new RegExp(PLACED[locale]));
      await axeCheck(page, `buy-${locale}-${mode}-order`, javaScriptEnabled);
      // The cart is empty now.
      await page.goto(`${BASE}/cart`);
      assert.equal(await page.locator('.cart-part').count(), 0);
      await context.close();
    });
  }
}
