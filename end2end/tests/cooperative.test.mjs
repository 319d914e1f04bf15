// A cooperative's way in, in Arabic with JavaScript off: the owner registers it, the admin
// verifies it against the register, the owner sets its colours and tagline, and its public
// storefront shows them. axe checks the pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { BASE, RESULTS, launch, uniqueEmail, confirmAddress } from './support.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const fixture = (name) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// axe needs JavaScript: it runs in a JavaScript-enabled copy of the same signed-in session.
async function axe(noJsPage) {
  const context = await browser.newContext({ storageState: await noJsPage.context().storageState(), locale: 'ar-MA', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(noJsPage.url());
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }).finally(() => context.close());
}

test('register a cooperative, admin verifies it, storefront is public (Arabic, JavaScript off)', async () => {
  const owner = await browser.newContext({ javaScriptEnabled: false, locale: 'ar-MA' });
  const page = await owner.newPage();
  await page.goto(`${BASE}/sign-up`);
  const email = uniqueEmail('coop');
  await page.fill('#display_name', 'فاطمة');
  await page.fill('#email', email);
  await page.fill('#password', 'argan-oil-from-souss');
  await Promise.all([page.waitForURL(`${BASE}/`), page.click('form[action="/api/account/sign-up"] button[type=submit]')]);
  // A cooperative is registered by someone whose address is confirmed: the mailed link.
  assert.equal(await page.locator('[data-verify=pending]').count(), 1, 'the banner asks to confirm the address');
  await confirmAddress(page, email);

  await page.goto(`${BASE}/cooperatives/new`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.deepEqual(await axe(page), [], 'the sign-up form passes axe');
  await page.fill('#register_number', 'E2E/0001');
  await page.fill('#ice', '001523456000078');
  await page.fill('#name_ar', 'تعاونية تيفاوت لإنتاج زيت الأركان');
  await page.fill('#name_fr', "Coopérative Tifawt d'huile d'argan");
  await page.selectOption('#region', 'souss_massa');
  await page.selectOption('#province', 'taroudant');
  await page.selectOption('#sector', 'agriculture');
  await page.fill('#founded_on', '2015-03-12');
  await page.fill('#member_count', '24');
  await page.fill('#women_count', '18');
  await page.fill('#phone', '0612345678');
  await page.setInputFiles('#certificate', fixture('certificate.pdf'));
  await Promise.all([page.waitForURL(/\/cooperatives\/mine/), page.click('form[action="/api/upload/cooperatives/register"] button[type=submit]')]);
  assert.match(await page.locator('main').innerText(), /في انتظار التحقق/);

  const admin = await browser.newContext({ javaScriptEnabled: false, locale: 'ar-MA' });
  const adminPage = await admin.newPage();
  await adminPage.goto(`${BASE}/sign-in?next=/admin/cooperatives`);
  await adminPage.fill('#email', 'admin@taawon.demo');
  await adminPage.fill('#password', 'taawon-demo-admin');
  await Promise.all([adminPage.waitForURL(/\/admin\/cooperatives/), adminPage.click('form[action="/api/account/sign-in"] button[type=submit]')]);
  const card = adminPage.locator('li[data-cooperative="E2E/0001"]');
  assert.equal(await card.locator('[data-match]').getAttribute('data-match'), 'match-exact');
  await adminPage.screenshot({ path: `${RESULTS}admin-queue-ar.png`, fullPage: true });
  assert.deepEqual(await axe(adminPage), [], 'the admin queue passes axe');
  await Promise.all([adminPage.waitForLoadState('load'), card.getByRole('button', { name: 'توثيق' }).click()]);
  assert.equal(await adminPage.locator('li[data-cooperative="E2E/0001"]').count(), 0, 'no longer waiting');

  await page.goto(`${BASE}/cooperatives/mine`);
  await Promise.all([page.waitForLoadState('load'), page.getByRole('link', { name: 'تعديل الهوية البصرية' }).click()]);
  await page.setInputFiles('#logo', fixture('logo.png'));
  await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'رفع الشعار' }).click()]);
  const suggested = await page.locator('.palette-swatch').count();
  assert.ok(suggested >= 3, `${suggested} colours suggested from the logo`);
  await page.fill('#primary_colour', '#8a3b12');
  await page.fill('#tagline_ar', 'ذهب سوس من أيادي النساء');
  await page.fill('#story_ar', 'أسست نساء تيفاوت تعاونيتهن سنة 2015.');
  await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'حفظ ونشر' }).click()]);
  assert.deepEqual(await axe(page), [], 'the identity editor passes axe');
  await Promise.all([page.waitForLoadState('load'), page.getByRole('link', { name: 'عرض واجهة المتجر' }).click()]);
  assert.match(page.url(), /\/c\//);
  const text = await page.locator('main').innerText();
  assert.match(text, /تعاونية تيفاوت لإنتاج زيت الأركان/);
  assert.match(text, /تعاونية موثقة · رقم التسجيل E2E\/0001/);
  assert.match(text, /تقودها نساء/);
  assert.match(text, /ذهب سوس من أيادي النساء/);
  const logo = page.locator('img.storefront-logo');
  assert.equal(await logo.count(), 1, 'the storefront shows the logo');
  assert.ok(await logo.evaluate((img) => img.complete && img.naturalWidth > 0), 'the logo loads');
  assert.match(await logo.getAttribute('srcset'), /\/media\/images\/.+ 240w/);
  assert.match(await page.getAttribute('meta[property="og:image"]', 'content'), /^http:\/\/127\.0\.0\.1:\d+\/media\/images\//);
  const brand = await page.evaluate(() => getComputedStyle(document.querySelector('.storefront-header')).backgroundColor);
  assert.equal(brand, 'rgb(138, 59, 18)', 'the storefront wears the chosen colour');
  await page.screenshot({ path: `${RESULTS}storefront-ar.png`, fullPage: true });
  assert.deepEqual(await axe(page), [], 'the storefront passes axe');
  await owner.close();
  await admin.close();
});
