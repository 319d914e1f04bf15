// The account journey, once with JavaScript on and once off: sign up → sign out → sign in →
// switch to Arabic (the page turns right-to-left) → sign out. Plus the password island.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, RESULTS, launch, uniqueEmail } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function htmlAttrs(page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';

  test(`account journey in French then Arabic (${mode})`, async () => {
    const context = await browser.newContext({ javaScriptEnabled, locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const email = uniqueEmail(javaScriptEnabled ? 'js' : 'nojs');
    const password = 'argan-oil-from-souss';

    await page.goto(`${BASE}/sign-up`);
    assert.deepEqual(await htmlAttrs(page), { lang: 'fr', dir: 'ltr' });
    await page.fill('#display_name', 'Khadija');
    await page.fill('#email', email);
    await page.fill('#password', password);
    await Promise.all([page.waitForURL(`${BASE}/`), page.click('form[action="/api/account/sign-up"] button[type=submit]')]);
    // On a phone the account sits in the header's menu (a <details>): opened with a tap.
    await page.getByTestId('account-link').waitFor({ state: 'attached' });
    await page.locator('header .menu-summary').click();
    assert.equal(await page.getByTestId('account-link').innerText(), 'Khadija');

    await Promise.all([page.waitForURL(`${BASE}/`), page.getByRole('button', { name: 'Se déconnecter' }).click()]);
    assert.equal(await page.getByTestId('account-link').count(), 0, 'signed out');

    await page.goto(`${BASE}/sign-in`);
    await page.fill('#email', email);
    await page.fill('#password', password);
    await Promise.all([page.waitForURL(`${BASE}/`), page.click('form[action="/api/account/sign-in"] button[type=submit]')]);
    await page.getByTestId('account-link').waitFor({ state: 'attached' });

    // The languages are listed in the menu at once.
    await page.locator('header .menu-summary').click();
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'العربية' }).click()]);
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    assert.deepEqual(await htmlAttrs(page), { lang: 'ar', dir: 'rtl' });
    await page.screenshot({ path: `${RESULTS}home-ar-${javaScriptEnabled ? 'js' : 'nojs'}.png`, fullPage: true });

    await page.locator('header .menu-summary').click();
    await Promise.all([page.waitForURL(`${BASE}/`), page.getByRole('button', { name: 'تسجيل الخروج' }).click()]);
    await page.locator('header .menu-summary').click();
    await page.getByRole('link', { name: 'تسجيل الدخول' }).waitFor();
    assert.equal(await page.getByTestId('account-link').count(), 0);
    await context.close();
  });

  test(`bad sign-up input comes back with translated field errors (${mode})`, async () => {
    const context = await browser.newContext({ javaScriptEnabled, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${BASE}/sign-up`);
    await page.fill('#display_name', 'Omar');
    await page.fill('#email', 'pas-une-adresse');
    await page.fill('#password', 'court');
    await Promise.all([page.waitForURL(/__err=/), page.click('form[action="/api/account/sign-up"] button[type=submit]')]);
    const errors = await page.locator('.field-error').allInnerTexts();
    assert.ok(errors.some((e) => e.includes('adresse e-mail comme')), `e-mail error shown: ${errors}`);
    assert.ok(errors.some((e) => e.includes('au moins 8 caractères')), `password error shown: ${errors}`);
    assert.equal(await page.inputValue('#display_name'), 'Omar', 'the name is kept');
    await context.close();
  });
}

test('the password island shows and hides the password when clicked (JavaScript on)', async () => {
  const context = await browser.newContext({ javaScriptEnabled: true, locale: 'fr-FR' });
  const page = await context.newPage();
  // The real CSP is in force here: a blocked script or style would show up as a console error.
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(`${BASE}/sign-in`);
  const toggle = page.locator('.password-toggle');
  await toggle.waitFor({ state: 'visible', timeout: 15000 });
  assert.equal(await page.getAttribute('#password', 'type'), 'password');
  await toggle.click();
  assert.equal(await page.getAttribute('#password', 'type'), 'text');
  assert.equal(await toggle.innerText(), 'Masquer');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await toggle.click();
  assert.equal(await page.getAttribute('#password', 'type'), 'password');
  assert.deepEqual(problems, [], 'no script errors or CSP violations');
  await context.close();
});

test('without JavaScript the island button stays hidden and the field still works', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${BASE}/sign-in`);
  assert.equal(await page.locator('.password-toggle').isVisible(), false);
  await page.fill('#password', 'whatever-typed');
  assert.equal(await page.inputValue('#password'), 'whatever-typed');
  await context.close();
});
