// The live village: who is online, as people see it, through sign-in,
// arrivals and departures, a node restart and a slow network.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  closeSuite, collectConsoleErrors, msg, newPage, onlineEntry, openSuite, screenshot, signIn, throttle, WAIT,
  waitConnection,
} from './harness.mjs';

let node;
let browser;
// Demo participants, printed by the node at start: {email, id, display_name}.
let one;
let two;
let three;

before(async () => {
  ({ node, browser } = await openSuite());
  const [a, b, c] = node.participants;
  assert.ok(a && b && c, `the demo village printed three participants' logins:\n${node.log()}`);
  one = { email: a.email, ...(await node.account(a.email)) };
  two = { email: b.email, ...(await node.account(b.email)) };
  three = { email: c.email, ...(await node.account(c.email)) };
});

after(() => closeSuite(node, browser));

test('signed out, / sends you to /signin', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${node.url}/`);
    await page.waitForURL(`${node.url}/signin`);
    assert.equal(await page.locator('#connection').count(), 0, 'no connection indicator when signed out');
  } finally {
    await page.context().close();
  }
});

test('a participant signs in and sees themselves online', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await signIn(page, node.url, one.email);
    await waitConnection(page, 'connected');
    const me = onlineEntry(page, one.id);
    await me.waitFor();
    assert.ok((await me.innerText()).includes(one.display_name), 'my entry shows my name');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the page stays in the language chosen');
    assert.equal(await page.locator('main#main h1').count(), 1, 'one <h1> in <main id="main">');
    await page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true }).waitFor();

    // The session outlives the page: the refresh cookie (Secure, HttpOnly)
    // is kept on http://localhost, and a reload signs in again with it.
    const cookies = await page.context().cookies();
    const refresh = cookies.find((c) => c.name === 'village_refresh');
    assert.ok(refresh, `the refresh cookie is kept on ${node.url}; cookies: ${JSON.stringify(cookies)}`);
    assert.equal(refresh.secure, true, 'the refresh cookie is Secure');
    assert.equal(refresh.httpOnly, true, 'the refresh cookie is HttpOnly');
    await page.reload();
    await onlineEntry(page, one.id).waitFor();
    assert.equal(new URL(page.url()).pathname, '/', 'still signed in after a reload');
    await waitConnection(page, 'connected');
    await screenshot(page, 'home-en');
    errors.assertNone('sign-in and home');
  } finally {
    await page.context().close();
  }
});

test('two people see each other online, and see the other leave', { timeout: 90_000 }, async () => {
  const pageA = await newPage(browser);
  const pageB = await newPage(browser);
  try {
    await signIn(pageA, node.url, one.email);
    await signIn(pageB, node.url, two.email);
    await onlineEntry(pageA, two.id).waitFor();
    assert.ok((await onlineEntry(pageA, two.id).innerText()).includes(two.display_name), 'their entry shows their name');
    await onlineEntry(pageB, one.id).waitFor();
    assert.ok((await onlineEntry(pageB, one.id).innerText()).includes(one.display_name), 'their entry shows their name');

    // A wave is a direct message: it reaches the other as a toast in a
    // polite live region, which screen readers read without moving focus.
    await onlineEntry(pageA, two.id).getByRole('button', { name: msg('en', 'home.wave').replace('{name}', two.display_name), exact: true }).click();
    await pageA.locator('.toasts', { hasText: msg('en', 'home.waved').replace('{name}', two.display_name) }).waitFor();
    const region = pageB.locator('.toasts [role="status"][aria-live="polite"]');
    const waved = msg('en', 'toast.direct.wave').replace('{name}', one.display_name);
    await region.getByText(waved, { exact: true }).waitFor();
    await pageB.locator('.toasts').getByRole('button', { name: msg('en', 'toast.dismiss'), exact: true }).click();
    await region.getByText(waved, { exact: true }).waitFor({ state: 'detached' });

    await pageB.close();
    await onlineEntry(pageA, two.id).waitFor({ state: 'detached', timeout: 20_000 });
    assert.equal(await onlineEntry(pageA, one.id).count(), 1, 'I am still online');
  } finally {
    await pageA.context().close();
    await pageB.context().close();
  }
});

test('the connection indicator shows a node restart, and reconnects after it', { timeout: 90_000 }, async () => {
  const page = await newPage(browser);
  try {
    // A lost connection is logged by the browser itself; that is expected here.
    const errors = collectConsoleErrors(page, { allow: [/WebSocket connection to .* failed/, /ERR_CONNECTION_REFUSED/, /Failed to load resource/] });
    await signIn(page, node.url, one.email);
    await waitConnection(page, 'connected');
    await onlineEntry(page, one.id).waitFor();

    // Record every state the indicator shows, however briefly.
    await page.evaluate(() => {
      window.__connectionStates = [];
      const seen = () => {
        const s = document.querySelector('#connection')?.getAttribute('data-state') ?? '(none)';
        const all = window.__connectionStates;
        if (all[all.length - 1] !== s) all.push(s);
      };
      seen();
      new MutationObserver(seen).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    });

    const restarted = node.restart();
    await waitConnection(page, 'reconnecting', 20_000);
    await restarted;
    await waitConnection(page, 'connected', 45_000);
    await onlineEntry(page, one.id).waitFor({ timeout: WAIT });
    const states = await page.evaluate(() => window.__connectionStates);
    console.log(`connection states through the restart: ${states.join(' → ')}`);
    assert.ok(states.indexOf('reconnecting') > 0, `the indicator showed reconnecting after connected: ${states.join(' → ')}`);
    assert.equal(states[states.length - 1], 'connected', 'and ends connected');
    errors.assertNone('restart');
  } finally {
    await page.context().close();
  }
});

test('on a slow network (400 kbit/s, 400 ms) sign-in and home still work', { timeout: 150_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await throttle(page, { kbps: 400, latencyMs: 400 });
    const t0 = Date.now();
    await signIn(page, node.url, three.email);
    const signedIn = Date.now() - t0;
    await waitConnection(page, 'connected', 60_000);
    await onlineEntry(page, three.id).waitFor({ timeout: 60_000 });
    console.log(`slow network: signed in after ${signedIn} ms, online after ${Date.now() - t0} ms`);
    errors.assertNone('slow network');
  } finally {
    await page.context().close();
  }
});

test('a form sent while the server is down keeps what was typed, says why, and goes through once it is back', { timeout: 90_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page, { allow: [/WebSocket connection to .* failed/, /ERR_CONNECTION_REFUSED/, /Failed to load resource/] });
    await signIn(page, node.url, two.email);
    await waitConnection(page, 'connected');
    await page.goto(`${node.url}/me`);
    const name = page.locator('#f-display_name');
    await name.waitFor();
    const typed = `${two.display_name} (booth 12)`;
    await name.fill(typed);
    const expertise = page.locator('#f-expertise');
    await expertise.fill('Community networks in rural areas');

    await node.kill();
    await page.locator('#f-display_name').press('Enter'); // submits the profile form
    const summary = page.locator('.error-summary[role="alert"]').first();
    await summary.waitFor();
    assert.ok((await summary.innerText()).includes(msg('en', 'error.network')), `the summary says the server could not be reached: ${await summary.innerText()}`);
    assert.equal(await name.inputValue(), typed, 'the display name typed is kept');
    assert.equal(await expertise.inputValue(), 'Community networks in rural areas', 'the expertise typed is kept');
    await waitConnection(page, 'reconnecting', 20_000);

    await node.restart();
    await waitConnection(page, 'connected', 45_000);
    await page.locator('#f-display_name').press('Enter');
    await page.getByRole('banner').getByText(typed, { exact: true }).waitFor();
    const saved = await node.api('GET', '/api/me', { as: two.email });
    assert.equal(saved.display_name, typed, 'the server has the name typed while it was down');
    errors.assertNone('server down');
  } finally {
    await page.context().close();
  }
});

test('two tabs reloading at the same moment stay signed in: their refreshes take turns', { timeout: 90_000 }, async () => {
  // Refresh tokens rotate, and one spent twice ends the session. Two tabs
  // that reload together both spend the cookie; the Web Lock in session.js
  // makes the second wait for the first and spend the cookie it left.
  const first = await newPage(browser);
  try {
    const errors = collectConsoleErrors(first);
    await signIn(first, node.url, three.email);
    await waitConnection(first, 'connected');
    const second = await first.context().newPage();
    await second.goto(`${node.url}/`);
    await waitConnection(second, 'connected');
    for (let round = 0; round < 3; round++) {
      await Promise.all([first.reload(), second.reload()]);
      for (const tab of [first, second]) {
        await waitConnection(tab, 'connected');
        assert.equal(new URL(tab.url()).pathname, '/', `round ${round}: the tab is still signed in`);
      }
    }
    // And the session is still good on the server: one more reload works.
    await first.reload();
    await onlineEntry(first, three.id).waitFor();
    errors.assertNone('two tabs');
  } finally {
    await first.context().close();
  }
});
