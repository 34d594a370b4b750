// Participants' sessions (/sessions): an organiser proposes one through
// the form (a value the API refuses shows at its field, in the page's
// language; an overlap in the API's own words), two
// participants sign up for its single seat, the second waits as number 1,
// the first withdraws and the second sees the promotion live, without a
// reload. The schedule lists one's sessions, in one's zone, with one's
// place. The list and a session's page are axe-clean with no sideways
// scroll in English and Arabic, on a desktop and a 360 px phone.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertNoHorizontalScroll, checkA11y, chooseLanguage, closeSuite, collectConsoleErrors, launchBrowser, msg, newPage, openMenu, openSuite,
  screenshot, SECRETARIAT, signIn, startNode, waitConnection, WAIT,
} from './harness.mjs';

let node;
let browser;
let organiser;
let first;
let second;
let session; // the session proposed in the first test

const en = (key, values) => {
  let s = msg('en', key);
  for (const [k, v] of Object.entries(values || {})) s = s.replace('{' + k + '}', v);
  return s;
};
const PHONE = { width: 360, height: 740 };
// iso is how the app isolates a title or name inside a sentence (FSI … PDI).
const iso = (s) => '\u2068' + s + '\u2069';

before(async () => {
  ({ node, browser } = await openSuite({ participants: 20 }));
  const [o, a, b] = node.participants;
  organiser = { email: o.email, account: await node.account(o.email) };
  first = { email: a.email, account: await node.account(a.email) };
  second = { email: b.email, account: await node.account(b.email) };
});

after(() => closeSuite(node, browser));

async function signedIn(email, options) {
  const page = await newPage(browser, options);
  await signIn(page, node.url, email);
  return page;
}

// soon is a start two hours ahead on the five-minute grid, in UTC.
function soon(hours = 2) {
  return new Date(Math.ceil((Date.now() + hours * 3600_000) / 300_000) * 300_000).toISOString().replace('.000Z', 'Z');
}

