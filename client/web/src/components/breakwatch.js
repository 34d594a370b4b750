// breakwatch: the secretariat watches a coffee break's rounds being seated
// (GET /api/breaks/{id}/rounds/{n}): each table with its language and
// people, who waits and why, and the counts. While the break's room is
// open the console sits in it (the secretariat may, docs/protocol.md §6):
// its presence says who is there to be seated, and each `break.round`
// (a round seated, a late arrival, a leaver) reloads the seating. Where
// the room will not have us, or the connection is down, the seating is
// read again every few seconds while the page is in sight.
import { html } from 'htm/preact';
import { useState, useEffect, useRef, useMemo } from 'preact/hooks';
import { Loading, Failure } from './page.js';
import { useLoad } from './load.js';
import { useRoom } from './room.js';
import { Avatar } from './avatar.js';
import { get } from '../api.js';
import { state as liveState } from '../live.js';
import { t, lang, languageNameHere, formatDateTime } from '../i18n.js';
import { useNow, clock, OPENS_BEFORE } from './breaklive.js';

// POLL: how often the seating is read again when no live event will say
// that it changed.
const POLL = 4_000;

const number = (n) => new Intl.NumberFormat(lang.value).format(n);

// Clock says where the break stands, ticking every second on its own: a
// round of a big break has hundreds of tables, which need not be drawn
// again each second.
function Clock({ b, running, roundEnd }) {
  const now = useNow();
  const start = Date.parse(b.starts_at);
  const end = Date.parse(b.ends_at);
  let text;
  if (now >= end) {
    text = t('breakconsole.over');
  } else if (!running) {
    text = t('breakconsole.starts_in', { time: clock(start - now) });
  } else if (running < b.rounds) {
    text = t('breakconsole.round_of_next', { round: running, rounds: b.rounds, time: clock(roundEnd - now) });
  } else {
    text = t('breakconsole.round_of_end', { round: running, rounds: b.rounds, time: clock(end - now) });
  }
  return html`<p class="break-clock"><strong>${text}</strong></p>`;
}

// roundLength is a full round in ms: round_seconds, which a node that
// shortens a break's minutes for tests and demos says (VILLAGE_BREAK_MINUTE).
const roundLength = (b) => (b.round_seconds || b.round_minutes * 60) * 1000;

// roundAt is the round running at now by the break's times (0 before the
// start, and after the end).
function roundAt(b, now) {
  const start = Date.parse(b.starts_at);
  const end = Date.parse(b.ends_at);
  if (now < start || now >= end) {
    return 0;
  }
  return Math.min(b.rounds, Math.floor((now - start) / roundLength(b)) + 1);
}

// Room sits in the break's room while it is shown, and tells its owner
// the round the room last spoke of, how many of the break's people are
// there (the secretariat's own are not seated), and every change.
function Room({ name, onChange }) {
  const view = useRoom(name);
  const st = view.state.value;
  const present = view.members.value.filter((m) => m.role !== 'secretariat').length;
  const refused = view.refused.value;
  useEffect(() => {
    onChange({ round: st?.round || 0, present, refused, stamp: st });
  }, [st, present, refused]);
  return null;
}

// languagesOf counts the tables, the seated and those waiting who chose
// it, per language, in the order the break offers them.
function languagesOf(b, r) {
  const rows = new Map(b.languages.map((l) => [l, { tables: 0, seated: 0, waiting: 0 }]));
  const row = (l) => {
    if (!rows.has(l)) {
      rows.set(l, { tables: 0, seated: 0, waiting: 0 });
    }
    return rows.get(l);
  };
  for (const tb of r.seating.tables || []) {
    if (tb.people?.length) {
      row(tb.language).tables++;
      row(tb.language).seated += tb.people.length;
    }
  }
  for (const w of r.seating.waiting || []) {
    for (const l of w.person.languages || []) {
      row(l).waiting++;
    }
  }
  return [...rows.entries()];
}

function Person({ id, cards }) {
  const m = cards.get(id) || { id, name: id };
  return html`<li class="break-person">
    <${Avatar} id=${m.id} name=${m.name} photo=${m.photo_url} />
    <a href=${'/people/' + encodeURIComponent(m.id)} dir="auto">${m.name}</a>
  </li>`;
}

