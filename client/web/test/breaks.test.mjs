// Coffee breaks (/breaks, /breaks/{id}): four people who share a language
// sign up in the page, wait in the break's room, are seated at one table,
// see each other's names, chat at the table, count down to the next round,
// move to the next round's table when it turns, find their table again
// after a reload, and are thanked at the end. The server's refusals show in
// the sign-up form's error summary (signed up already, a language the
// break stopped offering), and someone whose profile has none of a break's
// languages is told so, with a link to the profile. The node runs with a
// break's minute of one second (VILLAGE_BREAK_MINUTE), so that a round of
// 15 "minutes" turns in 15 seconds.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertNoHorizontalScroll, checkA11y, chooseLanguage, closeSuite, collectConsoleErrors, msg, newPage, openMenu, openSuite,
  screenshot, signIn, waitConnection, WAIT,
} from './harness.mjs';

let node;
let browser;
let people; // registered here: {email, display_name, languages, account}

const PASS = 'a long enough passphrase';
const PHONE = { width: 360, height: 740 };
const ROUND = 15; // seconds: a round of 15 minutes at a minute of 1 s

// say is a simple message of lang's catalogue with its values in place.
const say = (lang, key, values) => {
  let s = msg(lang, key);
  for (const [k, v] of Object.entries(values || {})) s = s.replaceAll('{' + k + '}', v);
  return s;
};
const en = (key, values) => say('en', key, values);
// at is an instant s seconds from now, to the second, in UTC.
const at = (s) => new Date(Math.ceil((Date.now() + s * 1000) / 1000) * 1000).toISOString().replace('.000Z', 'Z');

