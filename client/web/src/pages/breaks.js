// Coffee breaks: short breaks where people sit at small tables by
// language, and change tables every round to meet someone new. /breaks
// lists those not over yet, with one's own sign-up, signing up and
// withdrawing; /breaks/{id} is one break: a countdown before it, its live
// room from 5 minutes before (components/breaklive.js: one's table, its
// people and chat), and a thank-you after, pointing to the people met.
import { html } from 'htm/preact';
import { useState, useEffect, useRef } from 'preact/hooks';
import { Page, Loading, Failure } from '../components/page.js';
import { useLoad } from '../components/load.js';
import { SignUpForm, useWithdraw, languageList } from '../components/breaksignup.js';
import { BreakLive, Countdown, OPENS_BEFORE } from '../components/breaklive.js';
import { get } from '../api.js';
import { account } from '../session.js';
import { t, formatDateTime, browserZone } from '../i18n.js';

const DAY = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
const TIME = { hour: 'numeric', minute: '2-digit' };
const href = (b) => '/breaks/' + encodeURIComponent(b.id);

// phase is where the break stands at now: "later" (its room not open yet),
// "open" (the room is open, the break not begun), "running", "over".
function phase(b, now) {
  const start = Date.parse(b.starts_at);
  if (now >= Date.parse(b.ends_at)) {
    return 'over';
  }
  if (now >= start) {
    return 'running';
  }
  return now >= start - OPENS_BEFORE ? 'open' : 'later';
}

// usePhase re-renders when b's phase changes (and only then: the page
// holds a chat that need not be drawn again every second).
function usePhase(b) {
  const [now, setNow] = useState(() => Date.now());
  const p = b ? phase(b, now) : null;
  useEffect(() => {
    if (!b || p === 'over') {
      return;
    }
    const next = [Date.parse(b.starts_at) - OPENS_BEFORE, Date.parse(b.starts_at), Date.parse(b.ends_at)].find((x) => x > Date.now());
    const id = setTimeout(() => setNow(Date.now()), Math.min(next - Date.now() + 50, 2 ** 31 - 1));
    return () => clearTimeout(id);
  }, [b?.id, b?.starts_at, b?.ends_at, p, now]);
  return p;
}

// when says when b runs, in the person's zone: "Mon, Nov 9, 10:00 AM to
// 10:30 AM".
function when(b, zone) {
  return t('breaks.when', { start: formatDateTime(b.starts_at, zone, DAY), end: formatDateTime(b.ends_at, zone, TIME) });
}

// rounds says how many rounds, and how long each is: in minutes, or in
// seconds where the node shortens a break's minutes (tests and demos).
function rounds(b) {
  const secs = b.round_seconds || b.round_minutes * 60;
  return secs % 60 === 0 ? t('breaks.rounds', { count: b.rounds, minutes: secs / 60 }) : t('breaks.rounds_seconds', { count: b.rounds, seconds: secs });
}

function Facts({ b, zone }) {
  return html`<dl class="break-facts">
    <div><dt>${t('breaks.facts.when')}</dt><dd>${when(b, zone)}</dd></div>
    <div><dt>${t('breaks.facts.languages')}</dt><dd>${languageList(b.languages)}</dd></div>
    <div><dt>${t('breaks.facts.tables')}</dt><dd>${t('breaks.table_size', { count: b.table_size })}</dd></div>
    <div><dt>${t('breaks.facts.rounds')}</dt><dd>${rounds(b)}</dd></div>
    <div><dt>${t('breaks.facts.signed_up')}</dt><dd>${t('breaks.signed_up_count', { count: b.signed_up })}</dd></div>
  </dl>`;
}

function Status({ p }) {
  if (p === 'running') {
    return html`<span class="tag tag-live">${t('breaks.status.running')}</span>`;
  }
  if (p === 'open') {
    return html`<span class="tag tag-live">${t('breaks.status.open')}</span>`;
  }
  if (p === 'over') {
    return html`<span class="tag">${t('breaks.status.over')}</span>`;
  }
  return null;
}

