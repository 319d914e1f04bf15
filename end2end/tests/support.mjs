// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core (no
// downloaded browser), against the server the test command started at TAAWON_E2E_URL.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
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
