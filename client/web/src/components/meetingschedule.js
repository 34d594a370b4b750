// meetingschedule: one's 1:1 meetings on the schedule page: the confirmed
// ones in both zones, each linking to its page (and its room when open),
// and a line when requests await one's answer.
import { html } from 'htm/preact';
import { Loading, Failure } from './page.js';
import { useLoad } from './load.js';
import { OPENS_BEFORE } from './meetingcard.js';
import { meetingsChanged, inboxCount, meetingHref } from './meetinglive.js';
import { isolate, bothZones } from './meetingtime.js';
import { get } from '../api.js';
import { t } from '../i18n.js';

// PendingLine says on the schedule how many requests await one's answer.
export function PendingLine() {
  const n = inboxCount.value;
  if (!n) {
    return null;
  }
  return html`<p class="notice meeting-pending"><a href="/meetings">${t('meetings.pending_line', { count: n })}</a></p>`;
}

// UpcomingMeetings lists one's confirmed meetings on the schedule, each in
// both zones, with a link to its page (and its room when open).
export function UpcomingMeetings() {
  const list = useLoad(() => get('/api/meetings?box=upcoming&limit=100'), [meetingsChanged.value]);
  const items = list.data?.items || [];
  const now = Date.now();
  return html`<section class="card my-meetings" aria-labelledby="my-meetings-title">
    <h2 id="my-meetings-title">${t('meetings.schedule.title')}</h2>
    <${PendingLine} />
    ${list.error && !list.data
      ? html`<${Failure} error=${list.error} retry=${list.reload} />`
      : !list.data
        ? html`<${Loading} />`
        : items.length === 0
          ? html`<p>${t('meetings.schedule.none')} <a href="/people">${t('meetings.empty.people')}</a></p>`
          : html`<ul class="slot-list">
              ${items.map((m) => {
                const open = now >= Date.parse(m.starts_at) - OPENS_BEFORE && now < Date.parse(m.ends_at);
                return html`<li key=${m.id} class="meeting-line" data-meeting-id=${m.id}>
                  <a href=${meetingHref(m.id)} dir="auto">${t('meetings.with', { name: isolate(m.with.name || t('meetings.someone')) })}</a>
                  <span><strong>${bothZones(m.starts_at, m.with)}</strong> · ${t('meetings.length', { minutes: m.minutes })}</span>
                  ${open && html`<a class="button primary" href=${meetingHref(m.id)}>${t('meetings.room.join')}</a>`}
                </li>`;
              })}
            </ul>`}
  </section>`;
}
