// The screenshots of the documentation (docs/screenshots/<name>.png, written
// only with UPDATE_SCREENSHOTS=1; `make test-browser` takes them anyway, into
// a temporary folder). Each page is shown as a person would find it, in
// English, on a 1280 × 800 window; the test checks that it shows what the
// picture is meant to show before taking it (a booth's room and the staff
// console on taller windows, to show them whole). The Arabic register page and
// the phone's home are taken by i18n.test.mjs and phone.test.mjs.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  closeSuite, collectConsoleErrors, msg, newPage, onlineEntry, openSuite, pageReady, screenshot, SECRETARIAT, signIn,
  tidy, waitConnection,
} from './harness.mjs';

let node;
let browser;
let visitor; // a demo participant, listed in the directory
let shown; // the person whose profile the docs show

const en = (key) => msg('en', key);

before(async () => {
  ({ node, browser } = await openSuite());
  const people = await Promise.all(node.participants.map(async (l) => ({ email: l.email, ...(await node.account(l.email)) })));
  visitor = people.find((p) => p.directory_opt_in) ?? people[0];
  // Someone with a full profile, for the person page.
  const dir = await node.api('GET', '/api/directory?limit=50');
  shown = dir.items.find((p) => p.id !== visitor.id && p.themes.length && p.tags.length && p.expertise) ?? dir.items[0];
  // Invitations for the secretariat's list.
  const orgs = (await node.api('GET', '/api/organisations')).items.filter((o) => o.kind !== 'secretariat');
  await node.api('POST', '/api/invitations', { body: { role: 'staff', organisation_id: orgs[0].id, note: 'Booth team lead', ttl_hours: 14 * 24 } });
  await node.api('POST', '/api/invitations', { body: { role: 'secretariat', note: 'Host of the opening tour', ttl_hours: 7 * 24 } });
});

after(() => closeSuite(node, browser));

test('the screenshots of the sign-in and register pages', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(`${node.url}/signin`);
    await page.locator('main form').waitFor();
    await page.locator('aside.notice', { hasText: SECRETARIAT }).waitFor(); // the demo's login
    assert.equal(await page.locator('main#main h1').innerText(), en('signin.title'));
    await tidy(page);
    await screenshot(page, 'signin');

    await page.getByRole('link', { name: en('signin.register'), exact: true }).click();
    await page.locator('#f-email').waitFor();
    await page.locator('#f-email').fill('amina.diallo@example.org');
    await page.locator('#f-password').fill('a passphrase to remember');
    await page.locator('#f-display_name').fill('Amina Diallo');
    await page.locator('#f-stakeholder_group').selectOption('civil_society');
    assert.equal(await page.locator('main#main h1').innerText(), en('register.title'));
    await tidy(page);
    await screenshot(page, 'register');
    errors.assertNone('sign-in and register');
  } finally {
    await page.context().close();
  }
});

test('the screenshots of a participant\'s pages: home with people online, the directory, a person, the village, a booth, the profile', { timeout: 120_000 }, async () => {
  const page = await newPage(browser);
  const other = await newPage(browser);
  // Booth staff online too, so that home shows a village, not a pair.
  const staff = node.logins.filter((l) => l.role === 'staff').slice(0, 3);
  const more = await Promise.all(staff.map(() => newPage(browser)));
  try {
    const errors = collectConsoleErrors(page);
    await signIn(other, node.url, SECRETARIAT);
    for (const [i, l] of staff.entries()) await signIn(more[i], node.url, l.email);
    await signIn(page, node.url, visitor.email);
    await waitConnection(page, 'connected');
    const secretariatId = (await node.account(SECRETARIAT)).id;
    await onlineEntry(page, visitor.id).waitFor();
    await onlineEntry(page, secretariatId).waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('#online li').length === n, 2 + staff.length);
    await tidy(page);
    await screenshot(page, 'home');

    await page.goto(`${node.url}/people?theme=inclusion&region=african`);
    await page.locator('.results .result').first().waitFor();
    assert.equal(await page.locator('#f-theme').inputValue(), 'inclusion');
    assert.equal(await page.locator('#f-region').inputValue(), 'african');
    assert.ok(await page.locator('.results .result').count() >= 2, 'a few results');
    await tidy(page);
    await screenshot(page, 'directory');

    await page.goto(`${node.url}/people/${shown.id}`);
    await page.locator('dl.facts').waitFor();
    await page.locator('.presence').waitFor();
    assert.equal(await page.locator('main#main h1').innerText(), shown.display_name);
    await tidy(page);
    await screenshot(page, 'person');

    await page.goto(`${node.url}/village?theme=inclusion`);
    await page.locator('.booth-card').first().waitFor();
    assert.ok(await page.locator('.booth-card').count() >= 2, 'a few booths');
    await tidy(page);
    await screenshot(page, 'village');

    await page.goto(`${node.url}/village?view=overview`);
    await page.locator('.district .plot').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('[aria-busy]'));
    await tidy(page);
    await screenshot(page, 'village-overview');

    const booth = (await node.api('GET', '/api/booths?open_now=true&limit=1')).items[0] ?? (await node.api('GET', '/api/booths?limit=1')).items[0];
    await page.goto(`${node.url}/booths/${booth.id}`);
    await page.locator('.booth-grid .markdown').waitFor();
    await page.waitForFunction(() => !document.querySelector('dl.facts .muted'));
    assert.equal(await page.locator('main#main h1').innerText(), booth.title);
    await tidy(page);
    await screenshot(page, 'booth');

    await page.goto(`${node.url}/me`);
    await page.locator('#f-display_name').waitFor();
    assert.equal(await page.locator('#f-display_name').inputValue(), visitor.display_name);
    await tidy(page);
    await screenshot(page, 'profile');
    errors.assertNone('a participant\'s pages');
  } finally {
    await page.context().close();
    await other.context().close();
    for (const m of more) await m.context().close();
  }
});

