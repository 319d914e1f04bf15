// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core (no
// downloaded browser), against the server the test command started at TAAWON_E2E_URL.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

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
