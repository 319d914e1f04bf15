// Bytes and time to the first search result on a phone (360×740) over Chrome DevTools' "Slow
// 3G" profile (400 ms latency, 400 kbit/s down, 400 kbit/s up), JavaScript on, nothing cached.
// Used by tests/phone.test.mjs, and on its own to compare two builds:
//   node slow3g.mjs http://127.0.0.1:3100 miel
import { pathToFileURL } from 'node:url';
import { launch } from './tests/support.mjs';

// DevTools' preset, in its units: bytes per second and milliseconds.
export const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };

// Opens `/search?q=…` for `locale` and reports the milliseconds until the first result card is
// on the page, how far down it is (above 740 it is on the first screen), the bytes that took
// (as sent over the wire), and the page's full load.
export async function measureSearch(browser, base, query, locale = 'fr') {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  // Bytes over the wire by request: what arrived so far, then each request's final count.
  const received = new Map();
  cdp.on('Network.dataReceived', (e) => { received.set(e.requestId, (received.get(e.requestId) ?? 0) + e.encodedDataLength); });
  cdp.on('Network.loadingFinished', (e) => { received.set(e.requestId, Math.max(received.get(e.requestId) ?? 0, e.encodedDataLength)); });
  const bytes = () => [...received.values()].reduce((a, b) => a + b, 0);
  const started = Date.now();
  await page.goto(`${base}/search?q=${encodeURIComponent(query)}&lang=${locale}`, { waitUntil: 'commit' });
  // The first card is there and styled: the page's stylesheets have arrived.
  await page.waitForFunction(() => document.querySelector('.product-grid .product-card') !== null
    && [...document.querySelectorAll('link[rel=stylesheet]')].every((l) => l.sheet !== null), null, { timeout: 120_000, polling: 50 });
  const firstResultMs = Date.now() - started;
  const bytesAtFirstResult = bytes();
  const top = await page.evaluate(() => Math.round(document.querySelector('.product-grid .product-card').getBoundingClientRect().top));
  await page.waitForLoadState('load', { timeout: 120_000 });
  await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => {});
  const loadedMs = Date.now() - started;
  await context.close();
  return { locale, query, firstResultMs, firstCardTopPx: top, onFirstScreen: top < 740, bytesAtFirstResult, loadedMs, bytesLoaded: bytes() };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [base = 'http://127.0.0.1:3100', query = 'miel'] = process.argv.slice(2);
  const browser = await launch();
  for (const locale of ['ar', 'fr', 'en']) {
    console.log(JSON.stringify(await measureSearch(browser, base, query, locale)));
  }
  await browser.close();
}
