// A participant's flows, as a person goes through them in the browser:
// registering (and getting it wrong first), editing the profile, finding
// people in the directory, signing out and in again. The page stays in
// English throughout (the context's locale; the switcher where a profile
// would pick another language).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  chooseLanguage, closeSuite, collectConsoleErrors, fillRegister, hasLanguage, headerWho, msg, newcomer, newPage, openSuite,
  pageReady, pickLanguage, signIn, waitFocus, waitHeaderWho,
} from './harness.mjs';

let node;
let browser;
// Demo participants (the node prints their logins), as the API sees them.
let listed; // one who is listed in the directory
let editor; // one whose profile test 3 edits
let returning; // one who signs out and in again

before(async () => {
  ({ node, browser } = await openSuite());
  const people = await Promise.all(node.participants.map(async (l) => ({ email: l.email, ...(await node.account(l.email)) })));
  assert.ok(people.length >= 3, `the demo village printed three participants' logins:\n${node.log()}`);
  listed = people.find((p) => p.directory_opt_in);
  assert.ok(listed, `one of the printed participants is listed in the directory: ${JSON.stringify(people)}`);
  [editor, returning] = people.filter((p) => p !== listed);
});

after(() => closeSuite(node, browser));

const en = (key) => msg('en', key);

/** errorOf is the error text that describes field #f-<name> (aria-describedby), or null. */
async function errorOf(page, name) {
  return page.evaluate((n) => {
    const el = document.getElementById('f-' + n);
    const ids = (el?.getAttribute('aria-describedby') || '').split(/\s+/).filter((id) => id.endsWith('-error'));
    const texts = ids.map((id) => document.getElementById(id)?.textContent.trim()).filter(Boolean);
    return texts.length ? texts.join(' ') : null;
  }, name);
}

/** registerValues reads back every field of /register's form. */
async function registerValues(page) {
  return page.evaluate(() => {
    const v = (id) => document.getElementById(id).value;
    const ticked = (name) => [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
    return {
      email: v('f-email'),
      password: v('f-password'),
      display_name: v('f-display_name'),
      stakeholder_group: v('f-stakeholder_group'),
      region: v('f-region'),
      country: v('f-country'),
      languages: ticked('languages'),
      time_zone: v('f-time_zone'),
      themes: ticked('themes'),
      tags: v('f-tags'),
      directory_opt_in: document.getElementById('f-directory_opt_in').checked,
    };
  });
}

const summaryTakesFocus = (page) => waitFocus(page, '.error-summary', 'the error summary');

/**
 * expectError waits until field #f-<name> is described by the error text
 * (the page re-renders a moment after a submit or a change of language),
 * then checks it.
 */
async function expectError(page, name, text) {
  await page.waitForFunction(([n, t]) => {
    const el = document.getElementById('f-' + n);
    const ids = (el?.getAttribute('aria-describedby') || '').split(/\s+/).filter((id) => id.endsWith('-error'));
    return el?.getAttribute('aria-invalid') === 'true' && ids.some((id) => document.getElementById(id)?.textContent.trim() === t);
  }, [name, text], { timeout: 5_000 }).catch(() => {});
  assert.equal(await page.locator(`#f-${name}`).getAttribute('aria-invalid'), 'true', `${name} is marked invalid`);
  assert.equal(await errorOf(page, name), text, `${name}'s error describes it`);
}

test('a newcomer registers on /register and lands home, signed in as a participant', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(`${node.url}/register`);
    await page.locator('#f-email').waitFor();
    assert.equal(await page.locator('main#main h1').innerText(), en('register.title'));
    const p = newcomer(1, {
      display_name: 'Wanjiru Kamau',
      themes: ['inclusion', 'data'],
      tags: 'community networks',
      expertise: 'Rural connectivity',
      directory_opt_in: true,
    });
    await fillRegister(page, p);
    await page.getByRole('button', { name: en('register.submit'), exact: true }).click();
    await page.waitForURL(`${node.url}/`);
    await pageReady(page);
    assert.deepEqual(await headerWho(page), { name: 'Wanjiru Kamau', role: en('role.participant') }, 'the header shows who is signed in');
    assert.match(await page.locator('main#main h1').innerText(), /Wanjiru Kamau/, 'home greets the newcomer by name');

    // What was typed is what the account holds.
    const a = await node.account(p.email, p.password);
    assert.equal(a.role, 'participant');
    assert.deepEqual(
      { name: a.display_name, group: a.stakeholder_group, region: a.region, country: a.country, languages: a.languages, zone: a.time_zone },
      { name: 'Wanjiru Kamau', group: 'civil_society', region: 'african', country: 'KE', languages: ['en', 'sw'], zone: 'Africa/Nairobi' },
    );
    assert.deepEqual([...a.themes].sort(), ['data', 'inclusion']);
    assert.deepEqual(a.tags, ['community networks']);
    assert.equal(a.expertise, 'Rural connectivity');
    assert.equal(a.directory_opt_in, true);
    errors.assertNone('registering');
  } finally {
    await page.context().close();
  }
});

