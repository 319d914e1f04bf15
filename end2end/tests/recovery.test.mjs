// A forgotten password, in Arabic and in French with JavaScript off, at 360 px: ask for a link →
// the e-mail the server wrote to its outbox folder → a new password → the old session is gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, OUTBOX, launch, uniqueEmail, axeCheck, mailedLink } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const TEXT = {
  ar: { forgot: 'نسيت كلمة المرور؟', sent: 'أُرسل إليه رابط', done: 'تم تغيير كلمة المرور' },
  fr: { forgot: 'Mot de passe oublié ?', sent: 'vient de lui être envoyé', done: 'Votre mot de passe a été changé' },
};

for (const lang of ['ar', 'fr']) {
  test(`forgot password → e-mail → new password → old session gone (${lang}, JavaScript off, 360 px)`, { skip: OUTBOX ? false : 'TAAWON_E2E_DATA is not set: the outbox folder is unknown' }, async () => {
    const options = { javaScriptEnabled: false, locale: lang === 'ar' ? 'ar-MA' : 'fr-FR', viewport: { width: 360, height: 740 } };
    const email = uniqueEmail(`reset-${lang}`);
    const oldPassword = 'argan-oil-from-souss';
    const newPassword = 'couscous-du-vendredi';

    // The old session: signed up on one phone.
    const old = await browser.newContext(options);
    const oldPage = await old.newPage();
    await oldPage.goto(`${BASE}/sign-up`);
    await oldPage.fill('#display_name', 'Naima');
    await oldPage.fill('#email', email);
    await oldPage.fill('#password', oldPassword);
    await Promise.all([oldPage.waitForURL(`${BASE}/`), oldPage.click('form[action="/api/account/sign-up"] button[type=submit]')]);
    await oldPage.getByTestId('account-link').waitFor({ state: 'attached' });

    // On another phone, the password is forgotten.
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${BASE}/sign-in`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    await Promise.all([page.waitForURL(`${BASE}/forgot-password`), page.getByRole('link', { name: TEXT[lang].forgot }).click()]);
    await page.fill('#email', email);
    await Promise.all([page.waitForURL(/sent=1/), page.click('form[action="/api/account/forgot-password"] button[type=submit]')]);
    assert.ok((await page.locator('[data-sent=reset]').innerText()).includes(TEXT[lang].sent));
    await axeCheck(page, `forgot-sent-${lang}`, false);

    const link = await mailedLink(email, '/reset-password/');
    await page.goto(link);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 360), true, 'no sideways scroll at 360 px');
    await page.fill('#new_password', newPassword);
    await page.fill('#confirm_password', newPassword);
    await Promise.all([page.waitForURL(/\/sign-in\?reset=1/), page.click('form[action="/api/account/reset-password"] button[type=submit]')]);
    assert.ok((await page.locator('[data-reset=done]').innerText()).includes(TEXT[lang].done));

    await page.fill('#email', email);
    await page.fill('#password', newPassword);
    await Promise.all([page.waitForURL(`${BASE}/`), page.click('form[action="/api/account/sign-in"] button[type=submit]')]);
    await page.getByTestId('account-link').waitFor({ state: 'attached' });

    // The old phone is signed out.
    await oldPage.goto(`${BASE}/account`);
    assert.match(oldPage.url(), /\/sign-in/, 'the old session is gone');
    // The link works once.
    await page.goto(link);
    assert.equal(await page.locator('#new_password').count(), 0, 'a used link shows no form');
    await old.close();
    await context.close();
  });
}
