// The village in the browser: the list of booths with its search and
// filters, the overview by kind, a booth's page (its description rendered
// safely), staff editing their booth, and both pages on a 360 px phone.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertNoHorizontalScroll, chooseLanguage, closeSuite, collectConsoleErrors, msg, newPage, openSuite, SECRETARIAT, signIn,
} from './harness.mjs';

let node;
let browser;
let staff; // a staff member of an organisation with a booth
let staffBooth; // that organisation's booth
let participant;

before(async () => {
  ({ node, browser } = await openSuite());
  staff = node.logins.find((l) => l.role === 'staff');
  const account = await node.account(staff.email);
  staffBooth = (await node.api('GET', '/api/booths?limit=100')).items.find((b) => b.organisation_id === account.organisation_id);
  assert.ok(staffBooth, `the booth of ${staff.organisation}`);
  participant = node.participants[0];
});

after(() => closeSuite(node, browser));

/** count is the number of booths the status line says were found. */
async function count(page) {
  const status = page.locator('.results-count');
  await page.waitForFunction(() => {
    const s = document.querySelector('.results-count')?.textContent || '';
    return /\d/.test(s) && !document.querySelector('[aria-busy]');
  });
  return parseInt((await status.textContent()).match(/\d+/)[0], 10);
}

test('the village lists the 71 booths; search and filters narrow it', { timeout: 120_000 }, async () => {
  const all = await node.api('GET', '/api/booths?limit=100');
  assert.equal(all.total, 71, 'the demo village has 71 booths');
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await signIn(page, node.url, participant.email);
    // From the header's navigation.
    await page.getByRole('navigation').getByRole('link', { name: msg('en', 'nav.village'), exact: true }).click();
    await page.waitForURL(`${node.url}/village`);
    assert.equal(await count(page), 71);
    assert.equal(await page.locator('.booth-card').count(), 20, 'a page of 20');
    // Every card: title, kind, state, opening, live figures.
    const first = page.locator('.booth-card').first();
    assert.equal(await first.locator('h3').textContent(), all.items[0].title);
    assert.match(await first.textContent(), new RegExp(msg('en', `kind.${all.items[0].kind}`).replace(/[()]/g, '.')));
    assert.equal(await first.locator('.figures span').count(), 2);

    // Text search.
    await page.locator('#f-q').fill('Cybersecurity');
    await page.getByRole('button', { name: msg('en', 'directory.search'), exact: true }).click();
    const cyber = all.items.filter((b) => /cybersecurity/i.test(b.title)).length;
    await page.waitForURL(/q=Cybersecurity/);
    assert.ok((await count(page)) >= cyber && (await count(page)) < 71, 'the search narrows the list');

    // Kind, then open now.
    await page.getByRole('button', { name: msg('en', 'directory.clear'), exact: true }).click();
    await page.waitForURL(`${node.url}/village`);
    await page.locator('#f-kind').selectOption('dynamic_coalition');
    await page.getByRole('button', { name: msg('en', 'directory.search'), exact: true }).click();
    await page.waitForURL(/kind=dynamic_coalition/);
    const dcs = all.items.filter((b) => b.kind === 'dynamic_coalition');
    assert.equal(await count(page), dcs.length);
    await page.locator('#f-open_now').selectOption('true');
    await page.getByRole('button', { name: msg('en', 'directory.search'), exact: true }).click();
    await page.waitForURL(/open_now=true/);
    const openDCs = (await node.api('GET', '/api/booths?kind=dynamic_coalition&open_now=true')).total;
    assert.equal(await count(page), openDCs);
    for (const state of await page.locator('.booth-card .booth-state').allTextContents()) {
      assert.equal(state, msg('en', 'booth.state.open'));
    }
    errors.assertNone('the village');
  } finally {
    await page.context().close();
  }
});

