// How the app looks: one layout grid (the header, every page and the footer
// start at the same edge, and every page is as wide as the next), faces on
// home and in the directory, and toasts that leave every control usable.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closeSuite, collectConsoleErrors, msg, newPage, onlineEntry, openSuite, pageReady, SECRETARIAT, signIn, waitConnection } from './harness.mjs';

let node;
let browser;

before(async () => ({ node, browser } = await openSuite({ participants: 20 })));
after(() => closeSuite(node, browser));

/** edges reads where the header's brand, the page's heading and the footer's text start, and the page's width. */
function edges(page) {
  return page.evaluate(() => {
    const rtl = document.documentElement.dir === 'rtl';
    const start = (sel) => {
      const el = document.querySelector(sel);
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return Math.round(rtl ? innerWidth - r.right : r.left);
    };
    return {
      brand: start('header .brand'),
      heading: start('main h1'),
      footer: start('footer.site-footer p'),
      width: Math.round(document.querySelector('main .page').getBoundingClientRect().width),
    };
  });
}

const PAGES = ['/', '/me', '/people', '/organisations', '/invitations', '/no/such/page'];

for (const [label, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 360, height: 740 }]]) {
  test(`one layout grid (${label}): the header, the page and the footer start at one edge, and every page has one width`, { timeout: 90_000 }, async () => {
    const page = await newPage(browser, { viewport });
    try {
      const errors = collectConsoleErrors(page, { allowURLs: [/\/no\/such\/page$/] });
      await signIn(page, node.url, SECRETARIAT);
      const seen = {};
      for (const p of PAGES) {
        await page.goto(`${node.url}${p}`);
        await pageReady(page);
        seen[p] = await edges(page);
        const { brand, heading, footer } = seen[p];
        assert.ok(Math.abs(brand - heading) <= 1 && Math.abs(heading - footer) <= 1, `${p}: the brand, the heading and the footer start at one edge: ${JSON.stringify(seen[p])}`);
      }
      const widths = new Set(Object.values(seen).map((e) => e.width));
      assert.equal(widths.size, 1, `every page is as wide: ${JSON.stringify(seen)}`);
      errors.assertNone(`the grid (${label})`);
    } finally {
      await page.context().close();
    }
  });
}

test('home shows who is here with their faces, and the directory shows faces too', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  const other = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    const [a, b] = node.participants;
    const you = await node.account(a.email);
    const them = await node.account(b.email);
    await signIn(other, node.url, b.email);
    await signIn(page, node.url, a.email);
    await waitConnection(page, 'connected');
    for (const person of [you, them]) {
      const entry = onlineEntry(page, person.id);
      await entry.waitFor();
      const avatar = entry.locator('.avatar');
      assert.equal(await avatar.getAttribute('aria-hidden'), 'true', 'the face is decorative: the name is written beside it');
      // Initials on a colour of the person's own, readable in white.
      const [text, bg, fg] = await avatar.evaluate((el) => [el.textContent, getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
      const words = person.display_name.trim().split(/\s+/);
      assert.equal(text, (words[0][0] + (words.length > 1 ? words[words.length - 1][0] : '')).toUpperCase(), `${person.display_name}'s initials`);
      assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'a colour behind the initials');
      assert.equal(fg, 'rgb(255, 255, 255)');
    }
    await entry(page, them.id).getByRole('button', { name: msg('en', 'home.wave').replace('{name}', them.display_name), exact: true }).waitFor();
    await page.goto(`${node.url}/people`);
    await page.locator('.results .result').first().waitFor();
    const faces = await page.locator('.results .result .avatar').count();
    assert.equal(faces, await page.locator('.results .result').count(), 'a face for every result');
    errors.assertNone('faces');
  } finally {
    await page.context().close();
    await other.context().close();
  }
});

const entry = onlineEntry;

test('on a phone, a toast covers neither the button just pressed nor, once scrolled, the end of the page', { timeout: 90_000 }, async () => {
  const page = await newPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  try {
    const errors = collectConsoleErrors(page);
    await signIn(page, node.url, SECRETARIAT);
    await page.goto(`${node.url}/organisations`);
    await page.locator('tbody tr').nth(3).waitFor();
    // A row low on the screen: its button sits where a toast appears.
    const row = page.locator('tbody tr').nth(3);
    const invite = row.locator('button').first();
    await invite.scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      const b = document.querySelectorAll('tbody tr')[3].querySelector('button');
      scrollBy(0, b.getBoundingClientRect().bottom - innerHeight + 8);
    });
    await invite.click();
    const toast = page.locator('.toasts .toast').first();
    await toast.waitFor();
    await page.waitForTimeout(400); // the toast's entrance, and the scroll that answers it
    const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const [t, btn] = await Promise.all([toast.boundingBox(), invite.boundingBox()]);
    assert.ok(!overlap(t, btn), `the toast ${JSON.stringify(t)} covers the button just pressed ${JSON.stringify(btn)}`);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(200);
    const [t2, footer, last] = await Promise.all([toast.boundingBox(), page.locator('footer.site-footer p').boundingBox(), page.locator('tbody tr').last().locator('button').last().boundingBox()]);
    assert.ok(!overlap(t2, footer), `at the end of the page the toast ${JSON.stringify(t2)} covers the footer ${JSON.stringify(footer)}`);
    assert.ok(!overlap(t2, last), 'at the end of the page the toast covers the last row\'s button');
    errors.assertNone('toasts on a phone');
  } finally {
    await page.context().close();
  }
});

test('on a phone, the directory\'s filters fold behind one button that counts them, and the organisations become cards', { timeout: 90_000 }, async () => {
  const page = await newPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  try {
    const errors = collectConsoleErrors(page);
    await signIn(page, node.url, SECRETARIAT);
    await page.goto(`${node.url}/people?region=african&language=en`);
    const toggle = page.locator('.filters-toggle');
    await toggle.waitFor();
    assert.equal((await toggle.innerText()).replace(/\s+/g, ' ').trim().replace(/ ▾$/, ''), msg('en', 'directory.filters_count').match(/other \{([^}]*)\}/)[1].replace('#', '2'));
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('#filters-body').isVisible(), false, 'folded');
    const first = page.locator('.results .result').first();
    await first.waitFor();
    const box = await first.boundingBox();
    assert.ok(box.y < 740, `the first result shows on the first screen (at ${box.y} px)`);
    await toggle.click();
    assert.equal(await page.locator('#f-region').isVisible(), true, 'unfolded');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');

    await page.goto(`${node.url}/organisations`);
    const row = page.locator('tbody tr').first();
    await row.waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no sideways scrolling: ${width} px`);
    for (const b of await row.locator('button').all()) {
      const r = await b.boundingBox();
      assert.ok(r.x >= 0 && r.x + r.width <= 360, `the row's actions are on screen: ${JSON.stringify(r)}`);
    }
    errors.assertNone('phone layouts');
  } finally {
    await page.context().close();
  }
});
