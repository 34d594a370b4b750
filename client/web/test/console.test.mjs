// The staff console (/console): a knock shows live (and in the title),
// staff take it and land in the talk room with the visitor, a colleague
// taking the same knock is told it is taken; the booth's chat moderated
// (a message removed, a visitor muted); slots published and withdrawn;
// leads listed and downloaded as CSV; axe and a 360 px phone in English
// and Arabic.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import {
  assertNoHorizontalScroll, checkA11y, chooseLanguage, closeSuite, collectConsoleErrors, msg, newPage,
  openMenu, openSuite, screenshot, signIn,
} from './harness.mjs';

let node;
let browser;
let booth; // a booth open now
let staffA; // two staff of its organisation (participants invited to it)
let staffB;
let visitors; // participants who visit it

before(async () => {
  ({ node, browser } = await openSuite({ participants: 12 }));
  const open = await node.api('GET', '/api/booths?open_now=true&limit=100');
  booth = open.items[0];
  assert.ok(booth, 'a booth of the demo village is open now');
  // People of our own (the demo prints only three participants' logins).
  const people = [];
  for (let n = 0; n < 10; n++) {
    const p = {
      email: `console.${n}@example.org`, password: PASS, display_name: `Console Person ${n}`, stakeholder_group: 'civil_society',
      region: 'african', country: 'KE', languages: ['en', 'sw'], time_zone: 'Africa/Nairobi', themes: [], tags: [], directory_opt_in: false,
    };
    const res = await fetch(`http://127.0.0.1:${node.port}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(p) });
    assert.equal(res.status, 201, await res.text());
    people.push(p);
  }
  [staffA, staffB] = people.slice(0, 2);
  visitors = people.slice(2);
  for (const s of [staffA, staffB]) {
    const inv = await node.api('POST', '/api/invitations', { body: { role: 'staff', organisation_id: booth.organisation_id, ttl_hours: 1 } });
    await node.api('POST', `/api/invitations/${inv.id}/accept`, { as: s.email, password: PASS });
  }
});

const PASS = 'a long enough passphrase';
const account = (email) => node.account(email, PASS);
const api = (method, path, as, body) => node.api(method, path, { as, password: PASS, body });

after(() => closeSuite(node, browser));

/** token signs in through the API and returns an access token. */
async function token(email) {
  const res = await fetch(`http://127.0.0.1:${node.port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASS }),
  });
  assert.equal(res.status, 200);
  return (await res.json()).access_token;
}

/**
 * socket opens, in page, a live connection of its own for email (the
 * visitor's side, whose buttons are another page's), kept as window.__live:
 * its events in order, and call(type, payload, room) answering the reply or
 * error envelope.
 */
async function socket(page, email) {
  const tok = await token(email);
  await page.evaluate(async (tk) => {
    const ws = new WebSocket(location.origin.replace(/^http/, 'ws') + '/ws');
    const s = { events: [], waiting: new Map(), n: 0 };
    window.__live = s;
    ws.onmessage = (e) => {
      for (const line of String(e.data).split('\n')) {
        if (!line) continue;
        const env = JSON.parse(line);
        if (env.id && s.waiting.has(env.id)) {
          s.waiting.get(env.id)(env);
          s.waiting.delete(env.id);
        } else {
          s.events.push(env);
        }
      }
    };
    await new Promise((resolve, reject) => {
      ws.onopen = resolve;
      ws.onerror = reject;
    });
    s.call = (type, payload, room) => new Promise((resolve) => {
      const id = 't' + ++s.n;
      s.waiting.set(id, resolve);
      ws.send(JSON.stringify({ type, id, room, payload }));
    });
    const hello = await s.call('auth', { token: tk });
    if (hello.type !== 'reply') throw new Error(JSON.stringify(hello));
  }, tok);
}

const live = (page, type, payload, room) => page.evaluate(([t, p, r]) => window.__live.call(t, p ?? undefined, r ?? undefined), [type, payload ?? null, room ?? null]);
const liveEvent = (page, type) => page.waitForFunction((ty) => window.__live.events.find((e) => e.type === ty), type).then((h) => h.jsonValue());

/** openConsole signs email in and opens /console, staffed. */
async function openConsole(email, options) {
  const page = await newPage(browser, options);
  await signIn(page, node.url, email, PASS);
  await openMenu(page);
  await page.getByRole('navigation').getByRole('link', { name: msg('en', 'nav.console'), exact: true }).click();
  await page.waitForURL(`${node.url}/console`);
  await page.getByText(msg('en', 'console.staffed')).waitFor();
  return page;
}

/** knock leaves visitor's knock at the booth through the API. */
async function knock(visitor, text) {
  return api('POST', `/api/booths/${booth.id}/knocks`, visitor.email, text ? { text } : {});
}

const knockItem = (page, personId) => page.locator(`.knocks li[data-person-id="${personId}"]`);

test('a knock shows live; staff take it and talk with the visitor; a colleague is told it is taken', { timeout: 180_000 }, async () => {
  const staffPage = await openConsole(staffA.email);
  // The colleague's console hears the queue, until we hold its events back
  // (as if they were late) to press Take on a knock already taken.
  const colleague = await newPage(browser);
  let holdQueue = false;
  await colleague.routeWebSocket(/\/ws$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => {
      const lines = String(m).split('\n').filter((l) => !(holdQueue && l.includes('"knock.queue"')));
      if (lines.some((l) => l)) ws.send(lines.join('\n'));
    });
  });
  await signIn(colleague, node.url, staffB.email, PASS);
  await colleague.goto(`${node.url}/console`);
  await colleague.getByText(msg('en', 'console.staffed')).waitFor();
  const visitorPage = await newPage(browser);
  try {
    const errors = collectConsoleErrors(staffPage);
    await signIn(visitorPage, node.url, visitors[0].email, PASS);
    await visitorPage.goto(`${node.url}/booths/${booth.id}`);
    await socket(visitorPage, visitors[0].email);
    const visitor = await account(visitors[0].email);

    // Interact first, so that the chime may sound.
    await staffPage.locator('main h1').click();
    const position = await knock(visitors[0], 'About your report');
    assert.equal(position.position, 1);
    const item = knockItem(staffPage, visitor.id);
    await item.waitFor();
    assert.match(await item.innerText(), /About your report/);
    assert.equal(await item.getByRole('link', { name: visitor.display_name }).getAttribute('href'), `/people/${visitor.id}`);
    await staffPage.waitForFunction(() => document.title.startsWith('(1) '));
    await staffPage.waitForFunction((name) => [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent.includes(name)), visitor.display_name);
    // The wait ticks.
    const before = await item.locator('.knock-wait').innerText();
    await staffPage.waitForFunction(([id, b]) => document.querySelector(`.knocks li[data-person-id="${id}"] .knock-wait`)?.textContent !== b, [visitor.id, before]);
    await knockItem(colleague, visitor.id).waitFor();

    // The colleague's view goes stale; staff take the knock.
    holdQueue = true;
    await item.getByRole('button', { name: new RegExp(`^${msg('en', 'console.knock.take')}`) }).click();
    await staffPage.waitForURL(/\/talk\/[^/]+$/);
    const talkId = new URL(staffPage.url()).pathname.split('/').pop();
    // The count leaves the title with the console.
    await staffPage.waitForFunction((title) => document.title === title, `${msg('en', 'talk.title')} · Village`);

    // The colleague presses Take on the same knock: told readably, and the
    // queue is read again.
    await knockItem(colleague, visitor.id).getByRole('button', { name: new RegExp(`^${msg('en', 'console.knock.take')}`) }).click();
    await colleague.getByText(msg('en', 'console.knock.conflict')).waitFor();
    await knockItem(colleague, visitor.id).waitFor({ state: 'detached' });
    assert.match(colleague.url(), /\/console$/);
    holdQueue = false;

    // The visitor heard knock.taken, naming the talk room.
    const taken = await liveEvent(visitorPage, 'knock.taken');
    assert.equal(taken.payload.room, `talk:${talkId}`);
    assert.equal(taken.payload.booth, booth.id);

    // Both in the talk room, a message each way.
    await visitorPage.goto(`${node.url}/talk/${talkId}`);
    for (const [page, text] of [[staffPage, 'Hello, how can I help?'], [visitorPage, 'Tell me about the report']]) {
      await page.locator('#talk-chat-text').fill(text);
      await page.getByRole('button', { name: msg('en', 'chat.send'), exact: true }).click();
    }
    for (const page of [staffPage, visitorPage]) {
      await page.locator('.chat-list li', { hasText: 'Hello, how can I help?' }).waitFor();
      await page.locator('.chat-list li', { hasText: 'Tell me about the report' }).waitFor();
      // Each sees the other in the room.
      await page.locator('.talk-with', { hasText: msg('en', 'talk.here') }).waitFor();
    }
    errors.assertNone('the console and the talk room');
  } finally {
    await Promise.all([staffPage, colleague, visitorPage].map((p) => p.context().close()));
  }
});