test('the overview groups the booths by kind, by keyboard too', { timeout: 90_000 }, async () => {
  const all = await node.api('GET', '/api/booths?limit=100');
  const page = await newPage(browser);
  try {
    await signIn(page, node.url, participant.email);
    await page.goto(`${node.url}/village`);
    await page.locator('.booth-card').first().waitFor();
    // The switch by keyboard: Tab to it, Enter.
    const overview = page.getByRole('button', { name: msg('en', 'village.view.overview'), exact: true });
    await overview.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/view=overview/);
    assert.equal(await overview.getAttribute('aria-pressed'), 'true');
    assert.equal(await count(page), 71);
    assert.equal(await page.locator('.plot').count(), 71, 'every booth has its plot');
    const kinds = [...new Set(all.items.map((b) => b.kind))];
    assert.equal(await page.locator('.district').count(), kinds.length, 'a district per kind');
    for (const kind of kinds) {
      const district = page.locator(`.district[data-kind="${kind}"]`);
      const ids = await district.locator('.plot').evaluateAll((els) => els.map((e) => e.dataset.boothId));
      assert.deepEqual(ids.sort(), all.items.filter((b) => b.kind === kind).map((b) => b.id).sort(), `the ${kind} district`);
      assert.equal(await district.locator('h3').evaluate((h) => h.firstChild.textContent.trim()), msg('en', `kind.${kind}`));
    }
    // A plot is a link to its booth.
    await page.locator('.plot').first().press('Enter');
    await page.waitForURL(/\/booths\//);
    await page.locator('.booth-grid').waitFor();
  } finally {
    await page.context().close();
  }
});

test('a booth page renders its Markdown safely', { timeout: 90_000 }, async () => {
  const target = (await node.api('GET', '/api/booths?limit=100')).items.find((b) => b.id !== staffBooth.id);
  await node.api('PATCH', `/api/booths/${target.id}`, {
    body: {
      description:
        '## Hello\n\nWe are **bold**.\n\n<script>window.__pwned = 1</script>\n\n<img src="x" onerror="window.__pwned = 2">\n\n' +
        '[click me](javascript:window.__pwned=3) and [our site](https://example.org/site)',
    },
  });
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    await signIn(page, node.url, participant.email);
    await page.goto(`${node.url}/booths/${target.id}`);
    const md = page.locator('.markdown');
    await md.waitFor();
    assert.equal(await md.locator('h3').textContent(), 'Hello', 'the top heading just under the section\'s h2');
    assert.equal(await md.locator('strong').textContent(), 'bold');
    assert.equal(await page.locator('main script, main [onerror], main img[src="x"]').count(), 0, 'no script, no handler');
    const click = md.getByText('click me');
    assert.doesNotMatch((await click.getAttribute('href')) ?? '', /javascript:/i);
    await click.click();
    const site = md.getByRole('link', { name: 'our site' });
    assert.equal(await site.getAttribute('rel'), 'nofollow noopener noreferrer');
    assert.equal(await site.getAttribute('target'), '_blank');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing of the description ran');
    // Materials open in a new tab, and say so.
    const material = page.locator('.materials a').first();
    assert.equal(await material.getAttribute('target'), '_blank');
    assert.equal(await material.getAttribute('rel'), 'noopener noreferrer');
    assert.match(await material.textContent(), new RegExp(msg('en', 'common.new_tab')));
    errors.assertNone('the booth page');
  } finally {
    await page.context().close();
  }
});

