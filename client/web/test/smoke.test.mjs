// Smoke: the node serves the app, the app starts without errors, and the
// first visit to the sign-in page stays small.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closeSuite, collectConsoleErrors, measureTransfer, newPage, openSuite, screenshot } from './harness.mjs';

// What a first visit to /signin may cost, everything included (HTML, script,
// style, the language's messages, headers), as sent over the wire.
const SIGNIN_BUDGET = 150 * 1024;

let node;
let browser;

before(async () => ({ node, browser } = await openSuite()));
after(() => closeSuite(node, browser));

test('GET / and GET /signin serve the app page', { timeout: 30_000 }, async () => {
  for (const p of ['/', '/signin']) {
    const res = await fetch(`${node.url.replace('localhost', '127.0.0.1')}${p}`);
    assert.equal(res.status, 200, `GET ${p}`);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/, `GET ${p}: content type`);
    const body = await res.text();
    assert.match(body, /^<!doctype html>/i, `GET ${p}: an HTML document`);
    assert.match(body, /<script type="module" src="\/assets\/main-[^"]+\.js"><\/script>/, `GET ${p}: the app's script`);
  }
});

test('the app loads without console errors and sends a visitor to /signin', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(`${node.url}/`);
    await page.waitForURL(`${node.url}/signin`);
    await page.locator('main#main h1').waitFor();
    assert.equal(await page.locator('main#main h1').count(), 1, 'one <h1> in <main id="main">');
    assert.equal(await page.locator('header').count(), 1, 'a <header>');
    await screenshot(page, 'signin-en');
    errors.assertNone('/ then /signin');
  } finally {
    await page.context().close();
  }
});

test(`first load of /signin transfers under ${SIGNIN_BUDGET / 1024} KB`, { timeout: 60_000 }, async () => {
  const page = await newPage(browser); // a fresh context: empty cache, no cookies
  try {
    const transferred = await measureTransfer(page);
    await page.goto(`${node.url}/signin`);
    await page.locator('main#main h1').waitFor();
    const { bytes, requests } = await transferred();
    const lines = requests.map((r) => `  ${String(r.bytes).padStart(8)}  ${r.url}${r.finished ? '' : ' (body not read by the page)'}`).join('\n');
    console.log(`first load of /signin: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KB) in ${requests.length} requests\n${lines}`);
    assert.ok(bytes < SIGNIN_BUDGET, `first load of /signin: ${bytes} bytes, over the ${SIGNIN_BUDGET} budget:\n${lines}`);
  } finally {
    await page.context().close();
  }
});
