// Lighthouse on every page of the app, mobile and desktop: `make lighthouse`.
//
// Not a *.test.mjs file, so the browser suite does not run it: a full run
// takes minutes. It starts a fresh demo node (harness.mjs), and for each
// person (nobody, a participant, the Secretariat, a participant who reads
// Arabic) a Chromium of its own with a fresh profile and a DevTools port.
// playwright-core signs the person in through the page, then Lighthouse
// drives the same browser through that port with storage reset off, so
// every page is audited as that person sees it: with their session cookie
// and the language kept in localStorage.
//
// A page passes when its cumulative layout shift is under 0.1 and its
// accessibility score is 100, on both form factors. The script prints a
// table; for each page that fails, the element Lighthouse names for each
// shift (the one that moved most), then every element the browser names as
// a source of each shift, from one more load with a layout-shift observer
// on the same screen (Lighthouse's trace gives the others as node IDs only;
// they are in the summary), and the failing accessibility audits. It writes
// bin/lighthouse/summary.json and each run's full report beside it, and
// exits 1 when a page fails (2 when it could not run).
//
// Lighthouse is 12.8.2, the last 12.x (13 needs Node 22): 12.2.3's trace
// engine cannot read the traces of Chromium 156 (its layout-shifts audit
// fails on 'frame_sequence'). Its trace engine asks for two packages at
// "latest", which breaks `npm ci` whenever they publish: package.json
// pins them with overrides. LIGHTHOUSE_DEBUG=1 keeps, for a run that ends
// in a runtime error, its report and DevTools log in bin/lighthouse.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium } from 'playwright-core';
import {
  DEMO_PASSWORD, freePort, repoDir, SECRETARIAT, signIn, startNode,
} from './harness.mjs';

// The targets of issue 9 ("Done when").
const MAX_CLS = 0.1;
const MIN_A11Y = 1; // Lighthouse scores run 0 to 1; 1 is the 100 it shows.

const chromiumBin = process.env.CHROMIUM || '/usr/bin/chromium';
const outDir = path.join(repoDir, 'bin', 'lighthouse');

