// The secretariat's flows: adding an organisation, inviting its staff, and
// the invited people taking the role (one signed in, accepting the link;
// one new, registering with it). Each person has a browser context of their
// own; the page stays in English.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  closeSuite, collectConsoleErrors, fillRegister, headerWho, msg, newcomer, newPage, openSuite, pageReady,
  SECRETARIAT, signIn, waitFocus, waitHeaderWho,
} from './harness.mjs';

let node;
let browser;
let secretariat; // the secretariat's page, signed in for the whole file
let participant; // a demo participant, as the API sees them
const org = { name: 'Community Networks Lab', kind: 'civil_society', stakeholder_group: 'civil_society', region: 'african', website: 'https://cnlab.example' };
let orgId;

const en = (key) => msg('en', key);

before(async () => {
  ({ node, browser } = await openSuite({ participants: 20 }));
  const [p] = node.participants;
  assert.ok(p, `the demo village printed a participant's login:\n${node.log()}`);
  participant = { email: p.email, ...(await node.account(p.email)) };
  secretariat = await newPage(browser);
  await signIn(secretariat, node.url, SECRETARIAT);
});

after(() => closeSuite(node, browser));

/** rowOf is the row of a table whose header cell is name. */
const rowOf = (page, name) => page.locator('tbody tr', { has: page.getByRole('rowheader', { name, exact: true }) });

test('the secretariat adds an organisation on /organisations and sees it listed', { timeout: 60_000 }, async () => {
  const page = secretariat;
  const errors = collectConsoleErrors(page);
  await page.getByRole('banner').getByRole('link', { name: en('nav.organisations'), exact: true }).click();
  await page.waitForURL(`${node.url}/organisations`);
  await pageReady(page);
  const rows = page.locator('tbody tr');
  await rows.first().waitFor();
  const before = await rows.count();

  const form = page.locator('form', { has: page.getByRole('button', { name: en('organisations.add'), exact: true }) });
  await form.getByRole('textbox', { name: en('field.name') }).fill(org.name);
  await form.locator('#f-kind').selectOption(org.kind);
  await form.locator('#f-stakeholder_group').selectOption(org.stakeholder_group);
  await form.locator('#f-region').selectOption(org.region);
  await form.getByRole('textbox', { name: en('field.website') }).fill(org.website);
  await form.getByRole('button', { name: en('organisations.add'), exact: true }).click();

  const row = rowOf(page, org.name);
  await row.waitFor();
  assert.equal(await rows.count(), before + 1, 'one more row');
  const cells = await row.locator('td').allInnerTexts();
  assert.deepEqual(cells.slice(0, 4), [en(`kind.${org.kind}`), en(`stakeholder.${org.stakeholder_group}`), en(`region.${org.region}`), 'cnlab.example']);
  assert.equal(await form.getByRole('textbox', { name: en('field.name') }).inputValue(), '', 'the form is empty again');
  await page.locator('.toasts', { hasText: org.name }).waitFor();

  // It stays after a reload: the server has it.
  await page.reload();
  await rowOf(page, org.name).waitFor();
  const orgs = await node.api('GET', '/api/organisations');
  orgId = orgs.items.find((o) => o.name === org.name)?.id;
  assert.ok(orgId, `the API lists ${org.name}`);
  errors.assertNone('adding an organisation');
});