test('the screenshots of the secretariat\'s pages: organisations, and invitations with a new link', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await signIn(page, node.url, SECRETARIAT);
    await page.goto(`${node.url}/organisations`);
    await pageReady(page);
    await page.locator('tbody tr').first().waitFor();
    assert.ok(await page.locator('tbody tr').count() >= 3, 'the demo organisations are listed');
    await tidy(page);
    await screenshot(page, 'organisations');

    await page.goto(`${node.url}/invitations`);
    await pageReady(page);
    await page.locator('#f-organisation_id option').nth(1).waitFor({ state: 'attached' });
    await page.locator('#f-organisation_id').selectOption({ index: 1 });
    await page.getByRole('textbox', { name: en('field.note') }).fill('For the booth of the week');
    await page.getByRole('button', { name: en('invitations.create'), exact: true }).click();
    await page.locator('#new-link').waitFor();
    assert.match(await page.locator('#new-link').inputValue(), /\/invite\/[^/]+$/);
    assert.equal(await page.locator('tbody tr').count(), 3, 'the new link and the two made before');
    await tidy(page, '#link-title');
    await screenshot(page, 'invitations');
    errors.assertNone('the secretariat\'s pages');
  } finally {
    await page.context().close();
  }
});

test('the screenshots of a booth room and of its staff console: an announcement, staff online, a chat, a knock waiting', { timeout: 150_000 }, async () => {
  // A booth open now whose staff can sign in (the demo prints their logins).
  const open = (await node.api('GET', '/api/booths?open_now=true&limit=100')).items;
  let booth = null;
  let staff = null;
  for (const l of node.logins.filter((x) => x.role === 'staff')) {
    const account = await node.account(l.email);
    booth = open.find((b) => b.organisation_id === account.organisation_id);
    if (booth) {
      staff = { email: l.email, name: account.display_name };
      break;
    }
  }
  assert.ok(booth, 'a demo booth open now whose staff can sign in');
  const other = node.participants.find((l) => l.email !== visitor.email);
  const desk = await newPage(browser, { viewport: { width: 1280, height: 1000 } });
  const staffAtBooth = await newPage(browser);
  // Tall enough for the room beside the booth's description: its people,
  // the knock and the chat.
  const page = await newPage(browser, { viewport: { width: 1280, height: 1360 } });
  const second = await newPage(browser);
  const say = async (p, text) => {
    await p.getByLabel(en('chat.label')).fill(text);
    await p.getByLabel(en('chat.label')).press('Enter');
    await p.locator('.chat-list:not(.chat-pending) .chat-text', { hasText: text }).waitFor();
  };
  try {
    const errors = collectConsoleErrors(page);
    const deskErrors = collectConsoleErrors(desk);
    await signIn(desk, node.url, staff.email);
    await desk.goto(`${node.url}/console`);
    await desk.locator('.notice.staffed.notice-ok').waitFor();
    for (const [p, email] of [[staffAtBooth, staff.email], [page, visitor.email], [second, other.email]]) {
      await signIn(p, node.url, email);
      await p.goto(`${node.url}/booths/${booth.id}`);
      await p.locator('.boothroom').waitFor();
      await waitConnection(p, 'connected');
    }
    await node.api('PATCH', `/api/booths/${booth.id}`, { as: staff.email, body: { announcement: 'Our report on community networks is out today: ask us about it.' } });
    await say(page, 'Hello! Is the report also in French?');
    await say(staffAtBooth, 'Yes: the French edition is in our materials, and we can talk it through now.');
    await say(second, 'Thank you for the session this morning.');
    await second.getByLabel(en('knock.text')).fill('Community networks in rural Kenya');
    await second.getByRole('button', { name: en('knock.ask'), exact: true }).click();
    await second.locator('.knock-position').waitFor();

    await page.locator('.announcement', { hasText: 'community networks' }).waitFor();
    await page.locator('.staff-online li', { hasText: staff.name }).waitFor();
    await page.locator('.chat-text', { hasText: 'Thank you for the session' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('dl.facts .muted'));
    assert.equal(await page.locator('main#main h1').innerText(), booth.title);
    await tidy(page);
    await screenshot(page, 'booth-room');

    await desk.locator('.console-chat', { hasText: 'Thank you for the session' }).waitFor();
    await desk.locator('.knocks .knock-text', { hasText: 'Community networks in rural Kenya' }).waitFor();
    await tidy(desk);
    await screenshot(desk, 'console');
    errors.assertNone('the booth room');
    deskErrors.assertNone('the console');
  } finally {
    for (const p of [desk, staffAtBooth, page, second]) await p.context().close();
  }
});