test('staff decline a knock with a message; the visitor hears it', { timeout: 90_000 }, async () => {
  const staffPage = await openConsole(staffA.email);
  const visitorPage = await newPage(browser);
  try {
    await visitorPage.goto(`${node.url}/signin`);
    await socket(visitorPage, visitors[1].email);
    const visitor = await account(visitors[1].email);
    await knock(visitors[1]);
    const item = knockItem(staffPage, visitor.id);
    await item.getByRole('button', { name: msg('en', 'console.knock.decline'), exact: true }).click();
    await item.getByLabel(msg('en', 'console.knock.decline_message').replace('{name}', visitor.display_name)).fill('Please book a slot');
    await item.getByRole('button', { name: msg('en', 'console.knock.decline_send'), exact: true }).click();
    await item.waitFor({ state: 'detached' });
    const declined = await liveEvent(visitorPage, 'knock.declined');
    assert.equal(declined.payload.message, 'Please book a slot');
  } finally {
    await Promise.all([staffPage, visitorPage].map((p) => p.context().close()));
  }
});

test('moderation: a message removed disappears for the visitor; a muted visitor cannot write', { timeout: 120_000 }, async () => {
  const staffPage = await openConsole(staffA.email);
  const visitorPage = await newPage(browser);
  try {
    await visitorPage.goto(`${node.url}/signin`);
    await socket(visitorPage, visitors[2].email);
    const visitor = await account(visitors[2].email);
    const room = `booth:${booth.id}`;
    assert.equal((await live(visitorPage, 'join', null, room)).type, 'reply');
    // Seen in the console's visitors, not marked staff.
    const entry = staffPage.locator(`.visitors-list li[data-person-id="${visitor.id}"]`);
    await entry.waitFor();
    assert.equal(await entry.locator('.role').count(), 0);
    assert.equal(await staffPage.locator(`.visitors-list li[data-person-id="${(await account(staffA.email)).id}"] .role-staff`).count(), 1);

    const sent = await live(visitorPage, 'send', { text: 'Buy cheap watches' }, room);
    assert.equal(sent.type, 'reply');
    const seq = sent.payload.seq;
    const row = staffPage.locator(`.mod-list li[data-seq="${seq}"]`);
    await row.getByText('Buy cheap watches').waitFor();
    await row.getByRole('button', { name: new RegExp(`^${msg('en', 'console.chat.remove')}`) }).click();
    // The reason is required.
    await row.getByRole('button', { name: msg('en', 'console.chat.remove_confirm'), exact: true }).click();
    await row.getByText(msg('en', 'console.chat.reason_required')).waitFor();
    await row.getByLabel(msg('en', 'console.chat.reason')).fill('advertising');
    await row.getByRole('button', { name: msg('en', 'console.chat.remove_confirm'), exact: true }).click();
    await row.getByText(msg('en', 'console.chat.was_removed')).waitFor();
    const deleted = await liveEvent(visitorPage, 'message.deleted');
    assert.equal(deleted.payload.seq, seq);

    // Mute the visitor for 15 minutes from their next message.
    const second = await live(visitorPage, 'send', { text: 'Really cheap' }, room);
    const row2 = staffPage.locator(`.mod-list li[data-seq="${second.payload.seq}"]`);
    await row2.getByRole('button', { name: new RegExp(`^${msg('en', 'console.chat.mute').replace('…', '.')}`) }).click();
    await row2.getByLabel(msg('en', 'console.chat.mute_for')).selectOption('15');
    await row2.getByLabel(msg('en', 'console.chat.reason')).fill('spam');
    await row2.getByRole('button', { name: msg('en', 'console.chat.mute_confirm'), exact: true }).click();
    const mute = staffPage.locator(`.mutes li[data-person-id="${visitor.id}"]`);
    await mute.waitFor();
    const refused = await live(visitorPage, 'send', { text: 'Hello?' }, room);
    assert.equal(refused.type, 'error');
    assert.equal(refused.error.code, 'muted');
    // Lifted: they may write again.
    await mute.getByRole('button', { name: new RegExp(`^${msg('en', 'console.mutes.lift')}`) }).click();
    await mute.waitFor({ state: 'detached' });
    assert.equal((await live(visitorPage, 'send', { text: 'Hello again' }, room)).type, 'reply');

    // The pinned announcement, edited here, reaches the visitor.
    await staffPage.locator('#announcement').fill('Our director is here until 15:00');
    await staffPage.getByRole('button', { name: msg('en', 'console.announcement.save'), exact: true }).click();
    const pinned = await liveEvent(visitorPage, 'booth.announcement');
    assert.equal(pinned.payload.announcement, 'Our director is here until 15:00');
  } finally {
    await Promise.all([staffPage, visitorPage].map((p) => p.context().close()));
  }
});

