// The secretariat's coffee-break console (/console/breaks): a break
// scheduled in the form (bad input refused beside its field and in the
// summary, which takes the focus), edited, cancelled; then a break watched
// while its rounds are seated, live, with people in its room driven from
// the test (their sockets in a page of their own), a late arrival seen
// within the round, an edit refused once the break has begun, the rounds
// picked; axe, a 360 px phone and Arabic.
//
// The node shortens a break's minute to 2 s (VILLAGE_BREAK_MINUTE), so
// that rounds of 6 "minutes" turn every 12 s.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertNoHorizontalScroll, checkA11y, chooseLanguage, closeSuite, collectConsoleErrors, msg, newPage, openMenu,
  openSuite, SECRETARIAT, screenshot, signIn, tidy, WAIT, waitFocus,
} from './harness.mjs';

let node;
let browser;
let zone; // the secretariat's time zone, in which the form's times are typed
const PASS = 'a long enough passphrase';
const people = []; // participants of our own, who speak English

before(async () => {
  ({ node, browser } = await openSuite({ participants: 10, env: { VILLAGE_BREAK_MINUTE: '2s' } }));
  zone = (await node.account(SECRETARIAT)).time_zone || 'UTC';
  for (let n = 0; n < 7; n++) {
    const p = {
      email: `break.${n}@example.org`, password: PASS, display_name: `Break Person ${n}`, stakeholder_group: ['civil_society', 'government', 'technical_community'][n % 3],
      region: ['african', 'weog', 'asia_pacific'][n % 3], country: 'KE', languages: ['en', 'fr'], time_zone: 'UTC', themes: [], tags: [], directory_opt_in: false,
    };
    const res = await fetch(`http://127.0.0.1:${node.port}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(p) });
    assert.equal(res.status, 201, await res.text());
    people.push(p);
  }
  // Signed in once each, up front: the watched break starts seconds after
  // it is scheduled, with no time for a password hash per call.
  for (const p of people) {
    const res = await fetch(`http://127.0.0.1:${node.port}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: p.email, password: PASS }),
    });
    p.token = (await res.json()).access_token;
  }
});