// Only what the targets need: the accessibility category, and from
// performance the layout shift metric and the audit that names its
// culprits. Mobile is Lighthouse's default (a Moto G Power's screen and
// simulated slow 4G); desktop is its desktop preset.
const only = {
  onlyCategories: ['accessibility'],
  onlyAudits: ['cumulative-layout-shift', 'layout-shifts'],
  // Keep the signed-in person's cookie and localStorage.
  disableStorageReset: true,
};
const configs = {
  mobile: { extends: 'lighthouse:default', settings: { ...only } },
  desktop: { extends: 'lighthouse:default', settings: { ...desktopConfig.settings, ...only } },
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ----------------------------------------------------------- the browsers

const browsers = new Set();
process.once('exit', () => { for (const b of browsers) b.kill(); });

/**
 * startChromium starts Debian's Chromium headless with a fresh profile and
 * a DevTools port on the loopback. As in the browser suite, any request to
 * a host other than the loopback goes to a closed port.
 */
async function startChromium() {
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'village-lighthouse-'));
  const child = spawn(chromiumBin, [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check',
    '--disable-dev-shm-usage', '--disable-quic',
    '--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=localhost;127.0.0.1',
    `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s) => { stderr = (stderr + s).slice(-4000); });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const browser = {
    port,
    kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      try { fs.rmSync(profile, { recursive: true, force: true }); } catch { /* ending anyway */ }
    },
    async stop() {
      browsers.delete(browser);
      if (child.exitCode === null) child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killed);
      // Chromium's helper processes may still be writing to the profile
      // for a moment after the browser's own process has ended.
      for (let i = 0; ; i++) {
        try {
          fs.rmSync(profile, { recursive: true, force: true });
          break;
        } catch (err) {
          if (i === 20) { console.error(`could not remove ${profile}: ${err.message}`); break; }
          await sleep(250);
        }
      }
    },
  };
  browsers.add(browser);
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`chromium exited at start:\n${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/version`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) {
        browser.version = (await res.json()).Browser; // HeadlessChrome/156.0.8078.114
        return browser;
      }
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`chromium did not open its DevTools port in 30 s:\n${stderr}`);
    await sleep(100);
  }
}

/**
 * asPerson signs email in, through the page (in English, so that the
 * harness finds the fields), in the browser's default profile, which the
 * tabs Lighthouse opens share. Then it stores language as the person's own
 * choice, as the language switcher does: the app reads it before its first
 * render.
 */
async function asPerson(browser, url, email, language = 'en') {
  const pw = await chromium.connectOverCDP(`http://127.0.0.1:${browser.port}`);
  try {
    const page = await pw.contexts()[0].newPage();
    page.setDefaultTimeout(30_000);
    await signIn(page, url, email, DEMO_PASSWORD, { language: 'en' });
    await page.evaluate((code) => localStorage.setItem('village.language', code), language);
    await page.close();
  } finally {
    await pw.close(); // connected over CDP: this disconnects, the browser stays
  }
}

// -------------------------------------------------------------- the runs

/** failingAudits are the accessibility audits that cost points, with the elements they name. */
function failingAudits(lhr) {
  return lhr.categories.accessibility.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => ({
      id: a.id,
      title: a.title,
      elements: (a.details?.items ?? []).map((it) => it.node?.selector ?? it.node?.snippet).filter(Boolean),
    }));
}

/** shifts are the layout shifts Lighthouse found, the element that moved most and the causes it suspects. */
function shifts(lhr) {
  const audit = lhr.audits['layout-shifts'];
  return (audit?.details?.items ?? []).map((it) => ({
    score: it.score,
    selector: it.node?.selector ?? null,
    label: it.node?.nodeLabel ?? null,
    snippet: it.node?.snippet ?? null,
    causes: (it.subItems?.items ?? []).map((s) => [s.cause, s.extra?.selector ?? s.extra?.url ?? s.extra?.snippet].filter(Boolean).join(': ')),
  }));
}

/**
 * traceShifts are the layout shifts in the run's trace, each with every
 * node it moved (Lighthouse's audit names only the one that moved most).
 * Those marked hadRecentInput count too: Chromium marks every shift so
 * under Lighthouse's mobile (touch) emulation although nobody touched the
 * page, and Lighthouse counts them, as a phone's browser would:
 * milliseconds after navigation start, the shift's score, and each node's
 * DOM node ID with its rectangles [x, y, width, height] before and after
 * (0,0,0,0: moved out of the viewport or removed).
 */
function traceShifts(result) {
  const events = (result.artifacts?.Trace ?? result.artifacts?.traces?.defaultPass)?.traceEvents ?? [];
  const nav = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && /^https?:/.test(e.args.data.documentLoaderURL ?? '')).pop();
  return events
    .filter((e) => e.name === 'LayoutShift' && (!nav || e.ts >= nav.ts))
    .map((e) => ({
      ms: nav ? Math.round((e.ts - nav.ts) / 1000) : null,
      score: e.args.data.weighted_score_delta ?? e.args.data.score,
      hadRecentInput: Boolean(e.args.data.had_recent_input),
      nodes: (e.args.data.impacted_nodes ?? []).map((n) => ({ nodeId: n.node_id, before: n.old_rect, after: n.new_rect })),
    }));
}

// Set before the page's first script: records each layout shift with the
// elements the browser names as its sources, described while they exist.
const SHIFT_OBSERVER = `(() => {
  const describe = (node) => {
    if (!node) return '(gone)';
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return '#text';
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      parts.unshift(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map((c) => '.' + c).join(''));
      if (e.id) break;
    }
    const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50);
    return parts.join(' > ') + (text ? ' "' + text + '"' : '');
  };
  const r = (x) => [Math.round(x.x), Math.round(x.y), Math.round(x.width), Math.round(x.height)];
  window.__villageShifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__villageShifts.push({ ms: Math.round(e.startTime), score: e.value, hadRecentInput: e.hadRecentInput,
        sources: e.sources.map((s) => ({ element: describe(s.node), before: r(s.previousRect), after: r(s.currentRect) })) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

/**
 * observeShifts loads url once more, as the person, on the screen that
 * Lighthouse emulated, and gives the layout shifts the browser reports with
 * every source element by selector and text (up to five a shift, the
 * browser's own cut): where Lighthouse's trace has node IDs only.
 */
async function observeShifts(browser, url, screen) {
  const pw = await chromium.connectOverCDP(`http://127.0.0.1:${browser.port}`);
  try {
    const context = pw.contexts()[0];
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: screen.width, height: screen.height, deviceScaleFactor: screen.deviceScaleFactor, mobile: screen.mobile,
    });
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: screen.mobile });
    await page.addInitScript(SHIFT_OBSERVER);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await sleep(4_000); // the data the page fetches, and what it renders with it
    const shifts = await page.evaluate(() => window.__villageShifts);
    await page.close();
    return shifts;
  } finally {
    await pw.close();
  }
}

// A run that ends in a runtime error (NO_NAVSTART, now and then on two busy
// cores) is tried again, as Lighthouse's own message advises, this often.
const TRIES = 3;

