// slots: a booth's open 1:1 slots, in the viewer's time zone and with the
// language each is held in, and booking one (docs/api.md, "Slots and
// bookings").
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { useLoad } from './load.js';
import { Loading, Failure } from './page.js';
import { get, post } from '../api.js';
import { t, formatDateTime, languageNameHere } from '../i18n.js';

export const WHEN = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };

export function Slots({ b, me, id = 'slots' }) {
  const zone = me?.time_zone;
  const slots = useLoad(() => get('/api/booths/' + encodeURIComponent(b.id) + '/slots?limit=100'), [b.id]);
  const [said, setSaid] = useState(null);
  const [busy, setBusy] = useState(null);
  const own = me && me.role === 'staff' && me.organisation_id === b.organisation_id;

  async function book(s) {
    setBusy(s.id);
    setSaid(null);
    try {
      await post('/api/bookings', { slot_id: s.id });
      setSaid({ ok: true, text: t('slots.booked', { when: formatDateTime(s.starts_at, zone, WHEN) }) });
      slots.reload();
    } catch (e) {
      const known = ['taken', 'overlaps', 'gone', 'not_found', 'forbidden'];
      const text = e.code === 'blocked' ? t('block.refused_slot') : t(known.includes(e.code) ? 'slots.error.' + e.code : 'error.internal');
      setSaid({ ok: false, text });
      slots.reload();
    } finally {
      setBusy(null);
    }
  }

  const open = (slots.data?.items || []).filter((s) => !s.booked);
  return html`<section aria-labelledby=${id + '-title'} class="card slots" id=${id} tabindex="-1">
    <h2 id=${id + '-title'}>${t('slots.title')}</h2>
    <p class="muted">${t('slots.intro')}</p>
    ${slots.error && !slots.data
      ? html`<${Failure} error=${slots.error} retry=${slots.reload} />`
      : !slots.data
        ? html`<${Loading} />`
        : open.length === 0
          ? html`<p>${t('slots.none')}</p>`
          : html`<ul class="slot-list">
              ${open.map(
                (s) => html`<li key=${s.id}>
                  <span><strong>${formatDateTime(s.starts_at, zone, WHEN)}</strong> · ${t('slots.minutes', { minutes: s.minutes })} · ${languageNameHere(s.language)} · <span dir="auto">${s.staff.name}</span></span>
                  ${!own &&
                  html`<button type="button" onClick=${() => book(s)} disabled=${busy !== null}
                    aria-label=${t('slots.book_named', { when: formatDateTime(s.starts_at, zone, WHEN) })}>${t('slots.book')}</button>`}
                </li>`,
              )}
            </ul>`}
    <div role="status" class="slots-status">
      ${said && html`<p class=${said.ok ? 'ok' : 'field-error'}>${said.text}${said.ok && html` <a href="/schedule">${t('nav.schedule')}</a>`}</p>`}
    </div>
  </section>`;
}
