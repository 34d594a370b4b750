// Schedule: one's bookings (as the booker or as the staff member who
// meets) in one's own time zone: cancel, each as an .ics file, the room
// when it is about to start; the sessions one organises or has signed up
// for, with one's place; and the personal calendar feed's address, which
// holds both. One's confirmed 1:1 meetings come in both zones, with a
// line when requests await one's answer.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { Page, Loading, Failure } from '../components/page.js';
import { useLoad } from '../components/load.js';
import { WHEN } from '../components/slots.js';
import { MyLeads } from '../components/leads.js';
import { UpcomingMeetings } from '../components/meetingschedule.js';
import { get, post, del, ApiError } from '../api.js';
import { account, accessToken } from '../session.js';
import { t, formatDateTime, languageNameHere } from '../i18n.js';

const EARLY = 5 * 60_000; // a booking's room opens 5 minutes before

// save downloads a booking's event: the route needs the access token, so
// it is fetched and handed to the browser as a file.
async function save(bk) {
  const res = await fetch('/api/bookings/' + encodeURIComponent(bk.id) + '/event.ics', {
    headers: { Authorization: 'Bearer ' + accessToken() },
    credentials: 'same-origin',
  });
  if (!res.ok) {
    throw new ApiError(res.status, 'internal', res.statusText);
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'village-' + bk.id + '.ics';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// placeText says where one stands in a session: a seat, the waitlist's
// number, or its organiser.
function placeText(s) {
  switch (s.place) {
    case 'waitlisted':
      return t('sessions.place.waitlisted', { position: s.position || 1 });
    case 'organiser':
      return t('sessions.place.organiser');
    default:
      return t('sessions.place.confirmed');
  }
}

// MySessions lists the sessions not over that one organises or has signed
// up for (GET /api/sessions?mine=true), each linking to its page.
function MySessions({ zone }) {
  const list = useLoad(() => get('/api/sessions?mine=true&limit=100'), []);
  const items = list.data?.items || [];
  return html`<section class="card my-sessions" aria-labelledby="my-sessions-title">
    <h2 id="my-sessions-title">${t('schedule.sessions.title')}</h2>
    ${list.error && !list.data
      ? html`<${Failure} error=${list.error} retry=${list.reload} />`
      : !list.data
        ? html`<${Loading} />`
        : items.length === 0
          ? html`<p>${t('schedule.sessions.none')} <a href="/sessions">${t('schedule.sessions.browse')}</a></p>`
          : html`<ul class="slot-list">
              ${items.map((s) => html`<li key=${s.id}>
                <a href=${'/sessions/' + encodeURIComponent(s.id)} dir="auto">${s.title}</a>
                <span><strong>${formatDateTime(s.starts_at, zone, WHEN)}</strong> · ${t('slots.minutes', { minutes: s.minutes })} · ${languageNameHere(s.language)}</span>
                <span class="session-place">${placeText(s)}</span>
              </li>`)}
            </ul>`}
  </section>`;
}

function Feed() {
  const feed = useLoad(() => get('/api/me/calendar'), []);
  const [said, setSaid] = useState(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(feed.data.url);
      setSaid(t('link.copied'));
    } catch {
      document.getElementById('feed-url')?.select();
      setSaid(t('link.copy_failed'));
    }
  }
  async function rotate() {
    if (!confirm(t('schedule.rotate_confirm'))) {
      return;
    }
    try {
      feed.set(await post('/api/me/calendar/rotate'));
      setSaid(t('schedule.rotated'));
    } catch {
      setSaid(t('error.internal'));
    }
  }
  return html`<section class="card" aria-labelledby="feed-title">
    <h2 id="feed-title">${t('schedule.feed')}</h2>
    <p class="hint" id="feed-hint">${t('schedule.feed_hint')}</p>
    ${feed.error
      ? html`<${Failure} error=${feed.error} retry=${feed.reload} />`
      : html`<div class="field"><label for="feed-url">${t('schedule.feed_url')}</label>
          <div class="linkbox-row">
            <input id="feed-url" type="text" readonly value=${feed.data?.url || ''} dir="ltr" spellcheck=${false} aria-describedby="feed-hint" />
            <button type="button" onClick=${copy} disabled=${!feed.data}>${t('link.copy')}</button>
          </div></div>`}
    <p><button type="button" onClick=${rotate} disabled=${!feed.data}>${t('schedule.rotate')}</button></p>
    <p role="status">${said || ''}</p>
  </section>`;
}

export function SchedulePage() {
  const zone = account.value?.time_zone;
  const list = useLoad(() => get('/api/bookings?limit=100'), []);
  const [said, setSaid] = useState(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const i = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(i);
  }, []);

  async function cancel(bk) {
    try {
      await del('/api/bookings/' + encodeURIComponent(bk.id));
      list.set((d) => ({ ...d, items: d.items.filter((x) => x.id !== bk.id) }));
      setSaid(t('schedule.cancelled'));
    } catch {
      setSaid(t('error.internal'));
    }
  }
  async function download(bk) {
    try {
      await save(bk);
    } catch {
      setSaid(t('error.internal'));
    }
  }

  const items = list.data?.items || [];
  return html`<${Page} title=${t('schedule.title')}>
    <p class="muted">${t('booth.hours_zone', { zone: (zone || Intl.DateTimeFormat().resolvedOptions().timeZone).replaceAll('_', ' ') })}</p>
    ${list.error && !list.data
      ? html`<${Failure} error=${list.error} retry=${list.reload} />`
      : !list.data
        ? html`<${Loading} />`
        : items.length === 0
          ? html`<p>${t('schedule.none')} <a href="/village">${t('nav.village')}</a></p>`
          : html`<ul class="bookings">
              ${items.map((bk) => {
                const other = bk.side === 'booker' ? bk.staff : bk.booker;
                const open = now >= new Date(bk.starts_at) - EARLY && now < new Date(bk.ends_at);
                return html`<li key=${bk.id} class="card booking">
                  <h2><a href=${'/booths/' + encodeURIComponent(bk.booth_id)} dir="auto">${bk.booth_title}</a></h2>
                  <p><strong>${formatDateTime(bk.starts_at, zone, WHEN)}</strong> · ${t('slots.minutes', { minutes: bk.minutes })} · ${languageNameHere(bk.language)}</p>
                  <p>${t('schedule.with', { name: other.name })}</p>
                  <p class="booking-actions">
                    ${open && html`<a class="button" href=${'/meet/' + encodeURIComponent(bk.id)}>${t('schedule.join')}</a>`}
                    <button type="button" onClick=${() => download(bk)}>${t('schedule.ics')}</button>
                    <button type="button" onClick=${() => cancel(bk)}>${t('schedule.cancel')}</button>
                  </p>
                </li>`;
              })}
            </ul>`}
    <p role="status" class="schedule-status">${said || ''}</p>
    <${UpcomingMeetings} />
    <${MySessions} zone=${zone} />
    <${Feed} />
    <${MyLeads} zone=${zone} />
  <//>`;
}