test('registering with bad input shows each problem at its field, in the page\'s language, and keeps what was typed', { timeout: 90_000 }, async () => {
  const page = await newPage(browser);
  try {
    // The server refuses a taken e-mail (409) and a malformed one (422) on purpose.
    const errors = collectConsoleErrors(page, { statuses: [409, 422] });
    await page.goto(`${node.url}/register`);
    await page.locator('#f-email').waitFor();
    const submit = page.getByRole('button', { name: en('register.submit'), exact: true });

    // 1. Nothing filled in: the form's own checks, before asking the server.
    await submit.click();
    await page.locator('.error-summary').waitFor();
    await summaryTakesFocus(page);
    const empty = ['email', 'password', 'display_name', 'stakeholder_group', 'region', 'country', 'languages'];
    for (const name of empty) await expectError(page, name, `${en('form.error_prefix')} ${en(`field.${name}.required`)}`);
    assert.equal(await page.locator('#f-time_zone').getAttribute('aria-invalid'), null, 'the time zone, filled in from the browser, is fine');
    const links = page.locator('.error-summary li a');
    assert.equal(await links.count(), empty.length, 'the summary lists each problem');
    assert.equal(await links.first().getAttribute('href'), '#f-email', 'in the order of the form');
    // A summary link leads to its field.
    await page.locator('.error-summary a[href="#f-country"]').click();
    await waitFocus(page, '#f-country', 'the country, whose link in the summary was followed,');

    // 2. A short password (the form's check, the server's rule) and a
    // demo participant's e-mail.
    const p = newcomer(2, { display_name: 'Second Try', themes: ['environment'], tags: 'spectrum', directory_opt_in: true });
    await fillRegister(page, { ...p, email: returning.email, password: 'short' });
    const typed = await registerValues(page);
    await submit.click();
    await expectError(page, 'password', `${en('form.error_prefix')} ${en('field.password.invalid')}`);
    assert.equal(await errorOf(page, 'email'), null, 'the e-mail is not checked against the accounts yet');
    await summaryTakesFocus(page);
    assert.deepEqual(await registerValues(page), typed, 'nothing typed is lost');

    // 3. A good password: the server says the e-mail is taken (409), next to
    // the e-mail field.
    await page.locator('#f-password').fill(p.password);
    await submit.click();
    await expectError(page, 'email', `${en('form.error_prefix')} ${en('field.email.taken')}`);
    assert.equal(await page.locator('#f-password').getAttribute('aria-invalid'), null, 'the password is fine now');
    await summaryTakesFocus(page);
    assert.deepEqual(await registerValues(page), { ...typed, password: p.password }, 'nothing typed is lost');
    // The server's error is shown in the page's language: switching to
    // French says it in French, and the form keeps every value.
    await chooseLanguage(page, 'fr');
    await expectError(page, 'email', `${msg('fr', 'form.error_prefix')} ${msg('fr', 'field.email.taken')}`);
    assert.deepEqual(await registerValues(page), { ...typed, password: p.password }, 'switching languages loses nothing typed');
    await chooseLanguage(page, 'en');
    await expectError(page, 'email', `${en('form.error_prefix')} ${en('field.email.taken')}`);

    // 4. An address the form lets through but the server refuses (422).
    await page.locator('#f-email').fill('second..try@example.org');
    await submit.click();
    await expectError(page, 'email', `${en('form.error_prefix')} ${en('field.email.invalid')}`);

    // 5. Fixed: registered and home.
    await page.locator('#f-email').fill(p.email);
    assert.equal(await page.locator('#f-email').getAttribute('aria-invalid'), null, 'typing in a field clears its error');
    await submit.click();
    await page.waitForURL(`${node.url}/`);
    await waitHeaderWho(page, 'Second Try', en('role.participant'));
    const a = await node.account(p.email, p.password);
    assert.deepEqual([a.display_name, a.themes, a.tags, a.directory_opt_in], ['Second Try', ['environment'], ['spectrum'], true]);
    errors.assertNone('registering with bad input');
  } finally {
    await page.context().close();
  }
});

