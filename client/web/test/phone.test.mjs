// Small screens: a phone 360 CSS pixels wide, and the desktop page zoomed to
// 200 % and 400 %. Nothing may scroll sideways (WCAG 1.4.10 Reflow), and the
// header's controls stay on screen and work by touch.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertNoHorizontalScroll, chooseLanguage, closeSuite, collectConsoleErrors, msg, newPage, onlineEntry, openSuite,
  pageReady, screenshot, signIn, tidy, waitConnection, waitHeaderWho,
} from './harness.mjs';

let node;
let browser;
let one;
let two;

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const en = (key) => msg('en', key);

before(async () => {
  ({ node, browser } = await openSuite({ participants: 20 }));
  const [a, b] = node.participants;
  assert.ok(a && b, `the demo village printed two participants' logins:\n${node.log()}`);
  one = { email: a.email, ...(await node.account(a.email)) };
  two = { email: b.email, ...(await node.account(b.email)) };
});

after(() => closeSuite(node, browser));

/** assertOnScreen fails unless locator is visible and inside the viewport's width. */
async function assertOnScreen(page, locator, label) {
  assert.ok(await locator.isVisible(), `${label} is visible`);
  const box = await locator.boundingBox();
  const width = page.viewportSize().width;
  assert.ok(box.x >= 0 && box.x + box.width <= width, `${label} is within the ${width} px width: ${JSON.stringify(box)}`);
}

test('on a 360 px phone, sign-in, home, the directory and the profile fit the screen, and the header works by touch', { timeout: 90_000 }, async () => {
  const page = await newPage(browser, PHONE);
  // Someone else online, for home to show two people.
  const other = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(`${node.url}/signin`);
    await page.locator('main form').waitFor();
    await assertNoHorizontalScroll(page, '/signin (phone)');
    await signIn(other, node.url, two.email);
    await signIn(page, node.url, one.email);

    await waitConnection(page, 'connected');
    await onlineEntry(page, one.id).waitFor();
    await onlineEntry(page, two.id).waitFor();
    await waitHeaderWho(page, one.display_name, en('role.participant'));
    await assertNoHorizontalScroll(page, '/ (phone)');
    const banner = page.getByRole('banner');
    const nav = banner.getByRole('navigation');
    // On a phone the navigation and the tools fold behind the Menu button,
    // while the connection stays in sight.
    const toggle = banner.getByRole('button', { name: en('header.menu'), exact: true });
    await assertOnScreen(page, toggle, 'the menu button');
    await assertOnScreen(page, banner.locator('#connection'), 'the connection indicator');
    assert.equal(await nav.isVisible(), false, 'the navigation is folded at first');
    await toggle.tap();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    for (const key of ['nav.home', 'nav.people', 'nav.profile']) {
      await assertOnScreen(page, nav.getByRole('link', { name: en(key), exact: true }), `the "${en(key)}" link`);
    }
    await assertOnScreen(page, banner.locator('#language-switch'), 'the language switch');
    await assertOnScreen(page, banner.getByRole('button', { name: en('header.sign_out'), exact: true }), 'the sign-out button');
    await toggle.tap(); // folded again, for the picture
    await tidy(page);
    await screenshot(page, 'phone-home');
    await toggle.tap();

    // The directory, by touch; the menu folds again on arrival.
    await nav.getByRole('link', { name: en('nav.people'), exact: true }).tap();
    await page.waitForURL(`${node.url}/people`);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'the menu folds after a navigation');
    await page.waitForURL(`${node.url}/people`);
    const first = page.locator('.results .result a').first();
    await first.waitFor();
    await assertNoHorizontalScroll(page, '/people (phone)');
    const name = await first.innerText();
    await first.tap();
    await page.waitForURL(/\/people\/[^/]+$/);
    await page.locator('dl.facts').waitFor();
    assert.equal(await page.locator('main#main h1').innerText(), name);
    await assertNoHorizontalScroll(page, '/people/:id (phone)');

    // The profile, in English and in Arabic.
    await toggle.tap();
    await nav.getByRole('link', { name: en('nav.profile'), exact: true }).tap();
    await page.waitForURL(`${node.url}/me`);
    await page.locator('#f-display_name').waitFor();
    await assertNoHorizontalScroll(page, '/me (phone)');
    await chooseLanguage(page, 'ar'); // unfolds the menu
    const signOutAr = banner.getByRole('button', { name: msg('ar', 'header.sign_out'), exact: true });
    await signOutAr.waitFor(); // the page has turned Arabic
    await assertNoHorizontalScroll(page, '/me (phone, ar)');
    await assertOnScreen(page, signOutAr, 'the sign-out button (ar)');
    await chooseLanguage(page, 'en');

    // Signing out by touch, from /me: the app lands on a plain /signin, not
    // /signin?next=/me, which would hand the page to whoever signs in next.
    await banner.getByRole('button', { name: en('header.sign_out'), exact: true }).tap();
    await page.waitForURL((u) => u.pathname === '/signin');
    await page.getByRole('button', { name: en('signin.submit'), exact: true }).waitFor();
    assert.equal(new URL(page.url()).search, '', 'signing out from /me leaves no ?next= behind');
    await page.getByRole('button', { name: en('signin.submit'), exact: true }).waitFor();
    errors.assertNone('the phone');
  } finally {
    await page.context().close();
    await other.context().close();
  }
});

// Zoom: a 1280 × 800 window at 200 % zoom lays pages out in 640 × 400 CSS
// pixels, each drawn with 2 × 2 device pixels. A viewport of 640 × 400 at
// deviceScaleFactor 2 is exactly that layout (media queries, wrapping, rem
// sizes), which is what WCAG 1.4.10 asks about. Pinch zoom
// (Emulation.setPageScaleFactor) only magnifies and never reflows, and CSS
// zoom on the root changes how some lengths resolve, so neither is the same.
// 400 % (320 CSS pixels wide, the width 1.4.10 names) is checked too.
test('/register at 200 % and 400 % zoom reflows: no sideways scrolling, errors included', { timeout: 60_000 }, async () => {
  for (const [zoom, viewport] of [['200 %', { width: 640, height: 400 }], ['400 %', { width: 320, height: 200 }]]) {
    const page = await newPage(browser, { viewport, deviceScaleFactor: 2 });
    try {
      const errors = collectConsoleErrors(page);
      await page.goto(`${node.url}/register`);
      await page.locator('#f-email').waitFor();
      await pageReady(page);
      await assertNoHorizontalScroll(page, `/register at ${zoom}`);
      await page.getByRole('button', { name: en('register.submit'), exact: true }).click();
      await page.locator('.error-summary').waitFor();
      await assertNoHorizontalScroll(page, `/register with errors at ${zoom}`);
      await chooseLanguage(page, 'ar');
      await page.getByRole('button', { name: msg('ar', 'register.submit'), exact: true }).waitFor();
      await assertNoHorizontalScroll(page, `/register with errors at ${zoom} (ar)`);
      errors.assertNone(`/register at ${zoom}`);
    } finally {
      await page.context().close();
    }
  }
});
