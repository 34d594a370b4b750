// Sessions: the participants' own sessions (a birds-of-a-feather, a town
// hall, a regional get-together). /sessions lists them with filters in the
// address, or one's own; /sessions/new proposes one; /sessions/{id} is one
// session: its description, a place (confirmed, or the waitlist with one's
// number), the calendar file, the room when it is about to start, and the
// organiser's tools. What the person hears live (sessionlive.js) reloads
// what is on screen. The secretariat's queue of proposals shows only when
// proposals wait for it (GET /api/meta says).
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { Page, Loading, Failure } from '../components/page.js';
import { useLoad } from '../components/load.js';
import { useForm, TextField, SelectField, ErrorSummary, Submit } from '../components/form.js';
import { languageFilterChoices } from '../components/pickers.js';
import { fromQuery as fromAddress, useFilters, FilterPanel, Results } from '../components/filters.js';
import { SessionForm } from '../components/sessionform.js';
import { sessionsChanged, lastEvent } from '../components/sessionlive.js';
import { useRoom } from '../components/room.js';
import { Chat } from '../components/chat.js';
import { loadMeta, label, choices } from '../meta.js';
import { get, post, patch, del, query, download, ApiError } from '../api.js';
import { account } from '../session.js';
import { search, navigate } from '../router.js';
import { toast } from '../toasts.js';
import { t, formatDateTime, languageNameHere, browserZone } from '../i18n.js';

const LIMIT = 20;
const FILTERS = ['type', 'language', 'theme', 'day'];
const EARLY = 5 * 60_000; // the room opens 5 minutes before the start
const WHEN = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };

const fromQuery = (s) => fromAddress(s, [...FILTERS, 'mine']);
// isolate keeps a name or title written in another direction whole inside
// a sentence (Unicode bidi isolates: FSI … PDI), as contacts.js does.
const isolate = (s) => '\u2068' + s + '\u2069';
const href = (s) => '/sessions/' + encodeURIComponent(s.id);

function useNow() {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const i = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(i);
  }, []);
  return now;
}

// Seats says how full a session is: seats left, or the waitlist's length.
function seats(s) {
  const left = Math.max(0, s.capacity - s.confirmed);
  return left > 0 ? t('sessions.seats_left', { count: left }) : t('sessions.full', { count: s.waitlisted });
}

// placeText says where the person stands.
function placeText(s) {
  switch (s.place) {
    case 'confirmed':
      return t('sessions.place.confirmed');
    case 'waitlisted':
      return t('sessions.place.waitlisted', { position: s.position || 1 });
    case 'organiser':
      return t('sessions.place.organiser');
    default:
      return '';
  }
}

function Facts({ s, zone }) {
  return html`<p class="session-facts">
    <span class="tag">${label('sessions.type', s.type)}</span>
    <strong>${formatDateTime(s.starts_at, zone, WHEN)}</strong> · ${t('slots.minutes', { minutes: s.minutes })} · ${languageNameHere(s.language)}
  </p>`;
}

function Item({ s, zone }) {
  const where = placeText(s);
  return html`<li class="card session-item">
    <h3><a href=${href(s)} dir="auto">${s.title}</a></h3>
    <${Facts} s=${s} zone=${zone} />
    <p>${seats(s)}${s.status !== 'listed' ? html` · <strong>${t('sessions.status.' + s.status)}</strong>` : ''}${where ? html` · <strong>${where}</strong>` : ''}</p>
  </li>`;
}

