// Installable and cached, as a phone sees it: the page links a manifest in its language whose
// icons are real PNGs of the sizes it declares; a first visit to a product page fetches the HTML,
// CSS, JS, WASM and photos, and a repeat visit fetches only the HTML (everything else comes
// from the browser's cache: content-named client files are immutable). The bytes of both visits
// are printed (docs/benchmarks.md keeps them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Width and height of a PNG, from its IHDR chunk.
function pngSize(buffer) {
  assert.equal(buffer.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG');
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];
}

async function aProduct(page) {
  await page.goto(`${BASE}/categories/argan-oils`);
  return page.locator('.product-grid .product-card h3 a').first().getAttribute('href');
}

for (const locale of ['ar', 'fr']) {
  test(`the manifest names the site in ${locale} and its icons are the sizes it says`, async () => {
    const context = await browser.newContext({ locale, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    assert.equal(href, `/manifest.webmanifest?lang=${locale}`);
    const manifest = await (await context.request.get(`${BASE}${href}`)).json();
    assert.equal(manifest.lang, locale);
    assert.equal(manifest.dir, locale === 'ar' ? 'rtl' : 'ltr');
    assert.equal(manifest.theme_color, await page.locator('meta[name="theme-color"]').getAttribute('content'));
    for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
      const response = await context.request.get(`${BASE}${icon.src}`);
      assert.equal(response.status(), 200, icon.src);
      assert.equal(response.headers()['content-type'], 'image/png');
      assert.equal(pngSize(await response.body()).join('x'), icon.sizes, icon.src);
    }
    const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    assert.deepEqual(pngSize(await (await context.request.get(`${BASE}${apple}`)).body()), [180, 180]);
    await context.close();
  });
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'js' : 'nojs';
  test(`a repeat visit to a product page fetches only its HTML (${mode})`, async () => {
    const context = await browser.newContext({ locale: 'fr', javaScriptEnabled, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const product = await aProduct(page);
    // A fresh page in a fresh context: an empty cache for the first visit.
    await context.close();
    const fresh = await browser.newContext({ locale: 'fr', javaScriptEnabled, viewport: { width: 360, height: 740 } });
    const visitor = await fresh.newPage();
    const cdp = await fresh.newCDPSession(visitor);
    await cdp.send('Network.enable');
    let fetched = new Map();
    let bytes = 0;
    cdp.on('Network.requestWillBeSent', (e) => fetched.set(e.requestId, { url: e.request.url, cached: false }));
    cdp.on('Network.requestServedFromCache', (e) => { if (fetched.has(e.requestId)) fetched.get(e.requestId).cached = true; });
    cdp.on('Network.responseReceived', (e) => {
      if (!fetched.has(e.requestId)) return;
      const r = fetched.get(e.requestId);
      r.status = e.response.status;
      if (e.response.fromDiskCache || e.response.fromPrefetchCache) r.cached = true;
    });
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    const visit = async () => {
      fetched = new Map();
      bytes = 0;
      await visitor.goto(`${BASE}${product}`, { waitUntil: 'load' });
      await visitor.waitForTimeout(javaScriptEnabled ? 1500 : 300);
      // What came over the network: answered, not from the cache (with JavaScript off, Chromium
      // starts the module preload and drops it unanswered).
      const network = [...fetched.values()].filter((r) => !r.cached && r.status !== undefined && !r.url.startsWith('data:'));
      if (process.env.DEBUG_VISITS) console.log(JSON.stringify([...fetched.values()]));
      return { bytes, network: network.map((r) => new URL(r.url).pathname) };
    };
    const first = await visit();
    assert.ok(first.network.some((p) => p.endsWith('.css')), `the first visit loads the CSS: ${first.network}`);
    if (javaScriptEnabled) assert.ok(first.network.some((p) => p.endsWith('.wasm')), `and the WASM: ${first.network}`);
    const repeat = await visit();
    assert.deepEqual(repeat.network, [product], `a repeat visit fetches only the HTML, not ${repeat.network}`);
    assert.ok(repeat.bytes < first.bytes, `${repeat.bytes} < ${first.bytes}`);
    console.log(`product page (${mode}, fr, 360 px): first visit ${first.bytes} bytes over ${first.network.length} requests, repeat visit ${repeat.bytes} bytes over ${repeat.network.length}`);
    await fresh.close();
  });
}
