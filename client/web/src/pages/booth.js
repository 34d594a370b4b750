// Booth: an organisation's booth: who they are (the description, rendered
// to safe HTML by the server), when they are there (the opening hours in
// the viewer's time zone, and the booth's own), their materials, and for
// its staff and the Secretariat a form to edit it. The page is laid out in
// sections, a main column and a side column about visiting the booth now,
// so that what a visit brings (who is there, the booth's chat, knocking,
// meeting slots) takes its place beside them.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { Page, Loading } from '../components/page.js';
import { Avatar } from '../components/avatar.js';
import { Icon } from '../components/icons.js';
import { useLoad } from '../components/load.js';
import { OrganisationName } from '../components/organisation.js';
import { StatusBadge, opening } from '../components/booth.js';
import { BoothEditor } from '../components/boothform.js';
import { BoothRoom } from '../components/boothroom.js';
import { Slots } from '../components/slots.js';
import { LeaveDetails } from '../components/leads.js';
import { get, ApiError } from '../api.js';
import { account } from '../session.js';
import { label } from '../meta.js';
import { t, lang, languageNameHere, formatDateTime, browserZone } from '../i18n.js';

const DAY = { weekday: 'long', day: 'numeric', month: 'long' };
const DAY_KEY = { year: 'numeric', month: '2-digit', day: '2-digit' };

// mayEdit: the booth's own staff edit its content, the Secretariat all of
// it (docs/api.md, "Booths"); the server decides, this only hides a form
// that would be refused.
export function mayEdit(me, b) {
  return me && (me.role === 'secretariat' || (me.role === 'staff' && me.organisation_id === b.organisation_id));
}

// current is the opening going on now or else the next one, as the list's
// next_opening.
function current(b, now) {
  return b.hours.find((h) => new Date(h.ends_at) > now) || null;
}

// range shows an opening in zone: "14:00–18:00", with the day of its end
// when it ends on another day there.
function range(h, zone) {
  const start = new Date(h.starts_at);
  const end = new Date(h.ends_at);
  const sameDay = formatDateTime(h.starts_at, zone, DAY_KEY) === formatDateTime(new Date(end - 1).toISOString(), zone, DAY_KEY);
  const options = sameDay ? { hour: 'numeric', minute: '2-digit' } : { weekday: 'short', hour: 'numeric', minute: '2-digit' };
  try {
    return new Intl.DateTimeFormat(lang.value, { ...options, timeZone: zone || browserZone() }).formatRange(start, end);
  } catch {
    return formatDateTime(h.starts_at, zone, options) + ' – ' + formatDateTime(h.ends_at, zone, options);
  }
}

// Hours lists the openings not yet over, by day in the viewer's zone, each
// also in the booth's own time when its zone is another.
function Hours({ b, zone, now }) {
  const ahead = b.hours.filter((h) => new Date(h.ends_at) > now);
  const viewerZone = zone || browserZone();
  const elsewhere = b.time_zone !== viewerZone;
  const days = [];
  for (const h of ahead) {
    const key = formatDateTime(h.starts_at, zone, DAY_KEY);
    if (days.length === 0 || days[days.length - 1].key !== key) {
      days.push({ key, label: formatDateTime(h.starts_at, zone, DAY), hours: [] });
    }
    days[days.length - 1].hours.push(h);
  }
  return html`<section aria-labelledby="hours-title" class="card">
    <h2 id="hours-title">${t('booth.hours')}</h2>
    <p class="muted">${t('booth.hours_zone', { zone: viewerZone.replaceAll('_', ' ') })}</p>
    ${days.length === 0
      ? html`<p>${t('booth.no_opening')}</p>`
      : html`<ul class="hours">
          ${days.map(
            (d) => html`<li key=${d.key}>
              <span class="hours-day">${d.label}</span>
              <ul>
                ${d.hours.map((h) => {
                  const on = new Date(h.starts_at) <= now;
                  return html`<li key=${h.starts_at} class=${on ? 'hours-now' : undefined}>
                    <span class="hours-range">${range(h, zone)}</span>
                    ${on && html` <strong class="hours-on">${t('booth.hours_now')}</strong>`}
                    ${elsewhere && html` <span class="muted">${t('booth.hours_there', { time: '\u2066' + h.opens + '–' + h.closes + '\u2069' })}</span>`}
                  </li>`;
                })}
              </ul>
            </li>`,
          )}
        </ul>`}
  </section>`;
}

