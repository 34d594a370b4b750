// Accessibility smoke: axe-core finds no WCAG 2.x A/AA violation on the
// sign-in page, left to right in English and right to left in Arabic.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  checkA11y, chooseLanguage, closeSuite, collectConsoleErrors, newPage, openSuite, screenshot,
} from './harness.mjs';

let node;
let browser;

before(async () => ({ node, browser } = await openSuite({ participants: 10 })));
after(() => closeSuite(node, browser));

test('/signin in English has no accessibility violations', { timeout: 60_000 }, async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(`${node.url}/signin`);
    await page.locator('main#main h1').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir || 'ltr'), 'ltr');
    assert.match(await page.evaluate(() => document.documentElement.lang), /^en\b/);
    await checkA11y(page, '/signin (en)');
    errors.assertNone('/signin (en)');
  } finally {
    await page.context().close();
  }
});

test('/signin in Arabic, chosen with the language switcher, is right to left with no violations', { timeout: 60_000 }, async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(`${node.url}/signin`);
    const english = await page.locator('main#main h1').innerText();
    // The switcher's accessible name is axe's to check (select-name).
    await chooseLanguage(page, 'ar');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl', 'Arabic reads right to left');
    // Give the Arabic messages the time to load and show; a catalogue that
    // lacks the heading leaves it in English, which is no failure here.
    const translated = await page.waitForFunction((en) => document.querySelector('main#main h1')?.textContent !== en, english, { timeout: 5_000 })
      .then(() => true, () => false);
    if (!translated) console.log(`note: /signin's <h1> is still "${english}" in Arabic (no translation in messages/ar.json yet?)`);
    await screenshot(page, 'signin-ar');
    await checkA11y(page, '/signin (ar)');
    errors.assertNone('/signin (ar)');
  } finally {
    await page.context().close();
  }
});

test('/signin shows field errors next to the fields, and stays accessible', { timeout: 60_000 }, async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(`${node.url}/signin`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const email = page.getByRole('textbox', { name: 'Email', exact: true });
    await page.locator('input[aria-invalid="true"]').first().waitFor();
    for (const field of [email, page.getByLabel('Password')]) {
      const name = await field.getAttribute('name');
      assert.equal(await field.getAttribute('aria-invalid'), 'true', `the empty ${name} field is marked invalid`);
      const ids = (await field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const texts = await Promise.all(ids.map((id) => page.evaluate((i) => document.getElementById(i)?.textContent?.trim() ?? null, id)));
      assert.ok(texts.some((t) => t), `the ${name} field is described by its error; aria-describedby="${ids.join(' ')}" → ${JSON.stringify(texts)}`);
    }
    await screenshot(page, 'signin-errors-en');
    await checkA11y(page, '/signin with field errors');
    errors.assertNone('/signin with field errors');
  } finally {
    await page.context().close();
  }
});

test('a browser that asks for Arabic gets /signin in Arabic, right to left', { timeout: 60_000 }, async () => {
  const page = await newPage(browser, { locale: 'ar' });
  try {
    await page.goto(`${node.url}/signin`);
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang.startsWith('ar'));
    await checkA11y(page, '/signin (ar, from the browser locale)');
  } finally {
    await page.context().close();
  }
});
