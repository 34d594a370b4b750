// booth: what the village's list and a booth's page both show of a booth:
// whether it is open, its opening now or next in the viewer's time zone,
// and its live figures.
import { html } from 'htm/preact';
import { t, formatDateTime } from '../i18n.js';

const WHEN = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
const TIME = { hour: 'numeric', minute: '2-digit' };

// boothState is "open" (open now), "between" (open, but not at this
// hour) or "closed" (the Secretariat has not opened it).
export function boothState(b) {
  if (!b.open) {
    return 'closed';
  }
  return b.open_now ? 'open' : 'between';
}

// opening says when the booth is open, in zone (the viewer's): until when
// now, or when next. span is {starts_at, ends_at} (a summary's
// next_opening, or the page's own pick from its hours).
export function opening(b, span, zone) {
  const s = boothState(b);
  if (s === 'closed') {
    return t('booth.closed_note');
  }
  if (!span) {
    return t('booth.no_opening');
  }
  if (s === 'open') {
    return t('booth.open_until', { time: formatDateTime(span.ends_at, zone, TIME) });
  }
  return t('booth.opens_at', { when: formatDateTime(span.starts_at, zone, WHEN) });
}

// StatusBadge is the booth's state in a word, with a dot that is
// decorative (the word says it).
export function StatusBadge({ b }) {
  const s = boothState(b);
  return html`<span class=${'booth-state booth-state-' + s}><span class="dot" aria-hidden="true"></span>${t('booth.state.' + s)}</span>`;
}

// Figures are the live counts: people at the booth and its staff online.
export function Figures({ b }) {
  return html`<p class="figures">
    <span>${t('booth.visitors_now', { count: b.visitors_now || 0 })}</span>
    <span>${t('booth.staff_online', { count: b.staff_online || 0 })}</span>
  </p>`;
}