// Materials are the booth's links: https only, each opening in a new tab,
// which a screen reader is told and sighted people see.
function Materials({ links }) {
  const safe = links.filter((l) => /^https:\/\//i.test(l.url));
  if (safe.length === 0) {
    return null;
  }
  return html`<section aria-labelledby="materials-title" class="card">
    <h2 id="materials-title">${t('booth.materials')}</h2>
    <ul class="link-list materials">
      ${safe.map(
        (l, i) => html`<li key=${i}>
          <a href=${l.url} target="_blank" rel="noopener noreferrer" dir="auto">${l.title}<span class="visually-hidden"> (${t('common.new_tab')})</span> <${Icon} name="external" /></a>
          <span class="muted link-host">${hostOf(l.url)}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}

function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function Visit({ b, zone, now, me }) {
  const there = formatDateTime(now.toISOString(), b.time_zone, { weekday: 'long', hour: 'numeric', minute: '2-digit' });
  return html`<aside aria-labelledby="visit-title" class="card booth-visit">
    <h2 id="visit-title">${t('booth.visit')}</h2>
    <p><${StatusBadge} b=${b} /></p>
    <p class="opening">${opening(b, current(b, now), zone)}</p>
    <p class="muted">${t('booth.local_time', { time: there, zone: b.time_zone.replaceAll('_', ' ') })}</p>
    <${BoothRoom} key=${b.id} b=${b} me=${me} slots="slots" />
  </aside>`;
}

export function BoothPage({ id }) {
  const me = account.value;
  const zone = me?.time_zone;
  const booth = useLoad(() => get('/api/booths/' + encodeURIComponent(id)), [id]);
  const [now] = useState(() => new Date());
  const b = booth.data;

  let title = t('booth.title');
  let body;
  // The figure's room is kept while the booth loads, so that the heading
  // does not move when it arrives.
  let figure = html`<span class="avatar avatar-l avatar-square avatar-empty" aria-hidden="true"></span>`;
  if (booth.error) {
    const missing = booth.error instanceof ApiError && booth.error.status === 404;
    figure = null;
    body = html`<div class="notice notice-error" role="alert">
      <p>${missing ? t('booth.not_found') : t(booth.error.code ? 'error.' + booth.error.code : 'error.internal')}</p>
      ${missing ? html`<p><a href="/village">${t('booth.back')}</a></p>` : html`<button type="button" onClick=${booth.reload}>${t('common.retry')}</button>`}
    </div>`;
  } else if (!b) {
    body = html`<div class="booth-placeholder"><${Loading} /></div>`;
  } else {
    title = b.title;
    figure = html`<${Avatar} id=${b.organisation_id} name=${b.title} size="l" square />`;
    body = html`<div class="booth-grid">
        <div class="booth-main">
          <section aria-labelledby="about-title" class="card">
            <h2 id="about-title">${t('booth.about')}</h2>
            ${b.description_html
              ? html`<div class="markdown" dir="auto" dangerouslySetInnerHTML=${{ __html: b.description_html }}></div>`
              : html`<p class="muted">${t('booth.no_description')}</p>`}
            <dl class="facts">
              <dt>${t('person.organisation')}</dt>
              <dd><${OrganisationName} id=${b.organisation_id} /></dd>
              <dt>${t('field.kind')}</dt>
              <dd>${label('kind', b.kind)}</dd>
              <dt>${t('field.region')}</dt>
              <dd>${label('region', b.region)}</dd>
              <dt>${t('field.stakeholder_group')}</dt>
              <dd>${label('stakeholder', b.stakeholder_group)}</dd>
              ${b.languages.length > 0 && html`<dt>${t('person.languages')}</dt><dd>${b.languages.map(languageNameHere).join(', ')}</dd>`}
            </dl>
            ${b.themes.length > 0 &&
            html`<h3>${t('person.themes')}</h3>
              <ul class="tags">
                ${b.themes.map((x) => html`<li key=${x}>${label('theme', x)}</li>`)}
              </ul>`}
          </section>
          <${Hours} b=${b} zone=${zone} now=${now} />
          <${Materials} links=${b.links} />
          ${!(me && me.role === 'staff' && me.organisation_id === b.organisation_id) && html`<${LeaveDetails} key=${b.id} b=${b} zone=${zone} />`}
          ${mayEdit(me, b) && html`<${BoothEditor} b=${b} me=${me} onSaved=${(nb) => booth.set(nb)} />`}
        </div>
        <div class="booth-side">
          <${Visit} b=${b} zone=${zone} now=${now} me=${me} />
          <${Slots} b=${b} me=${me} id="slots" />
        </div>
      </div>
      <p><a href="/village">${t('booth.back')}</a></p>`;
  }
  return html`<${Page} title=${title} figure=${figure} wide>${body}<//>`;
}
