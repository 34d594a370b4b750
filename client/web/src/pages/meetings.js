// Meetings: one's 1:1 meeting requests (GET /api/meetings) in four boxes:
// the inbox (awaiting one's answer), the outbox (awaiting theirs), the
// upcoming meetings and the past; one request's page with its room from 5
// minutes before the start; and asking someone for a meeting, with the
// next free times of both in both zones. Live events (meetinglive.js)
// make what is on screen read again.
import { html } from 'htm/preact';
import { useState, useRef, useEffect } from 'preact/hooks';
import { Page, Loading, Failure } from '../components/page.js';
import { Avatar } from '../components/avatar.js';
import { useLoad } from '../components/load.js';
import { Countdown } from '../components/breaklive.js';
import { MeetingCard, TimesPicker, refusal, OPENS_BEFORE } from '../components/meetingcard.js';
import { meetingsChanged, inboxCount, meetingHref } from '../components/meetinglive.js';
import { myZone, city, isolate } from '../components/meetingtime.js';
import { Room } from './talk.js';
import { get, post, ApiError } from '../api.js';
import { account } from '../session.js';
import { search, navigate } from '../router.js';
import { t } from '../i18n.js';

export const BOXES = ['inbox', 'outbox', 'upcoming', 'past'];
const LIMIT = 20;

// Tabs: the four boxes as a segmented navigation (links that keep the box
// in the address, the current one marked), the inbox with its count.
function Tabs({ box }) {
  const n = inboxCount.value;
  return html`<nav class="meeting-tabs" aria-label=${t('meetings.boxes')}>
    <ul class="tabs">
      ${BOXES.map(
        (b) => html`<li key=${b}>
          <a href=${'/meetings' + (b === 'inbox' ? '' : '?box=' + b)} class=${'tab' + (b === box ? ' on' : '')} aria-current=${b === box ? 'page' : undefined}>
            ${t('meetings.box.' + b)}${b === 'inbox' && n > 0 ? html` <span class="count-badge" aria-hidden="true">${n}</span><span class="visually-hidden">${t('meetings.nav_count', { count: n })}</span>` : ''}
          </a>
        </li>`,
      )}
    </ul>
  </nav>`;
}

export function MeetingsPage() {
  const q = new URLSearchParams(search.value);
  const box = BOXES.includes(q.get('box')) ? q.get('box') : 'inbox';
  const [limit, setLimit] = useState(LIMIT);
  const list = useLoad(() => get(`/api/meetings?box=${box}&limit=${limit}`), [box, limit, meetingsChanged.value]);
  const [said, setSaid] = useState('');
  const status = useRef(null);
  useEffect(() => setSaid(''), [box]);
  const now = Date.now();
  const items = list.data?.items || [];
  const onChange = (m, text) => {
    setSaid(text);
    requestAnimationFrame(() => status.current?.focus());
    return true;
  };
  let body;
  if (list.error && !list.data) {
    body = html`<${Failure} error=${list.error} retry=${list.reload} />`;
  } else if (!list.data) {
    body = html`<${Loading} />`;
  } else if (items.length === 0) {
    body = html`<div class="notice meeting-empty">
      <p>${t('meetings.empty.' + box)}</p>
      <p><a href="/contacts">${t('meetings.empty.contacts')}</a> · <a href="/people">${t('meetings.empty.people')}</a></p>
    </div>`;
  } else {
    body = html`<ul class="meeting-list" aria-busy=${list.loading ? 'true' : undefined}>
        ${items.map((m) => html`<li key=${m.id}><${MeetingCard} m=${m} now=${now} onChange=${onChange} /></li>`)}
      </ul>
      ${list.data.total > items.length && html`<p><button type="button" onClick=${() => setLimit(limit + LIMIT)}>${t('meetings.more_items')}</button></p>`}`;
  }
  return html`<${Page} title=${t('meetings.title')} intro=${t('meetings.intro')}>
    <${Tabs} box=${box} />
    <p class="muted">${t('meetings.your_zone', { zone: city(myZone()) })}</p>
    <p role="status" class="meeting-page-said" tabindex="-1" ref=${status}>${said}</p>
    ${body}
  <//>`;
}

// MeetingRoom is the meeting's room while it is open; before, when it
// opens; after, that it is over. The page re-renders at each boundary
// only (the chat is not redrawn every second).
function MeetingRoom({ m }) {
  const opens = Date.parse(m.starts_at) - OPENS_BEFORE;
  const ends = Date.parse(m.ends_at);
  const [, setTick] = useState(0);
  // A room that refuses us (this device's clock ahead of the server's) is
  // tried again 10 s later.
  const [attempt, setAttempt] = useState(0);
  const refused = (code) => {
    if (code === 'forbidden') {
      setTimeout(() => setAttempt((n) => n + 1), 10_000);
    }
  };
  const now = Date.now();
  useEffect(() => {
    const next = now < opens ? opens : now < ends ? ends : null;
    if (next === null) {
      return;
    }
    const id = setTimeout(() => setTick((n) => n + 1), Math.min(next - now + 50, 2_000_000_000));
    return () => clearTimeout(id);
  });
  if (now >= ends) {
    return html`<p class="notice">${t('meetings.room.over')}</p>`;
  }
  if (now < opens) {
    return html`<section class="card meeting-room" aria-labelledby="meeting-room-title">
      <h2 id="meeting-room-title">${t('meetings.room.title')}</h2>
      <${Countdown} until=${new Date(opens).toISOString()} id="room-countdown" label=${t('meetings.room.opens_in')} />
      <p class="hint">${t('meetings.room.opens_hint')}</p>
    </section>`;
  }
  return html`<section class="meeting-room" aria-labelledby="meeting-room-title">
    <h2 id="meeting-room-title">${t('meetings.room.title')}</h2>
    <${Room} key=${m.room + '/' + attempt} name=${m.room} onRefused=${refused} known=${{ id: m.with.id, name: m.with.name }} title=${t('meetings.room.chat', { name: isolate(m.with.name) })} />
  </section>`;
}

