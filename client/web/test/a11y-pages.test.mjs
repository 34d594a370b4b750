// Accessibility of every page: axe-core finds no WCAG 2.0–2.2 A/AA
// violation on any of the app's pages, in English (left to right), Arabic
// (right to left) and Chinese (whose accessible names axe once found not
// to contain the visible text), signed out and signed in, and with field
// errors shown.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  checkA11y, chooseLanguage, closeSuite, collectConsoleErrors, newPage, onlineEntry, openSuite, pageReady,
  SECRETARIAT, signIn, waitConnection,
} from './harness.mjs';

let node;
let browser;
let invitation; // a staff invitation, still open
let person; // someone listed in the directory
let me; // the secretariat's account
let booth; // a booth of the demo village
let session; // a participants' session, proposed here
let coffee; // a coffee break, scheduled here

before(async () => {
  ({ node, browser } = await openSuite());
  const orgs = await node.api('GET', '/api/organisations');
  const org = orgs.items.find((o) => o.kind !== 'secretariat') ?? orgs.items[0];
  invitation = await node.api('POST', '/api/invitations', { body: { role: 'staff', organisation_id: org.id, note: 'For the booth', ttl_hours: 72 } });
  const dir = await node.api('GET', '/api/directory?limit=5');
  person = dir.items.find((p) => p.role === 'participant') ?? dir.items[0];
  assert.ok(person, 'the directory lists someone');
  me = await node.account(SECRETARIAT);
  booth = (await node.api('GET', '/api/booths?limit=1')).items[0];
  assert.ok(booth, 'the demo village has a booth');
  const start = new Date(Math.ceil((Date.now() + 2 * 3600_000) / 300_000) * 300_000).toISOString().replace('.000Z', 'Z');
  session = await node.api('POST', '/api/sessions', {
    body: { type: 'town_hall', title: 'Open microphone', description: 'Ask **anything**.', language: 'en', starts_at: start, minutes: 30, capacity: 20 },
  });
  const end = new Date(Date.parse(start) + 30 * 60_000).toISOString().replace('.000Z', 'Z');
  coffee = await node.api('POST', '/api/breaks', { body: { title: 'Coffee by language', starts_at: start, ends_at: end } });
});

after(() => closeSuite(node, browser));

/** check opens path, waits for what shows it is ready, and runs axe. */
async function check(page, lang, path, ready = () => pageReady(page)) {
  await page.goto(`${node.url}${path}`);
  await ready();
  assert.deepEqual(
    await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    [lang, lang === 'ar' ? 'rtl' : 'ltr'],
    `${path} is in the language chosen`,
  );
  await checkA11y(page, `${path} (${lang})`);
}

/** submitEmpty sends the page's first form as it is, and waits for its error summary. */
async function submitEmpty(page, form = page.locator('main form').first()) {
  await form.locator('button[type="submit"]').click();
  await page.locator('.error-summary').first().waitFor();
  await page.locator('[aria-invalid="true"]').first().waitFor();
}

