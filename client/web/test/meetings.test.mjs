// 1:1 meetings across time zones (/meetings, /meetings/new, /meetings/<id>,
// the schedule): Amina's browser is in Tokyo and so is her profile, Kenji's
// in Bogota. Amina asks Kenji from his page with a suggested time; Kenji
// hears it live, finds it in his inbox at his own local time and accepts;
// both see the same meeting at the right local clock (computed here from
// the UTC start), on its page, under Upcoming and on the schedule. A time
// outside Tokyo's working hours is refused in words, then sent anyway, and
// a request to someone who blocked one is refused in words. A
// meeting about to start opens its room, where both chat. axe on every
// page; Arabic on a 375 px phone without sideways scroll.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import {
  assertNoHorizontalScroll, checkA11y, chooseLanguage, closeSuite, collectConsoleErrors, msg, newPage, openMenu, openSuite, pageReady,
  screenshot, signIn, waitConnection, waitFocus, WAIT,
} from './harness.mjs';

let node;
let browser;
let amina; // {email, account}: Tokyo
let kenji; // {email, account}: Bogota

const en = (key) => msg('en', key);
const TOKYO = 'Asia/Tokyo';
const BOGOTA = 'America/Bogota';
const WHEN = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
const TIME = { hour: 'numeric', minute: '2-digit' };
const DAY_KEY = { year: 'numeric', month: '2-digit', day: '2-digit' };

// norm drops bidi isolates and evens spaces: ICU puts narrow no-break spaces before AM/PM.
const norm = (s) => s.replace(/[\u2068\u2069]/g, '').replace(/[\s\u202f\u00a0]+/g, ' ').trim();
const fmt = (iso, zone, options) => norm(new Intl.DateTimeFormat('en', { ...options, timeZone: zone }).format(new Date(iso)));

// local is how the viewer in zone reads iso: their own clock in full, the
// other's clock (with its weekday when their day differs).
function local(iso, zone, otherZone) {
  const sameDay = fmt(iso, zone, DAY_KEY) === fmt(iso, otherZone, DAY_KEY);
  return { mine: fmt(iso, zone, WHEN), theirs: fmt(iso, otherZone, sameDay ? TIME : { weekday: 'short', ...TIME }) };
}

before(async () => {
  ({ node, browser } = await openSuite({ participants: 12 }));
  const [a, k] = node.participants.slice(-2);
  for (const [who, zone] of [[a, TOKYO], [k, BOGOTA]]) {
    await node.api('PATCH', '/api/me', { as: who.email, body: { time_zone: zone, work_from: '08:00', work_to: '20:00', meeting_requests: 'anyone' } });
  }
  amina = { email: a.email, account: await node.account(a.email) };
  kenji = { email: k.email, account: await node.account(k.email) };
  assert.equal(amina.account.time_zone, TOKYO);
  assert.equal(kenji.account.time_zone, BOGOTA);
});

after(() => closeSuite(node, browser));

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function text(locator) {
  return norm(await locator.innerText());
}