// Seating is one round: the counts, the languages, the tables, who waits.
function Seating({ b, r }) {
  const cards = new Map((r.people || []).map((m) => [m.id, m]));
  // A round nobody was present for is stored with no lists (null).
  const all = r.seating.tables || [];
  const tables = all.filter((tb) => tb.people?.length);
  const seated = tables.reduce((n, tb) => n + tb.people.length, 0);
  const waiting = r.seating.waiting || [];
  const closed = all.length - tables.length;
  const rows = languagesOf(b, r);
  return html`<div class="break-seating" data-round=${r.number}>
    <dl class="figure-kinds break-counts">
      <div><dt>${t('breakconsole.count.seated')}</dt><dd data-count="seated">${number(seated)}</dd></div>
      <div><dt>${t('breakconsole.count.tables')}</dt><dd data-count="tables">${number(tables.length)}</dd></div>
      <div><dt>${t('breakconsole.count.waiting')}</dt><dd data-count="waiting">${number(waiting.length)}</dd></div>
    </dl>
    <p class="muted">${t('breakconsole.seated_at', { time: formatDateTime(r.seated_at, undefined, { timeStyle: 'medium' }) })}${r.updated_at !== r.seated_at ? ' · ' + t('breakconsole.updated_at', { time: formatDateTime(r.updated_at, undefined, { timeStyle: 'medium' }) }) : ''}</p>
    <h3 id=${'langs-' + r.number}>${t('breakconsole.by_language')}</h3>
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby=${'langs-' + r.number}>
      <table class="break-languages">
        <thead>
          <tr>
            <th scope="col">${t('breakconsole.col.language')}</th>
            <th scope="col">${t('breakconsole.col.tables')}</th>
            <th scope="col">${t('breakconsole.col.seated')}</th>
            <th scope="col">${t('breakconsole.col.waiting')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([l, x]) => html`<tr key=${l} data-language=${l}>
              <th scope="row">${languageNameHere(l)}</th>
              <td>${number(x.tables)}</td>
              <td>${number(x.seated)}</td>
              <td>${number(x.waiting)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${waiting.length > 0 && html`<p class="hint">${t('breakconsole.waiting_note')}</p>`}
    ${tables.length === 0
      ? html`<p class="muted">${t('breakconsole.no_tables')}</p>`
      : html`<h3>${t('breakconsole.tables_title', { count: tables.length })}</h3>`}
    <ul class="break-tables">
      ${tables.map(
        (tb) => html`<li class="break-table" key=${tb.number} data-table=${tb.number} data-language=${tb.language}>
          <h5>${t('breakconsole.table', { number: tb.number, language: languageNameHere(tb.language), count: tb.people.length, size: r.seating.table_size })}</h5>
          <ul class="break-people">
            ${tb.people.map((p) => html`<${Person} key=${p.id} id=${p.id} cards=${cards} />`)}
          </ul>
        </li>`,
      )}
    </ul>
    ${closed > 0 && html`<p class="muted">${t('breakconsole.closed_tables', { count: closed })}</p>`}
    ${waiting.length === 0
      ? html`<p class="muted">${t('breakconsole.nobody_waits')}</p>`
      : html`<h3>${t('breakconsole.waiting_title', { count: waiting.length })}</h3>
        <ul class="break-waiting">
          ${waiting.map((w) => {
            const m = cards.get(w.person.id) || { id: w.person.id, name: w.person.id };
            return html`<li key=${w.person.id} data-person-id=${w.person.id} data-reason=${w.reason}>
              <${Avatar} id=${m.id} name=${m.name} photo=${m.photo_url} />
              <span>
                <a href=${'/people/' + encodeURIComponent(m.id)} dir="auto">${m.name}</a>
                ${(w.person.languages || []).length > 0 && html` <span class="muted">(${w.person.languages.map(languageNameHere).join(', ')})</span>`}
                <br />
                <span class="break-reason">${t('breakconsole.reason.' + w.reason)}</span>
              </span>
            </li>`;
          })}
        </ul>`}
  </div>`;
}

// BreakWatch shows break b's rounds: the one running (followed as the
// break goes on) or an earlier one picked.
export function BreakWatch({ b: given }) {
  // The phases and the round running follow the time by the second or so
  // (the room's events come as they happen); the countdown is Clock's.
  const now = useNow(2000);
  const [room, setRoom] = useState({ round: 0, present: 0, refused: null, stamp: null });
  // The break read again as the room changes: its sign-ups (a late one
  // signs up during the break) stay counted right.
  const fresh = useLoad(() => (room.stamp ? get('/api/breaks/' + encodeURIComponent(given.id)) : Promise.resolve(null)), [given.id, room.stamp]);
  const b = fresh.data && fresh.data.id === given.id ? fresh.data : given;
  const [pick, setPick] = useState(0); // 0: follow the round running
  const [poll, setPoll] = useState(0);
  const [said, setSaid] = useState('');
  const start = Date.parse(b.starts_at);
  const end = Date.parse(b.ends_at);
  const open = now >= start - OPENS_BEFORE && now < end;
  const over = now >= end;

  // The round running: the room's word when it has one (the server's
  // clock), else the break's times.
  const running = over ? 0 : Math.max(room.round, roundAt(b, now));
  const last = over ? b.rounds : running;
  const shown = pick || (over ? b.rounds : running);
  const round = useLoad(
    () => (shown ? get(`/api/breaks/${encodeURIComponent(b.id)}/rounds/${shown}`) : Promise.resolve(null)),
    [b.id, shown, room.stamp, poll],
  );
  const r = round.data && round.data.number === shown ? round.data : null;
  const unseated = round.error?.code === 'not_found';

  // Read again every few seconds while the page is in sight, when no
  // event will come: not in the room, not connected, or the round running
  // not seated yet.
  const live = open && !room.refused && liveState.value === 'connected';
  const waitingForSeat = shown === running && running > 0 && (unseated || !r);
  useEffect(() => {
    if ((live && !waitingForSeat) || !shown || (over && !waitingForSeat)) {
      return undefined;
    }
    const i = setInterval(() => {
      if (document.visibilityState === 'visible') {
        setPoll((n) => n + 1);
      }
    }, POLL);
    return () => clearInterval(i);
  }, [live, waitingForSeat, shown, over]);

  // A new round seated is said once, politely; changes within it are not
  // (late arrivals would talk over the secretariat's work).
  const heard = useRef(0);
  useEffect(() => {
    if (r && !pick && r.number !== heard.current) {
      if (heard.current) {
        setSaid(t('breakconsole.round_seated', { round: r.number }));
      }
      heard.current = r.number;
    }
  }, [r?.number, pick]);

  const roundEnd = r && r.number === running ? Date.parse(r.ends_at) : Math.min(end, start + running * roundLength(b));

  // The same vnode while the round is the same: Preact then skips drawing
  // its tables again at each tick.
  const seating = useMemo(() => r && html`<${Seating} b=${b} r=${r} />`, [r, b, lang.value]);
  let body;
  if (!shown) {
    body = html`<p class="muted">${t('breakconsole.not_begun')}</p>`;
  } else if (r) {
    body = seating;
  } else if (unseated) {
    body = html`<p class="muted">${shown === running ? t('breakconsole.seating_now', { round: shown }) : t('breakconsole.never_seated', { round: shown })}</p>`;
  } else if (round.error) {
    body = html`<${Failure} error=${round.error} retry=${round.reload} />`;
  } else {
    body = html`<${Loading} />`;
  }

  return html`<section class="card break-watch" aria-labelledby="watch-title" data-break-id=${b.id}>
    ${open && html`<${Room} name=${b.room || 'break:' + b.id} onChange=${setRoom} />`}
    <h2 id="watch-title" tabindex="-1"><span class="muted">${t('breakconsole.watching')}</span> <span dir="auto">${b.title}</span></h2>
    <${Clock} b=${b} running=${running} roundEnd=${roundEnd} />
    <p class="muted">
      ${open && !room.refused ? t('breakconsole.present', { count: room.present }) + ' · ' : ''}${t('breakconsole.signed_up', { count: b.signed_up })}${open ? ' · ' + (live ? t('breakconsole.live') : t('breakconsole.polling')) : ''}
    </p>
    ${last > 0 &&
    html`<div class="field break-round-pick">
      <label for="break-round">${t('breakconsole.pick_round')}</label>
      <select id="break-round" value=${String(over ? shown : pick)} onChange=${(e) => setPick(parseInt(e.currentTarget.value, 10))}>
        ${!over && html`<option value="0">${t('breakconsole.follow', { round: running })}</option>`}
        ${Array.from({ length: last }, (_, i) => i + 1).map((n) => html`<option key=${n} value=${String(n)}>${t('breakconsole.round_n', { round: n })}</option>`)}
      </select>
    </div>`}
    <p class="visually-hidden" role="status">${said}</p>
    <div aria-busy=${round.loading && !r ? 'true' : undefined}>${body}</div>
  </section>`;
}