for (const lang of ['en', 'ar', 'zh']) {
  test(`signed out, every page has no accessibility violations (${lang})`, { timeout: 90_000 }, async () => {
    const page = await newPage(browser);
    try {
      // The server answers an unknown path with the app and a 404.
      const errors = collectConsoleErrors(page, { allowURLs: [/\/no\/such\/page$/] });
      await page.goto(`${node.url}/signin`);
      await chooseLanguage(page, lang); // remembered for the next pages

      await check(page, lang, '/signin', () => page.locator('main form').waitFor());
      await submitEmpty(page);
      await checkA11y(page, `/signin with field errors (${lang})`);

      await check(page, lang, '/register', () => page.locator('#f-email').waitFor());
      await submitEmpty(page);
      await checkA11y(page, `/register with field errors (${lang})`);

      await check(page, lang, `/invite/${invitation.id}`, () => page.locator('dl.facts').waitFor());
      await check(page, lang, '/no/such/page', () => page.locator('main h1').waitFor());
      errors.assertNone(`signed-out pages (${lang})`);
    } finally {
      await page.context().close();
    }
  });

  test(`signed in, every page has no accessibility violations (${lang})`, { timeout: 120_000 }, async () => {
    const page = await newPage(browser);
    try {
      // The server answers an unknown path with the app and a 404, and a
      // booth sent with its title emptied with a 422 (on purpose, below), as
      // it does a break sent empty; a round not seated yet is a 404.
      const errors = collectConsoleErrors(page, { allowURLs: [/\/no\/such\/page$/, /\/api\/booths\/[^/]+$/, /\/api\/sessions$/, /\/api\/breaks$/, /\/api\/breaks\/[^/]+\/rounds\/\d+$/] });
      await signIn(page, node.url, SECRETARIAT);
      if (lang !== 'en') await chooseLanguage(page, lang);

      await check(page, lang, '/', async () => {
        await waitConnection(page, 'connected');
        await onlineEntry(page, me.id).waitFor();
        await page.waitForFunction(() => !document.querySelector('section.contact-figures[aria-busy]')); // the secretariat's figures, loaded
      });
      await check(page, lang, '/me', () => page.locator('#f-display_name').waitFor());
      // The profile with a field error: the name emptied.
      await page.locator('#f-display_name').fill('');
      await submitEmpty(page);
      await checkA11y(page, `/me with field errors (${lang})`);

      await check(page, lang, '/people', () => page.locator('.results .result').first().waitFor());
      await check(page, lang, `/people?region=${person.region}&language=${person.languages[0]}`, () => page.locator('.results .result').first().waitFor());
      await check(page, lang, `/people/${person.id}`, () => page.locator('dl.facts').waitFor());
      await check(page, lang, '/village', () => page.locator('.booth-card').first().waitFor());
      await check(page, lang, '/village?view=overview', () => page.locator('.district .plot').first().waitFor());
      await check(page, lang, `/booths/${booth.id}`, async () => {
        await page.locator('.booth-grid .markdown').waitFor();
        await page.waitForFunction(() => !document.querySelector('dl.facts .muted')); // the organisation's name, loaded
      });
      // The secretariat's edit form, open, then with a field error (the
      // title emptied).
      await page.locator('.booth-edit .section-head button').click();
      await page.locator('#f-title').fill('');
      await submitEmpty(page, page.locator('.booth-edit form'));
      await checkA11y(page, `/booths/${booth.id} with field errors (${lang})`);
      await check(page, lang, '/organisations', () => page.locator('tbody tr').first().waitFor());
      await check(page, lang, '/invitations', () => page.locator('tbody tr').first().waitFor());
      await check(page, lang, '/schedule', () => page.waitForFunction(() => document.querySelector('#feed-url')?.value));
      await check(page, lang, '/contacts', () => page.locator('.met-empty, .met-list').first().waitFor());
      await check(page, lang, '/sessions', () => page.locator('.session-item').first().waitFor());
      await check(page, lang, `/sessions/${session.id}`, () => page.locator('.session-place').waitFor());
      await check(page, lang, '/sessions/new', () => page.locator('.session-form').waitFor());
      await submitEmpty(page);
      await checkA11y(page, `/sessions/new with field errors (${lang})`);
      await check(page, lang, '/breaks', () => page.locator(`.break-item[data-break-id="${coffee.id}"]`).waitFor());
      await check(page, lang, `/breaks/${coffee.id}`, () => page.locator('.break-signup').waitFor());
      // The sign-up form with every language dropped: its field error.
      while (await page.locator('#f-languages-chosen .chip-remove').count()) await page.locator('#f-languages-chosen .chip-remove').first().click();
      await submitEmpty(page, page.locator('form.break-signup'));
      await checkA11y(page, `/breaks/${coffee.id} with field errors (${lang})`);
      await check(page, lang, `/console?booth=${booth.id}`, () => pageReady(page).then(() => page.locator('.console-queue').waitFor()));
      // The coffee-break console lists the demo village's break; its form,
      // sent empty, shows its field errors.
      await check(page, lang, '/console/breaks', () => pageReady(page).then(() => page.locator('.break-item').first().waitFor()));
      await page.locator('.session-top button.primary').click();
      await submitEmpty(page, page.locator('.break-form'));
      await checkA11y(page, `/console/breaks with field errors (${lang})`);
      await check(page, lang, `/invite/${invitation.id}`, async () => {
        await page.locator('dl.facts').waitFor();
        await page.waitForFunction(() => !document.querySelector('dl.facts .muted')); // the organisation's name, loaded
      });
      await check(page, lang, '/no/such/page', () => page.locator('main h1').waitFor());
      errors.assertNone(`signed-in pages (${lang})`);
    } finally {
      await page.context().close();
    }
  });
}