// wall gives a datetime-local value of instant in zone.
function wall(instant, zone) {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

test('an organiser proposes a session; a value the API refuses shows at its field', { timeout: 120_000 }, async () => {
  const page = await signedIn(organiser.email);
  try {
    const errors = collectConsoleErrors(page, { statuses: [422, 409] });
    await openMenu(page);
    await page.getByRole('banner').getByRole('link', { name: en('nav.sessions'), exact: true }).click();
    await page.waitForURL(`${node.url}/sessions`);
    await page.getByRole('link', { name: en('sessions.propose'), exact: true }).first().click();
    await page.waitForURL(`${node.url}/sessions/new`);

    // Two hours ahead, on the five-minute grid, in the organiser's zone.
    const start = new Date(Math.ceil((Date.now() + 2 * 3600_000) / 300_000) * 300_000);
    await page.getByRole('main').getByLabel(en('sessions.field.type')).selectOption('bof');
    await page.getByRole('main').getByLabel(en('sessions.field.title')).fill('Community networks in the Sahel');
    await page.getByRole('main').getByLabel(en('sessions.field.description')).fill('Bring **your** questions.');
    await page.getByRole('main').getByLabel(en('sessions.field.language')).selectOption('fr');
    await page.getByRole('main').getByLabel(en('sessions.field.starts_at')).fill(wall(start, organiser.account.time_zone));
    await page.getByRole('main').getByLabel(en('sessions.field.minutes')).fill('45');
    await page.getByRole('main').getByLabel(en('sessions.field.capacity')).fill('0');
    await page.getByRole('button', { name: en('sessions.propose_send'), exact: true }).click();

    // The API's own words stand beside the field, and the summary links to it.
    const capacity = page.getByRole('main').getByLabel(en('sessions.field.capacity'));
    await page.waitForFunction(() => document.querySelector('#f-capacity')?.getAttribute('aria-invalid') === 'true');
    const said = await page.locator('#f-capacity-error').innerText();
    assert.ok(said.endsWith(en('sessions.error.capacity')), "the API's refusal, at its field, in the page's language: " + said);
    assert.equal(await page.locator('.error-summary a[href="#f-capacity"]').count(), 1, 'the summary links to the field');
    await checkA11y(page, 'the proposal form with an error');
    await screenshot(page, 'sessions-propose-error', { fullPage: true });

    await capacity.fill('1');
    await page.getByRole('button', { name: en('sessions.propose_send'), exact: true }).click();
    await page.waitForURL(/\/sessions\/ses-/);
    const id = new URL(page.url()).pathname.split('/').pop();
    session = await node.api('GET', '/api/sessions/' + id, { as: organiser.email });
    assert.equal(session.capacity, 1);
    assert.equal(session.starts_at, start.toISOString().replace('.000Z', 'Z'), 'the start typed in the own zone is sent in UTC');
    await page.getByRole('heading', { level: 1, name: 'Community networks in the Sahel' }).waitFor();
    assert.equal(await page.locator('.markdown strong').innerText(), 'your', 'the Markdown description is rendered');
    await page.locator('.session-place', { hasText: en('sessions.place.organiser') }).waitFor();
    await page.getByRole('heading', { name: en('sessions.tools.title') }).waitFor();

    // A second at the same time overlaps the first: the API's own words.
    const body = { type: 'bof', title: 'Again', language: 'fr', starts_at: session.starts_at, minutes: 45, capacity: 5 };
    const refusal = await node.api('POST', '/api/sessions', { as: organiser.email, body, expect: 409 });
    await page.goto(`${node.url}/sessions/new`);
    await page.getByRole('main').getByLabel(en('sessions.field.type')).selectOption('bof');
    await page.getByRole('main').getByLabel(en('sessions.field.title')).fill('Again');
    await page.getByRole('main').getByLabel(en('sessions.field.language')).selectOption('fr');
    await page.getByRole('main').getByLabel(en('sessions.field.starts_at')).fill(wall(start, organiser.account.time_zone));
    await page.getByRole('main').getByLabel(en('sessions.field.minutes')).fill('45');
    await page.getByRole('main').getByLabel(en('sessions.field.capacity')).fill('5');
    await page.getByRole('button', { name: en('sessions.propose_send'), exact: true }).click();
    await page.waitForFunction(() => document.querySelector('#f-starts_at')?.getAttribute('aria-invalid') === 'true');
    const overlap = await page.locator('#f-starts_at-error').innerText();
    assert.ok(overlap.endsWith(refusal.error.fields.starts_at), `the API's words at the start: ${overlap}`);
    errors.assertNone('the page');
  } finally {
    await page.context().close();
  }
});

test('two sign up for one seat; the second waits as number 1 and is promoted live when the first withdraws', { timeout: 180_000 }, async () => {
  assert.ok(session, 'the session of the first test');
  const url = `${node.url}/sessions/${session.id}`;
  const a = await signedIn(first.email);
  const b = await signedIn(second.email);
  try {
    const errors = [collectConsoleErrors(a), collectConsoleErrors(b)];
    // The first finds it in the list, filtered by type and language.
    await a.goto(`${node.url}/sessions?type=bof&language=fr`);
    await a.getByRole('link', { name: session.title }).click();
    await a.waitForURL(url);
    await a.getByRole('button', { name: en('sessions.sign_up'), exact: true }).click();
    await a.locator('.session-place', { hasText: en('sessions.place.confirmed') }).waitFor();

    await b.goto(url);
    await waitConnection(b, 'connected');
    await b.getByRole('button', { name: en('sessions.sign_up'), exact: true }).click();
    await b.locator('.session-place', { hasText: en('sessions.place.waitlisted', { position: 1 }) }).waitFor();
    await b.getByText('Full: 1 waiting').first().waitFor();

    // The organiser sees both, in order.
    const attendees = await node.api('GET', `/api/sessions/${session.id}/attendees`, { as: organiser.email });
    assert.deepEqual(attendees.items.map((x) => [x.person.id, x.place]), [[first.account.id, 'confirmed'], [second.account.id, 'waitlisted']]);

    await a.getByRole('button', { name: en('sessions.withdraw'), exact: true }).click();
    await a.locator('.session-place', { hasText: en('sessions.place.none') }).waitFor();

    // No reload: the toast and the page follow the event.
    const before = await b.evaluate(() => performance.getEntriesByType('navigation').length);
    await b.locator('.toast', { hasText: `you have a seat at “${iso(session.title)}”` }).waitFor({ timeout: WAIT });
    await b.locator('.session-place', { hasText: en('sessions.place.confirmed') }).waitFor({ timeout: WAIT });
    assert.equal(await b.evaluate(() => performance.getEntriesByType('navigation').length), before, 'no reload');

    // "My sessions" lists it for the second, with their place.
    await b.goto(`${node.url}/sessions?mine=true`);
    await b.getByRole('link', { name: session.title }).waitFor();
    // The demo village signs its participants up for sessions of its own:
    // find this one's card among them.
    await b.locator('.session-item', { hasText: session.title }).filter({ hasText: en('sessions.place.confirmed') }).waitFor();
    for (const e of errors) e.assertNone('a participant');
  } finally {
    await a.context().close();
    await b.context().close();
  }
});

test("the schedule lists one's sessions in one's own zone, with the waitlist's number, each linking to its page", { timeout: 120_000 }, async () => {
  const mine = await node.api('POST', '/api/sessions', {
    as: organiser.email,
    body: { type: 'town_hall', title: 'Town hall on the schedule', language: 'en', starts_at: soon(9), minutes: 30, capacity: 1 },
  });
  await node.api('POST', `/api/sessions/${mine.id}/signup`, { as: first.email });
  await node.api('POST', `/api/sessions/${mine.id}/signup`, { as: second.email });
  // The browser's zone is not the account's: the page shows the account's.
  const page = await signedIn(second.email, { timezoneId: 'Pacific/Kiritimati' });
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(`${node.url}/schedule`);
    const row = page.getByRole('region', { name: en('schedule.sessions.title') }).locator('li', { hasText: mine.title });
    await row.waitFor({ timeout: WAIT });
    const when = new Intl.DateTimeFormat('en', {
      weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone: second.account.time_zone,
    }).format(new Date(mine.starts_at));
    assert.ok((await row.textContent()).includes(when), `the start in ${second.account.time_zone}, ${when}: ${await row.textContent()}`);
    await row.locator('.session-place', { hasText: en('sessions.place.waitlisted', { position: 1 }) }).waitFor();
    // The session of the first test, where the second was promoted: a seat.
    await page.locator('.my-sessions li', { hasText: session.title }).filter({ hasText: en('sessions.place.confirmed') }).first().waitFor();
    await checkA11y(page, '/schedule with sessions');
    await row.getByRole('link', { name: mine.title }).click();
    await page.waitForURL(`${node.url}/sessions/${mine.id}`);
    await page.locator('.session-place', { hasText: en('sessions.place.waitlisted', { position: 1 }) }).waitFor();
    errors.assertNone('the schedule');
  } finally {
    await page.context().close();
  }
});

