// The visitor's side of a booth, live: presence and the booth's chat in two
// browsers (live, across a reconnect, without gaps or duplicates), knocking
// at a staffed booth and being taken into a talk, knocking at a closed one,
// booking a slot and the schedule (.ics, cancel), in English and Arabic, on
// a desktop and a 360 px phone.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import {
  assertNoHorizontalScroll, checkA11y, DEMO_PASSWORD, SECRETARIAT, chooseLanguage, closeSuite, collectConsoleErrors, msg, newPage, openSuite, screenshot, signIn, waitConnection, WAIT,
} from './harness.mjs';

let node;
let browser;
let staff; // {email, account} of a staff member whose booth is open now
let openBooth;
let closedBooth;
let a;
let b;

before(async () => {
  ({ node, browser } = await openSuite());
  const open = (await node.api('GET', '/api/booths?open_now=true&limit=100')).items;
  for (const l of node.logins.filter((x) => x.role === 'staff')) {
    const account = await node.account(l.email);
    const booth = open.find((x) => x.organisation_id === account.organisation_id);
    if (booth) {
      staff = { email: l.email, account };
      openBooth = booth;
      break;
    }
  }
  assert.ok(openBooth, `a demo booth open now whose staff can sign in: staff logins ${JSON.stringify(node.logins.filter((x) => x.role === 'staff'))}, booths open now ${JSON.stringify(open.map((x) => x.title))}`);
  closedBooth = (await node.api('GET', '/api/booths?open_now=false&limit=100')).items[0];
  assert.ok(closedBooth, 'a demo booth not open now');
  [a, b] = node.participants;
});

after(() => closeSuite(node, browser));

async function atBooth(email, booth, options) {
  const page = await newPage(browser, options);
  await signIn(page, node.url, email);
  await page.goto(`${node.url}/booths/${booth.id}`);
  await page.locator('.boothroom').waitFor();
  await waitConnection(page, 'connected');
  return page;
}

function chatTexts(page) {
  return page.locator('#booth-chat-title ~ .chat-scroll .chat-list:not(.chat-pending) .chat-text').allTextContents();
}

