// The whole journey of an order with JavaScript off, in French and in Arabic: a signed-up buyer
// puts products of two cooperatives in the cart and orders with cash on delivery; each
// cooperative's owner (the demo accounts) confirms, ships and delivers their part from their
// inbox; the buyer sees the order delivered and reviews a product, which then shows on its page.
// A JavaScript-on pass runs axe on the order page with its review form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, axeCheck, launch, uniqueEmail } from './support.mjs';

const OWNERS = [
  { email: 'khadija@taawon.demo', password: 'taawon-demo-coop' },
  { email: 'cooperative01@taawon.demo', password: 'taawon-demo-owner' },
];
const THANKS = { fr: 'votre avis est publié', ar: 'تم نشر رأيك' };

let browser;
// Each owner signs in once for the whole file (sign-in is rate-limited per account: five
// attempts, then one a minute); the four passes reuse the session cookie.
const sessions = [];
before(async () => {
  browser = await launch();
  for (const owner of OWNERS) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await signIn(await context.newPage(), owner.email, owner.password);
    sessions.push(await context.storageState());
    await context.close();
  }
});
after(async () => { await browser?.close(); });

async function signIn(page, email, password) {
  await page.goto(`${BASE}/sign-in`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(`${BASE}/`), page.click('form[action="/api/account/sign-in"] button[type=submit]')]);
}

// The owner's cooperative: its inbox address and its storefront's.
async function cooperativeOf(page) {
  await page.goto(`${BASE}/cooperatives/mine`);
  const card = page.locator('main .card-list .card').first();
  const inbox = await card.locator('a[href^="/cooperatives/"][href$="/orders"]').first().getAttribute('href');
  const storefront = await card.locator('a[href^="/c/"]').first().getAttribute('href');
  assert.ok(inbox && storefront, 'the owner has a verified cooperative');
  return { inbox, storefront };
}

// Adds the first product of the storefront that can be bought.
async function addFromStorefront(page, storefront) {
  await page.goto(`${BASE}${storefront}`);
  const hrefs = await page.locator('.product-grid .product-card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) {
    await page.goto(`${BASE}${href}`);
    if ((await page.locator('form.add-to-cart').count()) === 0) continue;
    await Promise.all([page.waitForURL(/\/cart\?added=1/), page.locator('form.add-to-cart button').click()]);
    return href;
  }
  throw new Error(`nothing to buy at ${storefront}`);
}

// The owner moves their part of `number` through confirm → ship → deliver.
async function fulfil(page, inbox, number) {
  const part = () => page.locator(`section.shipment[data-order="${number}"]`);
  for (const [event, state] of [['confirm', 'confirmed'], ['ship', 'shipped'], ['deliver', 'delivered']]) {
    await page.goto(`${BASE}${inbox}`);
    assert.equal(await part().count(), 1, `the order is in ${inbox}`);
    const form = part().locator(`form:has(input[name="event"][value="${event}"])`);
    if (event === 'ship') {
      await form.locator('input[name="carrier"]').fill('Amana');
      await form.locator('input[name="tracking_number"]').fill(`RR${Date.now()}MA`);
    }
    await Promise.all([page.waitForURL(/saved=1/), form.locator('button[type=submit]').click()]);
    await page.goto(`${BASE}${inbox}`);
    assert.equal(await part().locator('.shipment-state').getAttribute('data-state'), state);
  }
}

for (const locale of ['fr', 'ar']) {
  for (const javaScriptEnabled of [false, true]) {
    const mode = javaScriptEnabled ? 'js' : 'nojs';
    test(`an order goes from the cart to delivered and reviewed, each cooperative fulfilling its part, in ${locale} (${mode})`, async () => {
      const options = { javaScriptEnabled, locale, bypassCSP: true, viewport: { width: 390, height: 844 } };
      const owners = [];
      for (const storageState of sessions) {
        const context = await browser.newContext({ ...options, storageState });
        const page = await context.newPage();
        owners.push({ context, page, ...(await cooperativeOf(page)) });
      }

      const buyerContext = await browser.newContext(options);
      const buyer = await buyerContext.newPage();
      await buyer.goto(`${BASE}/sign-up`);
      await buyer.fill('#display_name', 'Salma Idrissi');
      await buyer.fill('#email', uniqueEmail('reviewer'));
      await buyer.fill('#password', 'argan-oil-from-souss');
      await Promise.all([buyer.waitForURL(`${BASE}/`), buyer.click('form[action="/api/account/sign-up"] button[type=submit]')]);

      const reviewed = await addFromStorefront(buyer, owners[0].storefront);
      await addFromStorefront(buyer, owners[1].storefront);
      assert.equal(await buyer.locator('.cart-part').count(), 2, 'one part per cooperative');
      await Promise.all([buyer.waitForURL(/\/checkout$/), buyer.locator('.cart-summary a.button').click()]);
      await buyer.fill('#phone', '06 61 23 45 67');
      await buyer.selectOption('#region', 'souss_massa');
      await buyer.fill('#city', 'Agadir');
      await buyer.fill('#address', '3 avenue Hassan II');
      await Promise.all([buyer.waitForURL(/\/orders\/TA-/), buyer.locator('.checkout-form button[type=submit]').click()]);
      const number = new URL(buyer.url()).pathname.split('/').pop();
      assert.equal(await buyer.locator('.order-state').getAttribute('data-state'), 'placed');
      assert.equal(await buyer.locator('form[action="/api/reviews/write"]').count(), 0, 'nothing to review before delivery');

      for (const owner of owners) await fulfil(owner.page, owner.inbox, number);

      await buyer.goto(`${BASE}/orders/${number}`);
      assert.equal(await buyer.evaluate(() => document.documentElement.dir), locale === 'ar' ? 'rtl' : 'ltr');
      assert.equal(await buyer.locator('.order-state').getAttribute('data-state'), 'fulfilled');
      assert.equal(await buyer.locator('.shipment-state[data-state="delivered"]').count(), 2);
      assert.ok(await buyer.locator('.shipment-state').first().innerText().then((t) => t.includes('Amana')), 'the carrier shows');
      await axeCheck(buyer, `fulfil-${locale}-${mode}-delivered`, javaScriptEnabled);

      // Review the first cooperative's product: four stars and a few words.
      const form = buyer.locator('form[action="/api/reviews/write"]').first();
      await form.locator('input[name="rating"][value="4"]').check();
      const words = `Très bonne huile ${Date.now()}`;
      await form.locator('textarea[name="body"]').fill(words);
      await Promise.all([buyer.waitForURL(/reviewed=1/), form.locator('button[type=submit]').click()]);
      assert.match(await buyer.locator('.alert-success').innerText(), new RegExp(THANKS[locale]));
      assert.equal(await buyer.locator('.review-done').count(), 1);
      await axeCheck(buyer, `fulfil-${locale}-${mode}-reviewed`, javaScriptEnabled);

      // The review is on the product page for everyone (the cached copy too).
      const visitorContext = await browser.newContext(options);
      const visitor = await visitorContext.newPage();
      await visitor.goto(`${BASE}${reviewed}`);
      assert.ok((await visitor.locator('.review-body').allInnerTexts()).includes(words), 'the review shows on the product page');
      assert.equal(await visitor.locator('.review .stars').first().getAttribute('aria-label') !== null, true);

      for (const c of [visitorContext, buyerContext, ...owners.map((o) => o.context)]) await c.close();
    });
  }
}
