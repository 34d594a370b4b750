// Registering in Arabic: the page turns right to left, speaks Arabic (from
// messages/ar.json), fits the window, and the account is made.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertNoHorizontalScroll, chooseLanguage, closeSuite, collectConsoleErrors, fillRegister, messages, msg, newcomer,
  newPage, openSuite, screenshot, tidy, waitHeaderWho,
} from './harness.mjs';

let node;
let browser;

before(async () => ({ node, browser } = await openSuite({ participants: 10 })));
after(() => closeSuite(node, browser));

test('choosing Arabic on /register lays the page out right to left, in Arabic, and registering works', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(`${node.url}/register`);
    await page.locator('#f-email').waitFor();
    const english = await page.locator('main#main h1').innerText();
    assert.equal(english, msg('en', 'register.title'));

    await chooseLanguage(page, 'ar');
    assert.deepEqual(
      await page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang })),
      { dir: 'rtl', lang: 'ar' },
    );
    const h1 = page.locator('main#main h1');
    await page.waitForFunction((en) => document.querySelector('main#main h1')?.textContent !== en, english);
    assert.equal(await h1.innerText(), messages('ar')['register.title'], 'the heading comes from messages/ar.json');
    assert.notEqual(await h1.innerText(), english);
    const submit = page.getByRole('button', { name: msg('ar', 'register.submit'), exact: true });
    await submit.waitFor();
    // The form flows from the right: the button sits at the form's right edge.
    const [button, form] = await Promise.all([submit.boundingBox(), page.locator('main form').boundingBox()]);
    assert.ok(button.x + button.width > form.x + form.width - 40 && button.x > form.x + form.width / 2, `the button sits at the right: ${JSON.stringify({ button, form })}`);
    assert.equal(await page.locator('#f-email').evaluate((el) => getComputedStyle(el).direction), 'rtl');

    // An Arabic name, and an e-mail address (which stays left to right).
    const p = newcomer(7, { display_name: 'ليلى حداد', country: 'JO', region: 'asia_pacific', languages: ['ar', 'en'], time_zone: 'Asia/Amman', themes: ['trust'], tags: 'الشبكات المجتمعية، الخصوصية' });
    await fillRegister(page, p);
    await assertNoHorizontalScroll(page, '/register (ar)');
    await tidy(page);
    await screenshot(page, 'register-ar');

    await submit.click();
    await page.waitForURL(`${node.url}/`);
    await waitHeaderWho(page, 'ليلى حداد', msg('ar', 'role.participant'));
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl', 'still right to left after signing in');
    assert.notEqual(await page.locator('main#main h1').innerText(), msg('en', 'home.title').replace('{name}', 'ليلى حداد'), 'home is in Arabic');
    await assertNoHorizontalScroll(page, '/ (ar)');
    const a = await node.account(p.email, p.password);
    assert.deepEqual([a.display_name, a.languages, a.tags], ['ليلى حداد', ['ar', 'en'], ['الشبكات المجتمعية', 'الخصوصية']], 'Arabic commas separate the interests');
    errors.assertNone('registering in Arabic');
  } finally {
    await page.context().close();
  }
});

test('when a language\'s catalogue cannot be fetched, the page still comes up, in English', { timeout: 60_000 }, async () => {
  // A weak link may lose the Arabic chunk; a blank page would be the worst
  // answer. The app falls back to English, which is in the main script.
  const page = await newPage(browser, { locale: 'ar' });
  try {
    const errors = collectConsoleErrors(page, { allow: [/ERR_FAILED|net::/, /Failed to load resource/] });
    await page.route(/\/assets\/ar-[A-Z0-9]+\.js$/, (route) => route.abort());
    await page.goto(`${node.url}/signin`);
    await page.getByRole('heading', { level: 1, name: msg('en', 'signin.title'), exact: true }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
    errors.assertNone('catalogue lost');
  } finally {
    await page.context().close();
  }
});