test('two visitors see each other and chat live; a reconnect resumes without gaps or duplicates', { timeout: 180_000 }, async () => {
  const pa = await atBooth(a.email, openBooth);
  const pb = await atBooth(b.email, openBooth);
  try {
    const errors = collectConsoleErrors(pb);
    for (const p of [pa, pb]) {
      await p.locator('.here-count', { hasText: '2 visitors now' }).waitFor({ timeout: WAIT });
    }
    // The staff pin an announcement: both see it at once, and what is
    // below it does not move (its room is kept).
    const here = await pa.locator('.here').boundingBox();
    await node.api('PATCH', `/api/booths/${openBooth.id}`, { as: staff.email, body: { announcement: 'Our director is here until 15:00' } });
    for (const p of [pa, pb]) {
      await p.locator('.announcement', { hasText: 'Our director is here until 15:00' }).waitFor({ timeout: WAIT });
    }
    assert.equal((await pa.locator('.here').boundingBox()).y, here.y, 'no layout shift');
    await pa.getByLabel(msg('en', 'chat.label')).fill('Hello from A');
    await pa.getByRole('button', { name: msg('en', 'chat.send'), exact: true }).click();
    await pb.locator('.chat-text', { hasText: 'Hello from A' }).waitFor({ timeout: WAIT });
    // Enter sends too.
    await pb.getByLabel(msg('en', 'chat.label')).fill('Hi A, B here');
    await pb.getByLabel(msg('en', 'chat.label')).press('Enter');
    await pa.locator('.chat-text', { hasText: 'Hi A, B here' }).waitFor({ timeout: WAIT });

    // B drops off; A says three things meanwhile; B comes back.
    await pb.context().setOffline(true);
    await pb.locator('header #connection:not([data-state="connected"])').waitFor({ state: 'attached', timeout: WAIT });
    for (const s of ['while away 1', 'while away 2', 'while away 3']) {
      await pa.getByLabel(msg('en', 'chat.label')).fill(s);
      await pa.getByLabel(msg('en', 'chat.label')).press('Enter');
      await pa.locator('.chat-text', { hasText: s }).waitFor({ timeout: WAIT });
    }
    await pb.context().setOffline(false);
    await waitConnection(pb, 'connected', 30_000);
    await pb.locator('.chat-text', { hasText: 'while away 3' }).waitFor({ timeout: WAIT });
    const seen = await chatTexts(pb);
    assert.deepEqual(seen, ['Hello from A', 'Hi A, B here', 'while away 1', 'while away 2', 'while away 3'], 'in order, once each');
    // And a message after the resume arrives live.
    await pa.getByLabel(msg('en', 'chat.label')).fill('after');
    await pa.getByLabel(msg('en', 'chat.label')).press('Enter');
    await pb.locator('.chat-text', { hasText: 'after' }).waitFor({ timeout: WAIT });
    assert.equal((await chatTexts(pb)).length, 6);

    // Too long is said at the field, and nothing is sent.
    await pb.getByLabel(msg('en', 'chat.label')).fill('x'.repeat(2001));
    await pb.getByRole('button', { name: msg('en', 'chat.send'), exact: true }).click();
    await pb.locator('.chat-error', { hasText: '2000' }).waitFor();

    // A moderator (the Secretariat, over its own socket) deletes A's first
    // message: both pages show it as removed, live.
    const seq = await moderate(pa, openBooth.id, 'Hello from A');
    assert.ok(seq > 0);
    for (const p of [pa, pb]) {
      await p.locator('.chat-removed', { hasText: msg('en', 'chat.removed') }).waitFor({ timeout: WAIT });
      assert.equal(await p.locator('.chat-text', { hasText: 'Hello from A' }).count(), 0);
    }
    errors.assertNone('the booth chat');
  } finally {
    await pa.context().close();
    await pb.context().close();
  }
});

// Messages sent through different nodes may arrive out of order, or not
// live at all (docs/protocol.md §8). The test plays the bus between nodes
// on A's socket: it drops one message, and holds another back until the
// next has come. A shows every message once, in seq order: the dropped one
// fetched with history after a short wait, the late one without a fetch.
test('a message that never arrives live is fetched, one that arrives late takes its place; each shows once', { timeout: 120_000 }, async () => {
  const room = `booth:${openBooth.id}`;
  const frames = { history: [] };
  let drop = null; // the text of a message A must not get live
  let hold = null; // the text of a message A gets only after the next one
  let held = null;
  const pa = await newPage(browser);
  await pa.routeWebSocket(/\/ws$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((m) => {
      const f = JSON.parse(m);
      if (f.type === 'history' && f.room === room) frames.history.push(f.payload);
      server.send(m);
    });
    server.onMessage((m) => {
      const out = [];
      for (const line of String(m).split('\n')) {
        const f = JSON.parse(line);
        const text = f.type === 'message' && f.room === room ? f.payload.text : null;
        if (text && text === drop) continue;
        if (text && text === hold) {
          held = line;
          continue;
        }
        out.push(line);
        if (text && held) {
          out.push(held);
          held = null;
        }
      }
      if (out.length) ws.send(out.join('\n'));
    });
  });
  await signIn(pa, node.url, a.email);
  await pa.goto(`${node.url}/booths/${openBooth.id}`);
  await waitConnection(pa, 'connected');
  const pb = await atBooth(b.email, openBooth);
  const say = async (text) => {
    await pb.getByLabel(msg('en', 'chat.label')).fill(text);
    await pb.getByLabel(msg('en', 'chat.label')).press('Enter');
    await pb.locator('.chat-text', { hasText: text }).waitFor({ timeout: WAIT });
  };
  const tail = async (n) => (await chatTexts(pa)).slice(-n);
  try {
    const errors = collectConsoleErrors(pa);
    await say('gap: before');
    await pa.locator('.chat-text', { hasText: 'gap: before' }).waitFor({ timeout: WAIT });
    drop = 'gap: lost on the way';
    await say(drop);
    await say('gap: after');
    await pa.locator('.chat-text', { hasText: 'gap: lost on the way' }).waitFor({ timeout: WAIT });
    assert.deepEqual(await tail(3), ['gap: before', 'gap: lost on the way', 'gap: after'], 'in seq order');
    assert.equal(frames.history.length, 1, 'one history request filled the gap');
    const { after, limit } = frames.history[0];
    assert.equal(limit, 1, 'for the one missing message');

    hold = 'late: overtaken';
    await say(hold);
    await say('late: overtaking');
    await pa.locator('.chat-text', { hasText: 'late: overtaken' }).waitFor({ timeout: WAIT });
    assert.deepEqual(await tail(5), ['gap: before', 'gap: lost on the way', 'gap: after', 'late: overtaken', 'late: overtaking']);
    // Nothing more is fetched after the gap's wait, and nothing shows twice.
    await pa.waitForTimeout(2_500);
    assert.equal(frames.history.length, 1, 'no fetch for a message that came late');
    const texts = await chatTexts(pa);
    assert.equal(new Set(texts).size, texts.length, 'each message once');
    assert.ok(after > 0);
    errors.assertNone('the booth chat with a gap');
  } finally {
    await pa.context().close();
    await pb.context().close();
  }
});

