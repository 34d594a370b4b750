// Shared fixtures of the browser tests: a Village node of our own on a free
// loopback port, Debian's Chromium driven by playwright-core, and the checks
// that every test file uses (accessibility, console errors, transfer size).
//
// Each test file starts one node and one browser in before() and closes them
// in after(); `make test-browser` runs two files at a time (each with its
// own node, data and browser, so they share nothing). Everything
// talks to 127.0.0.1 only: the node listens there, and Chromium sends any
// other request to a closed port (see launchBrowser).

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const webDir = path.resolve(here, '..');
export const repoDir = path.resolve(webDir, '..', '..');

// The demo village's accounts (seed/village.go, seed/plan.go).
export const DEMO_PASSWORD = 'village-demo-2020';
export const SECRETARIAT = 'secretariat@village.example';

// How long the tests wait for what a person would see. Generous, since two
// cores run the node, Chromium and the test at once.
export const WAIT = 15_000;

const villageBin = process.env.VILLAGE_BIN || path.join(repoDir, 'bin', 'village');
const chromiumBin = process.env.CHROMIUM || '/usr/bin/chromium-headless-shell';

// ---------------------------------------------------------------- the node

// Everything started here is ended when the test process ends, however it
// ends (a failed assertion, the runner's timeout, Ctrl-C).
const cleanups = new Set();
function cleanupAll() {
  for (const fn of cleanups) {
    try { fn(); } catch { /* ending anyway */ }
  }
  cleanups.clear();
}
process.once('exit', cleanupAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => { cleanupAll(); process.exit(128 + os.constants.signals[sig]); });
}

/** freePort asks the kernel for a loopback port nobody listens on. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Seeding the demo village is mostly waiting on the disk (a few seconds,
// each record its own commit), and every test file starts a node: so the
// village is seeded once into a template, with `village seed`, and each
// node starts on a copy. The node then only adds what every start adds
// (its demo coffee break, a few minutes ahead). A template lives for
// TEMPLATE_AGE, so that the seed's times ("the next hour", "tomorrow") stay
// close to what a fresh seed would give; it is named for the binary, so a
// rebuilt one never starts on another's data.
const TEMPLATE_AGE = 5 * 60_000;

function demoTemplate(participants) {
  const bin = fs.statSync(villageBin);
  const prefix = `village-browser-template-${participants}-${Math.round(bin.mtimeMs)}-${bin.size}-`;
  const seededAt = (dir) => {
    try {
      return fs.statSync(path.join(dir, '.seeded')).mtimeMs;
    } catch {
      return 0; // being written, or not a template
    }
  };
  // Templates are never changed once in place: each is named for when it
  // was seeded, the newest fresh one is used, and one is removed only
  // long after it stopped being used, so that two files starting at once
  // never copy from a template the other is removing.
  const fresh = fs.readdirSync(os.tmpdir())
    .filter((n) => n.startsWith(prefix))
    .map((n) => path.join(os.tmpdir(), n))
    .filter((d) => Date.now() - seededAt(d) < TEMPLATE_AGE)
    .sort()
    .pop();
  if (fresh) {
    return path.join(fresh, 'data');
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'village-browser-seeding-'));
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VILLAGE_')));
  const run = spawnSync(villageBin, ['seed'], {
    env: { ...base, VILLAGE_DATA_DIR: path.join(tmp, 'data'), VILLAGE_DEMO_PARTICIPANTS: String(participants), VILLAGE_LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`village seed failed (${run.status ?? run.signal}):\n${run.stdout}${run.stderr}`);
  }
  fs.writeFileSync(path.join(tmp, '.seeded'), '');
  for (const name of fs.readdirSync(os.tmpdir())) {
    const p = path.join(os.tmpdir(), name);
    if (name.startsWith('village-browser-template-') && Date.now() - seededAt(p) > 3 * TEMPLATE_AGE) {
      fs.rmSync(p, { recursive: true, force: true });
    }
  }
  const dir = path.join(os.tmpdir(), prefix + String(Date.now()).padStart(15, '0') + '-' + process.pid);
  fs.renameSync(tmp, dir);
  return path.join(dir, 'data');
}

/**
 * startNode starts bin/village on a free loopback port with a fresh data
 * directory and waits until /readyz answers 200.
 *
 * demo: seed the demo village (default true); participants: its number of
 * participants (default 60: enough people, quick to seed); env: more
 * VILLAGE_* settings.
 *
 * Returns {url, port, dataDir, logins, log(), account(email), stop(),
 * restart(), kill()}. url is http://localhost:PORT, since the session cookie
 * is Secure, which browsers keep over plain HTTP on localhost only. logins
 * are the demo accounts the node prints at start ({email, role,
 * organisation}).
 */