test("the organiser edits the session; their message and the cancellation reach a confirmed attendee live", { timeout: 120_000 }, async () => {
  const other = await node.api('POST', '/api/sessions', {
    as: organiser.email,
    body: { type: 'regional', title: 'West Africa get-together', language: 'en', starts_at: soon(5), minutes: 30, capacity: 10 },
  });
  await node.api('POST', `/api/sessions/${other.id}/signup`, { as: second.email });
  const o = await signedIn(organiser.email);
  const b = await signedIn(second.email);
  try {
    const errors = [collectConsoleErrors(o), collectConsoleErrors(b)];
    await b.goto(`${node.url}/sessions/${other.id}`);
    await b.locator('.session-place', { hasText: en('sessions.place.confirmed') }).waitFor();
    await waitConnection(b, 'connected');
    const before = await b.evaluate(() => performance.getEntriesByType('navigation').length);

    await o.goto(`${node.url}/sessions/${other.id}`);
    await o.getByRole('main').getByLabel(en('sessions.tools.message')).fill('The slides are in the chat.');
    await o.getByRole('button', { name: en('sessions.tools.send'), exact: true }).click();
    await b.locator('.toast', { hasText: 'The slides are in the chat.' }).waitFor({ timeout: WAIT });
    await b.locator('.session-notes li', { hasText: 'The slides are in the chat.' }).waitFor({ timeout: WAIT });

    // The organiser sees who signed up, by keyboard.
    await o.getByRole('button', { name: en('sessions.tools.attendees'), exact: true }).focus();
    await o.keyboard.press('Enter');
    await o.locator('.attendees li', { hasText: second.account.display_name }).waitFor();

    // The organiser edits the title and the seats; the page follows.
    await o.getByRole('button', { name: en('sessions.tools.edit'), exact: true }).click();
    const edit = o.locator('#session-edit');
    await edit.getByLabel(en('sessions.field.title')).fill('West and Central Africa get-together');
    await edit.getByLabel(en('sessions.field.capacity')).fill('12');
    await edit.getByRole('button', { name: en('sessions.tools.save'), exact: true }).click();
    await o.getByRole('heading', { level: 1, name: 'West and Central Africa get-together' }).waitFor();
    const edited = await node.api('GET', `/api/sessions/${other.id}`, { as: organiser.email });
    assert.deepEqual([edited.capacity, edited.starts_at], [12, other.starts_at], 'the seats changed, the start kept in UTC');
    other.title = edited.title;

    o.once('dialog', (d) => d.accept());
    await o.getByRole('button', { name: en('sessions.tools.cancel'), exact: true }).click();
    await o.locator('.notice', { hasText: en('sessions.status.cancelled') }).waitFor();
    await b.locator('.toast', { hasText: `“${iso(other.title)}” is cancelled.` }).waitFor({ timeout: WAIT });
    await b.locator('.notice', { hasText: en('sessions.status.cancelled') }).first().waitFor({ timeout: WAIT });
    // Nothing to withdraw from: the button goes with the place (the page
    // reads the session again after the event; on a busy machine a moment
    // after the notice).
    await b.getByRole('button', { name: en('sessions.withdraw'), exact: true }).waitFor({ state: 'detached', timeout: WAIT });
    assert.equal(await b.evaluate(() => performance.getEntriesByType('navigation').length), before, 'no reload');
    for (const e of errors) e.assertNone('organiser and attendee');
  } finally {
    await o.context().close();
    await b.context().close();
  }
});