export function MeetingPage({ id }) {
  const one = useLoad(() => get('/api/meetings/' + encodeURIComponent(id)), [id, meetingsChanged.value]);
  const m = one.data;
  let body;
  let title = t('meetings.one_title');
  if (one.error && !m) {
    const missing = one.error instanceof ApiError && one.error.status === 404;
    body = missing
      ? html`<div class="notice notice-error" role="alert"><p>${t('meetings.not_found')}</p><p><a href="/meetings">${t('meetings.back')}</a></p></div>`
      : html`<${Failure} error=${one.error} retry=${one.reload} />`;
  } else if (!m) {
    body = html`<${Loading} />`;
  } else {
    title = t('meetings.with', { name: isolate(m.with.name || t('meetings.someone')) });
    body = html`<p class="muted">${t('meetings.your_zone', { zone: city(myZone()) })}</p>
      <${MeetingCard} m=${m} page=${true} onChange=${(got) => one.set(got)} />
      ${m.status === 'confirmed' && m.room && html`<${MeetingRoom} m=${m} />`}
      <p><a href="/meetings">${t('meetings.back')}</a></p>`;
  }
  return html`<${Page} title=${title}>${body}<//>`;
}

const LENGTHS = [15, 30, 45, 60];

// NewMeetingPage asks the person ?with= for a meeting: up to three of the
// suggested times (or others), a length and a note; then the request's
// page. The server's refusals (they blocked one, take no requests, too
// many requests await an answer, a time outside their hours) are said in
// words.
export function NewMeetingPage() {
  const withId = new URLSearchParams(search.value).get('with') || '';
  const me = account.value;
  const person = useLoad(() => (withId ? get('/api/people/' + encodeURIComponent(withId)) : Promise.reject(new ApiError(404, 'not_found', ''))), [withId]);
  const [minutes, setMinutes] = useState(30);
  const [chosen, setChosen] = useState([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [outside, setOutside] = useState(null);
  const [busy, setBusy] = useState(false);
  const problem = useRef(null);
  const p = person.data;
  const other = p && { id: p.id, name: p.display_name, time_zone: p.time_zone };

  const send = async (e) => {
    e.preventDefault();
    if (chosen.length === 0) {
      setError(t('meetings.times.required'));
      requestAnimationFrame(() => problem.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const body = { with: p.id, minutes, times: chosen, note: note.trim() };
      if (outside) {
        body.outside_hours = true;
      }
      const got = await post('/api/meetings', body);
      navigate(meetingHref(got.id));
    } catch (err) {
      if (err.code === 'outside_hours' && outside === null) {
        setOutside(false);
      }
      setError(refusal(err, p.display_name));
      requestAnimationFrame(() => problem.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  let body;
  if (person.error) {
    body = html`<div class="notice notice-error" role="alert"><p>${t('meetings.new.nobody')}</p><p><a href="/people">${t('meetings.empty.people')}</a></p></div>`;
  } else if (!p) {
    body = html`<${Loading} />`;
  } else if (p.id === me?.id) {
    body = html`<p class="notice">${t('meetings.new.self')}</p>`;
  } else {
    body = html`<div class="card meeting-person">
        <${Avatar} id=${p.id} name=${p.display_name} photo=${p.photo_url} size="m" />
        <p><a href=${'/people/' + encodeURIComponent(p.id)} dir="auto"><strong>${p.display_name}</strong></a><br />
          <span class="muted">${t('meetings.new.their_zone', { zone: city(p.time_zone) })}</span></p>
      </div>
      <form class="meeting-form meeting-new" onSubmit=${send}>
        <div class="field">
          <label for="meeting-minutes">${t('meetings.length.label')}</label>
          <select id="meeting-minutes" value=${String(minutes)} onChange=${(e) => setMinutes(Number(e.currentTarget.value))}>
            ${LENGTHS.map((n) => html`<option value=${String(n)} key=${n}>${t('meetings.length', { minutes: n })}</option>`)}
          </select>
        </div>
        <${TimesPicker} other=${other} minutes=${minutes} chosen=${chosen} setChosen=${setChosen} idPrefix="new" />
        <div class="field">
          <label for="meeting-note">${t('meetings.note.label')}</label>
          <p class="hint" id="meeting-note-hint">${t('meetings.note.hint')}</p>
          <textarea id="meeting-note" rows="3" maxLength="500" dir="auto" aria-describedby="meeting-note-hint" value=${note} onInput=${(e) => setNote(e.currentTarget.value)}></textarea>
        </div>
        ${outside !== null &&
        html`<div class="field check meeting-anyway">
          <input type="checkbox" id="meeting-anyway" checked=${!!outside} onChange=${(e) => setOutside(e.currentTarget.checked)} />
          <label for="meeting-anyway">${t('meetings.anyway.send')}</label>
        </div>`}
        <p class="field-error meeting-problem" role="alert" tabindex="-1" ref=${problem}>${error}</p>
        <button type="submit" class="primary" aria-disabled=${busy ? 'true' : undefined}>${t('meetings.new.submit')}</button>
      </form>`;
  }
  return html`<${Page} title=${p && p.id !== me?.id ? t('meetings.new.title_with', { name: isolate(p.display_name) }) : t('meetings.new.title')}>${body}<//>`;
}
