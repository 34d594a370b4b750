// Contacts: the people one met in the village (GET /api/me/contacts), most
// recently met first, each with every occasion that brought the two
// together, in one's own time zone; and, for someone who met nobody yet,
// the ways to meet people.
import { html } from 'htm/preact';
import { Page, Loading, Failure } from '../components/page.js';
import { Avatar } from '../components/avatar.js';
import { useLoad } from '../components/load.js';
import { get } from '../api.js';
import { account } from '../session.js';
import { t, formatDateTime, browserZone } from '../i18n.js';

// WHEN is how an occasion's moment reads ("Mon 9 Nov, 10:12").
const WHEN = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };

// SHOWN occasions stand in the open; a person met at every round of every
// break would otherwise fill the page, so the rest fold behind a summary.
const SHOWN = 3;

// isolate keeps a name written in another direction (a Latin booth title
// in an Arabic sentence) from pulling the punctuation around it to its own
// side (Unicode bidi isolates: FSI … PDI).
const isolate = (s) => '\u2068' + s + '\u2069';

// occasion says where and when two people met: the booth by its title when
// it still has one.
function occasion(w, zone) {
  const what =
    (w.kind === 'knock' || w.kind === 'slot') && w.place_title
      ? t('contacts.at_' + w.kind, { place: isolate(w.place_title) })
      : t('contacts.kind_' + w.kind);
  return t('contacts.occasion', { what, when: formatDateTime(w.at, zone, WHEN) });
}

function Occasion({ w, zone }) {
  return html`<li>${occasion(w, zone)}</li>`;
}

function Met({ m, zone }) {
  const p = m.person;
  const href = '/people/' + encodeURIComponent(p.id);
  const head = m.where.slice(0, SHOWN);
  const rest = m.where.slice(SHOWN);
  return html`<li class="result met" data-person-id=${p.id}>
    <${Avatar} id=${p.id} name=${p.display_name} photo=${p.photo_url} size="m" />
    <div class="result-body">
      <div class="result-head">
        <h2><a href=${href} dir="auto">${p.display_name}</a></h2>
        ${p.role !== 'participant' && html`<span class=${'role role-' + p.role}>${t('role.' + p.role)}</span>`}
      </div>
      ${p.organisation && html`<p class="muted" dir="auto">${p.organisation.name}</p>`}
      <p class="met-times">${t('contacts.times', { count: m.times, when: formatDateTime(m.last, zone, WHEN) })}</p>
      <ul class="met-where" aria-label=${t('contacts.where', { name: p.display_name })}>
        ${head.map((w, i) => html`<${Occasion} key=${i} w=${w} zone=${zone} />`)}
      </ul>
      <p class="met-ask"><a class="button" href=${'/meetings/new?with=' + encodeURIComponent(p.id)}>${t('meetings.ask_name', { name: isolate(p.display_name) })}</a></p>
      ${rest.length > 0 &&
      html`<details class="met-more">
        <summary>${t('contacts.more', { count: rest.length })}</summary>
        <ul class="met-where">
          ${rest.map((w, i) => html`<${Occasion} key=${i} w=${w} zone=${zone} />`)}
        </ul>
      </details>`}
    </div>
  </li>`;
}

// Empty says how people meet here, each way with where to go for it.
function Empty() {
  return html`<div class="notice met-empty">
    <h2>${t('contacts.none')}</h2>
    <p>${t('contacts.how')}</p>
    <ul>
      <li><a href="/village">${t('contacts.how_knock')}</a></li>
      <li><a href="/village">${t('contacts.how_slot')}</a></li>
      <li><a href="/breaks">${t('contacts.how_break')}</a></li>
      <li><a href="/people">${t('contacts.how_people')}</a></li>
    </ul>
  </div>`;
}

export function ContactsPage() {
  const zone = account.value?.time_zone;
  const list = useLoad(() => get('/api/me/contacts'), []);
  const items = list.data?.items || [];
  let body;
  if (list.error && !list.data) {
    body = html`<${Failure} error=${list.error} retry=${list.reload} />`;
  } else if (!list.data) {
    body = html`<${Loading} />`;
  } else if (items.length === 0) {
    body = html`<${Empty} />`;
  } else {
    body = html`<p class="results-count">${t('contacts.count', { count: items.length })}</p>
      <p class="muted">${t('booth.hours_zone', { zone: (zone || browserZone()).replaceAll('_', ' ') })}</p>
      <ul class="results met-list">
        ${items.map((m) => html`<${Met} key=${m.person.id} m=${m} zone=${zone} />`)}
      </ul>
      <p class="met-more-people"><a class="button" href="/breaks">${t('breaks.cta')}</a></p>`;
  }
  return html`<${Page} title=${t('contacts.title')} intro=${t('contacts.intro')}>${body}<//>`;
}