test('a room whose join fails for a passing reason is joined again, and a message typed meanwhile waits for it', { timeout: 120_000 }, async () => {
  const room = `booth:${openBooth.id}`;
  const joins = [];
  let failNext = false;
  const pa = await newPage(browser);
  await pa.routeWebSocket(/\/ws$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((m) => {
      const f = JSON.parse(m);
      if (f.type === 'join' && f.room === room) {
        joins.push(f);
        if (failNext) {
          // The node too busy to answer in time: a passing failure, not
          // the room refusing us.
          failNext = false;
          ws.send(JSON.stringify({ type: 'error', id: f.id, error: { code: 'internal', message: 'something went wrong on our side; try again' } }));
          return;
        }
      }
      server.send(m);
    });
    server.onMessage((m) => ws.send(m));
  });
  try {
    await signIn(pa, node.url, a.email);
    await pa.goto(`${node.url}/village`);
    await waitConnection(pa, 'connected');
    failNext = true;
    // In-app navigation: the booth's room is joined on the connection
    // already up, not as part of connecting.
    await pa.evaluate((to) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/booths/${openBooth.id}`);
    await pa.getByLabel(msg('en', 'chat.label')).fill('said while the room was being joined');
    await pa.getByLabel(msg('en', 'chat.label')).press('Enter');
    await pa.locator('.chat-text', { hasText: 'said while the room was being joined' }).waitFor({ timeout: WAIT });
    assert.equal(joins.length, 2, 'the failed join, then the one that worked');
    assert.equal(await pa.locator('#booth-chat-error').textContent(), '', 'no error shown');
  } finally {
    await pa.context().close();
  }
});

// Whether a message is of today is told in the person's own zone (their
// profile's), not the browser's. The browser's clock is set to a moment
// when the message's day has changed in one of the two zones and not in
// the other, so that the two readings disagree, and the page is loaded
// again under that clock.
test('a chat message of today is told by the person\'s zone, not the browser\'s', { timeout: 120_000 }, async () => {
  const c = node.participants[2];
  const zone = 'Asia/Tokyo';
  const browserZone = 'America/New_York';
  await node.api('PATCH', '/api/me', { as: c.email, body: { time_zone: zone } });
  const page = await atBooth(c.email, openBooth, { timezoneId: browserZone });
  try {
    const text = 'of which day?';
    const first = page.locator('.chat-list:not(.chat-pending) .chat-msg', { has: page.locator('.chat-text', { hasText: text }) }).locator('time');
    await page.getByLabel(msg('en', 'chat.label')).fill(text);
    await page.getByLabel(msg('en', 'chat.label')).press('Enter');
    await first.waitFor({ timeout: WAIT });
    const at = new Date(await first.getAttribute('datetime'));
    const day = (tz, d) => new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
    let now = null;
    for (let k = 1; k <= 48 && !now; k++) {
      const d = new Date(at.getTime() + k * 30 * 60_000);
      if ((day(zone, d) === day(zone, at)) !== (day(browserZone, d) === day(browserZone, at))) now = d;
    }
    assert.ok(now, 'a moment when one zone has changed day and the other has not');
    await page.clock.setFixedTime(now);
    await page.reload();
    await first.waitFor({ timeout: WAIT });
    const today = day(zone, now) === day(zone, at);
    const options = today ? { hour: 'numeric', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
    const expected = new Intl.DateTimeFormat('en', { ...options, timeZone: zone }).format(at);
    assert.equal(await first.textContent(), expected, `the message is ${today ? '' : 'not '}of today in ${zone}`);
  } finally {
    await page.context().close();
  }
});

test('the staff online are listed by name; a knock is taken into a talk where both chat', { timeout: 180_000 }, async () => {
  const ps = await atBooth(staff.email, openBooth);
  const pv = await atBooth(a.email, openBooth);
  try {
    await pv.locator('.staff-online li', { hasText: staff.account.display_name || staff.account.name }).waitFor({ timeout: WAIT });
    await pv.getByLabel(msg('en', 'knock.text')).fill('About your report');
    await pv.getByRole('button', { name: msg('en', 'knock.ask'), exact: true }).click();
    await pv.locator('.knock-position', { hasText: 'You are 1st in line' }).waitFor({ timeout: WAIT });
    const taken = await node.api('POST', `/api/booths/${openBooth.id}/knocks/take`, { as: staff.email, body: {} });
    assert.match(taken.room, /^talk:/);
    const id = taken.room.slice('talk:'.length);
    await pv.waitForURL(`${node.url}/talk/${id}`, { timeout: WAIT });
    await pv.locator('h1', { hasText: msg('en', 'talk.title') }).waitFor();
    await ps.goto(`${node.url}/talk/${id}`);
    await ps.locator('.talk-with', { hasText: taken.visitor.name }).waitFor({ timeout: WAIT });
    await pv.locator('.talk-with', { hasText: msg('en', 'talk.here') }).waitFor({ timeout: WAIT });
    await ps.getByLabel(msg('en', 'chat.label')).fill('Hello, how can I help?');
    await ps.getByLabel(msg('en', 'chat.label')).press('Enter');
    await pv.locator('.chat-text', { hasText: 'Hello, how can I help?' }).waitFor({ timeout: WAIT });
    await pv.getByLabel(msg('en', 'chat.label')).fill('Thanks!');
    await pv.getByLabel(msg('en', 'chat.label')).press('Enter');
    await ps.locator('.chat-text', { hasText: 'Thanks!' }).waitFor({ timeout: WAIT });
    await checkA11y(pv, 'the talk page');
  } finally {
    await ps.context().close();
    await pv.context().close();
  }
});

test('a visitor who knocked and reloads sees their place again, kept live, and can give up', { timeout: 180_000 }, async () => {
  const ps = await atBooth(staff.email, openBooth);
  const pv = await atBooth(a.email, openBooth);
  const knocks = `/api/booths/${openBooth.id}/knocks`;
  try {
    await pv.locator('.staff-online li', { hasText: staff.account.display_name || staff.account.name }).waitFor({ timeout: WAIT });
    await node.api('POST', knocks, { as: b.email, body: {} });
    await pv.getByRole('button', { name: msg('en', 'knock.ask'), exact: true }).click();
    await pv.locator('.knock-position', { hasText: 'You are 2nd in line' }).waitFor({ timeout: WAIT });

    await pv.reload();
    await pv.locator('.boothroom').waitFor();
    await pv.locator('.knock-position', { hasText: 'You are 2nd in line' }).waitFor({ timeout: WAIT });

    // The place moves on live: the staff take the visitor ahead.
    const taken = await node.api('POST', `${knocks}/take`, { as: staff.email, body: {} });
    assert.equal(taken.visitor.id, (await node.account(b.email)).id, 'the first in line was taken');
    await pv.locator('.knock-position', { hasText: 'You are 1st in line' }).waitFor({ timeout: WAIT });

    await pv.getByRole('button', { name: msg('en', 'knock.withdraw'), exact: true }).click();
    await pv.getByRole('button', { name: msg('en', 'knock.ask'), exact: true }).waitFor({ timeout: WAIT });
    assert.deepEqual((await node.api('GET', knocks, { as: staff.email })).knocks, [], 'nobody waits at the booth any more');
    assert.deepEqual((await node.api('GET', '/api/me/knocks', { as: a.email })).items, []);
  } finally {
    await ps.context().close();
    await pv.context().close();
  }
});

test('a knock at a closed booth says so and points to its slots', { timeout: 120_000 }, async () => {
  const pv = await atBooth(b.email, closedBooth);
  try {
    await pv.getByRole('button', { name: msg('en', 'knock.ask'), exact: true }).click();
    const link = pv.locator('.knock-status a', { hasText: msg('en', 'knock.see_slots') });
    await link.waitFor({ timeout: WAIT });
    assert.equal(await link.getAttribute('href'), '#slots');
  } finally {
    await pv.context().close();
  }
});

function feedShown(page) {
  return page.waitForFunction(() => /^https?:\/\/.+\.ics$/.test(document.querySelector('#feed-url')?.value || ''), null, { timeout: WAIT });
}

// moderate signs the Secretariat in from page (a socket of its own, beside
// the app's) and deletes the message of text in the booth's room; it
// returns its seq.
function moderate(page, boothId, text) {
  return page.evaluate(async ({ boothId, text, email, password }) => {
    const res = await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    const { access_token: token } = await res.json();
    const ws = new WebSocket(`ws://${location.host}/ws`);
    const waiting = new Map();
    let n = 0;
    ws.onmessage = (ev) => {
      for (const line of String(ev.data).split('\n')) {
        const env = JSON.parse(line);
        if (env.id && waiting.has(env.id)) {
          waiting.get(env.id)(env);
        }
      }
    };
    await new Promise((r) => (ws.onopen = r));
    const ask = (type, payload, room) => new Promise((resolve) => {
      const id = 'm' + ++n;
      waiting.set(id, resolve);
      ws.send(JSON.stringify({ type, id, room, payload }));
    });
    await ask('auth', { token });
    const joined = await ask('join', undefined, 'booth:' + boothId);
    const m = joined.payload.messages.find((x) => x.text === text);
    const done = await ask('delete', { seq: m.seq, reason: 'test' }, 'booth:' + boothId);
    ws.close();
    if (done.type !== 'reply') {
      throw new Error(JSON.stringify(done));
    }
    return m.seq;
  }, { boothId, text, email: SECRETARIAT, password: DEMO_PASSWORD });
}

