// People one met (/contacts) and the secretariat's "Contacts made" on its
// home: a visitor knocks at a booth and its staff member takes the knock,
// then each finds the other on /contacts and the secretariat counts one new
// contact; someone who met nobody is told how to meet people. In English
// and Arabic, on a desktop and a 360 px phone, by keyboard, axe-clean.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertNoHorizontalScroll, checkA11y, chooseLanguage, closeSuite, collectConsoleErrors, msg, newPage, openMenu, openSuite, pageReady,
  screenshot, SECRETARIAT, signIn, waitConnection, WAIT,
} from './harness.mjs';

let node;
let browser;
let staff; // {email, account} of a staff member whose booth is open now
let booth;
let visitor; // {email, account}
let loner; // a participant who meets nobody in this file
let regular; // a participant who knocks at the booth four times

const en = (key) => msg('en', key);
const PHONE = { width: 360, height: 740 };

before(async () => {
  ({ node, browser } = await openSuite({ participants: 20 }));
  const open = (await node.api('GET', '/api/booths?open_now=true&limit=100')).items;
  for (const l of node.logins.filter((x) => x.role === 'staff')) {
    const account = await node.account(l.email);
    const b = open.find((x) => x.organisation_id === account.organisation_id);
    if (b) {
      staff = { email: l.email, account };
      booth = b;
      break;
    }
  }
  assert.ok(booth, 'a demo booth open now whose staff can sign in');
  const [v, l, r] = node.participants;
  visitor = { email: v.email, account: await node.account(v.email) };
  loner = { email: l.email, account: await node.account(l.email) };
  regular = { email: r.email, account: await node.account(r.email) };
});

after(() => closeSuite(node, browser));

async function signedIn(email, options) {
  const page = await newPage(browser, options);
  await signIn(page, node.url, email);
  return page;
}

// toContacts goes to /contacts through the header's navigation, as a
// person would, and waits for the list (or the empty state).
async function toContacts(page, lang = 'en') {
  await openMenu(page);
  await page.getByRole('banner').getByRole('link', { name: msg(lang, 'nav.contacts'), exact: true }).click();
  await page.waitForURL(`${node.url}/contacts`);
  await page.locator('.met-list, .met-empty').first().waitFor({ timeout: WAIT });
}

// figure reads the secretariat's lead figure and the count of a kind.
async function figures(page) {
  const card = page.locator('section.contact-figures');
  await card.locator('.figure-kinds dd').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('section.contact-figures[aria-busy]'));
  const kinds = {};
  for (const row of await card.locator('.figure-kinds > div').all()) {
    kinds[(await row.locator('dt').innerText()).trim()] = (await row.locator('dd').innerText()).trim();
  }
  return { pairs: (await card.locator('.figure-number').innerText()).trim(), sub: await card.locator('.figure-sub').innerText(), kinds };
}