test('staff edit their booth and see it; a participant sees no form', { timeout: 120_000 }, async () => {
  const page = await newPage(browser);
  try {
    await signIn(page, node.url, staff.email);
    await page.goto(`${node.url}/booths/${staffBooth.id}`);
    const edit = page.locator('.booth-edit');
    await edit.getByRole('button', { name: msg('en', 'booth.edit.show') }).click();
    // No classification, no open switch for staff.
    assert.equal(await edit.locator('#f-kind, .open-switch').count(), 0);
    // A link that is not https: the server's error shows at the links.
    await edit.getByRole('button', { name: msg('en', 'booth.edit.link_add') }).click();
    const n = (await edit.locator('#f-links .row').count());
    await edit.locator(`#f-links-${n - 1}-title`).fill('Plain');
    await edit.locator(`#f-links-${n - 1}-url`).fill('http://example.org/plain');
    await edit.getByRole('button', { name: msg('en', 'booth.edit.save') }).click();
    await edit.locator('#f-links-error').waitFor();
    assert.equal(await edit.locator('#f-links').getAttribute('aria-invalid'), 'true');
    await edit.getByRole('button', { name: msg('en', 'booth.edit.link_remove', { n }).replace('{n}', String(n)) }).click();
    // A description the server refuses: the booth's own words for it.
    await edit.locator('#f-description').fill('A bell \u0007 rings');
    await edit.getByRole('button', { name: msg('en', 'booth.edit.save') }).click();
    await edit.locator('#f-description-error').waitFor();
    assert.match(await edit.locator('#f-description-error').textContent(), new RegExp(msg('en', 'booth.edit.description_invalid').slice(0, 20)));

    await edit.locator('#f-title').fill('Our renamed booth');
    await edit.locator('#f-description').fill('We *changed* it.');
    await edit.getByRole('button', { name: msg('en', 'booth.edit.save') }).click();
    await page.locator('main h1', { hasText: 'Our renamed booth' }).waitFor();
    await page.locator('.markdown em', { hasText: 'changed' }).waitFor();
    // A booth's page is in the village: the header says so.
    assert.equal(await page.getByRole('navigation').getByRole('link', { name: msg('en', 'nav.village'), exact: true }).getAttribute('aria-current'), 'page');
    assert.equal((await node.api('GET', `/api/booths/${staffBooth.id}`)).title, 'Our renamed booth');
    // And after a reload.
    await page.reload();
    await page.locator('main h1', { hasText: 'Our renamed booth' }).waitFor();
  } finally {
    await page.context().close();
  }

  const visitor = await newPage(browser);
  try {
    await signIn(visitor, node.url, participant.email);
    await visitor.goto(`${node.url}/booths/${staffBooth.id}`);
    await visitor.locator('.booth-grid .markdown').waitFor();
    assert.equal(await visitor.locator('.booth-edit').count(), 0, 'no edit form for a participant');
  } finally {
    await visitor.context().close();
  }
});

test('the secretariat opens and closes a booth', { timeout: 90_000 }, async () => {
  const page = await newPage(browser);
  try {
    await signIn(page, node.url, SECRETARIAT);
    await page.goto(`${node.url}/booths/${staffBooth.id}`);
    await page.locator('.booth-edit').getByRole('button', { name: msg('en', 'booth.edit.show') }).click();
    const wasOpen = (await node.api('GET', `/api/booths/${staffBooth.id}`)).open;
    await page.getByRole('button', { name: msg('en', wasOpen ? 'booth.edit.close' : 'booth.edit.open') }).click();
    await page.getByRole('button', { name: msg('en', wasOpen ? 'booth.edit.open' : 'booth.edit.close') }).waitFor();
    assert.equal((await node.api('GET', `/api/booths/${staffBooth.id}`)).open, !wasOpen);
    await page.locator('.booth-edit #f-kind').waitFor();
  } finally {
    await page.context().close();
  }
});

for (const lang of ['en', 'ar']) {
  test(`the village and a booth on a 360 px phone do not scroll sideways (${lang})`, { timeout: 90_000 }, async () => {
    const page = await newPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    try {
      await signIn(page, node.url, staff.email);
      if (lang !== 'en') await chooseLanguage(page, lang);
      await page.goto(`${node.url}/village`);
      await page.locator('.booth-card').first().waitFor();
      await assertNoHorizontalScroll(page, `/village (${lang})`);
      await page.goto(`${node.url}/village?view=overview`);
      await page.locator('.plot').first().waitFor();
      await assertNoHorizontalScroll(page, `/village?view=overview (${lang})`);
      await page.goto(`${node.url}/booths/${staffBooth.id}`);
      await page.locator('.booth-grid').waitFor();
      await page.locator('.booth-edit .section-head button').click();
      await page.locator('#f-title').waitFor();
      await assertNoHorizontalScroll(page, `/booths/${staffBooth.id} (${lang})`);
    } finally {
      await page.context().close();
    }
  });
}