// Queue: the secretariat's proposals to approve or refuse.
function Queue({ zone }) {
  const list = useLoad(() => get('/api/sessions?status=proposed&limit=100'), [sessionsChanged.value]);
  const [reasons, setReasons] = useState({});
  const [said, setSaid] = useState('');
  async function decide(s, approve) {
    try {
      if (approve) {
        await post('/api/sessions/' + encodeURIComponent(s.id) + '/approve');
      } else {
        await post('/api/sessions/' + encodeURIComponent(s.id) + '/refuse', { reason: reasons[s.id] || '' });
      }
      list.set((d) => ({ ...d, items: d.items.filter((x) => x.id !== s.id) }));
      setSaid(t(approve ? 'sessions.queue.approved' : 'sessions.queue.refused', { title: isolate(s.title) }));
    } catch (e) {
      setSaid(e instanceof ApiError ? e.message : t('error.internal'));
    }
  }
  const items = list.data?.items || [];
  return html`<section class="card" aria-labelledby="queue-title">
    <h2 id="queue-title">${t('sessions.queue.title')}</h2>
    ${list.error && html`<${Failure} error=${list.error} retry=${list.reload} />`}
    ${list.data && items.length === 0 && html`<p class="muted">${t('sessions.queue.none')}</p>`}
    <ul class="session-queue">
      ${items.map(
        (s) => html`<li key=${s.id}>
          <h3><a href=${href(s)} dir="auto">${s.title}</a></h3>
          <${Facts} s=${s} zone=${zone} />
          <p>${t('sessions.by', { name: isolate(s.organiser?.name || '') })}</p>
          <div class="field">
            <label for=${'reason-' + s.id}>${t('sessions.queue.reason')}</label>
            <input id=${'reason-' + s.id} type="text" maxLength="500" dir="auto" value=${reasons[s.id] || ''} onInput=${(e) => setReasons({ ...reasons, [s.id]: e.currentTarget.value })} />
          </div>
          <p class="booking-actions">
            <button type="button" onClick=${() => decide(s, true)}>${t('sessions.queue.approve')}</button>
            <button type="button" onClick=${() => decide(s, false)}>${t('sessions.queue.refuse')}</button>
          </p>
        </li>`,
      )}
    </ul>
    <p role="status">${said}</p>
  </section>`;
}

export function SessionsPage() {
  const me = account.value;
  const zone = me?.time_zone || browserZone();
  const meta = useLoad(loadMeta);
  const form = useForm(fromQuery(search.value));
  const key = search.value;
  const mine = fromQuery(key).mine === 'true';
  const results = useLoad(() => {
    const { offset, ...filters } = fromQuery(key);
    return get('/api/sessions' + query({ ...filters, mine: mine ? 'true' : undefined, offset: offset || undefined, limit: LIMIT }));
  }, [key, sessionsChanged.value]);
  const filters = useFilters({ form, names: FILTERS, search: key, results, keep: mine ? { mine: 'true' } : {} });
  const labels = {
    type: t('sessions.field.type'),
    language: t('sessions.field.language'),
    theme: t('field.theme'),
    day: t('sessions.field.day'),
    offset: t('directory.page'),
    limit: t('directory.page'),
  };
  const m = meta.data || { themes: [], session_types: [] };
  const page = results.data;
  const tab = (on, to, text) => html`<a href=${to} class=${'tab' + (on ? ' on' : '')} aria-current=${on ? 'page' : undefined}>${text}</a>`;
  return html`<${Page} title=${t('sessions.title')} intro=${t('sessions.intro')} wide>
    <p class="session-top">
      <a class="button primary" href="/sessions/new">${t('sessions.propose')}</a>
      <span class="tabs">${tab(!mine, '/sessions', t('sessions.all'))} ${tab(mine, '/sessions?mine=true', t('sessions.mine'))}</span>
    </p>
    <p class="muted">${t('booth.hours_zone', { zone: zone.replaceAll('_', ' ') })}</p>
    ${me?.role === 'secretariat' && m.session_approval && html`<${Queue} zone=${zone} />`}
    ${meta.error && html`<${Failure} error=${meta.error} retry=${meta.reload} />`}
    <${FilterPanel} form=${form} labels=${labels} filters=${filters}>
      <${SelectField} form=${form} name="type" label=${labels.type} options=${choices('sessions.type', m.session_types)} placeholder=${t('directory.any')} />
      <${SelectField} form=${form} name="language" label=${labels.language} options=${languageFilterChoices()} placeholder=${t('directory.any')} />
      <${SelectField} form=${form} name="theme" label=${labels.theme} options=${choices('theme', m.themes)} placeholder=${t('directory.any')} />
      <${TextField} form=${form} name="day" type="date" label=${labels.day} />
    <//>
    <${Results} results=${results} filters=${filters} limit=${LIMIT} count=${(n) => t('sessions.count', { count: n })}>
      <ul class="sessions" aria-busy=${results.loading ? 'true' : undefined}>
        ${page?.items.map((s) => html`<${Item} key=${s.id} s=${s} zone=${zone} />`)}
      </ul>
    <//>
  <//>`;
}

export function NewSessionPage() {
  const me = account.value;
  const meta = useLoad(loadMeta);
  async function save(body) {
    const s = await post('/api/sessions', body);
    toast(t(s.status === 'proposed' ? 'sessions.proposed_wait' : 'sessions.proposed'));
    navigate(href(s));
  }
  return html`<${Page} title=${t('sessions.propose')} intro=${t('sessions.propose_intro')}>
    ${meta.error && html`<${Failure} error=${meta.error} retry=${meta.reload} />`}
    ${meta.data && meta.data.session_approval && html`<p class="notice">${t('sessions.approval_note')}</p>`}
    <section class="card">
      ${meta.data ? html`<${SessionForm} meta=${meta.data} zone=${me?.time_zone} onSave=${save} submitLabel=${t('sessions.propose_send')} />` : html`<${Loading} />`}
    </section>
  <//>`;
}

