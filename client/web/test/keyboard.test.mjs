// Keyboard only: registering with Tab, Shift+Tab, Space, Enter, typing and
// the arrow keys, from the first Tab on /register to home, signed in. No
// click, no fill(): page.keyboard only (the test reads the page, never
// touches it otherwise). At each stop the focused element must show a
// focus indicator (WCAG 2.4.7).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  closeSuite, collectConsoleErrors, focusIndicator, msg, newPage, openSuite, waitHeaderWho,
} from './harness.mjs';

let node;
let browser;

before(async () => ({ node, browser } = await openSuite({ participants: 10 })));
after(() => closeSuite(node, browser));

const matches = (page, selector) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/**
 * tabTo presses Tab (Shift+Tab with back) until the focused element matches
 * selector, at most max times, and returns how many presses it took.
 */
async function tabTo(page, selector, { back = false, max = 80 } = {}) {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await matches(page, selector)) return n;
  }
  const at = await focusIndicator(page);
  assert.fail(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach ${selector}; the focus is on ${at.name}`);
}

/** assertFocusVisible fails unless the focused element matches selector and shows a focus ring. */
async function assertFocusVisible(page, selector) {
  const f = await focusIndicator(page);
  assert.ok(await matches(page, selector), `the focus is on ${selector}, not ${f.name}`);
  assert.ok(f.visible, `${f.name} has the focus but shows no focus indicator (outline: ${f.outline}; box-shadow: ${f.shadow})`);
}

const value = (page, selector) => page.evaluate((s) => {
  const el = document.querySelector(s);
  return el.type === 'checkbox' ? el.checked : el.value;
}, selector);

test('a person registers with the keyboard alone, and sees where the focus is at every step', { timeout: 90_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(`${node.url}/register`);
    await page.locator('#f-email').waitFor();
    const keys = page.keyboard;
    // Every Tab is counted: 46 languages once cost 48 of 71.
    await page.evaluate(() => {
      window.tabs = 0;
      addEventListener('keydown', (e) => e.key === 'Tab' && window.tabs++, true);
    });

    // The first Tab reaches the skip link, which leads into <main>.
    await keys.press('Tab');
    await assertFocusVisible(page, 'a.skip-link');
    await keys.press('Enter');
    assert.ok(await matches(page, 'main#main'), 'the skip link moves the focus to <main>');

    // The account: an e-mail with a typo, fixed after Shift+Tab.
    assert.equal(await tabTo(page, '#f-email'), 1, 'the e-mail is the first stop in <main>');
    await assertFocusVisible(page, '#f-email');
    await keys.type('keybaord.person@example.org');
    await keys.press('Tab');
    await assertFocusVisible(page, '#f-password');
    await keys.type('typed with keys only');
    assert.equal(await tabTo(page, '#f-email', { back: true }), 1, 'Shift+Tab goes back to the e-mail');
    await keys.press('ControlOrMeta+A');
    await keys.type('keyboard.person@example.org');
    assert.equal(await value(page, '#f-email'), 'keyboard.person@example.org');
    assert.equal(await tabTo(page, '#f-display_name'), 2);
    await keys.type('Kibodi Mtumiaji');

    // Selects: arrow keys, and typing the start of an option.
    await keys.press('Tab');
    await assertFocusVisible(page, '#f-stakeholder_group');
    for (let i = 0; i < 3; i++) await keys.press('ArrowDown'); // government, intergovernmental, civil_society
    assert.equal(await value(page, '#f-stakeholder_group'), 'civil_society');
    await keys.press('ArrowUp');
    await keys.press('ArrowDown');
    assert.equal(await value(page, '#f-stakeholder_group'), 'civil_society', 'up then down comes back');
    await keys.press('Tab');
    await assertFocusVisible(page, '#f-region');
    await keys.press('ArrowDown');
    assert.equal(await value(page, '#f-region'), 'african');
    await keys.press('Tab');
    await assertFocusVisible(page, '#f-country');
    await keys.type('Kenya');
    assert.equal(await value(page, '#f-country'), 'KE');

    // Languages: a combobox. Typing filters, Enter picks, Escape closes;
    // the whole list of languages costs no Tab at all.
    await tabTo(page, '#f-languages');
    await assertFocusVisible(page, '#f-languages');
    await keys.type('engl');
    assert.equal(await page.locator('#f-languages').getAttribute('aria-expanded'), 'true', 'typing opens the list');
    await keys.press('Enter');
    // Found by its English name, though it is listed as "Kiswahili".
    await keys.type('swahili');
    await keys.press('Enter');
    // Down and Up move through the list (and come back); Enter picks.
    await keys.type('fran');
    await keys.press('ArrowDown');
    await keys.press('ArrowUp');
    assert.equal(await page.locator('#f-languages').getAttribute('aria-activedescendant'), 'f-languages-opt-fr');
    await keys.press('Enter');
    await keys.press('Backspace'); // an empty search: Backspace drops the last pick (Français)
    await keys.press('Escape');
    assert.equal(await page.locator('#f-languages').getAttribute('aria-expanded'), 'false', 'Escape closes the list');
    assert.deepEqual(await page.locator('#f-languages-chosen .chip').evaluateAll((els) => els.map((el) => el.dataset.value)), ['en', 'sw']);
    await keys.press('Tab');
    await assertFocusVisible(page, '#f-time_zone');
    await assertFocusVisible(page, '#f-time_zone');
    await keys.type('Nairobi'); // the city starts its label
    assert.equal(await value(page, '#f-time_zone'), 'Africa/Nairobi');
    await tabTo(page, '#f-themes input[value="inclusion"]');
    await keys.press('Space');
    await tabTo(page, '#f-tags');
    await keys.type('accessibility, keyboards');
    await tabTo(page, '#f-directory_opt_in');
    await assertFocusVisible(page, '#f-directory_opt_in');
    await keys.press('Space');
    assert.equal(await value(page, '#f-directory_opt_in'), true);

    // The button, then Enter.
    await keys.press('Tab');
    await assertFocusVisible(page, 'main form button[type="submit"]');
    const tabs = await page.evaluate(() => window.tabs);
    assert.ok(tabs <= 30, `registering took ${tabs} presses of Tab`);
    await keys.press('Enter');
    await page.waitForURL(`${node.url}/`);
    await waitHeaderWho(page, 'Kibodi Mtumiaji', msg('en', 'role.participant'));
    // The new page's heading takes the focus, for screen readers to announce it.
    await page.waitForFunction(() => document.activeElement?.matches('main h1'));

    const a = await node.account('keyboard.person@example.org', 'typed with keys only');
    assert.deepEqual(
      [a.display_name, a.stakeholder_group, a.region, a.country, a.languages, a.time_zone, a.themes, a.tags, a.directory_opt_in],
      ['Kibodi Mtumiaji', 'civil_society', 'african', 'KE', ['en', 'sw'], 'Africa/Nairobi', ['inclusion'], ['accessibility', 'keyboards'], true],
    );
    errors.assertNone('registering with the keyboard');
  } finally {
    await page.context().close();
  }
});