function nextSlotStart(hoursAhead) {
  const d = new Date(Date.now() + hoursAhead * 3600_000);
  d.setUTCMinutes(0, 0, 0);
  return d.toISOString().replace('.000Z', 'Z');
}

// publishSlot publishes a slot of the staff member's on the hour, hoursAhead
// or, when the demo village's slots hold that hour (409 overlaps), on the
// first free hour after it.
async function publishSlot(hoursAhead, body) {
  for (let h = hoursAhead; h < hoursAhead + 24; h++) {
    const res = await node.api('POST', `/api/booths/${openBooth.id}/slots`, { as: staff.email, body: { starts_at: nextSlotStart(h), ...body }, expect: [201, 409] });
    if (res.id) return res;
  }
  assert.fail(`no free hour for a slot from ${hoursAhead} hours ahead`);
}

test('book a slot, see it on the schedule in one\'s zone, download its .ics, cancel it', { timeout: 180_000 }, async () => {
  const slot = await publishSlot(26, { minutes: 30, language: 'fr' });
  const starts = slot.starts_at;
  const pv = await atBooth(b.email, openBooth, { timezoneId: 'Asia/Tokyo', acceptDownloads: true });
  try {
    const errors = collectConsoleErrors(pv);
    const me = await node.account(b.email);
    const zone = me.time_zone;
    const when = new Intl.DateTimeFormat('en-US', { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone: zone }).format(new Date(starts));
    const row = pv.locator('.slot-list li', { hasText: when });
    await row.waitFor({ timeout: WAIT });
    assert.match(await row.textContent(), /French|français/);
    await row.getByRole('button', { name: msg('en', 'slots.book'), exact: false }).click();
    await pv.locator('.slots-status .ok').waitFor({ timeout: WAIT });
    await pv.locator('.slots-status a', { hasText: msg('en', 'nav.schedule') }).click();
    await pv.waitForURL(`${node.url}/schedule`);
    const card = pv.locator('.booking', { hasText: openBooth.title });
    await card.waitFor({ timeout: WAIT });
    assert.match(await card.textContent(), new RegExp(when.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    const [download] = await Promise.all([
      pv.waitForEvent('download'),
      card.getByRole('button', { name: msg('en', 'schedule.ics') }).click(),
    ]);
    const file = await download.path();
    assert.match(fs.readFileSync(file, 'utf8'), /^BEGIN:VCALENDAR/);
    // The feed's address is shown.
    await feedShown(pv);
    await checkA11y(pv, '/schedule (en)');
    await card.getByRole('button', { name: msg('en', 'schedule.cancel') }).click();
    await card.waitFor({ state: 'detached', timeout: WAIT });
    const left = await node.api('GET', '/api/bookings', { as: b.email });
    assert.equal(left.items.length, 0);
    assert.equal((await node.api('GET', `/api/booths/${openBooth.id}/slots`)).items.find((s) => s.id === slot.id).booked, false);
    errors.assertNone('booking and the schedule');
  } finally {
    await pv.context().close();
  }
});

test('a booking about to start links to its room on the schedule, where the two meet', { timeout: 150_000 }, async () => {
  // The next 5-minute boundary at least 20 s away: its room opens 5
  // minutes before, so within about 5 minutes of now it shows the link.
  const d = new Date(Date.now() + 20_000);
  d.setUTCSeconds(0, 0);
  d.setUTCMinutes(Math.ceil((d.getUTCMinutes() + 1) / 5) * 5);
  const slot = await node.api('POST', `/api/booths/${openBooth.id}/slots`, { as: staff.email, body: { starts_at: d.toISOString().replace('.000Z', 'Z'), minutes: 10, language: 'en' } });
  await node.api('POST', '/api/bookings', { as: a.email, body: { slot_id: slot.id } });
  const pv = await newPage(browser);
  try {
    await signIn(pv, node.url, a.email);
    await pv.goto(`${node.url}/schedule`);
    const join = pv.getByRole('link', { name: msg('en', 'schedule.join') });
    await join.waitFor({ timeout: 60_000 }); // the page looks again every 30 s
    await join.click();
    await pv.waitForURL(`${node.url}/meet/${slot.id}`);
    await pv.getByLabel(msg('en', 'chat.label')).fill('Ready when you are');
    await pv.getByLabel(msg('en', 'chat.label')).press('Enter');
    await pv.locator('.chat-text', { hasText: 'Ready when you are' }).waitFor({ timeout: WAIT });
    assert.equal(await pv.locator('.notice-error').count(), 0);
  } finally {
    await pv.context().close();
    await node.api('DELETE', `/api/bookings/${slot.id}`, { as: a.email, expect: [204] });
  }
});

test('leaving one\'s contact details shows exactly what goes, asks consent, and can be withdrawn', { timeout: 120_000 }, async () => {
  const pv = await atBooth(a.email, openBooth);
  try {
    const errors = collectConsoleErrors(pv);
    const me = await node.account(a.email);
    await pv.getByRole('button', { name: msg('en', 'lead.preview'), exact: true }).click();
    await pv.locator('#lead-consent').waitFor();
    assert.match(await pv.locator('#lead-title ~ form .facts').textContent(), new RegExp(me.email.replace(/[.+]/g, '\\$&')));
    // Without the tick nothing goes.
    await pv.getByRole('button', { name: msg('en', 'lead.send'), exact: true }).click();
    await pv.locator('.field-error', { hasText: msg('en', 'lead.agree_first') }).waitFor();
    assert.equal((await node.api('GET', `/api/booths/${openBooth.id}/leads`, { as: staff.email })).items.length, 0);
    await pv.getByLabel(msg('en', 'lead.note')).fill('Please send me your report');
    await pv.locator('#lead-consent').check();
    await pv.getByRole('button', { name: msg('en', 'lead.send'), exact: true }).click();
    await pv.locator('.ok', { hasText: msg('en', 'lead.left') }).waitFor({ timeout: WAIT });
    const leads = (await node.api('GET', `/api/booths/${openBooth.id}/leads`, { as: staff.email })).items;
    assert.equal(leads.length, 1);
    assert.equal(leads[0].note, 'Please send me your report');
    // Listed on the schedule page, and withdrawn there.
    await pv.goto(`${node.url}/schedule`);
    const row = pv.locator('#myleads-title ~ ul li', { hasText: openBooth.title });
    await row.waitFor({ timeout: WAIT });
    await checkA11y(pv, '/schedule with a lead');
    await row.getByRole('button', { name: msg('en', 'lead.withdraw') }).click();
    await row.waitFor({ state: 'detached', timeout: WAIT });
    assert.equal((await node.api('GET', `/api/booths/${openBooth.id}/leads`, { as: staff.email })).items.length, 0);
    errors.assertNone('leaving details');
  } finally {
    await pv.context().close();
  }
});

test('the booth page with its chat and the schedule: axe-clean in en and ar, no sideways scroll at 360 px', { timeout: 240_000 }, async () => {
  await publishSlot(50, { minutes: 20, language: 'en' });
  for (const lang of ['en', 'ar']) {
    for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 740 }]]) {
      const page = await atBooth(a.email, openBooth, { viewport });
      try {
        if (lang !== 'en') {
          await chooseLanguage(page, lang);
        }
        await page.getByLabel(msg(lang, 'chat.label')).fill(lang === 'ar' ? 'مرحبا بالجميع' : 'Hello everyone');
        await page.getByLabel(msg(lang, 'chat.label')).press('Enter');
        await page.locator('.chat-text').last().waitFor();
        await page.locator('.slot-list li').first().waitFor({ timeout: WAIT });
        await checkA11y(page, `the booth page (${lang}, ${label})`);
        await assertNoHorizontalScroll(page, `the booth page (${lang}, ${label})`);
        await page.locator('.boothroom').scrollIntoViewIfNeeded();
        await screenshot(page, `booth-live-${lang}-${label}`);
        await page.goto(`${node.url}/schedule`);
        await feedShown(page);
        await checkA11y(page, `/schedule (${lang}, ${label})`);
        await assertNoHorizontalScroll(page, `/schedule (${lang}, ${label})`);
        await screenshot(page, `schedule-${lang}-${label}`, { fullPage: true });
      } finally {
        await page.context().close();
      }
    }
  }
});