/** signUp signs p up for break id, with p's token. */
async function signUp(p, id, languages = ['en']) {
  const res = await fetch(`http://127.0.0.1:${node.port}/api/breaks/${id}/signup`, {
    method: 'POST', headers: { authorization: `Bearer ${p.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ languages }),
  });
  assert.equal(res.status, 201, await res.text());
}

after(() => closeSuite(node, browser));

const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** wall is the instant ms as a datetime-local value in the secretariat's zone. */
function wall(ms) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** submit sends the break form and, when a field is refused, waits for the summary to take the focus. */
async function refused(page, field, key) {
  await page.locator('.break-form button[type="submit"]').click();
  await waitFocus(page, '.error-summary', `the error summary (${field})`);
  await page.locator(`#f-${field}[aria-invalid="true"]`).waitFor();
  assert.equal((await page.locator(`#f-${field}-error`).innerText()).replace(msg('en', 'form.error_prefix'), '').trim(), msg('en', key));
  assert.match(await page.locator('.error-summary').innerText(), new RegExp(msg('en', key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
}

test('the secretariat schedules a break from home, is refused bad input beside each field, edits it and cancels it', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page, { statuses: [422] });
    await signIn(page, node.url, SECRETARIAT);
    await page.getByRole('link', { name: msg('en', 'breakconsole.home_link') }).click();
    await page.waitForURL(`${node.url}/console/breaks`);
    assert.equal(await page.locator('main h1').innerText(), msg('en', 'breakconsole.title'));
    // The header's Console stands for both consoles; the tabs link them.
    await openMenu(page);
    assert.equal(await page.getByRole('navigation', { name: msg('en', 'header.nav') }).getByRole('link', { name: msg('en', 'nav.console') }).getAttribute('aria-current'), 'page');
    assert.equal(await page.locator('.console-tabs a[aria-current="page"]').innerText(), msg('en', 'breakconsole.tab_breaks'));

    await page.getByRole('button', { name: msg('en', 'breakconsole.new') }).click();
    await page.locator('.break-form').waitFor();
    // The six UN languages come chosen; Portuguese is added by its tag.
    const chips = () => page.locator('#f-languages-chosen .chip').evaluateAll((els) => els.map((el) => el.dataset.value));
    assert.deepEqual(await chips(), ['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    await page.locator('#f-languages').fill('pt');
    await page.locator('#f-languages-list [role="option"][data-value="pt"]').click();
    assert.deepEqual(await chips(), ['ar', 'en', 'es', 'fr', 'ru', 'zh', 'pt']);
    assert.equal(await page.locator('#f-table_size').inputValue(), '4');
    assert.equal(await page.locator('#f-round_minutes').inputValue(), '10');

    const start = Math.ceil((Date.now() + 26 * 3600_000) / 3600_000) * 3600_000; // tomorrow, on the hour
    await page.locator('#f-title').fill('Café des langues');
    await page.locator('#f-starts_at').fill(wall(start));
    await page.locator('#f-ends_at').fill(wall(start + 25 * 60_000));
    // The plan follows the times as the form re-renders: wait for it, not
    // read it at once (read at once on a loaded CI machine, it still said
    // the default 30 minutes).
    await page.locator('.break-plan', { hasText: /25 minutes: 3 rounds of 10 minutes, the last one 5 minutes/ }).waitFor({ timeout: WAIT });
    await page.locator('#f-table_size').fill('7');
    await refused(page, 'table_size', 'breakconsole.error.table_size');
    await page.locator('#f-table_size').fill('2');
    await refused(page, 'table_size', 'breakconsole.error.table_size');
    await page.locator('#f-table_size').fill('5');
    await page.locator('#f-ends_at').fill(wall(start - 30 * 60_000));
    await refused(page, 'ends_at', 'breakconsole.error.ends_at');
    await page.locator('#f-starts_at').fill(wall(Date.now() - 2 * 3600_000));
    await refused(page, 'starts_at', 'breakconsole.error.starts_at');
    await checkA11y(page, '/console/breaks with field errors');
    await tidy(page, '#break-editor');
    await screenshot(page, 'breakconsole-form-errors');
    // What was typed stays; put right, the break is scheduled.
    assert.equal(await page.locator('#f-title').inputValue(), 'Café des langues');
    await page.locator('#f-starts_at').fill(wall(start));
    await page.locator('#f-ends_at').fill(wall(start + 25 * 60_000));
    await page.getByRole('button', { name: msg('en', 'breakconsole.schedule') }).click();
    const item = page.locator('.break-item', { hasText: 'Café des langues' });
    await item.waitFor();
    await page.locator('.break-form').waitFor({ state: 'detached' });
    await waitFocus(page, '#break-new', 'Schedule a break, once the form closes');
    assert.equal(await item.getAttribute('data-phase'), 'upcoming');
    await tidy(page);
    await screenshot(page, 'breakconsole-list', { fullPage: true });
    assert.match(await item.innerText(), /Portuguese/);
    const id = await item.getAttribute('data-break-id');
    let b = await node.api('GET', `/api/breaks/${id}`);
    assert.deepEqual([b.title, b.starts_at, b.ends_at, b.languages, b.table_size, b.round_minutes], ['Café des langues', iso(start), iso(start + 25 * 60_000), ['ar', 'en', 'es', 'fr', 'ru', 'zh', 'pt'], 5, 10]);

    // Edit: the form comes filled; a new title, Portuguese dropped, longer rounds.
    await item.getByRole('button', { name: msg('en', 'breakconsole.edit_named').replace('{title}', 'Café des langues') }).click();
    await waitFocus(page, '#editor-title', 'the editor\'s heading');
    assert.equal(await page.locator('#f-starts_at').inputValue(), wall(start));
    await page.locator('#f-title').fill('Café des langues, encore');
    await page.locator('#f-languages-chosen [data-value="pt"] button').click();
    await page.locator('#f-round_minutes').fill('15');
    await page.getByRole('button', { name: msg('en', 'breakconsole.save') }).click();
    await page.locator('.break-item', { hasText: 'Café des langues, encore' }).waitFor();
    await waitFocus(page, `.break-item[data-break-id="${id}"] .break-edit`, 'the break\'s Edit, once the form closes');
    b = await node.api('GET', `/api/breaks/${id}`);
    assert.deepEqual([b.title, b.languages, b.round_minutes, b.starts_at], ['Café des langues, encore', ['ar', 'en', 'es', 'fr', 'ru', 'zh'], 15, iso(start)]);

    // Cancel, once confirmed.
    page.once('dialog', (d) => d.accept());
    await page.locator(`.break-item[data-break-id="${id}"]`).getByRole('button', { name: msg('en', 'breakconsole.cancel_named').replace('{title}', 'Café des langues, encore') }).click();
    await page.locator(`.break-item[data-break-id="${id}"]`).waitFor({ state: 'detached' });
    await node.api('GET', `/api/breaks/${id}`, { expect: 404 });
    errors.assertNone('scheduling a break');
  } finally {
    await page.context().close();
  }
});

/** crowd opens, in page, a live connection per person, each joined to room; it returns join(person), which adds one. */
async function crowd(page, some, room) {
  await page.goto(`${node.url}/signin`);
  await page.evaluate(() => {
    window.__socks = [];
    window.__join = async (token, room) => {
      const ws = new WebSocket(location.origin.replace(/^http/, 'ws') + '/ws');
      const waiting = new Map();
      let n = 0;
      ws.onmessage = (e) => {
        for (const line of String(e.data).split('\n')) {
          if (!line) continue;
          const env = JSON.parse(line);
          if (env.id && waiting.has(env.id)) { waiting.get(env.id)(env); waiting.delete(env.id); }
        }
      };
      await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = reject; });
      const call = (type, payload, r) => new Promise((resolve) => {
        const id = 'c' + ++n;
        waiting.set(id, resolve);
        ws.send(JSON.stringify({ type, id, room: r, payload }));
      });
      for (const [type, payload, r] of [['auth', { token }], ['join', undefined, room]]) {
        const res = await call(type, payload, r);
        if (res.type !== 'reply') throw new Error(`${type}: ${JSON.stringify(res)}`);
      }
      window.__socks.push(ws);
    };
  });
  const join = (p) => page.evaluate(([tk, r]) => window.__join(tk, r), [p.token, room]);
  for (const p of some) await join(p);
  return join;
}

const count = (page, name) => page.locator(`.break-seating [data-count="${name}"]`).innerText().then(Number);

test('the secretariat watches the rounds seated live, with a late arrival; a begun break is refused an edit', { timeout: 90_000 }, async () => {
  const page = await newPage(browser);
  const room = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page, { statuses: [404, 409] });
    await signIn(page, node.url, SECRETARIAT);
    const start = Date.now() + 15_000;
    const b = await node.api('POST', '/api/breaks', {
      body: { title: 'Coffee, watched', starts_at: iso(start), ends_at: iso(start + 24_000), languages: ['en', 'fr', 'es'], round_minutes: 6, table_size: 4 },
    });
    assert.deepEqual([b.rounds, b.round_seconds], [2, 12]);
    // Five speak English; one speaks French alone, and waits.
    for (const p of people.slice(0, 5)) await signUp(p, b.id);
    await signUp(people[5], b.id, ['fr']);
    // The six are in the break's room first, well before the start, even
    // on a loaded machine.
    const join = await crowd(room, people.slice(0, 6), b.room);
    await page.goto(`${node.url}/console/breaks?break=${b.id}`);
    const watch = page.locator(`.break-watch[data-break-id="${b.id}"]`);
    await watch.waitFor();
    assert.match(await watch.locator('.break-clock').innerText(), /^Round 1 starts in 0:\d\d$/);
    // An edit opened before the start, sent after it.
    await page.locator(`.break-item[data-break-id="${b.id}"]`).getByRole('button', { name: msg('en', 'breakconsole.edit_named').replace('{title}', 'Coffee, watched') }).click();
    await page.locator('.break-form').waitFor();

    // Six of the seven are in the break's room before the start.
    await watch.getByText(/^6 people in the break's room/).waitFor();
    assert.match(await watch.innerText(), /updates live/);

    await watch.locator('.break-seating[data-round="1"]').waitFor({ timeout: 20_000 });
    assert.match(await watch.locator('.break-clock').innerText(), /^Round 1 of 2, next in 0:\d\d$/);
    assert.equal((await count(page, 'seated')) + (await count(page, 'waiting')), 6);
    assert.ok((await count(page, 'tables')) >= 1);
    const seated = await watch.locator('.break-table .break-person a').allInnerTexts();
    assert.ok(seated.length >= 3 && seated.every((n) => /^Break Person \d$/.test(n)), `names at the tables: ${seated}`);
    assert.equal(await watch.locator('.break-languages tr[data-language="en"] td').first().innerText(), String(await count(page, 'tables')));
    const alone = watch.locator('.break-waiting li', { hasText: 'Break Person 5' });
    assert.equal(await alone.getAttribute('data-reason'), 'too_few_speakers');
    assert.match(await alone.innerText(), new RegExp(msg('en', 'breakconsole.reason.too_few_speakers')));
    assert.equal(await watch.locator('.break-languages tr[data-language="fr"] td').last().innerText(), '1');

    // The break has begun: the edit is refused beside the start.
    await page.locator('#f-title').fill('Coffee, too late');
    await page.locator('.break-form button[type="submit"]').click();
    await waitFocus(page, '.error-summary', 'the error summary');
    assert.match(await page.locator('#f-starts_at-error').innerText(), new RegExp(msg('en', 'breakconsole.error.begun')));
    assert.equal((await node.api('GET', `/api/breaks/${b.id}`)).title, 'Coffee, watched');
    await page.getByRole('button', { name: msg('en', 'breakconsole.close_form') }).click();

    // A late arrival is seated (or told to wait) within the round, and the
    // console hears it from the room.
    await signUp(people[6], b.id);
    await join(people[6]);
    await page.waitForFunction(() => {
      const n = (k) => Number(document.querySelector(`.break-seating [data-count="${k}"]`)?.textContent || 0);
      return n('seated') + n('waiting') === 7;
    }, null, { timeout: 10_000 });

    await checkA11y(page, '/console/breaks watching a round');
    await tidy(page, '.break-watch');
    await screenshot(page, 'breakconsole-watch-desktop');

    // Round 2 is followed as it is seated; round 1 can be picked again.
    await watch.locator('.break-seating[data-round="2"]').waitFor({ timeout: 20_000 });
    assert.match(await watch.locator('.break-clock').innerText(), /^(Round 2 of 2, the break ends in 0:\d\d|The break is over\.)$/);
    await page.locator('#break-round').selectOption('1');
    await watch.locator('.break-seating[data-round="1"]').waitFor();
    errors.assertNone('watching a break');
  } finally {
    await room.context().close();
    await page.context().close();
  }
});

test('the console fits a 360 px phone, in English and in Arabic (right to left)', { timeout: 60_000 }, async () => {
  const page = await newPage(browser, { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  try {
    const errors = collectConsoleErrors(page);
    await signIn(page, node.url, SECRETARIAT);
    const past = (await node.api('GET', '/api/breaks?past=true')).items.find((x) => x.title === 'Coffee, watched');
    assert.ok(past, 'the watched break is listed with the past ones');
    // Once the watched break is over, it is listed with the past ones, and
    // Watch the rounds brings the focus to it.
    await page.waitForFunction((end) => Date.now() > end + 500, Date.parse(past.ends_at), { timeout: 30_000 });
    await page.goto(`${node.url}/console/breaks`);
    await page.getByRole('button', { name: msg('en', 'breakconsole.show_past') }).click();
    await page.locator(`.break-item[data-break-id="${past.id}"][data-phase="over"]`).getByRole('link', { name: msg('en', 'breakconsole.watch') }).click();
    await waitFocus(page, '#watch-title', 'the watched break\'s heading');
    await page.locator('.break-seating').waitFor();
    assert.equal(await page.locator('.break-clock').innerText(), msg('en', 'breakconsole.over'));
    await assertNoHorizontalScroll(page, '/console/breaks on a phone');
    await tidy(page, '.break-watch');
    await screenshot(page, 'breakconsole-watch-phone');
    await page.getByRole('button', { name: msg('en', 'breakconsole.new') }).click();
    await page.locator('.break-form').waitFor();
    await assertNoHorizontalScroll(page, '/console/breaks form on a phone');

    await chooseLanguage(page, 'ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.locator('main h1', { hasText: msg('ar', 'breakconsole.title') }).waitFor();
    await assertNoHorizontalScroll(page, '/console/breaks on a phone (ar)');
    await checkA11y(page, '/console/breaks (ar)');
    await tidy(page, '.break-watch');
    await screenshot(page, 'breakconsole-watch-phone-ar');
    errors.assertNone('the console on a phone');
  } finally {
    await page.context().close();
  }
});
