// People to meet (/people-to-meet): a demo participant finds the people the
// API suggests, each with its reasons written as sentences; "Would like to
// meet" is sent at once; when the other person (another browser context, in
// another time zone) wishes back, both are told live, the card shows
// "Mutual" and the list of mutual matches names them. The page is
// axe-clean in English (desktop) and Arabic (375 px phone), with no
// sideways scroll; the Secretariat is told kindly why it has no list.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import {
  assertNoHorizontalScroll, checkA11y, chooseLanguage, closeSuite, collectConsoleErrors, msg, newPage, openMenu, openSuite, pageReady,
  screenshot, SECRETARIAT, signIn, tidy, WAIT,
} from './harness.mjs';

let node;
let browser;
let a; // {email, account}: the participant whose suggestions we read
let b; // {email, account}: someone A is suggested, who can sign in
let suggestions; // A's GET /api/me/suggestions

const PHONE = { width: 375, height: 800 };
const format = (lang, key, values) => new IntlMessageFormat(msg(lang, key), lang).format(values);
const list = (lang, xs) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(xs);

before(async () => {
  ({ node, browser } = await openSuite({ participants: 12 }));
  // A is a demo participant. The demo logins are not in the directory, so
  // B registers with a profile made to suit A (A's languages, themes,
  // interests, region and zone, a group that complements A's), before
  // anyone asks for suggestions: the first computation of the village's
  // lists then counts B.
  const email = node.participants[0].email;
  a = { email, account: await node.account(email) };
  const me = await node.api('GET', '/api/me', { as: email });
  const profile = {
    email: 'amina.match@example.org', password: 'a long enough passphrase', display_name: 'Amina Match',
    stakeholder_group: me.stakeholder_group === 'civil_society' ? 'government' : 'civil_society',
    region: me.region, country: me.country, languages: me.languages, time_zone: me.time_zone === 'Europe/Paris' ? 'Europe/London' : 'Europe/Paris',
    themes: me.themes, tags: me.tags, directory_opt_in: true,
  };
  const res = await fetch(`${node.url}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(profile) });
  const text = await res.text();
  assert.equal(res.status, 201, `register B: ${res.status} ${text}`);
  b = { email: profile.email, password: profile.password, account: JSON.parse(text).account };
  suggestions = await node.api('GET', '/api/me/suggestions', { as: email });
  assert.ok(suggestions.people.some((x) => x.person.id === b.account.id), `B among A's suggestions: ${suggestions.people.map((x) => x.person.name)}`);
});

after(() => closeSuite(node, browser));

async function signedIn(email, options, password) {
  const page = await newPage(browser, options);
  await signIn(page, node.url, email, password);
  return page;
}

// toPage goes to /people-to-meet through the header, as a person would.
async function toPage(page, lang = 'en') {
  await openMenu(page);
  await page.getByRole('banner').getByRole('link', { name: msg(lang, 'suggest.nav'), exact: true }).click();
  await page.waitForURL(`${node.url}/people-to-meet`);
  await pageReady(page);
  await page.locator('.tomeet').first().waitFor({ timeout: WAIT });
}

const card = (page, id) => page.locator('li.tomeet', { has: page.locator(`a[href="/people/${id}"]`) });

test('suggestions with reasons in words; a wish; a mutual match told live to both; axe in en and ar', { timeout: 120_000 }, async () => {
  const pa = await signedIn(a.email, { timezoneId: a.account.time_zone });
  const pb = await signedIn(b.email, { timezoneId: b.account.time_zone, viewport: PHONE }, b.password);
  try {
    const errorsA = collectConsoleErrors(pa);
    const errorsB = collectConsoleErrors(pb);
    await toPage(pa);
    assert.equal(await pa.getByRole('banner').getByRole('link', { name: msg('en', 'suggest.nav'), exact: true }).getAttribute('aria-current'), 'page');

    // Every suggested person, in the API's order, with the reasons the API
    // gave written as sentences.
    const names = await pa.locator('li.tomeet h3').allInnerTexts();
    assert.deepEqual(names.map((x) => x.trim()), suggestions.people.map((x) => x.person.name));
    const item = suggestions.people.find((x) => x.person.id === b.account.id);
    const mine = card(pa, b.account.id);
    const reasons = (await mine.locator('.reasons li').allInnerTexts()).map((x) => x.trim());
    const langs = item.reasons.find((r) => r.code === 'languages');
    const names_ = new Intl.DisplayNames(['en'], { type: 'language' });
    assert.ok(reasons.includes(format('en', 'suggest.reason.languages', { languages: list('en', langs.languages.map((x) => names_.of(x))) })), `languages in words: ${reasons}`);
    const hours = item.reasons.find((r) => r.code === 'hours_overlap');
    if (hours) {
      assert.ok(reasons.includes(format('en', 'suggest.reason.hours_overlap', { hours: hours.hours })), `hours in words: ${reasons}`);
    }
    assert.equal(reasons.length, item.reasons.length, 'one sentence a reason');
    assert.equal(await pa.locator('li.tomeet-booth').count(), suggestions.booths.length);
    assert.equal(await mine.getByRole('link', { name: msg('en', 'suggest.ask') }).getAttribute('href'), `/meetings/new?with=${b.account.id}`);

    // A would like to meet B: sent at once, private, not mutual yet.
    const wish = mine.getByRole('button', { name: msg('en', 'suggest.wish') });
    assert.equal(await wish.getAttribute('aria-pressed'), 'false');
    await wish.click();
    await mine.locator('button.wish[aria-pressed="true"]').waitFor();
    const wishes = await node.api('GET', '/api/me/wishes', { as: a.email });
    assert.deepEqual(wishes.items.map((w) => [w.person.id, w.mutual]), [[b.account.id, false]]);
    assert.equal(await mine.locator('.mutual-badge').count(), 0);

    // B, on a phone in another zone, wishes back: from the page when A is among
    // B's suggestions, else through the API. Both are told at once.
    await toPage(pb);
    const back = card(pb, a.account.id);
    if (await back.count()) {
      await back.getByRole('button', { name: msg('en', 'suggest.wish') }).click();
    } else {
      await node.api('PUT', `/api/me/wishes/${a.account.id}`, { as: b.email, password: b.password });
    }
    const toastA = pa.locator('.toast', { hasText: format('en', 'suggest.mutual.toast', { name: `\u2068${b.account.display_name}\u2069` }) });
    const toastB = pb.locator('.toast', { hasText: format('en', 'suggest.mutual.toast', { name: `\u2068${a.account.display_name}\u2069` }) });
    await toastA.waitFor({ timeout: WAIT });
    await toastB.waitFor({ timeout: WAIT });
    assert.equal(await toastA.getByRole('link').getAttribute('href'), `/meetings/new?with=${b.account.id}`);
    assert.equal(await toastB.getByRole('link').getAttribute('href'), `/meetings/new?with=${a.account.id}`);
    // The times come in both zones when the pair has some.
    const times = await toastA.locator('.mutual-time').count();
    if (times > 0) {
      assert.match(await toastA.locator('.mutual-time').first().innerText(), / for you · .* for /);
    }
    await mine.locator('.mutual-badge').waitFor();
    const mutualA = pa.locator('section.mutual-list');
    await mutualA.getByRole('link', { name: b.account.display_name, exact: true }).waitFor();
    await pb.locator('section.mutual-list').getByRole('link', { name: a.account.display_name, exact: true }).waitFor({ timeout: WAIT });

    await checkA11y(pa, '/people-to-meet with a mutual match (en, desktop)');
    await assertNoHorizontalScroll(pa, '/people-to-meet (en, desktop)');
    await screenshot(pa, 'tomeet-en-desktop', { fullPage: true });

    // Arabic on the phone: right to left, the reasons in Arabic, axe-clean.
    await chooseLanguage(pb, 'ar');
    await pb.getByRole('heading', { level: 1, name: msg('ar', 'suggest.title') }).waitFor();
    assert.equal(await pb.evaluate(() => document.documentElement.dir), 'rtl');
    await pb.locator('section.mutual-list').getByRole('heading', { name: msg('ar', 'suggest.mutual.title') }).waitFor();
    await checkA11y(pb, '/people-to-meet (ar, phone)');
    await assertNoHorizontalScroll(pb, '/people-to-meet (ar, phone)');
    await screenshot(pb, 'tomeet-ar-phone');
    await tidy(pb);

    // Taking the wish back: the card and the list forget the match.
    await wish.click();
    await mine.locator('button.wish[aria-pressed="false"]').waitFor();
    await mine.locator('.mutual-badge').waitFor({ state: 'detached' });
    await mutualA.waitFor({ state: 'detached' });
    errorsA.assertNone('/people-to-meet (A)');
    errorsB.assertNone('/people-to-meet (B)');
  } finally {
    await pa.context().close();
    await pb.context().close();
  }
});

test('the Secretariat has no nav entry, and is told why when it gets no suggestions', { timeout: 60_000 }, async () => {
  const page = await signedIn(SECRETARIAT);
  try {
    await page.goto(`${node.url}/people-to-meet`);
    await pageReady(page);
    const s = await node.api('GET', '/api/me/suggestions');
    if (s.people.length === 0 && s.booths.length === 0) {
      await page.getByText(msg('en', 'suggest.secretariat')).waitFor();
      assert.equal(await page.getByRole('link', { name: msg('en', 'suggest.to_directory') }).getAttribute('href'), '/people');
    } else {
      await page.locator('li.tomeet, li.tomeet-booth').first().waitFor();
    }
    assert.equal(await page.getByRole('banner').getByRole('link', { name: msg('en', 'suggest.nav'), exact: true }).count(), 0);
  } finally {
    await page.context().close();
  }
});