test('someone who met nobody is told how to meet people, with links; axe-clean in en and ar, at 360 px', { timeout: 120_000 }, async () => {
  for (const lang of ['en', 'ar']) {
    for (const [label, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', PHONE]]) {
      const page = await signedIn(loner.email, { viewport });
      try {
        const errors = collectConsoleErrors(page);
        if (lang !== 'en') await chooseLanguage(page, lang);
        await toContacts(page, lang);
        const empty = page.locator('.met-empty');
        await empty.getByRole('heading', { name: msg(lang, 'contacts.none') }).waitFor();
        assert.equal(await empty.getByRole('link', { name: msg(lang, 'contacts.how_knock') }).getAttribute('href'), '/village');
        assert.equal(await empty.getByRole('link', { name: msg(lang, 'contacts.how_slot') }).getAttribute('href'), '/village');
        assert.equal(await empty.getByRole('link', { name: msg(lang, 'contacts.how_people') }).getAttribute('href'), '/people');
        assert.equal(await empty.getByRole('link', { name: msg(lang, 'contacts.how_break') }).getAttribute('href'), '/breaks');
        await openMenu(page);
        assert.equal(await page.getByRole('banner').getByRole('link', { name: msg(lang, 'nav.contacts'), exact: true }).getAttribute('aria-current'), 'page');
        assert.equal(await page.evaluate(() => document.documentElement.dir), lang === 'ar' ? 'rtl' : 'ltr');
        await checkA11y(page, `/contacts, empty (${lang}, ${label})`);
        await assertNoHorizontalScroll(page, `/contacts, empty (${lang}, ${label})`);
        await screenshot(page, `contacts-empty-${lang}-${label}`, { fullPage: true });
        errors.assertNone(`/contacts, empty (${lang}, ${label})`);
      } finally {
        await page.context().close();
      }
    }
  }
});

test('a knock taken at a booth: both find each other on /contacts, the secretariat counts one new contact', { timeout: 240_000 }, async () => {
  const sec = await signedIn(SECRETARIAT);
  const ps = await signedIn(staff.email);
  const pv = await signedIn(visitor.email);
  try {
    const errors = collectConsoleErrors(sec);
    // Before: the village has made no contact yet.
    let f = await figures(sec);
    assert.equal(f.pairs, '0');
    await sec.locator('section.contact-figures', { hasText: en('figures.no_days') }).waitFor();

    // The staff member is at the booth (which makes it staffed); the
    // visitor knocks there, and the staff member takes the knock from the
    // console.
    await ps.goto(`${node.url}/console`);
    await pageReady(ps);
    await ps.locator('.console-queue').waitFor({ timeout: WAIT });
    await ps.locator('.notice.staffed.notice-ok').waitFor({ timeout: WAIT });
    await pv.goto(`${node.url}/booths/${booth.id}`);
    await pv.locator('.boothroom').waitFor();
    await waitConnection(pv, 'connected');
    await pv.getByRole('button', { name: en('knock.ask'), exact: true }).click();
    await pv.locator('.knock-position').waitFor({ timeout: WAIT });
    const taken = await node.api('POST', `/api/booths/${booth.id}/knocks/take`, { as: staff.email, body: {} });
    assert.equal(taken.visitor.id, visitor.account.id);
    await pv.waitForURL(/\/talk\//, { timeout: WAIT });

    // The visitor finds the staff member, by name and organisation, met
    // once at this booth, with a link to their profile.
    await toContacts(pv);
    const them = pv.locator(`.met[data-person-id="${staff.account.id}"]`);
    await them.waitFor({ timeout: WAIT });
    assert.equal(await pv.locator('.met').count(), 1, 'one person met');
    await pv.locator('.results-count', { hasText: 'You met 1 person.' }).waitFor();
    const link = them.getByRole('link', { name: staff.account.display_name, exact: true });
    assert.equal(await link.getAttribute('href'), `/people/${staff.account.id}`);
    await them.getByText(`Talked at the \u2068${booth.title}\u2069 booth`).waitFor();
    assert.match(await them.locator('.met-times').innerText(), /^Met once, on /);
    const org = (await node.api('GET', `/api/organisations/${staff.account.organisation_id}`)).name;
    await them.getByText(org, { exact: true }).waitFor();
    await checkA11y(pv, '/contacts with one person (en)');

    // By keyboard: the person's name is a link that opens their profile.
    await link.focus();
    await pv.keyboard.press('Enter');
    await pv.waitForURL(`${node.url}/people/${staff.account.id}`);
    await pv.locator('main h1', { hasText: staff.account.display_name }).waitFor();

    // The staff member finds the visitor.
    await toContacts(ps);
    const visitorCard = ps.locator(`.met[data-person-id="${visitor.account.id}"]`);
    await visitorCard.waitFor({ timeout: WAIT });
    await visitorCard.getByRole('link', { name: visitor.account.display_name, exact: true }).waitFor();
    await visitorCard.getByText(`Talked at the \u2068${booth.title}\u2069 booth`).waitFor();

    // The secretariat's figures: one new contact, made by a knock, today.
    await sec.reload();
    f = await figures(sec);
    assert.equal(f.pairs, '1');
    assert.equal(f.kinds[en('figures.kind_knock')], '1');
    assert.equal(f.kinds[en('figures.kind_table')], '0');
    assert.match(f.sub, /2 people met someone/);
    await sec.locator('section.contact-figures .figure-lead', { hasText: '1 new contact made in the village' }).waitFor();
    const rows = sec.getByRole('region', { name: en('figures.by_day') }).locator('tbody tr');
    assert.equal(await rows.count(), 1, 'one day');
    assert.deepEqual((await rows.first().locator('td').allInnerTexts()).map((s) => s.trim()), ['1', '1', '0', '0', '0']);
    await checkA11y(sec, 'the secretariat\'s home with its figures (en)');
    errors.assertNone('the secretariat\'s home');
  } finally {
    await sec.context().close();
    await ps.context().close();
    await pv.context().close();
  }
});

test('every occasion is listed, the older ones folded behind a summary that opens by keyboard', { timeout: 180_000 }, async () => {
  const ps = await signedIn(staff.email);
  try {
    await ps.goto(`${node.url}/console`);
    await ps.locator('.notice.staffed.notice-ok').waitFor({ timeout: WAIT });
    // Four knocks, each taken: four occasions.
    for (let i = 0; i < 4; i++) {
      await node.api('POST', `/api/booths/${booth.id}/knocks`, { as: regular.email, body: {} });
      const taken = await node.api('POST', `/api/booths/${booth.id}/knocks/take`, { as: staff.email, body: {} });
      assert.equal(taken.visitor.id, regular.account.id);
    }
    const pv = await signedIn(regular.email);
    try {
      await toContacts(pv);
      const them = pv.locator(`.met[data-person-id="${staff.account.id}"]`);
      await them.waitFor({ timeout: WAIT });
      assert.match(await them.locator('.met-times').innerText(), /^Met 4 times, last on /);
      assert.equal(await them.locator('.result-body > .met-where li').count(), 3, 'three in the open');
      const summary = them.locator('.met-more summary');
      assert.equal(await summary.innerText(), '1 more occasion');
      assert.equal(await them.locator('.met-more li').isVisible(), false);
      await summary.focus();
      await pv.keyboard.press('Enter');
      await them.locator('.met-more li').waitFor();
      await checkA11y(pv, '/contacts with occasions unfolded (en)');
    } finally {
      await pv.context().close();
    }
  } finally {
    await ps.context().close();
  }
});

test('/contacts and the figures: axe-clean in ar, no sideways scroll at 360 px, right to left', { timeout: 180_000 }, async () => {
  for (const [label, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', PHONE]]) {
    for (const lang of ['en', 'ar']) {
      const pv = await signedIn(visitor.email, { viewport });
      try {
        if (lang !== 'en') await chooseLanguage(pv, lang);
        await toContacts(pv, lang);
        await pv.locator('.met').first().waitFor();
        await pv.locator('h1', { hasText: msg(lang, 'contacts.title') }).waitFor();
        await checkA11y(pv, `/contacts (${lang}, ${label})`);
        await assertNoHorizontalScroll(pv, `/contacts (${lang}, ${label})`);
        await screenshot(pv, `contacts-${lang}-${label}`, { fullPage: true });
      } finally {
        await pv.context().close();
      }
      const sec = await signedIn(SECRETARIAT, { viewport });
      try {
        if (lang !== 'en') await chooseLanguage(sec, lang);
        await figures(sec);
        await checkA11y(sec, `the secretariat's figures (${lang}, ${label})`);
        await assertNoHorizontalScroll(sec, `the secretariat's figures (${lang}, ${label})`);
        await screenshot(sec, `figures-${lang}-${label}`, { fullPage: true });
      } finally {
        await sec.context().close();
      }
    }
  }
});