export async function startNode({ demo = true, participants = 60, env = {} } = {}) {
  if (!fs.existsSync(villageBin)) {
    throw new Error(`${villageBin} is missing: run \`make test-browser\` (or go build -o bin/village ./cmd/village)`);
  }
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'village-browser-'));
  if (demo) {
    fs.cpSync(demoTemplate(participants), dataDir, { recursive: true });
  }
  const url = `http://localhost:${port}`;
  // Only our own settings: a VILLAGE_* of the caller's shell (a MongoDB URI,
  // say) must not change what the tests run against.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VILLAGE_')));
  const childEnv = {
    ...base,
    VILLAGE_ADDR: `127.0.0.1:${port}`,
    VILLAGE_DATA_DIR: dataDir,
    VILLAGE_PUBLIC_URL: url,
    VILLAGE_LOG_LEVEL: 'warn',
    // Every sign-in comes from 127.0.0.1, several at the same account.
    VILLAGE_LOGIN_PER_IP: '100000',
    VILLAGE_LOGIN_PER_ACCOUNT: '100000',
    VILLAGE_LOGIN_PER_ACCOUNT_TOTAL: '100000',
    VILLAGE_SHUTDOWN_TIMEOUT: '3s',
    VILLAGE_DEMO: demo ? 'true' : 'false',
    VILLAGE_DEMO_PARTICIPANTS: String(participants),
    ...env,
  };

  let child = null;
  let output = '';
  let exited = null; // the promise of the running child's exit

  const start = async () => {
    output += `--- start ${new Date().toISOString()}\n`;
    const c = spawn(villageBin, ['serve'], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    child = c;
    c.stdout.setEncoding('utf8').on('data', (s) => { output += s; });
    c.stderr.setEncoding('utf8').on('data', (s) => { output += s; });
    exited = new Promise((resolve) => c.once('exit', (code, signal) => {
      output += `--- exit code=${code} signal=${signal}\n`;
      if (child === c) child = null;
      resolve();
    }));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child !== c) throw new Error(`village exited before it was ready:\n${output}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(1000) });
        if (res.status === 200) return;
      } catch { /* not listening yet */ }
      if (Date.now() > deadline) throw new Error(`village was not ready in 30s:\n${output}`);
      await sleep(100);
    }
  };

  const halt = async (signal) => {
    const c = child;
    if (!c) return;
    c.kill(signal);
    const killed = setTimeout(() => c.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killed);
  };

  const removeData = () => fs.rmSync(dataDir, { recursive: true, force: true });
  const cleanup = () => { if (child) child.kill('SIGKILL'); removeData(); };
  cleanups.add(cleanup);

  try {
    await start();
  } catch (err) {
    cleanup();
    cleanups.delete(cleanup);
    throw err;
  }

  // The node prints its logins, then "Village is running at", before it
  // serves; but its ready answer can reach us before the pipe's last
  // bytes do, on a loaded machine.
  for (const deadline = Date.now() + 10_000; !output.includes('Village is running at') && Date.now() < deadline;) {
    await sleep(50);
  }
  const logins = [];
  for (const line of output.split('\n')) {
    const m = /^\s+(\S+@\S+)\s+(\w+)(?:, (.+))?$/.exec(line);
    if (m) logins.push({ email: m[1], role: m[2], organisation: m[3] || '' });
  }

  return {
    url,
    port,
    dataDir,
    logins,
    /** participants are the demo participants printed at start. */
    get participants() { return logins.filter((l) => l.role === 'participant'); },
    log: () => output,
    /** account signs in through the API (not the browser) and returns the account. */
    async account(email, password = DEMO_PASSWORD) {
      const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      const body = await res.text();
      assert.equal(res.status, 200, `API sign-in of ${email}: ${res.status} ${body}`);
      return JSON.parse(body).account;
    },
    /**
     * api calls the node's API as email (signed in through the API, with a
     * bearer token) and returns the parsed answer; a status other than
     * expect fails.
     */
    async api(method, apiPath, { as = SECRETARIAT, password = DEMO_PASSWORD, body, expect = [200, 201] } = {}) {
      const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: as, password }),
      });
      const session = await login.json();
      assert.equal(login.status, 200, `API sign-in of ${as}: ${login.status} ${JSON.stringify(session)}`);
      const res = await fetch(`http://127.0.0.1:${port}${apiPath}`, {
        method,
        headers: { authorization: `Bearer ${session.access_token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      assert.ok([expect].flat().includes(res.status), `${method} ${apiPath} as ${as}: ${res.status} ${text}`);
      return text ? JSON.parse(text) : null;
    },
    /** stop ends the node (SIGTERM, graceful) and removes its data. */
    async stop() {
      await halt('SIGTERM');
      removeData();
      cleanups.delete(cleanup);
    },
    /** restart stops the node gracefully and starts it again, same port and data. */
    async restart() {
      await halt('SIGTERM');
      await start();
    },
    /** kill ends the node at once (SIGKILL), keeping its data for restart(). */
    async kill() {
      await halt('SIGKILL');
    },
  };
}

// ------------------------------------------------------------- the browser

/**
 * launchBrowser starts Debian's Chromium headless shell. No downloaded
 * browser: playwright-core drives /usr/bin/chromium-headless-shell (or
 * $CHROMIUM; the full /usr/bin/chromium works too, at twice the CPU). Any
 * request to a host other than the loopback goes to a proxy on a closed port and fails,
 * so nothing leaves the machine.
 */
export async function launchBrowser() {
  if (!fs.existsSync(chromiumBin)) {
    throw new Error(`${chromiumBin} is missing: run \`make chromium-check\` (apt-get install chromium-headless-shell)`);
  }
  const browser = await chromium.launch({
    executablePath: chromiumBin,
    headless: true,
    timeout: 60_000,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
      // Chromium always reaches localhost and 127.0.0.1 directly.
      '--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=localhost;127.0.0.1',
    ],
  });
  const close = () => { try { browser.close(); } catch { /* ending */ } };
  cleanups.add(close);
  browser.once('disconnected', () => cleanups.delete(close));
  return browser;
}