test("ten minutes before the start the organiser is reminded live; from five minutes before, organiser and attendee chat in its room", { timeout: 150_000 }, async () => {
  // The organiser is connected before the session exists: the reminder is
  // sent once, at most, by the node's sweep every 30 seconds.
  const o = await signedIn(organiser.email);
  const a = await signedIn(first.email);
  try {
    const errors = [collectConsoleErrors(o), collectConsoleErrors(a)];
    await o.goto(`${node.url}/sessions?mine=true`);
    await waitConnection(o, 'connected');
    // The next five-minute mark at least a minute away: the room is open,
    // or opens within a minute (the page looks every 30 seconds).
    const at = Math.ceil((Date.now() + 60_000) / 300_000) * 300_000;
    const room = await node.api('POST', '/api/sessions', {
      as: organiser.email,
      body: { type: 'bof', title: 'Right now', language: 'en', starts_at: new Date(at).toISOString().replace('.000Z', 'Z'), minutes: 15, capacity: 5 },
    });
    await node.api('POST', `/api/sessions/${room.id}/signup`, { as: first.email });
    await o.locator('.toast', { hasText: en('sessions.live.reminder', { title: iso(room.title) }) }).waitFor({ timeout: 45_000 });
    // The list read itself again on the event.
    await o.getByRole('link', { name: room.title }).waitFor({ timeout: WAIT });

    for (const p of [o, a]) {
      await p.goto(`${node.url}/sessions/${room.id}`);
      await p.getByRole('button', { name: en('sessions.join_room'), exact: true }).click({ timeout: 75_000 });
      await p.getByRole('heading', { name: en('sessions.room') }).waitFor();
    }
    await a.getByLabel(msg('en', 'chat.label')).fill('Hello, organiser');
    await a.getByLabel(msg('en', 'chat.label')).press('Enter');
    await o.locator('.chat-text', { hasText: 'Hello, organiser' }).waitFor({ timeout: WAIT });
    await checkA11y(o, "the session's room");
    for (const e of errors) e.assertNone('organiser and attendee');
  } finally {
    await o.context().close();
    await a.context().close();
  }
});

test('with approval off, the secretariat sees no queue of proposals', { timeout: 60_000 }, async () => {
  const page = await signedIn(SECRETARIAT);
  try {
    await page.goto(`${node.url}/sessions`);
    await page.locator('.session-item').first().waitFor({ timeout: WAIT });
    assert.equal(await page.getByRole('heading', { name: en('sessions.queue.title') }).count(), 0);
  } finally {
    await page.context().close();
  }
});