// SessionRoom joins the session's room while it is shown: its chat.
function SessionRoom({ s }) {
  const view = useRoom(s.room || 'session:' + s.id);
  if (view.refused.value) {
    return html`<div class="notice notice-error" role="alert"><p>${t('sessions.room_refused')}</p></div>`;
  }
  return html`<${Chat} view=${view} id="session-chat" />`;
}

// Tools: the organiser's (and the secretariat's): write to the confirmed,
// see who signed up, edit, cancel.
function Tools({ s, meta, zone, reload, set }) {
  const [editing, setEditing] = useState(false);
  const [showing, setShowing] = useState(false);
  const attendees = useLoad(() => (showing ? get('/api/sessions/' + encodeURIComponent(s.id) + '/attendees') : Promise.resolve(null)), [showing, s.confirmed, s.waitlisted]);
  const note = useForm({ text: '' });
  const api = '/api/sessions/' + encodeURIComponent(s.id);
  const open = s.status === 'listed' || s.status === 'proposed';
  const send = note.submit(async (v) => {
    await post(api + '/messages', { text: v.text });
    note.setAll({ text: '' });
    toast(t('sessions.tools.sent'));
    reload();
  });
  async function cancel() {
    if (!confirm(t('sessions.tools.cancel_confirm'))) {
      return;
    }
    try {
      await del(api);
      toast(t('sessions.tools.cancelled'));
      reload();
    } catch (e) {
      toast(e instanceof ApiError ? e.message : t('error.internal'), { kind: 'error' });
    }
  }
  async function save(body) {
    set(await patch(api, body));
    setEditing(false);
    toast(t('sessions.tools.saved'));
  }
  return html`<section class="card" aria-labelledby="tools-title">
    <h2 id="tools-title">${t('sessions.tools.title')}</h2>
    ${open &&
    html`<form class="form" onSubmit=${send} novalidate>
      <${ErrorSummary} form=${note} labels=${{ text: t('sessions.tools.message') }} id="note-errors" />
      <${TextField} form=${note} name="text" label=${t('sessions.tools.message')} hint=${t('sessions.tools.message_hint')} multiline rows=${3} dir="auto" />
      <div class="actions"><${Submit} form=${note} label=${t('sessions.tools.send')} /></div>
    </form>`}
    <p class="booking-actions">
      <button type="button" aria-expanded=${showing ? 'true' : 'false'} aria-controls="attendees" onClick=${() => setShowing(!showing)}>${t('sessions.tools.attendees')}</button>
      ${open && html`<button type="button" aria-expanded=${editing ? 'true' : 'false'} aria-controls="session-edit" onClick=${() => setEditing(!editing)}>${t('sessions.tools.edit')}</button>`}
      ${open && html`<button type="button" class="danger" onClick=${cancel}>${t('sessions.tools.cancel')}</button>`}
    </p>
    <div id="attendees">
      ${showing &&
      (attendees.error
        ? html`<${Failure} error=${attendees.error} retry=${attendees.reload} />`
        : !attendees.data
          ? html`<${Loading} />`
          : attendees.data.items.length === 0
            ? html`<p class="muted">${t('sessions.tools.nobody')}</p>`
            : html`<ol class="attendees">
                ${attendees.data.items.map(
                  (a) => html`<li key=${a.person.id}>
                    <a href=${'/people/' + encodeURIComponent(a.person.id)} dir="auto">${a.person.name}</a>${' · '}${a.place === 'confirmed' ? t('sessions.attendee.confirmed') : t('sessions.place.waitlisted', { position: a.position || 1 })}
                  </li>`,
                )}
              </ol>`)}
    </div>
    <div id="session-edit">
      ${editing && html`<h3>${t('sessions.tools.edit')}</h3><${SessionForm} s=${s} meta=${meta} zone=${zone} onSave=${save} submitLabel=${t('sessions.tools.save')} />`}
    </div>
  </section>`;
}