// Mine says one's own sign-up, with a button to withdraw until the end.
function Mine({ b, onChange, over }) {
  const [withdraw, problem, busy] = useWithdraw(b, onChange);
  return html`<div class="break-mine">
    <p><strong>${t('breaks.mine', { languages: languageList(b.mine.languages) })}</strong></p>
    ${!over &&
    html`<p class="booking-actions">
      <button type="button" onClick=${withdraw} aria-disabled=${busy ? 'true' : undefined}>${t('breaks.withdraw')}</button>
    </p>`}
    <p role="status" class="field-error">${problem}</p>
  </div>`;
}

// Item is one break in the list: its facts, one's sign-up, and signing up
// (its form opens in place, one at a time: open/setOpen).
function Item({ b, zone, me, open, setOpen, reload, said, now }) {
  const p = phase(b, now);
  const showing = open === b.id;
  // The button that was pressed (Sign up, Withdraw) goes with the change:
  // the focus goes to what the page says of it, not to the page's top.
  const notice = useRef(null);
  const text = said?.id === b.id ? said.text : '';
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (text && lost) {
      notice.current?.focus();
    }
  }, [said, !!b.mine]);
  return html`<li class="card break-item" data-break-id=${b.id}>
    <div class="break-head">
      <h2><a href=${href(b)} dir="auto">${b.title}</a></h2>
      <${Status} p=${p} />
    </div>
    <${Facts} b=${b} zone=${zone} />
    ${b.mine
      ? html`<${Mine} b=${b} over=${p === 'over'} onChange=${() => reload(t('breaks.withdrawn'))} />
          ${(p === 'open' || p === 'running') && html`<p><a class="button primary" href=${href(b)}>${t('breaks.go')}</a></p>`}`
      : p !== 'over' &&
        html`<p class="booking-actions">
          <button type="button" class=${showing ? '' : 'primary'} aria-expanded=${showing ? 'true' : 'false'} aria-controls=${'signup-' + b.id}
            onClick=${() => setOpen(showing ? null : b.id, true)}>${t('breaks.sign_up')}</button>
        </p>`}
    <div id=${'signup-' + b.id}>
      ${showing && html`<${SignUpForm} b=${b} me=${me} onDone=${() => reload(t('breaks.signed_up'))} onChange=${() => reload('', { keep: true })} />`}
    </div>
    ${text && html`<p class="notice notice-ok break-said" tabindex="-1" ref=${notice}>${text}</p>`}
  </li>`;
}

export function BreaksPage() {
  const me = account.value;
  const zone = me?.time_zone || browserZone();
  const list = useLoad(() => get('/api/breaks'), []);
  // The list says when a break's room opens (the way in appears) and when
  // one begins, without a reload; a break over leaves at the next read.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const i = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(i);
  }, []);
  const [open, setOpen] = useState(null);
  const [said, setSaid] = useState(null);
  const [status, setStatus] = useState('');
  // Opening a form clears what the page said of the last change.
  const openForm = (id, clear) => {
    setOpen(id);
    if (clear) {
      setSaid(null);
    }
  };
  const items = list.data?.items || [];
  // reload reads the list again after a change (text says it); keep
  // leaves the form open, with what the server said in its summary.
  const reload = (id) => (text, { keep = false } = {}) => {
    if (!keep) {
      setOpen(null);
    }
    if (text) {
      setSaid({ id, text });
      setStatus(text);
    }
    list.reload();
  };
  let body;
  if (list.error && !list.data) {
    body = html`<${Failure} error=${list.error} retry=${list.reload} />`;
  } else if (!list.data) {
    body = html`<${Loading} />`;
  } else if (items.length === 0) {
    body = html`<div class="notice"><p>${t('breaks.none')}</p></div>`;
  } else {
    body = html`<ul class="breaks">
      ${items.map((b) => html`<${Item} key=${b.id} b=${b} zone=${zone} me=${me} open=${open} setOpen=${openForm} reload=${reload(b.id)} said=${said} now=${now} />`)}
    </ul>`;
  }
  return html`<${Page} title=${t('breaks.title')} intro=${t('breaks.intro')}>
    <p class="muted">${t('booth.hours_zone', { zone: zone.replaceAll('_', ' ') })}</p>
    <p class="visually-hidden" role="status">${status}</p>
    ${body}
  <//>`;
}

