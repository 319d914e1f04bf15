// The expert programme with JavaScript off, in Arabic: Khadija's cooperative asks for a logo →
// Youssef (the demo's verified expert) sees it suggested with the reasons → claims it → hands in
// a logo and a palette → the cooperative applies it → the public storefront shows the new logo
// and colours. A JavaScript-on pass runs axe on the request page and the board.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, axeCheck, launch } from './support.mjs';

const KHADIJA = { email: 'khadija@taawon.demo', password: 'taawon-demo-coop' };
const YOUSSEF = { email: 'youssef@taawon.demo', password: 'taawon-demo-expert' };
const fixture = (name) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

let browser;
// Each demo account signs in once for the whole file (sign-in is rate-limited per account, and
// the other files sign in as Khadija too); both passes reuse the session cookie.
const sessions = {};
before(async () => {
  browser = await launch();
  for (const [name, account] of Object.entries({ khadija: KHADIJA, youssef: YOUSSEF })) {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ar-MA' });
    await signIn(await context.newPage(), account);
    sessions[name] = await context.storageState();
    await context.close();
  }
});
after(async () => { await browser?.close(); });

async function signIn(page, { email, password }) {
  await page.goto(`${BASE}/sign-in`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(`${BASE}/`), page.click('form[action="/api/account/sign-in"] button[type=submit]')]);
}

for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';

  test(`a logo request reaches the storefront, in Arabic (${mode})`, async () => {
    const options = { javaScriptEnabled, locale: 'ar-MA', viewport: { width: 390, height: 844 } };
    const coopContext = await browser.newContext({ ...options, storageState: sessions.khadija });
    const coop = await coopContext.newPage();
    await coop.goto(`${BASE}/`);
    assert.equal(await coop.evaluate(() => document.documentElement.dir), 'rtl');

    // From the identity editor's "ask an expert" link to the request form, logo preselected.
    await coop.goto(`${BASE}/cooperatives/mine`);
    const card = coop.locator('main .card-list .card').first();
    const identity = await card.locator('a[href$="/identity"]').first().getAttribute('href');
    const storefront = await card.locator('a[href^="/c/"]').first().getAttribute('href');
    await coop.goto(`${BASE}${identity}`);
    await Promise.all([coop.waitForURL(/\/requests\?skill=visual_identity/), coop.locator('a[href*="/requests?skill=visual_identity"]').click()]);
    assert.equal(await coop.inputValue('#skill'), 'visual_identity');
    const title = `شعار لزيت الأركان ${Date.now()}`;
    await coop.fill('#title', title);
    await coop.fill('#description', 'نريد شعارًا جديدًا وألوانًا لقنينات زيت الأركان.');
    await coop.check('#languages-ary');
    await Promise.all([coop.waitForURL(/\/requests\/[0-9a-f-]+\?posted=1/), coop.locator('form[action="/api/requests/post"] button[type=submit]').click()]);
    const requestPath = new URL(coop.url()).pathname;
    const requestId = requestPath.split('/').pop();
    await coop.locator('.alert-success').waitFor();

    // Youssef sees it suggested for him, with the reasons in Arabic words.
    const expertContext = await browser.newContext({ ...options, storageState: sessions.youssef });
    const expert = await expertContext.newPage();
    await expert.goto(`${BASE}/requests`);
    const suggestion = expert.locator(`ul.suggested [data-request="${requestId}"]`);
    assert.equal(await suggestion.count(), 1, 'the request is suggested');
    const reasons = await suggestion.locator('.match-reasons').innerText();
    assert.ok(reasons.includes('الهوية البصرية والشعار'), `skill reason: ${reasons}`);
    assert.ok(reasons.includes('يتحدث الدارجة'), `language reason: ${reasons}`);
    if (javaScriptEnabled) await axeCheck(expert, 'experts-board-ar', true);

    // Claim, then hand in a logo and a palette.
    await Promise.all([expert.waitForURL(new RegExp(`${requestPath}$`)), suggestion.locator('h3 a').click()]);
    await Promise.all([expert.waitForURL(/done=claim/), expert.locator('button[data-action="claim"]').click()]);
    await expert.setInputFiles('#image', fixture('logo.png'));
    const primary = javaScriptEnabled ? '#1d5c8a' : '#8a1d3c';
    await expert.locator('#primary_colour').evaluate((el, v) => { el.value = v; }, primary);
    await expert.locator('#secondary_colour').evaluate((el) => { el.value = '#f2c14e'; });
    await expert.fill('#note', 'الشعار والألوان، النسخة الأولى.');
    await Promise.all([expert.waitForURL(/done=deliver/), expert.locator('button[data-action="deliver"]').click()]);
    if (javaScriptEnabled) await axeCheck(expert, 'experts-request-ar', true);

    // The cooperative applies it to its storefront.
    await coop.goto(`${BASE}${requestPath}`);
    assert.equal(await coop.locator('[data-request-state="delivered"]').count(), 1);
    await Promise.all([coop.waitForURL(/done=apply/), coop.locator('button[data-action="apply"]').first().click()]);

    // The public storefront wears the new logo and colours (seen by a visitor).
    const visitorContext = await browser.newContext(options);
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${BASE}${storefront}`);
    const html = await visitor.content();
    assert.ok(html.includes(primary), `the storefront uses ${primary}`);
    const logo = visitor.locator('.storefront-logo');
    assert.ok((await logo.count()) >= 1, 'the storefront shows a logo');
    assert.ok(await logo.first().evaluate((img) => img.complete && img.naturalWidth > 0), 'the logo loads');

    // Accept the work so the demo cooperative does not run out of open requests.
    await Promise.all([coop.waitForURL(/done=complete/), coop.locator('button[data-action="complete"]').click()]);
    await Promise.all([coopContext.close(), expertContext.close(), visitorContext.close()]);
  });
}