/**
 * newPage opens a page in a context of its own (its own cookies: a person of
 * their own). Close it with page.context().close().
 */
export async function newPage(browser, { locale = 'en-US', timezoneId = 'UTC', viewport = { width: 1280, height: 800 }, ...more } = {}) {
  // more: any other option of browser.newContext (isMobile, hasTouch,
  // deviceScaleFactor...).
  const context = await browser.newContext({ locale, timezoneId, viewport, ...more });
  context.setDefaultTimeout(WAIT);
  context.setDefaultNavigationTimeout(30_000);
  return context.newPage();
}

/** throttle makes the page's network slow: kbps down and up, latencyMs each way. */
export async function throttle(page, { kbps = 400, latencyMs = 400 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const bytesPerSecond = (kbps * 1000) / 8;
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: latencyMs,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
  return cdp;
}

/**
 * measureTransfer starts counting the bytes the page receives, headers and
 * bodies as sent (compressed), from CDP's Network events. Call it before
 * navigating; the returned function waits until the network has been quiet
 * for quietMs, then gives {bytes, requests}.
 *
 * A request counts its Network.loadingFinished figure; one that has its
 * response but never finishes (Chromium finishes a fetch() only once the page
 * reads its body, and the app leaves the body of a 401 unread) counts what
 * arrived of it so far. Playwright's "networkidle" never comes in that case,
 * hence the quiet period of our own.
 */
export async function measureTransfer(page) {
  const cdp = await page.context().newCDPSession(page);
  const reqs = new Map(); // requestId → {url, bytes, answered, finished}
  let last = Date.now();
  const touch = (id) => {
    last = Date.now();
    if (!reqs.has(id)) reqs.set(id, { url: '?', bytes: 0, answered: false, finished: false });
    return reqs.get(id);
  };
  cdp.on('Network.requestWillBeSent', (e) => { touch(e.requestId).url = e.request.url; });
  cdp.on('Network.responseReceived', (e) => {
    const r = touch(e.requestId);
    r.answered = true;
    r.bytes = Math.max(r.bytes, e.response.encodedDataLength ?? 0);
  });
  cdp.on('Network.dataReceived', (e) => { if (!reqs.get(e.requestId)?.finished) touch(e.requestId).bytes += e.encodedDataLength; });
  cdp.on('Network.loadingFinished', (e) => {
    const r = touch(e.requestId);
    r.finished = true;
    r.answered = true;
    r.bytes = e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => { const r = touch(e.requestId); r.finished = true; r.answered = true; });
  await cdp.send('Network.enable');
  return async ({ quietMs = 1000, timeout = 30_000 } = {}) => {
    const deadline = Date.now() + timeout;
    for (;;) {
      const waiting = [...reqs.values()].some((r) => !r.answered);
      if (!waiting && Date.now() - last >= quietMs) break;
      if (Date.now() > deadline) throw new Error(`the network was not quiet in ${timeout} ms`);
      await sleep(100);
    }
    const requests = [...reqs.values()].map(({ url, bytes, finished }) => ({ url, bytes, finished }));
    return { bytes: requests.reduce((n, r) => n + r.bytes, 0), requests };
  };
}

// ------------------------------------------------------------------ checks

let axeSource = null;

/**
 * checkA11y runs axe-core on the page and fails listing each violation of
 * WCAG 2.0, 2.1 and 2.2 A and AA. axe is evaluated through the DevTools
 * protocol, which the page's Content-Security-Policy does not govern (a
 * <script> tag would be refused by script-src 'self').
 */
export async function checkA11y(page, label) {
  axeSource ??= fs.readFileSync(path.join(webDir, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const loaded = await page.evaluate(`(() => { ${axeSource}\n; return typeof window.axe; })()`);
  assert.equal(loaded, 'object', `${label}: axe-core did not load in the page`);
  const violations = await page.evaluate(async () => {
    const res = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return res.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  const text = violations.map((v) => `  ${v.id} (${v.impact}): ${v.help}\n    at ${v.targets.join('\n    at ')}`).join('\n');
  assert.equal(violations.length, 0, `${label}: ${violations.length} accessibility violation(s):\n${text}`);
}

/**
 * collectConsoleErrors records what would show as an error in the page's
 * console: uncaught exceptions, console.error, and Content-Security-Policy
 * violations. A refused request the app expects (401 when nobody is signed
 * in) is not one; allow adds patterns of messages to let through, and
 * statuses the HTTP statuses that the test provokes on purpose (a 409 for
 * an e-mail already registered, a 422 for a field the server refuses, a 404
 * for a link that does not exist), which Chromium logs as "Failed to load
 * resource" whatever the app makes of them. allowURLs lets through
 * anything logged about a URL that matches (the 404 of the not-found page,
 * which the server sends with the app in it).
 *
 * Returns {errors, assertNone(label)}.
 */
export function collectConsoleErrors(page, { allow = [], statuses = [], allowURLs = [] } = {}) {
  const ok = [/Failed to load resource: the server responded with a status of 401\b/, ...allow];
  if (statuses.length) {
    ok.push(new RegExp(`Failed to load resource: the server responded with a status of (${statuses.join('|')})\\b`));
  }
  // Chromium asks for /favicon.ico by itself; its 404 is not the app's doing.
  const okURL = [/\/favicon\.ico$/, ...allowURLs];
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    const loc = msg.location();
    if (ok.some((re) => re.test(text))) return;
    if (loc?.url && okURL.some((re) => re.test(loc.url))) return;
    errors.push(`console.error: ${text}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
  });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.stack || err.message || err}`));
  return {
    errors,
    assertNone(label) {
      assert.deepEqual(errors, [], `${label}: the page logged errors:\n  ${errors.join('\n  ')}`);
    },
  };
}

/**
 * screenshot saves the page as PNG: into docs/screenshots/<name>.png with
 * UPDATE_SCREENSHOTS=1, else into a temporary folder (to look at, not to
 * commit). Returns the path. Only the viewport by default (small files);
 * fullPage: true takes the whole page.
 */
export async function screenshot(page, name, { fullPage = false } = {}) {
  const dir = process.env.UPDATE_SCREENSHOTS === '1'
    ? path.join(repoDir, 'docs', 'screenshots')
    : path.join(os.tmpdir(), 'village-screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage, animations: 'disabled', caret: 'hide' });
  return file;
}

// --------------------------------------------------------------- the app

/**
 * signIn signs in on /signin as a person would (labelled fields, the
 * "Sign in" button) and waits for the app to land on /.
 *
 * It first picks English with the language switcher (language: 'en'), since
 * the app otherwise follows the person's profile once they are in (the demo
 * participants the node prints speak Arabic, Spanish and French first), and
 * the tests read English names. language: null leaves the choice to the app.
 */
export async function signIn(page, url, email, password = DEMO_PASSWORD, { language = 'en' } = {}) {
  await page.goto(`${url}/signin`);
  if (language) await chooseLanguage(page, language);
  // The accessible names are "Email" and "Password" (a required mark is
  // aria-hidden). A password field has no role, so it is found by its label.
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(`${url}/`, { timeout: 30_000 });
}

/** chooseLanguage picks code with the header's language switcher and waits for the page to follow. */
export async function chooseLanguage(page, code) {
  await openMenu(page);
  await page.getByRole('banner').locator('select#language-switch').selectOption(code);
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

/**
 * openMenu unfolds the header's menu where it is folded (narrow screens,
 * signed in); elsewhere it does nothing.
 */
export async function openMenu(page) {
  const toggle = page.locator('header .menu-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') {
    await toggle.click();
    await page.locator('header #header-panel.open').waitFor();
  }
}

/** waitConnection waits for the live connection indicator to show state. */
export async function waitConnection(page, state, timeout = WAIT) {
  await page.locator(`header #connection[data-state="${state}"]`).waitFor({ state: 'attached', timeout });
}

/** onlineEntry is the online list's entry of a person, by ID. */
export function onlineEntry(page, personId) {
  return page.locator(`#online li[data-person-id="${personId}"]`);
}

const catalogues = new Map();

/**
 * messages is the message catalogue of a language (messages/<code>.json),
 * read when asked, so that tests expect what the catalogue says today.
 * msg(code, key) is one message, falling back to English as the app does.
 */
export function messages(code) {
  if (!catalogues.has(code)) {
    catalogues.set(code, JSON.parse(fs.readFileSync(path.join(webDir, 'messages', `${code}.json`), 'utf8')));
  }
  return catalogues.get(code);
}

export function msg(code, key) {
  return messages(code)[key] ?? messages('en')[key];
}

/** newcomer makes the profile of a person to register, unique by n. */
export function newcomer(n, more = {}) {
  return {
    email: `newcomer.${n}@example.org`,
    password: 'a long enough passphrase',
    display_name: `Newcomer ${n}`,
    stakeholder_group: 'civil_society',
    region: 'african',
    country: 'KE',
    languages: ['en', 'sw'],
    time_zone: 'Africa/Nairobi',
    themes: [],
    tags: '',
    directory_opt_in: false,
    ...more,
  };
}

/**
 * fillRegister fills /register's form with p (see newcomer) by the fields'
 * IDs, so that it works in any language. Languages are ticked in p's order
 * (the first one is the profile's first language).
 */
export async function fillRegister(page, p) {
  await page.locator('#f-email').fill(p.email);
  await page.locator('#f-password').fill(p.password);
  await page.locator('#f-display_name').fill(p.display_name);
  await page.locator('#f-stakeholder_group').selectOption(p.stakeholder_group);
  await page.locator('#f-region').selectOption(p.region);
  await page.locator('#f-country').selectOption(p.country);
  for (const code of p.languages) await pickLanguage(page, code);
  if (p.time_zone) await page.locator('#f-time_zone').selectOption(p.time_zone);
  for (const theme of p.themes ?? []) await page.locator(`#f-themes input[value="${theme}"]`).check();
  if (p.tags) await page.locator('#f-tags').fill(p.tags);
  if (p.expertise) await page.locator('#f-expertise').fill(p.expertise);
  if (p.directory_opt_in) await page.locator('#f-directory_opt_in').check();
}

/**
 * pickLanguage adds code to the languages picker (a combobox: its list
 * opens on a click, an option is picked by a click), if it is not there.
 */
export async function pickLanguage(page, code) {
  if (await hasLanguage(page, code)) return;
  await page.locator('#f-languages').click();
  await page.locator(`#f-languages-list [role="option"][data-value="${code}"]`).click();
  await page.locator(`#f-languages-chosen [data-value="${code}"]`).waitFor();
}

/** chosenLanguages are the languages picked, in order (the chips). */
export async function chosenLanguages(page) {
  return page.locator('#f-languages-chosen .chip').evaluateAll((els) => els.map((el) => el.dataset.value));
}

/** hasLanguage says whether code is among the languages picked. */
export async function hasLanguage(page, code) {
  return (await chosenLanguages(page)).includes(code);
}

/** headerWho is who the header says is signed in: {name, role}, or null. */
export async function headerWho(page) {
  const who = page.getByRole('banner').locator('.who');
  if (await who.count() === 0) return null;
  return { name: (await who.locator('.name').innerText()).trim(), role: (await who.locator('.role').innerText()).trim() };
}

/** waitHeaderWho waits until the header shows name (and role, if given). */
export async function waitHeaderWho(page, name, role) {
  await page.waitForFunction(([n, r]) => {
    const who = document.querySelector('header .who');
    return who && who.querySelector('.name')?.textContent.trim() === n && (!r || who.querySelector('.role')?.textContent.trim() === r);
  }, [name, role]);
}

/**
 * pageReady waits until the page shows its heading and nothing in <main>
 * is still loading.
 */
export async function pageReady(page) {
  await page.locator('main#main h1').waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading'));
}

/**
 * assertNoHorizontalScroll fails if the page is wider than the viewport
 * (WCAG 1.4.10 Reflow): the document scrolls sideways.
 */
export async function assertNoHorizontalScroll(page, label) {
  const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    // What sticks out, to say where to look.
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1); })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`),
  }));
  assert.ok(scrollWidth <= innerWidth, `${label}: the page scrolls sideways: scrollWidth ${scrollWidth} > innerWidth ${innerWidth}; wider: ${wide.join(', ')}`);
}

/**
 * focusIndicator describes the focused element and whether it shows a
 * focus indicator (a non-none outline or a box-shadow).
 */
export async function focusIndicator(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow && cs.boxShadow !== 'none';
    const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.name ? `[name=${el.name}]` : ''}${el.value && el.type === 'checkbox' ? `[value=${el.value}]` : ''}`;
    return { name, visible: outline || !!shadow, outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`, shadow: cs.boxShadow };
  });
}

/** dismissToasts closes the toasts on screen (for a tidy screenshot). */
export async function dismissToasts(page) {
  const buttons = page.locator('.toasts .toast button');
  while (await buttons.count() > 0) await buttons.first().click();
}

/**
 * tidy readies the page for a screenshot: no toasts, no focus ring, scrolled
 * to the top (or to the element of selector, when given).
 */
export async function tidy(page, selector) {
  await dismissToasts(page);
  await page.evaluate((sel) => {
    const active = document.activeElement;
    if (active && typeof active.setSelectionRange === 'function' && /^(text|search|url|email)$/.test(active.type)) active.setSelectionRange(0, 0);
    active?.blur();
    getSelection()?.removeAllRanges();
    const el = sel && document.querySelector(sel);
    if (el) el.scrollIntoView({ block: 'start' });
    else window.scrollTo(0, 0);
  }, selector ?? null);
}

/**
 * waitFocus waits until the focused element matches selector (the app
 * moves the focus in effects, a frame after what caused it), and fails
 * naming the element that has the focus instead.
 */
export async function waitFocus(page, selector, label = selector, timeout = 5_000) {
  const ok = await page.waitForFunction((s) => document.activeElement?.matches(s), selector, { timeout }).then(() => true, () => false);
  if (!ok) {
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).trim().split(/\s+/).join('.') : ''}` : '(nothing)';
    });
    assert.fail(`${label} should have the focus; ${at} has it`);
  }
}

/**
 * openSuite starts what a test file shares: a node (startNode's options)
 * and a browser. closeSuite ends both. In a file:
 *
 *   before(async () => ({ node, browser } = await openSuite({ participants: 10 })));
 *   after(() => closeSuite(node, browser));
 */
export async function openSuite(nodeOptions) {
  const node = await startNode(nodeOptions);
  const browser = await launchBrowser();
  return { node, browser };
}

// failed: a test of this file failed (each file runs in a process of its
// own, so this hook sees its tests only).
let failed = false;
afterEach((t) => {
  if (!t.passed) failed = true;
});

/**
 * closeSuite ends what openSuite started. When a test of the file failed,
 * it prints what the node logged at warn level and above: a test sees
 * only the page, and on a loaded CI machine the cause (a request that
 * timed out, a store error) is often in the node's log alone.
 */
export async function closeSuite(node, browser) {
  await browser?.close();
  await node?.stop();
  if (failed && node) {
    const lines = node.log().split('\n').filter((l) => /level=(WARN|ERROR)/.test(l));
    console.error(`the node's warnings and errors (${lines.length}, the last 80):\n${lines.slice(-80).join('\n')}`);
  }
}
