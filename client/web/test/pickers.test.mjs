// The pickers of a profile: languages named in themselves (our own names,
// since browsers lack some), the languages combobox by pointer, and the
// phone menu that Escape folds.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AUTONYMS, LANGUAGE_TAGS } from '../src/languages.js';
import {
  chooseLanguage, closeSuite, collectConsoleErrors, msg, newPage, openSuite, pickLanguage, chosenLanguages, signIn, waitFocus,
} from './harness.mjs';

let node;
let browser;

before(async () => ({ node, browser } = await openSuite({ participants: 10 })));
after(() => closeSuite(node, browser));

test('every language the picker offers has a name in itself', () => {
  const missing = LANGUAGE_TAGS.filter((tag) => !AUTONYMS[tag]);
  assert.deepEqual(missing, [], 'languages without a name of their own');
  assert.equal(new Set(LANGUAGE_TAGS).size, LANGUAGE_TAGS.length, 'no language listed twice');
});

test('the languages list shows each language in itself, whatever the page\'s language, even where the browser has no name for it', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(`${node.url}/register`);
    await page.locator('#f-languages').waitFor();
    for (const code of ['en', 'ar']) {
      if (code !== 'en') await chooseLanguage(page, code);
      await page.locator('#f-languages').click();
      const shown = await page.locator('#f-languages-list [role="option"]').evaluateAll((els) =>
        els.map((el) => [el.dataset.value, el.textContent.trim(), el.querySelector('[lang]')?.getAttribute('lang')]));
      assert.deepEqual(shown, LANGUAGE_TAGS.map((tag) => [tag, AUTONYMS[tag], tag]), `the list in a ${code} page`);
      await page.keyboard.press('Escape');
    }
    // These are the ones Chromium names in English: the page must not.
    const browserSays = await page.evaluate((tags) => tags.map((tag) => new Intl.DisplayNames([tag], { type: 'language' }).of(tag)), ['ha', 'yo', 'ig', 'zu', 'so', 'my', 'ne', 'si']);
    console.log(`Chromium's own names for ha yo ig zu so my ne si: ${browserSays.join(', ')}`);
    errors.assertNone('the languages list');
  } finally {
    await page.context().close();
  }
});

test('the languages combobox: search by any name, pick and drop by pointer, order kept', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(`${node.url}/register`);
    const input = page.locator('#f-languages');
    await input.waitFor();
    await input.fill('yoru');
    assert.deepEqual(await page.locator('#f-languages-list [role="option"]:visible').evaluateAll((els) => els.map((el) => el.dataset.value)), ['yo'], 'found without its accents');
    await page.locator('#f-languages-list [data-value="yo"]').click();
    assert.equal(await page.locator('#f-languages-list [data-value="yo"]').getAttribute('aria-selected'), 'true');
    await input.fill('zzzz');
    await page.locator('#f-languages-list .none', { hasText: msg('en', 'multiselect.none') }).waitFor();
    await input.fill('');
    await pickLanguage(page, 'fr');
    await pickLanguage(page, 'ha');
    assert.deepEqual(await chosenLanguages(page), ['yo', 'fr', 'ha'], 'in the order picked');
    await page.getByRole('button', { name: msg('en', 'multiselect.remove').replace('{name}', AUTONYMS.fr), exact: true }).click();
    assert.deepEqual(await chosenLanguages(page), ['yo', 'ha']);
    await waitFocus(page, '#f-languages', 'the search, after dropping a chip');
    errors.assertNone('the combobox');
  } finally {
    await page.context().close();
  }
});

test('on a phone, Escape folds the open menu and gives the focus back to its button', { timeout: 60_000 }, async () => {
  const page = await newPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  try {
    const errors = collectConsoleErrors(page);
    await signIn(page, node.url, node.participants[0].email);
    const toggle = page.locator('header .menu-toggle');
    await toggle.click();
    await page.locator('header #header-panel.open').waitFor();
    await page.locator('header #header-panel a').first().focus();
    await page.keyboard.press('Escape');
    await page.locator('header #header-panel.open').waitFor({ state: 'detached' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await waitFocus(page, 'header .menu-toggle', 'the menu button');
    errors.assertNone('Escape on the phone menu');
  } finally {
    await page.context().close();
  }
});

test('time zones are listed by region, each with its city, its offset from UTC and its name in the page\'s language', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(`${node.url}/register`);
    await page.locator('#f-time_zone').waitFor();
    const read = () => page.locator('#f-time_zone optgroup').evaluateAll((groups) =>
      groups.map((g) => ({ label: g.label, options: [...g.querySelectorAll('option')].map((o) => [o.value, o.textContent]) })));
    const english = await read();
    const regions = english.map((g) => g.label);
    assert.equal(regions[0], msg('en', 'field.time_zone.region.other'), 'UTC first');
    assert.deepEqual(regions.slice(1), [...regions.slice(1)].sort((a, b) => a.localeCompare(b, 'en')), 'regions sorted');
    for (const key of ['africa', 'america', 'asia', 'europe', 'pacific']) {
      assert.ok(regions.includes(msg('en', `field.time_zone.region.${key}`)), `a group for ${key}`);
    }
    for (const g of english) {
      const labels = g.options.map(([, l]) => l);
      assert.deepEqual(labels, [...labels].sort((a, b) => a.localeCompare(b, 'en')), `${g.label}: sorted`);
      for (const [zone, label] of g.options) {
        if (zone === 'UTC') continue;
        // The city, then the offset now (which the browser itself computes).
        const city = zone.split('/').pop().replaceAll('_', ' ');
        const offset = await page.evaluate((z) => {
          const p = new Intl.DateTimeFormat('en-US', { timeZone: z, timeZoneName: 'longOffset' }).formatToParts(new Date()).find((x) => x.type === 'timeZoneName').value;
          return p.replace('GMT', 'UTC');
        }, zone);
        assert.ok(label.startsWith(`${city} (${offset})`), `${zone}: "${label}" starts with "${city} (${offset})"`);
      }
    }
    // A zone with a well-known name: named in the page's language.
    const paris = (lst) => lst.flatMap((g) => g.options).find(([z]) => z === 'Europe/Paris')[1];
    assert.match(paris(english), /^Paris \(UTC\+0[12]:00\) · Central European/);
    await chooseLanguage(page, 'fr');
    await page.waitForFunction(() => /Europe centrale/.test(document.querySelector('#f-time_zone option[value="Europe/Paris"]')?.textContent || ''));
    assert.ok((await read()).some((g) => g.label === msg('fr', 'field.time_zone.region.africa')), 'the regions are in French');
    errors.assertNone('the time zones');
  } finally {
    await page.context().close();
  }
});
