// breaklive: being at a coffee break (docs/protocol.md, "Coffee breaks in
// rooms"). The page stays in the break's room (break:<id>) from 5 minutes
// before the start: that is how one is present and gets seated. Where one
// sits comes as a Place: in the join's state (mine), from GET
// /api/breaks/{id}/table after a reload, and live with break.table and
// break.waiting, which say the next round's place too. Seated, one sees
// the table (its number, language and people) and its chat (the room
// table:<break>/<round>/<n>), with a countdown to the next round; the new
// table replaces the old one in place, said politely to screen readers.
import { html } from 'htm/preact';
import { useState, useEffect, useRef } from 'preact/hooks';
import { useRoom } from './room.js';
import { Chat } from './chat.js';
import { Avatar } from './avatar.js';
import { onEvent } from '../live.js';
import { get } from '../api.js';
import { t, has, lang, languageNameHere, regionName } from '../i18n.js';
import { label } from '../meta.js';

// OPENS_BEFORE: a break's room opens 5 minutes before its start
// (matching.BreakOpensBefore).
export const OPENS_BEFORE = 5 * 60_000;

// SEATED_AFTER: a round is seated within a tick or two of its start.
const SEATED_AFTER = 5_000;

// useNow ticks every second while a countdown shows.
export function useNow(every = 1000) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const i = setInterval(() => setNow(Date.now()), every);
    return () => clearInterval(i);
  }, [every]);
  return now;
}

// clock shows ms as "m:ss", or "h:mm:ss" from an hour, in the page's
// digits.
export function clock(ms) {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const two = new Intl.NumberFormat(lang.value, { minimumIntegerDigits: 2, useGrouping: false });
  const one = new Intl.NumberFormat(lang.value, { useGrouping: false });
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0 ? `${one.format(h)}:${two.format(m)}:${two.format(sec)}` : `${one.format(m)}:${two.format(sec)}`;
}

// Countdown counts down to the instant until (RFC 3339). It is a timer,
// which screen readers do not read out at every tick; label says what it
// counts to, done what to say once it is there.
export function Countdown({ until, label, done, id }) {
  const now = useNow();
  const left = Date.parse(until) - now;
  if (left <= 0 && done) {
    return html`<p class="countdown" id=${id}><span class="countdown-label">${done}</span></p>`;
  }
  const days = Math.floor(left / 86_400_000);
  return html`<p class="countdown" id=${id}>
    <span class="countdown-label">${label}</span>
    ${days >= 1
      ? html`<span class="countdown-time">${t('breaks.in_days', { count: days })}</span>`
      : html`<time class="countdown-time" role="timer" datetime=${until}>${clock(left)}</time>`}
  </p>`;
}

// same says whether two places are the same seat (a new break.table of the
// same table, with someone more at it, is still the same seat).
function sameSeat(a, b) {
  if (!a || !b || a.status !== b.status) {
    return false;
  }
  return a.status === 'seated' ? a.table.room === b.table.room : a.waiting.round === b.waiting.round;
}

// later tells whether place p may replace cur: never an older round's.
function roundOf(p) {
  return p ? (p.status === 'seated' ? p.table.round : p.waiting.round) : 0;
}

// why words the reason one waits; a reason this version does not know
// yet says only that one waits.
function why(reason) {
  return has('breaks.waiting.' + reason) ? t('breaks.waiting.' + reason) : t('breaks.waiting_title');
}

// announce words a new place for screen readers.
function announce(p) {
  if (p.status === 'seated') {
    const x = p.table;
    return t('breaks.moved', { round: x.round, table: x.table, language: languageNameHere(x.language) });
  }
  return why(p.waiting.reason);
}

// profiles keeps the public profiles of the people met at tables, read
// once each per page load (GET /api/people/{id}: the whole public profile
// of those listed in the directory, a card of the others), so that a new
// round asks only for the people new to this tab.
const profiles = new Map();

function profileOf(id) {
  if (!profiles.has(id)) {
    profiles.set(
      id,
      get('/api/people/' + encodeURIComponent(id)).catch((e) => {
        profiles.delete(id); // asked again at the next table
        throw e;
      }),
    );
  }
  return profiles.get(id);
}

// about is a line on who someone is: their organisation, stakeholder group
// and country, as far as their profile shows them.
function about(p) {
  return [p.organisation?.name, p.stakeholder_group && label('stakeholder', p.stakeholder_group), p.country && regionName(p.country)].filter(Boolean).join(' · ');
}

function Person({ m, me }) {
  const self = m.id === me?.id;
  const [profile, setProfile] = useState(null);
  useEffect(() => {
    let live = true;
    profileOf(m.id).then(
      (p) => live && setProfile(p),
      () => {}, // the name and face stand alone
    );
    return () => {
      live = false;
    };
  }, [m.id]);
  const line = profile ? about(profile) : '';
  return html`<li class="face" data-person-id=${m.id}>
    <${Avatar} id=${m.id} name=${m.name} photo=${m.photo_url} size="m" />
    <div class="face-text">
      <a class="face-name" href=${'/people/' + encodeURIComponent(m.id)} dir="auto">${m.name}</a>
      ${m.role && m.role !== 'participant' && html`<span class=${'role role-' + m.role}>${t('role.' + m.role)}</span>`}
      ${self && html`<span class="muted face-you">${t('breaks.you')}</span>`}
    </div>
    <p class="face-about muted" dir="auto">${line}</p>
  </li>`;
}