test('editing the profile on /me persists, and the header shows the new name; meeting settings and blocks', { timeout: 90_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await signIn(page, node.url, editor.email);
    await page.getByRole('banner').getByRole('link', { name: en('nav.profile'), exact: true }).click();
    await page.waitForURL(`${node.url}/me`);
    const name = page.locator('#f-display_name');
    await name.waitFor();
    assert.equal(await name.inputValue(), editor.display_name, 'the form holds the profile');

    const newName = `${editor.display_name} Jr`;
    const language = ['pt', 'de', 'ja'].find((l) => !editor.languages.includes(l));
    const theme = ['data', 'environment', 'inclusion', 'trust', 'digital_cooperation'].find((x) => !editor.themes.includes(x));
    await name.fill(newName);
    await pickLanguage(page, language);
    await page.locator(`#f-themes input[value="${theme}"]`).check();
    await page.getByRole('button', { name: en('profile.save'), exact: true }).click();
    await page.locator('.toasts', { hasText: en('profile.saved') }).waitFor();
    await waitHeaderWho(page, newName, en('role.participant'));

    await page.reload();
    await name.waitFor();
    assert.equal(await name.inputValue(), newName, 'the new name persisted');
    assert.ok(await hasLanguage(page, language), `${language} persisted`);
    assert.ok(await page.locator(`#f-themes input[value="${theme}"]`).isChecked(), `${theme} persisted`);
    for (const l of editor.languages) assert.ok(await hasLanguage(page, l), `${l} is still there`);
    assert.deepEqual(await headerWho(page), { name: newName, role: en('role.participant') });

    const a = await node.account(editor.email);
    assert.equal(a.display_name, newName);
    assert.deepEqual(a.languages, [...editor.languages, language], 'the new language comes after the others');
    assert.ok(a.themes.includes(theme));

    // Meetings: working hours in one's own zone, and who may ask.
    const meetings = page.getByRole('region', { name: en('settings.title') });
    assert.ok((await page.locator('#settings-hours-hint').textContent()).includes(editor.time_zone.replaceAll('_', ' ')), 'the hours say which zone they are in');
    assert.equal(await page.locator('#f-work_from').inputValue(), a.work_from, 'the hours shown are the account\'s');
    await page.locator('#f-work_from').fill('09:30');
    await page.locator('#f-work_to').fill('17:00');
    await meetings.getByRole('radio', { name: en('settings.ask.nobody') }).check();
    await meetings.getByRole('button', { name: en('settings.save'), exact: true }).click();
    await page.locator('.toasts', { hasText: en('settings.saved') }).waitFor();
    const s = await node.account(editor.email);
    assert.deepEqual([s.work_from, s.work_to, s.meeting_requests], ['09:30', '17:00', 'nobody']);

    // Blocking someone from their page, then from the list on /me.
    page.on('dialog', (d) => d.accept());
    await page.goto(`${node.url}/people/${listed.id}`);
    await page.getByRole('button', { name: en('block.block'), exact: true }).click();
    await page.getByRole('button', { name: en('block.unblock'), exact: true }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: en('nav.profile'), exact: true }).click();
    const unblock = page.getByRole('button', { name: en('block.unblock_named').replace('{name}', listed.display_name), exact: true });
    await unblock.waitFor();
    assert.ok(await meetings.getByRole('link', { name: listed.display_name, exact: true }).isVisible(), 'the blocked person is listed by name');
    await unblock.click();
    await meetings.getByText(en('settings.blocked.none')).waitFor();
    assert.deepEqual((await node.api('GET', '/api/me/blocks', { as: editor.email })).items, [], 'unblocked on the server too');
    errors.assertNone('editing the profile');
  } finally {
    await page.context().close();
  }
});

test('a profile changed elsewhere is not undone by the form\'s draft', { timeout: 60_000 }, async () => {
  // The profile form keeps a draft across reloads, but only of what was
  // typed, and only over the profile it started from.
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await signIn(page, node.url, editor.email);
    await page.goto(`${node.url}/me`);
    const name = page.locator('#f-display_name');
    await name.waitFor();
    // Meanwhile, on another device:
    await node.api('PATCH', '/api/me', { as: editor.email, body: { expertise: 'Mobile payments in rural areas' } });
    await page.reload();
    await name.waitFor();
    assert.equal(await page.locator('#f-expertise').inputValue(), 'Mobile payments in rural areas', 'the form shows the change made elsewhere');
    const newName = `${(await name.inputValue()).replace(/ Jr$/, '')} (IGF)`;
    await name.fill(newName);
    await page.getByRole('button', { name: en('profile.save'), exact: true }).click();
    await page.locator('.toasts', { hasText: en('profile.saved') }).waitFor();
    const a = await node.account(editor.email);
    assert.equal(a.display_name, newName);
    assert.equal(a.expertise, 'Mobile payments in rural areas', 'saving the name kept the expertise changed elsewhere');
    errors.assertNone('draft');
  } finally {
    await page.context().close();
  }
});