test('with approval on, the secretariat approves and refuses proposals; the organiser hears it live', { timeout: 180_000 }, async () => {
  // Approval is a node's setting: a node of its own.
  const strict = await startNode({ participants: 20, env: { VILLAGE_SESSION_APPROVAL: 'true' } });
  try {
    const who = strict.participants[0].email;
    const good = await strict.api('POST', '/api/sessions', { as: who, body: { type: 'bof', title: 'Spectrum for rural networks', language: 'en', starts_at: soon(3), minutes: 60, capacity: 30 } });
    const bad = await strict.api('POST', '/api/sessions', { as: who, body: { type: 'bof', title: 'Buy my product', language: 'en', starts_at: soon(5), minutes: 30, capacity: 30 } });
    assert.equal(good.status, 'proposed');
    const o = await newPage(browser);
    const s = await newPage(browser);
    try {
      await signIn(o, strict.url, who);
      await o.goto(`${strict.url}/sessions/${good.id}`);
      await o.locator('.notice', { hasText: en('sessions.status.proposed') }).waitFor();
      await waitConnection(o, 'connected');

      await signIn(s, strict.url, SECRETARIAT);
      await s.goto(`${strict.url}/sessions`);
      const queue = s.getByRole('region', { name: en('sessions.queue.title') });
      await queue.getByRole('link', { name: good.title }).waitFor();
      await checkA11y(s, 'the queue of proposals');
      const item = (title) => queue.locator('li', { hasText: title });
      await item(bad.title).getByLabel(en('sessions.queue.reason')).fill('Not a sales pitch, please.');
      await item(bad.title).getByRole('button', { name: en('sessions.queue.refuse'), exact: true }).click();
      await queue.getByRole('status').filter({ hasText: `“${iso(bad.title)}” is refused.` }).waitFor();
      await item(good.title).getByRole('button', { name: en('sessions.queue.approve'), exact: true }).click();
      await queue.getByRole('status').filter({ hasText: `“${iso(good.title)}” is approved.` }).waitFor();
      await queue.getByText(en('sessions.queue.none')).waitFor();

      await o.locator('.toast', { hasText: `Your session “${iso(good.title)}” is approved and listed.` }).waitFor({ timeout: WAIT });
      await o.locator('.toast', { hasText: 'Not a sales pitch, please.' }).waitFor({ timeout: WAIT });
      await o.waitForFunction(() => !document.querySelector('main .notice strong'), null, { timeout: WAIT }); // listed: no status notice
      const refused = await strict.api('GET', `/api/sessions/${bad.id}`, { as: who });
      assert.deepEqual([refused.status, refused.status_reason], ['refused', 'Not a sales pitch, please.']);
    } finally {
      await o.context().close();
      await s.context().close();
    }
  } finally {
    await strict.stop();
  }
});

test('the list and a session are axe-clean with no sideways scroll in en and ar, desktop and 360 px', { timeout: 180_000 }, async () => {
  assert.ok(session, 'the session of the first test');
  for (const lang of ['en', 'ar']) {
    for (const [label, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', PHONE]]) {
      const page = await signedIn(organiser.email, { viewport });
      try {
        const errors = collectConsoleErrors(page, { statuses: [422] });
        if (lang !== 'en') await chooseLanguage(page, lang);
        await page.goto(`${node.url}/sessions`);
        await page.locator('.session-item').first().waitFor({ timeout: WAIT });
        assert.equal(await page.evaluate(() => document.documentElement.dir), lang === 'ar' ? 'rtl' : 'ltr');
        await checkA11y(page, `/sessions ${lang} ${label}`);
        await assertNoHorizontalScroll(page, `/sessions ${lang} ${label}`);
        await screenshot(page, `sessions-${lang}-${label}`, { fullPage: true });
        await page.goto(`${node.url}/sessions/${session.id}`);
        await page.locator('.session-place').waitFor({ timeout: WAIT });
        await page.getByRole('button', { name: msg(lang, 'sessions.tools.attendees'), exact: true }).click();
        await page.locator('.attendees li').first().waitFor();
        await checkA11y(page, `a session ${lang} ${label}`);
        await assertNoHorizontalScroll(page, `a session ${lang} ${label}`);
        await screenshot(page, `session-${lang}-${label}`, { fullPage: true });
        await page.goto(`${node.url}/sessions/new`);
        await page.locator('.session-form').waitFor({ timeout: WAIT });
        await page.locator('.session-form button[type="submit"]').click();
        await page.locator('.error-summary').waitFor({ timeout: WAIT });
        await checkA11y(page, `/sessions/new with errors ${lang} ${label}`);
        await assertNoHorizontalScroll(page, `/sessions/new ${lang} ${label}`);
        await screenshot(page, `sessions-new-${lang}-${label}`, { fullPage: true });
        errors.assertNone('the page');
      } finally {
        await page.context().close();
      }
    }
  }
});
