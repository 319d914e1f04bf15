// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core (no
// downloaded browser), against the server the test command started at TAAWON_E2E_URL.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

export const BASE = process.env.TAAWON_E2E_URL ?? 'http://127.0.0.1:3100';
export const RESULTS = new URL('../test-results/', import.meta.url).pathname;
mkdirSync(RESULTS, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

// Signs each of `accounts` ({ name: { email, password } }) in once, without JavaScript, and
// returns their browser states by name (sign-in is limited per account: a test file signs each
// in once and reuses the state).
export async function signedIn(browser, accounts) {
  const states = {};
  for (const [name, account] of Object.entries(accounts)) {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-MA' });
    const page = await context.newPage();
    await page.goto(`${BASE}/sign-in`);
    await page.fill('#email', account.email);
    await page.fill('#password', account.password);
    await Promise.all([page.waitForURL(`${BASE}/`), page.click('form[action="/api/account/sign-in"] button[type=submit]')]);
    states[name] = await context.storageState();
    await context.close();
  }
  return states;
}

let counter = 0;
export function uniqueEmail(tag) {
  counter += 1;
  return `e2e-${tag}-${Date.now()}-${counter}@example.ma`;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Screenshots `page` as `name`; with JavaScript on (axe needs script in the page; the HTML is
// the same without it), asserts axe finds no WCAG 2.2 AA violation.
export async function axeCheck(page, name, javaScriptEnabled) {
  await page.screenshot({ path: `${RESULTS}${name}.png`, fullPage: true });
  if (!javaScriptEnabled) return;
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, AXE_TAGS);
  assert.deepEqual(violations, [], `${name}: ${JSON.stringify(violations, null, 2)}`);
}

// The server's mail folder (files, the default mailer), when the test command says where it is.
export const OUTBOX = process.env.TAAWON_E2E_DATA ? join(process.env.TAAWON_E2E_DATA, 'outbox') : null;

// The body of an .eml file, decoded from base64 or quoted-printable.
function bodyOf(eml) {
  const [head, ...rest] = eml.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

// Waits for an e-mail to `to` holding a link to `path` (`/reset-password/`) and returns the
// link, made local to BASE.
export async function mailedLink(to, path) {
  if (!OUTBOX) throw new Error('TAAWON_E2E_DATA is not set: the server\'s outbox folder is unknown');
  const pattern = new RegExp(`https?://[^\\s]+${path}[A-Za-z0-9_-]+`);
  for (let i = 0; i < 60; i += 1) {
    let names = [];
    try { names = readdirSync(OUTBOX, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name); } catch { names = []; }
    for (const name of names) {
      const eml = readFileSync(join(OUTBOX, name), 'utf8');
      if (!eml.includes(to)) continue;
      const link = bodyOf(eml).match(pattern);
      if (link) return link[0].replace(/^https?:\/\/[^/]+/, BASE);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no e-mail to ${to} with a ${path} link in ${OUTBOX}`);
}

// Follows the verification link mailed to `email` in `page` and presses its button.
export async function confirmAddress(page, email) {
  await page.goto(await mailedLink(email, '/verify-email/'));
  await Promise.all([page.waitForURL(/verified=1/), page.click('form[action="/api/account/verify"] button[type=submit]')]);
}