before(async () => {
  ({ node, browser } = await openSuite({ participants: 10, env: { VILLAGE_BREAK_MINUTE: '1s' } }));
  // People of our own (the demo prints only three participants' logins):
  // four who speak English (and French), one who speaks only Swahili.
  const specs = [
    ['Amina Diallo', ['en', 'fr']], ['Bo Chen', ['fr', 'en']], ['Carlos Pérez', ['en']], ['Dana Ivanova', ['en', 'ru']],
    ['Eli Mwangi', ['sw']], ['Farid Haddad', ['en', 'fr']],
  ];
  people = [];
  for (const [i, [name, languages]] of specs.entries()) {
    const p = {
      email: `breaks.${i}@example.org`, password: PASS, display_name: name, stakeholder_group: 'civil_society',
      region: 'african', country: 'KE', languages, time_zone: 'Africa/Nairobi', themes: [], tags: [], directory_opt_in: false,
    };
    const res = await fetch(`http://127.0.0.1:${node.port}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(p) });
    assert.equal(res.status, 201, await res.text());
    people.push({ ...p, account: await node.account(p.email, PASS) });
  }
});

after(() => closeSuite(node, browser));

const api = (method, path, opts = {}) => node.api(method, path, opts);
const as = (p, method, path, opts = {}) => node.api(method, path, { as: p.email, password: PASS, ...opts });

async function signedIn(p, options, language = 'en') {
  const page = await newPage(browser, options);
  await signIn(page, node.url, p.email, PASS);
  if (language !== 'en') await chooseLanguage(page, language);
  return page;
}

/** card is the list's card of break b. */
const card = (page, b) => page.locator(`.break-item[data-break-id="${b.id}"]`);

test('signing up: the form offers only the languages one shares with the break, and shows what the server refuses', { timeout: 90_000 }, async () => {
  const start = at(3600);
  const b = await api('POST', '/api/breaks', { body: { title: 'Coffee, later', starts_at: start, ends_at: at(3600 + 30 * 60), languages: ['en', 'fr', 'ru'] } });
  const farid = people[5];
  const eli = people[4];
  const page = await signedIn(farid);
  const other = await signedIn(eli, { viewport: PHONE });
  try {
    const errors = collectConsoleErrors(page, { statuses: [409, 422] });
    // From the header, as /sessions is reached.
    await openMenu(page);
    await page.getByRole('banner').getByRole('link', { name: en('breaks.nav'), exact: true }).click();
    await page.waitForURL(`${node.url}/breaks`);
    await card(page, b).waitFor();
    await card(page, b).getByRole('button', { name: en('breaks.sign_up'), exact: true }).click();
    // The profile's languages that the break offers, in the profile's order.
    const chips = () => card(page, b).locator('#f-languages-chosen .chip').evaluateAll((els) => els.map((el) => el.dataset.value));
    assert.deepEqual(await chips(), ['en', 'fr']);
    await checkA11y(page, '/breaks with the sign-up form open');

    // Signed up meanwhile (another tab, the API): the form says so in its
    // summary, and the card shows the sign-up.
    await as(farid, 'POST', `/api/breaks/${b.id}/signup`, { body: { languages: ['fr'] } });
    const again = await as(farid, 'POST', `/api/breaks/${b.id}/signup`, { body: { languages: ['en'] }, expect: 409 });
    assert.equal(again.error.code, 'conflict');
    await card(page, b).getByRole('button', { name: en('breaks.sign_up_send'), exact: true }).click();
    const summary = page.locator('.error-summary');
    await summary.getByText(en('breaks.error.conflict')).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    await card(page, b).getByText(en('breaks.mine', { languages: 'French' })).waitFor();

    // Withdraw, then the break stops offering English while the form is
    // open: the refusal stands at the field.
    await card(page, b).getByRole('button', { name: en('breaks.withdraw'), exact: true }).click();
    // The button went with the sign-up: the focus is on what the page says.
    await card(page, b).locator('.break-said', { hasText: en('breaks.withdrawn') }).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('break-said'));
    await card(page, b).getByRole('button', { name: en('breaks.sign_up'), exact: true }).click();
    assert.deepEqual(await chips(), ['en', 'fr']);
    await api('PATCH', `/api/breaks/${b.id}`, { body: { languages: ['fr', 'ru'] } });
    const refusal = await as(farid, 'POST', `/api/breaks/${b.id}/signup`, { body: { languages: ['en'] }, expect: 422 });
    assert.match(refusal.error.fields.languages, /not offered/);
    await card(page, b).getByRole('button', { name: en('breaks.sign_up_send'), exact: true }).click();
    await page.waitForFunction(() => document.querySelector('#f-languages')?.getAttribute('aria-invalid') === 'true');
    assert.ok((await page.locator('#f-languages-error').innerText()).endsWith(en('breaks.error.languages')));
    assert.equal(await summary.locator('a[href="#f-languages"]').count(), 1, 'the summary links to the field');
    await checkA11y(page, '/breaks with a refused language');
    await screenshot(page, 'breaks-refused', { fullPage: true });
    // Dropping English, French goes through.
    await card(page, b).locator('.chip[data-value="en"] .chip-remove').click();
    await card(page, b).getByRole('button', { name: en('breaks.sign_up_send'), exact: true }).click();
    await card(page, b).getByText(en('breaks.mine', { languages: 'French' })).waitFor();
    assert.deepEqual((await as(farid, 'GET', `/api/breaks/${b.id}`)).mine.languages, ['fr']);
    errors.assertNone('signing up');

    // Someone whose profile has none of the break's languages is told so,
    // with the way to their profile.
    await other.goto(`${node.url}/breaks/${b.id}`);
    const why = other.locator('.break-nolang');
    await why.waitFor();
    await why.getByRole('link', { name: en('breaks.no_language_link') }).waitFor();
    assert.equal(await other.locator('#f-languages').count(), 0, 'no form to fill in vain');
    await checkA11y(other, 'a break with none of my languages (phone)');
    await assertNoHorizontalScroll(other, 'a break with none of my languages (phone)');
    await screenshot(other, 'break-nolang-phone', { fullPage: true });
  } finally {
    await page.context().close();
    await other.context().close();
  }
});

test('four who share a language sit at one table, see each other, chat, and move to the next round\'s table', { timeout: 120_000 }, async () => {
  const four = people.slice(0, 4);
  // The fourth is on a phone, in Arabic.
  const langs = ['en', 'en', 'en', 'ar'];
  const farid = people[5];
  const [late, ...pages] = await Promise.all([farid, ...four].map((p, i) => (i === 4 ? signedIn(p, { viewport: PHONE }, 'ar') : signedIn(p))));
  // A page that comes after the seating asks for its table over REST, and
  // is told not_found until it is seated as a late arrival.
  const errors = pages.map((p) => collectConsoleErrors(p, { allowURLs: [/\/api\/breaks\/[^/]+\/table$/] }));
  try {
    // Two rounds of 15 s, starting when everyone has had time to sign up.
    const b = await api('POST', '/api/breaks', {
      body: { title: 'Coffee by language', starts_at: at(15), ends_at: at(15 + 2 * ROUND), languages: ['en', 'fr', 'ru', 'sw'], table_size: 4, round_minutes: ROUND },
    });
    assert.equal(b.round_seconds, ROUND);
    // Someone alone with their language waits, and is told why.
    const eli = people[4];
    await as(eli, 'POST', `/api/breaks/${b.id}/signup`, { body: { languages: ['sw'] } });
    const lateErrors = collectConsoleErrors(late, { allowURLs: [/\/api\/breaks\/[^/]+\/table$/] });
    await late.goto(`${node.url}/breaks/${b.id}`);
    const alone = await newPage(browser, { viewport: PHONE });
    pages.push(alone);
    await signIn(alone, node.url, eli.email, PASS);
    await alone.goto(`${node.url}/breaks/${b.id}`);
    // Each signs up in the page, with the languages offered as they come.
    await Promise.all(pages.slice(0, 4).map(async (page, i) => {
      await page.goto(`${node.url}/breaks`);
      await card(page, b).getByRole('button', { name: msg(langs[i], 'breaks.sign_up'), exact: true }).click();
      await card(page, b).getByRole('button', { name: msg(langs[i], 'breaks.sign_up_send'), exact: true }).click();
      await card(page, b).locator('.break-mine').waitFor();
      // The waiting room is open: the card leads to it.
      await card(page, b).getByRole('link', { name: msg(langs[i], 'breaks.go'), exact: true }).click();
      await page.waitForURL(`${node.url}/breaks/${b.id}`);
      await waitConnection(page, 'connected');
    }));
    // Before the start: the waiting room, counting down.
    const [a, bo, c, d] = pages;
    const lobby = a.locator('.break-lobby');
    if (Date.now() < Date.parse(b.starts_at) - 2000) {
      await lobby.getByRole('heading', { name: en('breaks.lobby_title') }).waitFor();
      assert.match(await a.locator('#start-countdown time').innerText(), /^\d+:\d\d$/);
      await checkA11y(a, 'the waiting room');
    }

    // Seated: one table of four, in a language each chose.
    await Promise.all(pages.slice(0, 4).map((page) => page.locator('.break-table').waitFor({ timeout: 30_000 })));
    await alone.locator('.break-waiting .break-why').getByText(en('breaks.waiting.too_few_speakers')).waitFor();
    const room = await a.locator('.break-table').getAttribute('data-room');
    assert.match(room, new RegExp(`^table:${b.id}/1/\\d+$`));
    for (const [i, page] of pages.slice(0, 4).entries()) {
      assert.equal(await page.locator('.break-table').getAttribute('data-room'), room, `${four[i].display_name} sits at the same table`);
      for (const p of four) {
        await page.locator(`.break-people [data-person-id="${p.account.id}"]`).getByRole('link', { name: p.display_name }).waitFor();
      }
      assert.match(await page.locator('#round-countdown time').innerText(), /^\p{Nd}+:\p{Nd}{2}$/u, 'the next round is counted down');
      await page.getByText(say(langs[i], 'breaks.round_of', { round: 1, rounds: 2 })).waitFor();
    }
    const heading = await a.locator('#table-title').innerText();
    assert.ok(['English', 'French'].some((l) => heading.endsWith(l)), heading);

    // What one writes at the table reaches the others.
    await a.getByLabel(en('chat.label')).fill('Hello, table!');
    await a.getByLabel(en('chat.label')).press('Enter');
    await Promise.all(pages.slice(0, 4).map((page) => page.locator('#table-chat-title ~ .chat-scroll .chat-text', { hasText: 'Hello, table!' }).waitFor()));
    assert.equal(await d.evaluate(() => document.documentElement.dir), 'rtl');
    await screenshot(d, 'break-table-ar-phone', { fullPage: true });

    // The round turns: everyone moves to a round-2 table, told politely,
    // and the focus, which was in the old table's chat, goes to the new
    // table's heading.
    await bo.getByLabel(en('chat.label')).focus();
    await Promise.all(pages.slice(0, 4).map((page) => page.locator(`.break-table[data-room^="table:${b.id}/2/"]`).waitFor({ timeout: 30_000 })));
    await bo.waitForFunction(() => document.activeElement?.id === 'table-title');
    const said = await bo.locator('#break-announce').textContent();
    assert.match(said, /^Round 2: you are now at table \d+, in (English|French)\.$/);
    await bo.getByText(en('breaks.round_of', { round: 2, rounds: 2 })).waitFor();
    await bo.getByText(en('breaks.ends_in')).waitFor();
    assert.equal(await bo.locator('.chat-text', { hasText: 'Hello, table!' }).count(), 0, 'a new table, a new chat');
    const room2 = await bo.locator('.break-table').getAttribute('data-room');

    // Someone who signs up while the break runs is seated at once, at the
    // table with a seat free in their languages; its people see them come.
    await late.getByText(en('breaks.late')).waitFor();
    await late.getByRole('button', { name: en('breaks.sign_up_send'), exact: true }).click();
    await late.locator(`.break-table[data-room="${room2}"]`).waitFor();
    await bo.locator(`.break-people [data-person-id="${farid.account.id}"]`).getByRole('link', { name: farid.display_name }).waitFor();
    await bo.waitForFunction(() => document.querySelectorAll('.break-people > li').length === 5);

    // A reload finds the table again (GET /api/breaks/{id}/table and the
    // room's state), with its chat; a phone that loses its link for a
    // moment keeps its seat and gets what was said meanwhile.
    await d.context().setOffline(true);
    await waitConnection(d, 'offline');
    await bo.getByLabel(en('chat.label')).fill('Round two!');
    await bo.getByLabel(en('chat.label')).press('Enter');
    await d.context().setOffline(false);
    await c.reload();
    await c.locator(`.break-table[data-room="${room2}"]`).waitFor();
    await c.locator('.chat-text', { hasText: 'Round two!' }).waitFor();
    await waitConnection(d, 'connected');
    await d.locator('.chat-text', { hasText: 'Round two!' }).waitFor();
    assert.equal(await d.locator('.break-table').getAttribute('data-room'), room2, 'the phone kept its seat');
    await checkA11y(a, 'a table (desktop)');
    await checkA11y(d, 'a table (ar, phone)');
    await checkA11y(alone, 'waiting for a table (phone)');
    await screenshot(alone, 'break-waiting-phone', { fullPage: true });
    await assertNoHorizontalScroll(d, 'a table (ar, phone)');
    await screenshot(a, 'break-table-desktop', { fullPage: true });

    // The end: thanks, and the way to the people met.
    await Promise.all(pages.map((page) => page.locator('.break-thanks').waitFor({ timeout: 30_000 })));
    await a.locator('.break-met').getByText(/^You met 4 people at this break\.$/).waitFor();
    await a.locator('.break-thanks').getByRole('link', { name: en('breaks.thanks_link') }).click();
    await a.waitForURL(`${node.url}/contacts`);
    for (const p of [...four.slice(1), farid]) await a.locator(`.met[data-person-id="${p.account.id}"]`).waitFor();
    assert.equal(await a.getByRole('link', { name: en('breaks.cta'), exact: true }).getAttribute('href'), '/breaks', 'the list calls to another break');
    for (const [i, e] of errors.entries()) e.assertNone(four[i].display_name);
    lateErrors.assertNone(farid.display_name);
    await alone.locator('.break-thanks').waitFor();
  } finally {
    await Promise.all([late, ...pages].map((p) => p.context().close()));
  }
});

test('in Arabic, /breaks and a break read right to left and are axe-clean', { timeout: 60_000 }, async () => {
  const page = await signedIn(people[0], { viewport: PHONE });
  try {
    await chooseLanguage(page, 'ar');
    await page.goto(`${node.url}/breaks`);
    await page.locator('.break-item').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    await checkA11y(page, '/breaks (ar, phone)');
    await assertNoHorizontalScroll(page, '/breaks (ar, phone)');
    await screenshot(page, 'breaks-ar-phone', { fullPage: true });
    const first = await page.locator('.break-item h2 a').first().getAttribute('href');
    await page.goto(`${node.url}${first}`);
    await page.locator('.break-facts').waitFor();
    await checkA11y(page, 'a break (ar, phone)');
    await assertNoHorizontalScroll(page, 'a break (ar, phone)');
    await screenshot(page, 'break-ar-phone', { fullPage: true });
  } finally {
    await page.context().close();
  }
});