async function audit(browser, url, formFactor) {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, { port: browser.port, output: 'json', logLevel: 'error', disableStorageReset: true }, configs[formFactor]);
    if (!result) throw new Error(`lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (!lhr.runtimeError) {
      return { lhr, report: result.report, trace: traceShifts(result), tries: attempt, seconds: (Date.now() - started) / 1000 };
    }
    const log = [...(result.artifacts?.DevtoolsLog ?? []), ...(result.artifacts?.DevtoolsLogError ?? [])];
    const failed = log.filter((e) => e.method === 'Network.loadingFailed').map((e) => `${e.params.errorText}${e.params.blockedReason ? ` (${e.params.blockedReason})` : ''}`);
    if (process.env.LIGHTHOUSE_DEBUG) fs.writeFileSync(path.join(outDir, `error-${Date.now()}.json`), JSON.stringify({ lhr, log }, null, 1));
    const why = `lighthouse on ${url} (${formFactor}): ${lhr.runtimeError.code} ${lhr.runtimeError.message} (failed requests: ${failed.join(', ') || 'none'})`;
    if (attempt === TRIES) throw new Error(why);
    console.log(`again: ${why}`);
  }
}

function pad(s, n) {
  s = String(s);
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

async function main() {
  const t0 = Date.now();
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });

  const node = await startNode();
  const orgs = await node.api('GET', '/api/organisations');
  const org = orgs.items.find((o) => o.kind !== 'secretariat') ?? orgs.items[0];
  const invitation = await node.api('POST', '/api/invitations', {
    body: { role: 'staff', organisation_id: org.id, note: 'For the booth', ttl_hours: 72 },
  });
  const dir = await node.api('GET', '/api/directory?limit=5');
  const person = dir.items.find((p) => p.role === 'participant') ?? dir.items[0];
  if (!person) throw new Error('the demo directory lists nobody');
  const booth = (await node.api('GET', '/api/booths?limit=1')).items[0];
  if (!booth) throw new Error('the demo village has no booth');
  // The demo village's coffee break (seed/breaks.go), still to come.
  const coffee = (await node.api('GET', '/api/breaks')).items[0];
  if (!coffee) throw new Error('the demo village has no coffee break');

  // A participant whose profile reads English first, and one whose reads
  // Arabic first (the demo has both).
  let english = null;
  let arabic = null;
  for (const p of node.participants) {
    if (english && arabic) break;
    const first = (await node.account(p.email)).languages?.[0];
    if (first === 'en') english ??= p;
    if (first === 'ar') arabic ??= p;
  }
  english ??= node.participants[0];
  if (!arabic) throw new Error('the demo village has no participant who reads Arabic first');

  // A confirmed meeting of each (the demo logins have some: seed/meetings.go).
  const meetingOf = async (email) => {
    const m = (await node.api('GET', '/api/meetings?box=upcoming', { as: email })).items[0];
    if (!m) throw new Error(`the demo login ${email} has no confirmed meeting`);
    return m.id;
  };
  const meeting = { en: await meetingOf(english.email), ar: await meetingOf(arabic.email) };
  const meetings = (lang) => ['/meetings', '/meetings?box=upcoming', `/meetings/${meeting[lang]}`, `/meetings/new?with=${person.id}`, '/people-to-meet'];

  let visits = [
    { who: 'signed out', paths: ['/signin', '/register', `/invite/${invitation.id}`] },
    { who: 'participant', email: english.email, paths: ['/', '/me', '/people', `/people/${person.id}`, '/village', '/village?view=overview', `/booths/${booth.id}`, '/schedule', '/contacts', '/sessions', '/breaks', `/breaks/${coffee.id}`, ...meetings('en')] },
    { who: 'secretariat', email: SECRETARIAT, paths: ['/', '/organisations', '/invitations', `/console?booth=${booth.id}`, '/console/breaks'] },
    { who: 'participant (ar)', email: arabic.email, language: 'ar', paths: ['/', '/people', `/people/${person.id}`, '/village', `/booths/${booth.id}`, '/contacts', '/sessions', '/breaks', `/breaks/${coffee.id}`, ...meetings('ar')] },
  ];
  // LIGHTHOUSE_ONLY=/meetings,/people-to-meet audits only the paths that
  // begin with one of these: a page's own check while working on it.
  const only = (process.env.LIGHTHOUSE_ONLY || '').split(',').filter(Boolean);
  if (only.length) {
    visits = visits.map((v) => ({ ...v, paths: v.paths.filter((p) => only.some((o) => p.startsWith(o))) })).filter((v) => v.paths.length);
  }

  const runs = [];
  const versions = { lighthouse: null, chromium: null };
  try {
    for (const visit of visits.filter((v) => v.paths.length > 0)) {
      const browser = await startChromium();
      try {
        if (visit.email) await asPerson(browser, node.url, visit.email, visit.language);
        for (const p of visit.paths) {
          for (const formFactor of ['mobile', 'desktop']) {
            const { lhr, report, trace, tries, seconds } = await audit(browser, `${node.url}${p}`, formFactor);
            const name = `${visit.who}${p}`.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '');
            fs.writeFileSync(path.join(outDir, `${name}.${formFactor}.json`), report);
            versions.lighthouse = lhr.lighthouseVersion;
            versions.chromium = browser.version;
            const cls = lhr.audits['cumulative-layout-shift'].numericValue;
            const a11y = lhr.categories.accessibility.score;
            const run = {
              page: p.replace(invitation.id, '<id>').replace(person.id, '<id>').replace(coffee.id, '<id>').replace(meeting.en, '<id>').replace(meeting.ar, '<id>'),
              url: lhr.finalDisplayedUrl,
              who: visit.who,
              language: visit.language ?? 'en',
              formFactor,
              cls: Math.round(cls * 10000) / 10000,
              accessibility: Math.round(a11y * 100),
              pass: cls < MAX_CLS && a11y >= MIN_A11Y,
              failingAudits: failingAudits(lhr),
              layoutShifts: shifts(lhr),
              traceShifts: trace,
              observedShifts: null,
              tries,
              seconds,
            };
            if (cls >= MAX_CLS) run.observedShifts = await observeShifts(browser, `${node.url}${p}`, lhr.configSettings.screenEmulation);
            runs.push(run);
            console.log(`${run.pass ? 'ok  ' : 'FAIL'} ${run.who} ${run.page} ${formFactor}: CLS ${run.cls}, accessibility ${run.accessibility} (${seconds.toFixed(1)} s)`);
          }
        }
      } finally {
        await browser.stop();
      }
    }
  } finally {
    await node.stop();
  }

  const head = ['who', 'page', 'form factor', 'CLS', 'a11y', 'failing audits'];
  const rows = runs.map((r) => [r.who, r.page, r.formFactor, r.cls.toFixed(3), String(r.accessibility), r.failingAudits.map((a) => a.id).join(', ') || '-']);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => pad(c, widths[i])).join(' | ')} |`;
  console.log(`\n${line(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));

  const failed = runs.filter((r) => !r.pass);
  for (const r of failed) {
    console.log(`\n${r.who} ${r.page} (${r.formFactor}): CLS ${r.cls}${r.cls >= MAX_CLS ? ` (${(r.cls - MAX_CLS).toFixed(3)} over)` : ''}, accessibility ${r.accessibility}`);
    for (const s of r.layoutShifts) {
      const label = s.label ? ` "${s.label.replace(/\s+/g, ' ').slice(0, 50)}"` : '';
      console.log(`  Lighthouse: shift ${s.score.toFixed(4)}, moved most: ${s.selector ?? '?'}${label}${s.causes.length ? ` (causes: ${s.causes.join('; ')})` : ''}`);
    }
    if (r.observedShifts?.length === 0) console.log('  loaded again with an observer: no shift this time');
    for (const s of r.observedShifts ?? []) {
      console.log(`  loaded again with an observer, at ${s.ms} ms: shift ${s.score.toFixed(4)}${s.hadRecentInput ? ' (marked as after input: the touch emulation)' : ''}, its sources:`);
      for (const src of s.sources) console.log(`    ${src.element} [${src.before}] -> [${src.after}]`);
    }
    for (const a of r.failingAudits) console.log(`  ${a.id}: ${a.title}${a.elements.length ? `\n    at ${a.elements.join('\n    at ')}` : ''}`);
  }

  const summary = {
    date: new Date().toISOString(),
    lighthouse: versions.lighthouse,
    chromium: versions.chromium,
    targets: { maxCLS: MAX_CLS, accessibility: MIN_A11Y * 100 },
    seconds: (Date.now() - t0) / 1000,
    passed: runs.length - failed.length,
    failed: failed.length,
    runs,
  };
  fs.writeFileSync(path.join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\n${runs.length - failed.length} passed, ${failed.length} failed (${summary.seconds.toFixed(0)} s); summary in ${path.relative(process.cwd(), path.join(outDir, 'summary.json'))}`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

main().catch((err) => {
  console.error(err.stack || err);
  process.exit(2);
});
