// Signing back in at page load on a weak link: a refresh whose answer is
// lost is tried again before the page gives up, and a person whose profile
// speaks another language never sees the page flip to it after rendering.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closeSuite, collectConsoleErrors, msg, newPage, openSuite, signIn, waitHeaderWho, WAIT } from './harness.mjs';

let node;
let browser;

before(async () => ({ node, browser } = await openSuite({ participants: 10 })));
after(() => closeSuite(node, browser));

const REFRESH = /\/api\/auth\/refresh$/;

// A dropped link at load: the first refresh gets no answer at all.
test('a refresh lost at page load is tried again, and the person stays signed in', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page, { allow: [/ERR_FAILED|net::/, /Failed to load resource/] });
    const who = node.participants[0];
    await signIn(page, node.url, who.email);
    const account = await node.account(who.email);
    let lost = 0;
    await page.route(REFRESH, (route) => (lost++ < 2 ? route.abort('connectionreset') : route.continue()));
    await page.reload();
    await waitHeaderWho(page, account.display_name);
    assert.equal(new URL(page.url()).pathname, '/', 'still on home, not sent to /signin');
    assert.equal(lost, 3, 'two refreshes were lost, the third answered');
    errors.assertNone('refresh retried at load');
  } finally {
    await page.context().close();
  }
});

test('when every refresh at load fails, the page says so instead of signing out silently', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    collectConsoleErrors(page, { allow: [/.*/] });
    const who = node.participants[1];
    await signIn(page, node.url, who.email);
    let tries = 0;
    await page.route(REFRESH, (route) => {
      tries++;
      return route.fulfill({ status: 503, contentType: 'application/json', body: '{"code":"unavailable","message":"store down"}' });
    });
    await page.reload();
    await page.waitForURL(`${node.url}/signin`, { timeout: 30_000 });
    const notice = page.locator('.toasts .toast-error', { hasText: msg('en', 'error.session_unreachable') });
    await notice.waitFor({ timeout: WAIT });
    assert.ok(tries >= 4, `tried ${tries} times before giving up`);
    // The cookie was kept: once the link is back, a reload signs in again.
    await page.unroute(REFRESH);
    await page.goto(`${node.url}/`);
    await page.waitForURL(`${node.url}/`);
    await page.locator('header .who').waitFor({ timeout: WAIT });
  } finally {
    await page.context().close();
  }
});

// The profile's language is settled before the first render: record the
// language of the document each time <main>'s heading changes, from the
// very first one.
test('a returning person whose profile speaks another language sees it (and its direction) from the first render', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    const who = node.participants[0]; // the demo prints two participants' logins
    await signIn(page, node.url, who.email, undefined, { language: null });
    const account = await node.account(who.email);
    const want = account.languages.find((l) => ['ar', 'zh', 'fr', 'ru', 'es'].includes(l));
    assert.ok(want, `the demo participant speaks a UI language other than English: ${account.languages}`);
    await page.waitForFunction((c) => document.documentElement.lang === c, want);
    await page.addInitScript(() => {
      window.__headings = [];
      new MutationObserver(() => {
        const h = document.querySelector('main h1');
        const seen = window.__headings;
        if (h && (seen.length === 0 || seen[seen.length - 1].text !== h.textContent)) {
          seen.push({ text: h.textContent, lang: document.documentElement.lang, dir: document.documentElement.dir });
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    for (const fresh of [false, true]) {
      if (fresh) {
        // A device that has not seen the profile yet (first visit after
        // signing in elsewhere): the refresh tells, still before rendering.
        await page.evaluate(() => localStorage.removeItem('village.language.profile'));
      }
      await page.reload();
      await waitHeaderWho(page, account.display_name);
      const seen = await page.evaluate(() => window.__headings);
      assert.ok(seen.length > 0, 'a heading was rendered');
      for (const h of seen) {
        assert.equal(h.lang, want, `every heading, from the first, is in ${want}: ${JSON.stringify(seen)}`);
        assert.equal(h.dir, want === 'ar' ? 'rtl' : 'ltr');
      }
    }
    errors.assertNone('returning in the profile language');
  } finally {
    await page.context().close();
  }
});