export function SessionPage({ id }) {
  const me = account.value;
  const zone = me?.time_zone || browserZone();
  const meta = useLoad(loadMeta);
  const api = '/api/sessions/' + encodeURIComponent(id);
  const one = useLoad(() => get(api), [id, sessionsChanged.value]);
  const now = useNow();
  const [said, setSaid] = useState('');
  const [inRoom, setInRoom] = useState(false);
  // The latest event stays on the page as a notice; the toast has already
  // said it, so the notice is no live region.
  const heard = lastEvent.value[id];

  if (one.error && !one.data) {
    return html`<${Page} title=${t('sessions.title')}><${Failure} error=${one.error} retry=${one.reload} /><//>`;
  }
  const s = one.data;
  if (!s) {
    return html`<${Page} title=${t('sessions.title')}><${Loading} /><//>`;
  }
  const organiser = s.place === 'organiser' || me?.role === 'secretariat';
  const begun = now >= Date.parse(s.starts_at);
  const over = now >= Date.parse(s.ends_at);
  const roomOpen = s.status === 'listed' && now >= Date.parse(s.starts_at) - EARLY && !over && (s.place === 'confirmed' || organiser);

  async function signUp() {
    try {
      const got = await post(api + '/signup');
      one.set(got);
      setSaid(got.place === 'confirmed' ? t('sessions.signed_up') : t('sessions.place.waitlisted', { position: got.position || 1 }));
    } catch (e) {
      setSaid(e instanceof ApiError ? e.message : t('error.internal'));
    }
  }
  async function withdraw() {
    try {
      await del(api + '/signup');
      setSaid(t('sessions.withdrawn'));
      one.reload();
    } catch (e) {
      setSaid(e instanceof ApiError ? e.message : t('error.internal'));
    }
  }
  async function ics() {
    try {
      const { blob, filename } = await download(api + '/event.ics');
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = filename === 'download' ? 'village-' + id + '.ics' : filename;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setSaid(t('error.internal'));
    }
  }

  return html`<${Page} title=${s.title}>
    ${heard && html`<div class=${'notice' + (heard.type === 'session.cancelled' ? ' notice-error' : '')}><p>${heard.text}</p></div>`}
    <${Facts} s=${s} zone=${zone} />
    <p>${t('sessions.by', { name: isolate(s.organiser?.name || '') })} · ${seats(s)}</p>
    ${s.themes?.length > 0 &&
    html`<ul class="tags" aria-label=${t('directory.themes')}>
      ${s.themes.map((x) => html`<li key=${x}>${label('theme', x)}</li>`)}
    </ul>`}
    ${s.status !== 'listed' && html`<p class="notice"><strong>${t('sessions.status.' + s.status)}</strong>${s.status_reason ? html` · <span dir="auto">${s.status_reason}</span>` : ''}</p>`}
    ${s.description_html && html`<div class="markdown" dir="auto" dangerouslySetInnerHTML=${{ __html: s.description_html }}></div>`}
    <section class="card" aria-labelledby="place-title">
      <h2 id="place-title">${t('sessions.your_place')}</h2>
      <p class="session-place"><strong>${placeText(s) || t('sessions.place.none')}</strong></p>
      <p class="booking-actions">
        ${s.place === 'none' && s.status === 'listed' && !begun && html`<button type="button" class="primary" onClick=${signUp}>${t('sessions.sign_up')}</button>`}
        ${(s.place === 'confirmed' || s.place === 'waitlisted') && s.status === 'listed' && !begun && html`<button type="button" onClick=${withdraw}>${t('sessions.withdraw')}</button>`}
        <button type="button" onClick=${ics}>${t('schedule.ics')}</button>
        ${roomOpen && !inRoom && html`<button type="button" class="primary" onClick=${() => setInRoom(true)}>${t('sessions.join_room')}</button>`}
      </p>
      <p role="status" class="session-status">${said}</p>
    </section>
    ${roomOpen && inRoom && html`<section class="card" aria-labelledby="room-title"><h2 id="room-title">${t('sessions.room')}</h2><${SessionRoom} s=${s} /></section>`}
    ${s.messages?.length > 0 &&
    html`<section class="card" aria-labelledby="notes-title">
      <h2 id="notes-title">${t('sessions.messages')}</h2>
      <ul class="session-notes">
        ${[...s.messages].reverse().map(
          (n) => html`<li key=${n.id}><p class="chat-meta"><strong dir="auto">${n.from.name}</strong> <time class="muted" datetime=${n.at}>${formatDateTime(n.at, zone, WHEN)}</time></p><p dir="auto">${n.text}</p></li>`,
        )}
      </ul>
    </section>`}
    ${organiser && html`<${Tools} s=${s} meta=${meta.data} zone=${zone} reload=${one.reload} set=${one.set} />`}
    <p><a href="/sessions">${t('sessions.back')}</a></p>
  <//>`;
}