test('Tokyo asks Bogota with a suggested time, Bogota accepts, both see it at their own clock; outside hours refused then sent; the room', { timeout: 150_000 }, async () => {
  const pa = await newPage(browser, { timezoneId: TOKYO });
  const pk = await newPage(browser, { timezoneId: BOGOTA });
  try {
    const errorsA = collectConsoleErrors(pa, { statuses: [403, 422] });
    const errorsK = collectConsoleErrors(pk);
    await Promise.all([signIn(pa, node.url, amina.email), signIn(pk, node.url, kenji.email)]);
    await Promise.all([waitConnection(pa, 'connected'), waitConnection(pk, 'connected')]);
    const kname = kenji.account.display_name;
    const aname = amina.account.display_name;

    // From Kenji's page, one step: "Ask for a meeting".
    await pa.goto(`${node.url}/people/${kenji.account.id}`);
    await pa.getByRole('link', { name: en('meetings.ask'), exact: true }).click();
    await pa.waitForURL(`${node.url}/meetings/new?with=${kenji.account.id}`);
    const times = pa.locator('input[name="new-time"]');
    await times.first().waitFor({ timeout: WAIT });
    assert.equal(await pa.locator('input[name="new-time"]:checked').count(), 0, 'no time preselected');
    await checkA11y(pa, '/meetings/new (en)');
    const starts = await times.first().getAttribute('value');
    const forA = local(starts, TOKYO, BOGOTA);
    const forK = local(starts, BOGOTA, TOKYO);
    const label = await text(pa.locator('label.meeting-time-choice').first());
    assert.equal(label, `${forA.mine} for you · ${forA.theirs} for ${kname} (Bogota)`, 'the suggestion in both zones');
    // Sending with no time says so, and sends nothing.
    await pa.getByRole('button', { name: en('meetings.new.submit') }).click();
    await pa.locator('.meeting-problem', { hasText: en('meetings.times.required') }).waitFor();
    await times.first().check();
    await pa.getByLabel(en('meetings.note.label')).fill('Community networks in rural Colombia?');
    await pa.getByRole('button', { name: en('meetings.new.submit') }).click();
    await pa.waitForURL(/\/meetings\/meet-/);
    const id = decodeURIComponent(pa.url().split('/meetings/')[1]);
    const cardA = pa.locator(`article[data-meeting-id="${id}"]`);
    await cardA.locator('.meeting-state').waitFor();
    assert.equal(await text(cardA.locator('.meeting-state')), `Awaiting ${kname}'s answer`);
    assert.match(await text(cardA), new RegExp(`${esc(forA.mine)} for you`));

    // Kenji hears it at once, sees the count in the header, and finds the
    // request in his inbox at his own clock.
    await pk.locator('.toast', { hasText: 'asked you for a meeting' }).waitFor({ timeout: WAIT });
    assert.match(await text(pk.locator('.toast', { hasText: 'asked you for a meeting' })), new RegExp(`^${aname} asked you for a meeting`));
    await pk.locator('header .count-badge').waitFor();
    await openMenu(pk);
    await pk.getByRole('banner').getByRole('link', { name: /^Meetings/ }).click();
    await pk.waitForURL(`${node.url}/meetings`);
    const cardK = pk.locator(`article[data-meeting-id="${id}"]`);
    await cardK.waitFor();
    assert.match(await text(pk.getByRole('navigation', { name: en('meetings.boxes') }).locator('a[aria-current="page"]')), /^To answer 1 , 1 request awaits your answer$/);
    const radio = cardK.getByRole('radio');
    assert.equal(await radio.count(), 1);
    const radioLabel = norm(await cardK.locator('label:has(input[type=radio])').innerText());
    assert.equal(radioLabel, `${forK.mine} for you · ${forK.theirs} for ${aname} (Tokyo)`);
    await cardK.getByText('Community networks in rural Colombia?').waitFor();
    await checkA11y(pk, '/meetings inbox (en)');
    // Proposing other times opens in the card, focus on its heading, the
    // suggestions in both zones; closing it gives the focus back.
    await cardK.getByRole('button', { name: en('meetings.propose.open') }).click();
    await waitFocus(pk, '.meeting-form-title', 'the propose form');
    await cardK.locator(`input[name$="-p-time"]`).first().waitFor();
    await checkA11y(pk, '/meetings inbox, proposing (en)');
    await cardK.getByRole('button', { name: en('common.cancel'), exact: true }).click();
    await waitFocus(pk, `article[data-meeting-id="${id}"] h2`, 'the card heading');
    await radio.check();
    await cardK.getByRole('button', { name: en('meetings.accept.submit'), exact: true }).click();
    await waitFocus(pk, '.meeting-page-said', 'the status after accepting');
    assert.match(await text(pk.locator('.meeting-page-said')), /^Accepted: /);

    // Amina hears the answer; her page shows the meeting confirmed, the
    // room's countdown and the calendar file.
    await pa.locator('.toast', { hasText: ' accepted: ' }).waitFor({ timeout: WAIT });
    assert.match(await text(pa.locator('.toast', { hasText: ' accepted: ' })), new RegExp(`^${kname} accepted: ${esc(forA.mine)}`));
    await cardA.locator('.meeting-state', { hasText: en('meetings.state.confirmed') }).waitFor();
    assert.equal(await text(cardA.locator('.meeting-when')), `${forA.mine} for you · ${forA.theirs} for ${kname} (Bogota)`);
    await pa.locator('#room-countdown').waitFor();
    const [file] = await Promise.all([pa.waitForEvent('download'), cardA.getByRole('button', { name: en('meetings.ics') }).click()]);
    assert.match(file.suggestedFilename(), /\.ics$/);
    const ics = fs.readFileSync(await file.path(), 'utf8');
    assert.match(ics, /BEGIN:VEVENT/);
    assert.match(ics, new RegExp(`DTSTART:${starts.replace(/[-:]/g, '')}`));
    await checkA11y(pa, '/meetings/:id confirmed (en)');

    // Both under Upcoming and on the schedule, each at their own clock.
    await pk.getByRole('link', { name: en('meetings.box.upcoming') }).click();
    await pk.waitForURL(`${node.url}/meetings?box=upcoming`);
    assert.equal(await text(pk.locator(`article[data-meeting-id="${id}"] .meeting-when`)), `${forK.mine} for you · ${forK.theirs} for ${aname} (Tokyo)`);
    for (const [p, mine, other, city] of [[pa, forA, kname, 'Bogota'], [pk, forK, aname, 'Tokyo']]) {
      await p.goto(`${node.url}/schedule`);
      const line = p.locator(`.my-meetings li[data-meeting-id="${id}"]`);
      await line.waitFor();
      assert.match(await text(line), new RegExp(`${esc(mine.mine)} for you · ${esc(mine.theirs)} for ${other} \\(${city}\\)`));
    }
    await checkA11y(pa, '/schedule with a meeting (en)');

    // A time outside Amina's working hours (03:00 in Tokyo, the day after
    // tomorrow) is refused in words; ticking "send anyway" sends it.
    await pa.goto(`${node.url}/meetings/new?with=${kenji.account.id}`);
    await pa.locator('input[name="new-time"]').first().waitFor();
    await pa.getByRole('button', { name: en('meetings.more.open') }).click();
    const day = new Date(Date.now() + 2 * 86_400_000).toLocaleDateString('en-CA', { timeZone: TOKYO });
    await pa.locator('#new-more').fill(`${day}T03:00`);
    await pa.getByRole('button', { name: en('meetings.more.add') }).click();
    assert.equal(await pa.locator('input[name="new-time"]:checked').count(), 1);
    await pa.getByRole('button', { name: en('meetings.new.submit') }).click();
    await pa.locator('.meeting-problem', { hasText: 'This time is outside the working hours of' }).waitFor();
    assert.match(await text(pa.locator('.meeting-problem')), new RegExp(`^This time is outside the working hours of ${kname} or yours\\.`));
    await waitFocus(pa, '.meeting-problem', 'the refusal');
    await checkA11y(pa, '/meetings/new refused outside hours (en)');
    await pa.getByLabel(en('meetings.anyway.send')).check();
    await pa.getByRole('button', { name: en('meetings.new.submit') }).click();
    await pa.waitForURL((u) => /\/meetings\/meet-/.test(u.pathname) && !u.pathname.endsWith(id));

    // Kenji blocks Amina: her request is refused in words, and nothing is
    // sent; then he lifts the block. (A block ends what stood between
    // them: the meeting agreed above shows cancelled from here on.)
    await node.api('PUT', `/api/me/blocks/${amina.account.id}`, { as: kenji.email, expect: [200, 201, 204] });
    await pa.goto(`${node.url}/meetings/new?with=${kenji.account.id}`);
    await pa.locator('input[name="new-time"]').nth(1).check();
    await pa.getByRole('button', { name: en('meetings.new.submit') }).click();
    await pa.locator('.meeting-problem', { hasText: 'one of you has blocked the other' }).waitFor();
    assert.equal(await text(pa.locator('.meeting-problem')), `You cannot ask ${kname} for a meeting: one of you has blocked the other.`);
    assert.match(pa.url(), /\/meetings\/new\?with=/);
    await node.api('DELETE', `/api/me/blocks/${amina.account.id}`, { as: kenji.email, expect: [200, 204] });

    // A meeting that starts in a few minutes: its room is open on its page
    // for both, who write to each other.
    // The next 5-minute mark at most 5 minutes away (its room is open now),
    // or the one after when that is too close to ask for (the room then
    // opens within seconds).
    const FIVE = 300_000;
    let at = Math.floor((Date.now() + FIVE) / FIVE) * FIVE;
    if (at - Date.now() < 8_000) at += FIVE;
    const soon = new Date(at).toISOString().replace('.000Z', 'Z');
    const m = await node.api('POST', '/api/meetings', { as: amina.email, body: { with: kenji.account.id, minutes: 15, times: [soon], outside_hours: true } });
    await node.api('POST', `/api/meetings/${m.id}/accept`, { as: kenji.email, body: { starts_at: soon, outside_hours: true } });
    await Promise.all([pa.goto(`${node.url}/meetings/${m.id}`), pk.goto(`${node.url}/meetings/${m.id}`)]);
    for (const p of [pa, pk]) await p.locator('.meeting-room .chat-form textarea').waitFor({ timeout: 45_000 });
    const box = pa.locator('.meeting-room .chat-form textarea');
    await box.fill('Hello from Tokyo');
    await box.press('Enter');
    await pk.locator('.meeting-room').getByText('Hello from Tokyo').waitFor({ timeout: WAIT });
    await screenshot(pa, 'meetings-room-en-desktop', { fullPage: true });
    await checkA11y(pk, '/meetings/:id room open (en)');

    // Being in the room made them contacts: /contacts offers to ask Kenji
    // for another meeting, in one step.
    await pa.goto(`${node.url}/contacts`);
    const ask = pa.locator(`.met[data-person-id="${kenji.account.id}"] .met-ask a`);
    await ask.waitFor({ timeout: WAIT });
    assert.equal(norm(await ask.innerText()), `Ask ${kname} for a meeting`);
    assert.equal(await ask.getAttribute('href'), `/meetings/new?with=${kenji.account.id}`);

    // Arabic on a 375 px phone: right to left, axe-clean, no sideways
    // scroll, the boxes and the page.
    await pk.setViewportSize({ width: 375, height: 800 });
    await chooseLanguage(pk, 'ar');
    for (const where of [`/meetings?box=upcoming`, `/meetings/${id}`, `/meetings/new?with=${amina.account.id}`]) {
      await pk.goto(`${node.url}${where}`);
      await pageReady(pk);
      await pk.locator('article.meeting, input[name="new-time"]').first().waitFor();
      assert.equal(await pk.evaluate(() => document.documentElement.dir), 'rtl');
      await checkA11y(pk, `${where} (ar, 375 px)`);
      await assertNoHorizontalScroll(pk, `${where} (ar, 375 px)`);
      await screenshot(pk, `meetings-ar-phone-${where.split(/[/?=]/).filter(Boolean).slice(0, 2).join('-')}`, { fullPage: true });
    }
    // Chinese: the boxes axe-clean too (lang on the page, no sideways scroll).
    await chooseLanguage(pk, 'zh');
    await pk.goto(`${node.url}/meetings?box=upcoming`);
    await pk.locator('article.meeting').first().waitFor();
    await checkA11y(pk, '/meetings (zh, 375 px)');
    await assertNoHorizontalScroll(pk, '/meetings (zh, 375 px)');
    errorsA.assertNone('Amina');
    errorsK.assertNone('Kenji');
  } catch (e) {
    await screenshot(pa, 'meetings-failed-a', { fullPage: true });
    await screenshot(pk, 'meetings-failed-k', { fullPage: true });
    throw e;
  } finally {
    await pa.context().close();
    await pk.context().close();
  }
});
