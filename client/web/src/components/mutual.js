// mutual: mutual matches (docs/protocol.md, meeting.mutual). When two people
// both say they would like to meet, each is told at once, on any page, by a
// toast naming the other with the times that suit both, each in both zones,
// and a link to ask for a meeting. The page of people to meet shows the
// "Mutual" badge from the same signal.
//
// The wish that makes a match is answered "mutual" and the live event comes
// as well, to the same tab: whichever arrives first is told, the other is
// not (told).
import { html } from 'htm/preact';
import { signal } from '@preact/signals';
import { onEvent } from '../live.js';
import { get } from '../api.js';
import { toast, dismiss } from '../toasts.js';
import { t } from '../i18n.js';
import { bothZones, isolate } from './meetingtime.js';

// mutuals holds the IDs of the people one has a mutual match with, as far
// as this tab knows (the page adds those of GET /api/me/wishes).
export const mutuals = signal(new Set());

// zones remembers the time zones of the people suggested, so that a match
// with one of them needs no request to show the times in their zone.
export const zones = new Map();

const told = new Set();

async function zoneOf(id) {
  if (zones.has(id)) {
    return zones.get(id);
  }
  try {
    const p = await get('/api/people/' + encodeURIComponent(id));
    return p.time_zone || null;
  } catch {
    return null;
  }
}

// markMutual records a match with person ({id, name}) and tells the
// viewer once, with times (the match's suggested_times).
export async function markMutual(person, times = []) {
  if (!person?.id) {
    return;
  }
  if (!mutuals.peek().has(person.id)) {
    mutuals.value = new Set([...mutuals.peek(), person.id]);
  }
  if (told.has(person.id)) {
    return;
  }
  told.add(person.id);
  const zone = times.length > 0 ? await zoneOf(person.id) : null;
  // A component rather than text, so that the toast follows a change of
  // language while it is on screen.
  let id = 0;
  id = toast(html`<${MutualToast} person=${person} times=${times} zone=${zone} onGo=${() => dismiss(id)} />`, { timeout: 30_000 });
}

function MutualToast({ person, times, zone, onGo }) {
  const name = person.name || '';
  return html`<span class="mutual-toast">
    <strong>${t('suggest.mutual.toast', { name: isolate(name) })}</strong>
    ${times.length > 0
      ? html`<span>${t('suggest.mutual.times')}</span>
          ${times.slice(0, 3).map((x) => html`<span class="mutual-time" key=${x.starts_at}>${bothZones(x.starts_at, { name, time_zone: zone })}</span>`)}`
      : html`<span>${t('suggest.mutual.no_times')}</span>`}
    <a href=${'/meetings/new?with=' + encodeURIComponent(person.id)} onClick=${onGo}>${t('suggest.mutual.ask', { name: isolate(name) })}</a>
  </span>`;
}

// unmarkMutual forgets a match after one took one's wish back.
export function unmarkMutual(personId) {
  if (mutuals.peek().has(personId)) {
    const next = new Set(mutuals.peek());
    next.delete(personId);
    mutuals.value = next;
  }
}

onEvent('meeting.mutual', (p) => markMutual(p?.person, p?.suggested_times || []));