test('slots: publish one in the viewer\'s zone, see it, withdraw it', { timeout: 90_000 }, async () => {
  const page = await openConsole(staffA.email, { timezoneId: 'UTC' });
  try {
    const me = await account(staffA.email);
    const day = new Date(Date.now() + 200 * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    await page.locator('#slot-date').fill(date);
    await page.locator('#slot-time').fill('03:07');
    await page.getByRole('button', { name: msg('en', 'console.slots.publish_button'), exact: true }).click();
    await page.getByText(msg('en', 'console.slots.grid')).waitFor();
    await page.locator('#slot-time').fill('03:05');
    await page.locator('#slot-minutes').selectOption('30');
    await page.getByRole('button', { name: msg('en', 'console.slots.publish_button'), exact: true }).click();
    // The start is read in the person's zone (their profile's).
    const wall = (iso) => new Intl.DateTimeFormat('en-CA', { timeZone: me.time_zone || 'UTC', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
    let slot;
    for (let i = 0; i < 50 && !slot; i++) {
      slot = (await node.api('GET', `/api/booths/${booth.id}/slots?limit=100`)).items.find((s) => s.staff.id === me.id && wall(s.starts_at) === `${date}, 03:05`);
      if (!slot) await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(slot, `the slot is published at 03:05 on ${date} in ${me.time_zone}`);
    assert.equal(slot.minutes, 30);
    // The list shows the first few; the rest on demand.
    const more = page.locator('.console-slots button[aria-expanded="false"]');
    if (await more.count()) await more.click();
    const item = page.locator(`.slots li[data-slot-id="${slot.id}"]`);
    await item.waitFor();
    await item.getByRole('button', { name: msg('en', 'console.slots.withdraw'), exact: true }).click();
    await item.getByText(msg('en', 'console.slots.withdraw_free')).waitFor();
    await item.getByRole('button', { name: msg('en', 'console.slots.withdraw_confirm'), exact: true }).click();
    await item.waitFor({ state: 'detached' });
  } finally {
    await page.context().close();
  }
});

test('leads: a lead left is listed and the CSV downloads', { timeout: 90_000 }, async () => {
  const who = visitors[3];
  const preview = await api('GET', `/api/booths/${booth.id}/lead-preview`, who.email);
  await api('POST', `/api/booths/${booth.id}/leads`, who.email, { consent: preview.consent, note: 'Send the report' });
  const page = await openConsole(staffA.email);
  try {
    const row = page.locator('table.leads tbody tr', { hasText: preview.contact.email });
    await row.waitFor();
    assert.match(await row.innerText(), /Send the report/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: msg('en', 'console.leads.csv'), exact: true }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^leads-booth-[\w-]+-\d{8}\.csv$/);
    const text = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    assert.equal(text.split('\r\n')[0], 'Name,E-mail,Organisation,Stakeholder group,Country,Languages,Note,Left at (UTC)');
    assert.ok(text.includes(preview.contact.email));
  } finally {
    await page.context().close();
  }
});

test('a new knock chimes only after the person touched the page, and not when muted', { timeout: 90_000 }, async () => {
  const page = await newPage(browser);
  // A stand-in for the Web Audio API that counts the notes played.
  await page.addInitScript(() => {
    window.__notes = 0;
    class FakeAudio {
      constructor() { this.state = 'suspended'; this.currentTime = 0; this.destination = {}; }
      resume() { this.state = 'running'; return Promise.resolve(); }
      createGain() { return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (d) => d }; }
      createOscillator() { return { frequency: {}, connect: (g) => g, start: () => window.__notes++, stop() {} }; }
    }
    window.AudioContext = FakeAudio;
  });
  try {
    await signIn(page, node.url, staffA.email, PASS);
    // Arrive by address, without a click on the page.
    await page.goto(`${node.url}/console`);
    await page.getByText(msg('en', 'console.staffed')).waitFor();
    const [v1, v2, v3] = await Promise.all(visitors.slice(5, 8).map((v) => account(v.email)));
    await knock(visitors[5]);
    await knockItem(page, v1.id).waitFor();
    assert.equal(await page.evaluate(() => window.__notes), 0, 'no sound before the person touched the page');
    await page.keyboard.press('Tab');
    await knock(visitors[6]);
    await knockItem(page, v2.id).waitFor();
    await page.waitForFunction(() => window.__notes > 0);
    const notes = await page.evaluate(() => window.__notes);
    const mute = page.getByRole('button', { name: msg('en', 'console.mute_sound'), exact: true });
    await mute.click();
    assert.equal(await mute.getAttribute('aria-pressed'), 'true');
    await knock(visitors[7]);
    await knockItem(page, v3.id).waitFor();
    await page.waitForFunction(() => document.title.startsWith('(3) '));
    assert.equal(await page.evaluate(() => window.__notes), notes, 'muted: no sound');
    // The choice is kept on the device.
    await page.reload();
    assert.equal(await page.getByRole('button', { name: msg('en', 'console.mute_sound'), exact: true }).getAttribute('aria-pressed'), 'true');
    await mute.click();
    // Nobody left waiting for the next test.
    for (const v of [v1, v2, v3]) await node.api('POST', `/api/booths/${booth.id}/knocks/${v.id}/decline`, { as: staffA.email, password: PASS, body: {}, expect: 204 });
  } finally {
    await page.context().close();
  }
});

test('the console with a knock waiting: axe in English and Arabic, a 360 px phone', { timeout: 150_000 }, async () => {
  // A console kept open, so that the booth is staffed.
  const desk = await openConsole(staffB.email);
  await knock(visitors[4], 'Une question sur vos travaux');
  const visitor = await account(visitors[4].email);
  for (const [lang, viewport] of [['en', { width: 1280, height: 900 }], ['en', { width: 360, height: 740 }], ['ar', { width: 1280, height: 900 }], ['ar', { width: 360, height: 740 }]]) {
    const page = await openConsole(staffA.email, { viewport });
    try {
      if (lang !== 'en') await chooseLanguage(page, lang);
      await knockItem(page, visitor.id).waitFor();
      await page.locator('.table-wrap, .console-leads .muted').first().waitFor();
      await page.waitForFunction(() => !document.querySelector('main .loading'));
      await assertNoHorizontalScroll(page, `/console (${lang}, ${viewport.width} px)`);
      if (viewport.width > 400) await checkA11y(page, `/console (${lang})`);
      await screenshot(page, `console-${lang}-${viewport.width}`, { fullPage: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `console-${lang}-${viewport.width}-top`);
    } finally {
      await page.context().close();
    }
  }
  await desk.context().close();
});