// TableChat joins the table's room while it shows: its chat.
function TableChat({ table }) {
  const view = useRoom(table.room);
  if (view.refused.value) {
    return html`<p class="muted">${t('breaks.table_closed')}</p>`;
  }
  return html`<${Chat} view=${view} id="table-chat" title=${t('breaks.table_chat')} />`;
}

function Table({ table, rounds, me, head }) {
  const last = table.round >= rounds;
  return html`<section class="card break-table" aria-labelledby="table-title" data-room=${table.room}>
    <h2 id="table-title" tabindex="-1" ref=${head}>${t('breaks.table_title', { table: table.table, language: languageNameHere(table.language) })}</h2>
    <p class="muted">${t('breaks.round_of', { round: table.round, rounds })}</p>
    <${Countdown} until=${table.ends_at} id="round-countdown"
      label=${last ? t('breaks.ends_in') : t('breaks.next_round_in')}
      done=${last ? t('breaks.ending') : t('breaks.changing')} />
    <div class="break-table-grid">
      <div>
        <h3 class="break-people-title">${t('breaks.at_table', { count: table.members.length })}</h3>
        <ul class="faces break-people">
          ${[...table.members].sort((x, y) => (x.id === me?.id) - (y.id === me?.id)).map((m) => html`<${Person} key=${m.id} m=${m} me=${me} />`)}
        </ul>
      </div>
      <${TableChat} key=${table.room} table=${table} />
    </div>
  </section>`;
}

function Waiting({ w, rounds }) {
  const last = w.round >= rounds;
  return html`<section class="card break-waiting" aria-labelledby="waiting-title">
    <h2 id="waiting-title" tabindex="-1">${t('breaks.waiting_title')}</h2>
    <p class="muted">${t('breaks.round_of', { round: w.round, rounds })}</p>
    <p class="break-why">${why(w.reason)}</p>
    <${Countdown} until=${w.ends_at} id="round-countdown"
      label=${last ? t('breaks.ends_in') : t('breaks.next_round_in')}
      done=${last ? t('breaks.ending') : t('breaks.changing')} />
  </section>`;
}

// BreakLive is the break while its room is open: b is the break, me the
// person. onRefused(code) tells the page that the room would not have us.
export function BreakLive({ b, me, onRefused }) {
  const view = useRoom(b.room);
  const [place, setPlaceNow] = useState(null);
  const [said, setSaid] = useState('');
  const current = useRef(null);
  const section = useRef(null);
  const head = useRef(null);
  const refocus = useRef(false);
  const started = Date.now() >= Date.parse(b.starts_at);

  // take a place that is not older than the one shown.
  const take = (p, { quiet = false } = {}) => {
    if (!p || roundOf(p) < roundOf(current.current)) {
      return;
    }
    const moved = !sameSeat(current.current, p);
    if (moved) {
      // The old table goes with whatever had the focus in it (the chat's
      // box): the focus goes to the new table's heading instead of to
      // the page's end.
      refocus.current = !!section.current?.contains(document.activeElement);
      if (!quiet) {
        setSaid(announce(p));
      }
    }
    current.current = p;
    setPlaceNow(p);
  };

  useEffect(() => {
    const offTable = onEvent('break.table', (p) => p?.break_id === b.id && take({ status: 'seated', table: p }));
    const offWait = onEvent('break.waiting', (p) => p?.break_id === b.id && take({ status: 'waiting', waiting: p }));
    // A page that reloads during a round finds its place again, over REST:
    // on a weak link sooner than the socket's connection, auth and join.
    // In the first seconds of the break the round is not seated yet (the
    // answer would be not_found): the room's events say it then.
    if (Date.now() >= Date.parse(b.starts_at) + SEATED_AFTER) {
      get('/api/breaks/' + encodeURIComponent(b.id) + '/table').then(
        (p) => !current.current && take(p, { quiet: true }),
        () => {}, // not seated yet (not_found): the room's events will say
      );
    }
    return () => {
      offTable();
      offWait();
    };
  }, [b.id]);

  const mine = view.state.value?.mine;
  useEffect(() => {
    if (mine) {
      take(mine, { quiet: !current.current });
    }
  }, [mine]);

  useEffect(() => {
    if (refocus.current) {
      refocus.current = false;
      (head.current || section.current?.querySelector('h2'))?.focus();
    }
  }, [place]);

  const refused = view.refused.value;
  useEffect(() => {
    if (refused) {
      onRefused?.(refused);
    }
  }, [refused]);

  let body;
  if (place?.status === 'seated') {
    body = html`<${Table} table=${place.table} rounds=${b.rounds} me=${me} head=${head} />`;
  } else if (place?.status === 'waiting') {
    body = html`<${Waiting} w=${place.waiting} rounds=${b.rounds} />`;
  } else if (!started) {
    body = html`<section class="card break-lobby" aria-labelledby="lobby-title">
      <h2 id="lobby-title" tabindex="-1">${t('breaks.lobby_title')}</h2>
      <p>${t('breaks.lobby_text')}</p>
      <${Countdown} until=${b.starts_at} id="start-countdown" label=${t('breaks.starts_in')} done=${t('breaks.seating')} />
    </section>`;
  } else {
    body = html`<section class="card break-lobby" aria-labelledby="lobby-title">
      <h2 id="lobby-title" tabindex="-1">${t('breaks.seating_title')}</h2>
      <p>${t('breaks.seating')}</p>
    </section>`;
  }
  return html`<div class="break-live" ref=${section}>
    <p class="visually-hidden" id="break-announce" role="status" aria-live="polite">${said}</p>
    ${body}
  </div>`;
}