// Thanks closes a break that is over: how many one met at its tables (the
// contacts whose place is the break), and where to find them.
function Thanks({ b }) {
  const met = useLoad(() => (b.mine ? get('/api/me/contacts') : Promise.resolve(null)), [b.id, !!b.mine]);
  const count = (met.data?.items || []).filter((m) => m.where.some((w) => w.kind === 'table' && w.place === b.id)).length;
  return html`<section class="card break-thanks notice-ok" aria-labelledby="thanks-title">
    <h2 id="thanks-title">${t('breaks.thanks_title')}</h2>
    ${b.mine && (met.loading || count > 0) && html`<p class="break-met">${count > 0 && html`<strong>${t('breaks.met_count', { count })}</strong>`}</p>`}
    <p>${b.mine ? t('breaks.thanks_text') : t('breaks.over_text')}</p>
    <p><a class="button primary" href="/contacts">${t('breaks.thanks_link')}</a></p>
  </section>`;
}

export function BreakPage({ id }) {
  const me = account.value;
  const zone = me?.time_zone || browserZone();
  const api = '/api/breaks/' + encodeURIComponent(id);
  const one = useLoad(() => get(api), [id]);
  const b = one.data;
  const p = usePhase(b);
  const [said, setSaid] = useState('');
  // A refused room (a clock ahead of the server's, a sign-up withdrawn in
  // another tab) is tried again a little later, after reading the break.
  const [attempt, setAttempt] = useState(0);
  const refused = (code) => {
    one.reload();
    if (code === 'forbidden') {
      setTimeout(() => setAttempt((n) => n + 1), 10_000);
    }
  };

  if (one.error && !b) {
    return html`<${Page} title=${t('breaks.title')}><${Failure} error=${one.error} retry=${one.reload} /><//>`;
  }
  if (!b) {
    return html`<${Page} title=${t('breaks.title')}><${Loading} /><//>`;
  }
  const changed = (text) => {
    setSaid(text || '');
    one.reload();
    // The button pressed is gone with the change: the focus goes to what
    // the page says of it.
    requestAnimationFrame(() => document.getElementById('break-said')?.focus());
  };
  const live = b.mine && (p === 'open' || p === 'running');
  return html`<${Page} title=${b.title}>
    ${p !== 'later' && html`<p class="break-status"><${Status} p=${p} /></p>`}
    ${p === 'over' && html`<${Thanks} b=${b} />`}
    ${p === 'later' &&
    html`<section class="card break-before" aria-labelledby="before-title">
      <h2 id="before-title">${t('breaks.before_title')}</h2>
      <${Countdown} until=${b.starts_at} id="start-countdown" label=${t('breaks.starts_in')} />
      <p>${t('breaks.opens_early')}</p>
    </section>`}
    ${live && html`<${BreakLive} key=${attempt} b=${b} me=${me} onRefused=${refused} />`}
    <${Facts} b=${b} zone=${zone} />
    <p class="muted">${t('booth.hours_zone', { zone: zone.replaceAll('_', ' ') })}</p>
    ${p !== 'over' &&
    html`<section class="card" aria-labelledby="place-title">
      <h2 id="place-title">${t('breaks.your_place')}</h2>
      ${b.mine
        ? html`<${Mine} b=${b} onChange=${() => changed(t('breaks.withdrawn'))} />`
        : html`<p>${t(p === 'running' ? 'breaks.late' : 'breaks.not_signed_up')}</p>`}
      <${SignUpForm} b=${b} me=${me} onDone=${() => changed(t('breaks.signed_up'))} onChange=${() => one.reload()} />
      <p role="status" class="break-said" id="break-said" tabindex="-1">${said}</p>
    </section>`}
    <p><a href="/breaks">${t('breaks.back')}</a></p>
  <//>`;
}