test('the secretariat invites staff on /invitations; a participant opens the link, accepts and becomes Staff', { timeout: 90_000 }, async () => {
  assert.ok(orgId, 'the organisation of the previous test exists');
  const page = secretariat;
  const errors = collectConsoleErrors(page);
  await page.getByRole('banner').getByRole('link', { name: en('nav.invitations'), exact: true }).click();
  await page.waitForURL(`${node.url}/invitations`);
  await pageReady(page);

  await page.locator('#f-role').selectOption('staff');
  await page.locator('#f-organisation_id').selectOption(orgId);
  await page.getByRole('textbox', { name: en('field.note') }).fill('For the booth team');
  await page.getByRole('textbox', { name: en('field.ttl_days') }).fill('7');
  await page.getByRole('button', { name: en('invitations.create'), exact: true }).click();

  const box = page.locator('#new-link');
  await box.waitFor();
  const link = await box.inputValue();
  assert.match(link, new RegExp(`^${node.url}/invite/[^/?#]+$`), 'the link is an invite page of this node');
  await waitFocus(page, '#new-link', 'the new link (to copy it)');
  const row = page.locator('tbody tr', { hasText: 'For the booth team' });
  await row.waitFor();
  assert.ok((await row.innerText()).includes(org.name), 'the list shows the invitation and its organisation');
  assert.ok((await row.innerText()).includes(en('invitations.state.open')));

  // The participant, in a browser of their own.
  const other = await newPage(browser);
  try {
    const theirErrors = collectConsoleErrors(other);
    await signIn(other, node.url, participant.email);
    await waitHeaderWho(other, participant.display_name, en('role.participant'));
    await other.goto(link);
    const facts = other.locator('dl.facts');
    await facts.waitFor();
    await other.waitForFunction((name) => document.querySelector('dl.facts')?.textContent.includes(name), org.name);
    const text = await facts.innerText();
    for (const want of [en('role.staff'), org.name, 'For the booth team', en('invite.state.open')]) {
      assert.ok(text.includes(want), `the invite page says "${want}":\n${text}`);
    }
    await other.getByRole('button', { name: en('invite.accept').replace('{role}', en('role.staff')), exact: true }).click();
    await other.getByRole('status').filter({ hasText: en('invite.accepted').replace('{role}', en('role.staff')) }).waitFor();
    await waitHeaderWho(other, participant.display_name, en('role.staff'));

    // The role is the account's, not the page's: it stays after a reload.
    await other.reload();
    await waitHeaderWho(other, participant.display_name, en('role.staff'));
    assert.equal((await node.account(participant.email)).organisation_id, orgId, 'staff of the new organisation');
    theirErrors.assertNone('accepting the invitation');
  } finally {
    await other.context().close();
  }

  // The secretariat sees the link used, and by whom; it has no link to
  // copy any more.
  await page.reload();
  const used = page.locator('tbody tr', { hasText: 'For the booth team' }).filter({ hasText: en('invitations.state.used') });
  await used.waitFor();
  const usedBy = en('invitations.used_by').replace('{name}', participant.display_name).split('{date}')[0];
  assert.ok((await used.innerText()).includes(usedBy), `the row says "${usedBy}…":\n${await used.innerText()}`);
  assert.equal(await used.getByRole('button', { name: en('link.copy') }).count(), 0, 'no "Copy link" on a used invitation');
  errors.assertNone('creating an invitation');
});

test('"Invite staff" gives a link with which a newcomer registers straight into the Staff role', { timeout: 90_000 }, async () => {
  assert.ok(orgId, 'the organisation of the first test exists');
  const page = secretariat;
  await page.goto(`${node.url}/organisations`);
  await pageReady(page);
  await page.getByRole('button', { name: en('organisations.invite_named').replace('{name}', org.name), exact: true }).click();
  const box = page.locator('#new-link');
  await box.waitFor();
  const link = await box.inputValue();
  assert.match(link, new RegExp(`^${node.url}/invite/[^/?#]+$`));

  const other = await newPage(browser);
  try {
    const errors = collectConsoleErrors(other);
    await other.goto(link);
    await other.locator('dl.facts').waitFor();
    assert.equal(await headerWho(other), null, 'signed out');
    assert.ok((await other.locator('dl.facts').innerText()).includes(en('role.staff')));
    await other.getByRole('link', { name: en('invite.register'), exact: true }).click();
    await other.waitForURL((u) => u.pathname === '/register' && u.searchParams.get('invitation') === link.split('/').pop());
    // The register page says what the invitation grants.
    await other.locator('#f-invitation', { hasText: en('register.invitation_role').replace('{role}', en('role.staff')) }).waitFor();
    await fillRegister(other, newcomer(3, { display_name: 'Booth Keeper' }));
    await other.getByRole('button', { name: en('register.submit'), exact: true }).click();
    await other.waitForURL(`${node.url}/`);
    await waitHeaderWho(other, 'Booth Keeper', en('role.staff'));
    const a = await node.account(newcomer(3).email, newcomer(3).password);
    assert.deepEqual([a.role, a.organisation_id], ['staff', orgId]);
    errors.assertNone('registering with an invitation');
  } finally {
    await other.context().close();
  }
});

test('an open invitation\'s link can be copied again from the list, and selected for copying by hand where the clipboard refuses', { timeout: 90_000 }, async () => {
  const page = secretariat;
  const errors = collectConsoleErrors(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: node.url });
  const made = await node.api('POST', '/api/invitations', { body: { role: 'secretariat', note: 'To copy again' } });
  await page.goto(`${node.url}/invitations`);
  await pageReady(page);
  const row = page.locator('tbody tr', { hasText: 'To copy again' });
  await row.waitFor();
  const copy = row.getByRole('button', { name: en('link.copy') });
  const name = await copy.getAttribute('aria-label');
  assert.ok(name.startsWith(en('link.copy')), `the accessible name "${name}" starts with the visible text`);

  await copy.click();
  await page.locator('.toasts', { hasText: en('invitations.copied').split('{what}')[0] }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), made.url, 'the clipboard holds the link');

  // A browser that refuses (no permission, or plain HTTP): the link is
  // shown, focused and selected, and the toast says to copy it by hand.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await copy.click();
  await page.locator('.toasts', { hasText: en('link.copy_failed') }).waitFor();
  await waitFocus(page, 'tbody tr input.row-link', 'the link, to copy by hand');
  const selected = await page.evaluate(() => {
    const el = document.activeElement;
    return el.value.slice(el.selectionStart, el.selectionEnd);
  });
  assert.equal(selected, made.url, 'the whole link is selected');
  errors.assertNone('copying a link again');
});
