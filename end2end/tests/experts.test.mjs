// The expert programme with JavaScript off, in Arabic: Khadija's cooperative asks for a logo →
// Youssef (the demo's verified expert) sees it suggested with the reasons → claims it → the
// cooperative accepts the claim → he hands in a logo (an SVG in the JavaScript-on pass, whose
// original then downloads for print) and a palette → the cooperative applies it → the public
// storefront shows the new logo and colours → Youssef issues his volunteer certificate, which a
// visitor opens by its link and which prints without the site's header. A JavaScript-on pass runs
// axe on the request page, the board and the certificate.
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
    assert.equal(await expert.locator('[data-claim="waiting"]').count(), 1, 'the cooperative has not answered yet');
    // The cooperative accepts the claim.
    await coop.goto(`${BASE}${requestPath}`);
    await Promise.all([coop.waitForURL(/done=accept/), coop.locator('button[data-action="accept"]').click()]);
    await expert.goto(`${BASE}${requestPath}`);
    assert.equal(await expert.locator('[data-claim="accepted"]').count(), 1, 'the expert sees the claim accepted');
    await expert.setInputFiles('#image', fixture(javaScriptEnabled ? 'logo.svg' : 'logo.png'));
    const primary = javaScriptEnabled ? '#1d5c8a' : '#8a1d3c';
    await expert.locator('#primary_colour').evaluate((el, v) => { el.value = v; }, primary);
    await expert.locator('#secondary_colour').evaluate((el) => { el.value = '#f2c14e'; });
    await expert.fill('#note', 'الشعار والألوان، النسخة الأولى.');
    await Promise.all([expert.waitForURL(/done=deliver/), expert.locator('button[data-action="deliver"]').click()]);
    if (javaScriptEnabled) await axeCheck(expert, 'experts-request-ar', true);

    // The cooperative applies it to its storefront.
    await coop.goto(`${BASE}${requestPath}`);
    assert.equal(await coop.locator('[data-request-state="delivered"]').count(), 1);
    if (javaScriptEnabled) {
      // The SVG drawn on the server is what the page shows; the SVG itself downloads for print.
      const original = await coop.locator('a.original-link').first().getAttribute('href');
      const download = await coop.request.get(`${BASE}${original}`);
      assert.equal(download.status(), 200);
      assert.equal(download.headers()['content-type'], 'image/svg+xml');
      assert.ok((await download.text()).includes('<circle'), 'the original SVG');
    }
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

    // Youssef's volunteer certificate: issued, opened by a visitor from its link, printable.
    await expert.goto(`${BASE}/certificates`);
    await Promise.all([expert.waitForURL(/\/certificates\/[0-9a-f]{20}$/), expert.locator('form[action="/api/certificates/issue"] button').click()]);
    const link = await expert.locator('.certificate-verify a').getAttribute('href');
    await visitor.goto(link);
    assert.equal(await visitor.evaluate(() => document.documentElement.dir), 'rtl');
    assert.ok((await visitor.locator('.certificate-name').innerText()).length > 0, 'the volunteer is named');
    assert.ok((await visitor.locator('.certificate-cooperatives li').count()) >= 1, 'the cooperatives helped');
    await visitor.emulateMedia({ media: 'print' });
    assert.equal(await visitor.locator('.site-header').isVisible(), false, 'no site header in print');
    assert.equal(await visitor.locator('.certificate h1').isVisible(), true);
    await visitor.emulateMedia({ media: 'screen' });
    if (javaScriptEnabled) await axeCheck(visitor, 'experts-certificate-ar', true);
    await Promise.all([coopContext.close(), expertContext.close(), visitorContext.close()]);
  });
}