test('a session ended on the server sends you to /signin and says why', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await signIn(page, node.url, listed.email);
    await page.locator('#online').waitFor();
    // The session ends elsewhere (signed out from another device with the
    // same token, or revoked): its refresh token no longer works.
    const cookie = (await page.context().cookies()).find((c) => c.name === 'village_refresh');
    const res = await fetch(`http://127.0.0.1:${node.port}/api/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refresh_token: cookie.value }),
    });
    assert.equal(res.status, 204);
    await page.reload();
    await page.waitForURL(`${node.url}/signin`);
    await page.locator('.toasts [role="status"]', { hasText: en('error.unauthenticated') }).waitFor();
    errors.assertNone('session ended');
  } finally {
    await page.context().close();
  }
});

test('the directory finds a participant by name, language and region, keeps its filters in the address, and opens the profile', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await signIn(page, node.url, returning.email);
    await page.getByRole('banner').getByRole('link', { name: en('nav.people'), exact: true }).click();
    await page.waitForURL(`${node.url}/people`);
    const search = page.getByRole('search');
    await search.waitFor();

    const language = listed.languages[0];
    await search.getByRole('searchbox', { name: en('field.q') }).fill(listed.display_name);
    await search.locator('#f-language').selectOption(language);
    await search.locator('#f-region').selectOption(listed.region);
    await search.getByRole('button', { name: en('directory.search'), exact: true }).click();
    await page.waitForURL((u) => u.searchParams.get('q') === listed.display_name);
    const url = new URL(page.url());
    assert.deepEqual(
      { q: url.searchParams.get('q'), language: url.searchParams.get('language'), region: url.searchParams.get('region') },
      { q: listed.display_name, language, region: listed.region },
      'the filters live in the address',
    );
    const result = page.locator('.results .result', { has: page.getByRole('link', { name: listed.display_name, exact: true }) });
    await result.waitFor();
    assert.match(await page.locator('.results-count').innerText(), /\d/, 'the count of results is given');

    // Reloaded, the page shows the same filters and the same person.
    await page.reload();
    await result.waitFor();
    assert.equal(await page.locator('#f-q').inputValue(), listed.display_name);
    assert.equal(await page.locator('#f-language').inputValue(), language);
    assert.equal(await page.locator('#f-region').inputValue(), listed.region);

    // Their profile.
    await result.getByRole('link', { name: listed.display_name, exact: true }).click();
    await page.waitForURL(`${node.url}/people/${listed.id}`);
    const facts = page.locator('dl.facts');
    await facts.waitFor();
    assert.equal(await page.locator('main#main h1').innerText(), listed.display_name);
    const text = await facts.innerText();
    const country = new Intl.DisplayNames(['en'], { type: 'region' }).of(listed.country);
    const languages = listed.languages.map((l) => new Intl.DisplayNames(['en'], { type: 'language' }).of(l));
    for (const want of [en('role.participant'), en(`stakeholder.${listed.stakeholder_group}`), en(`region.${listed.region}`), country, ...languages]) {
      assert.ok(text.includes(want), `the profile says "${want}":\n${text}`);
    }
    assert.ok(!(await page.locator('main').innerText()).includes(listed.email), 'never the e-mail');

    // Back goes to the search, filters and all.
    await page.goBack();
    await result.waitFor();
    assert.equal(await page.locator('#f-q').inputValue(), listed.display_name);
    errors.assertNone('the directory');
  } finally {
    await page.context().close();
  }
});

test('the session survives a reload; signing out ends it, and signing in again brings you back where you were going', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await signIn(page, node.url, returning.email);
    await waitHeaderWho(page, returning.display_name, en('role.participant'));
    await page.reload();
    await waitHeaderWho(page, returning.display_name, en('role.participant'));
    assert.equal(new URL(page.url()).pathname, '/', 'still home, still signed in');

    await page.getByRole('banner').getByRole('button', { name: en('header.sign_out'), exact: true }).click();
    await page.waitForURL(`${node.url}/signin`);
    await page.getByRole('button', { name: en('signin.submit'), exact: true }).waitFor();
    assert.equal(await headerWho(page), null, 'nobody in the header');
    assert.equal(await page.getByRole('banner').getByRole('navigation').count(), 0, 'no navigation for the signed out');
    assert.equal((await page.context().cookies()).find((c) => c.name === 'village_refresh'), undefined, 'the refresh cookie is gone');

    // Signed out for good: a reload does not bring the session back, and
    // a page for the signed-in sends to /signin, then back after.
    await page.goto(`${node.url}/me`);
    await page.waitForURL(`${node.url}/signin?next=%2Fme`);
    await page.getByRole('textbox', { name: en('field.email'), exact: true }).fill(returning.email);
    await page.getByLabel(en('field.password')).fill('village-demo-2020');
    await page.getByRole('button', { name: en('signin.submit'), exact: true }).click();
    await page.waitForURL(`${node.url}/me`);
    await waitHeaderWho(page, returning.display_name, en('role.participant'));
    await page.locator('#f-display_name').waitFor();
    errors.assertNone('signing out and in');
  } finally {
    await page.context().close();
  }
});
