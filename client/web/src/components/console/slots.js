// slots: the booth's 1:1 slots in the viewer's time zone, with who booked
// each; publishing one (a start on the 5-minute grid in the viewer's zone,
// sent in UTC) and withdrawing one, which cancels its booking.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { get, post, del } from '../../api.js';
import { useLoad } from '../load.js';
import { Loading, Failure } from '../page.js';
import { t, formatDateTime, browserZone, languageName } from '../../i18n.js';
import { toast } from '../../toasts.js';

const SHOWN = 6;
const LENGTHS = [10, 15, 20, 30, 45, 60, 90, 120];

// offset is zone's distance from UTC at the instant ms, in ms.
function offset(ms, zone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  const asUTC = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second);
  return asUTC - Math.floor(ms / 1000) * 1000;
}

// toUTC reads a wall-clock date ("2020-11-02") and time ("14:05") in zone
// as an instant, in RFC 3339 UTC.
export function toUTC(date, time, zone) {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let ms = wall - offset(wall, zone);
  ms = wall - offset(ms, zone); // across a change of offset
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function Withdraw({ slot, onDone }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asking) {
    return html`<button type="button" class="small danger" onClick=${() => setAsking(true)}>${t('console.slots.withdraw')}</button>`;
  }
  const go = async () => {
    setBusy(true);
    try {
      await del('/api/slots/' + encodeURIComponent(slot.id));
      toast(t('console.slots.withdrawn'));
      onDone();
      document.getElementById('slots-title')?.focus(); // the slot's entry is going
    } catch (e) {
      toast(t(e && e.code ? 'error.' + e.code : 'error.internal'), { kind: 'error' });
      setBusy(false);
    }
  };
  return html`<div class="confirm" role="group" aria-label=${t('console.slots.withdraw')}>
    <p>${slot.booked ? t('console.slots.withdraw_booked', { name: slot.booked_by?.name || '' }) : t('console.slots.withdraw_free')}</p>
    <div class="actions">
      <button type="button" class="small danger primary" disabled=${busy} onClick=${go}>${t('console.slots.withdraw_confirm')}</button>
      <button type="button" class="small" onClick=${() => setAsking(false)}>${t('console.slots.keep')}</button>
    </div>
  </div>`;
}

function Publish({ booth, me, zone, staff, onDone }) {
  const tomorrow = new Date(Date.now() + 86_400_000);
  // en-CA writes dates as the date input wants them: 2020-11-02.
  const [date, setDate] = useState(new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(tomorrow));
  const [time, setTime] = useState('14:00');
  const [minutes, setMinutes] = useState('30');
  const [language, setLanguage] = useState((booth.languages || [])[0] || 'en');
  const mine = me.role === 'staff' && me.organisation_id === booth.organisation_id;
  const [staffId, setStaffId] = useState(mine ? me.id : staff[0]?.id || '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e) => {
    e.preventDefault();
    setError('');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}/.test(time)) {
      setError(t('console.slots.when_invalid'));
      return;
    }
    if (Number(time.slice(3, 5)) % 5 !== 0) {
      setError(t('console.slots.grid'));
      return;
    }
    if (!staffId) {
      setError(t('console.slots.staff_required'));
      return;
    }
    setBusy(true);
    try {
      const body = { starts_at: toUTC(date, time.slice(0, 5), zone), minutes: Number(minutes), language };
      if (!(mine && staffId === me.id)) {
        body.staff_id = staffId;
      }
      await post(`/api/booths/${encodeURIComponent(booth.id)}/slots`, body);
      toast(t('console.slots.published'));
      onDone();
    } catch (err) {
      const key = err && err.code === 'overlaps' ? 'console.slots.overlaps' : err && err.code === 'validation_failed' ? 'console.slots.when_invalid' : err && err.code ? 'error.' + err.code : 'error.internal';
      setError(t(key));
    } finally {
      setBusy(false);
    }
  };
  const people = mine ? [{ id: me.id, name: me.display_name }, ...staff.filter((s) => s.id !== me.id)] : staff;
  return html`<form class="slot-form" onSubmit=${submit} noValidate>
    <h3>${t('console.slots.publish')}</h3>
    <p class="hint">${t('console.slots.zone', { zone: zone.replaceAll('_', ' ') })}</p>
    <div class="slot-fields">
      <div class="field"><label for="slot-date">${t('console.slots.date')}</label>
        <input id="slot-date" type="date" required value=${date} onInput=${(e) => setDate(e.currentTarget.value)} /></div>
      <div class="field"><label for="slot-time">${t('console.slots.time')}</label>
        <input id="slot-time" type="time" step="300" required value=${time} onInput=${(e) => setTime(e.currentTarget.value)} /></div>
      <div class="field"><label for="slot-minutes">${t('console.slots.length')}</label>
        <select id="slot-minutes" value=${minutes} onChange=${(e) => setMinutes(e.currentTarget.value)}>
          ${LENGTHS.map((n) => html`<option value=${String(n)}>${t('console.chat.minutes', { count: n })}</option>`)}
        </select></div>
      <div class="field"><label for="slot-language">${t('console.slots.language')}</label>
        <select id="slot-language" value=${language} onChange=${(e) => setLanguage(e.currentTarget.value)}>
          ${[...new Set([...(booth.languages || []), 'en'])].map((l) => html`<option value=${l} lang=${l}>${languageName(l)}</option>`)}
        </select></div>
      <div class="field"><label for="slot-staff">${t('console.slots.staff')}</label>
        <select id="slot-staff" value=${staffId} onChange=${(e) => setStaffId(e.currentTarget.value)}>
          ${people.length === 0 && html`<option value="">${t('console.slots.no_staff')}</option>`}
          ${people.map((p) => html`<option value=${p.id}>${p.name}</option>`)}
        </select></div>
    </div>
    <p class="field-error" role="alert" id="slot-error">${error}</p>
    <button type="submit" class="primary" disabled=${busy}>${t('console.slots.publish_button')}</button>
  </form>`;
}

// Slots lists and publishes. staffNow: the booth's staff in its room, to
// name as the one who meets (there is no list of an organisation's staff).
export function Slots({ booth, me, staffNow = [] }) {
  // A booth may offer dozens: the first few, and the rest on demand.
  const [all, setAll] = useState(false);
  const zone = me.time_zone || browserZone();
  const slots = useLoad(() => get(`/api/booths/${encodeURIComponent(booth.id)}/slots?limit=100`), [booth.id]);
  const items = slots.data?.items || [];
  const staff = [...new Map([...staffNow, ...items.map((s) => s.staff)].filter((s) => s && s.id).map((s) => [s.id, s])).values()];
  const fmt = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
  return html`<section class="card console-slots" aria-labelledby="slots-title">
    <h2 id="slots-title" tabindex="-1">${t('console.slots')}</h2>
    ${slots.error
      ? html`<${Failure} error=${slots.error} retry=${slots.reload} />`
      : !slots.data
        ? html`<${Loading} />`
        : items.length === 0
          ? html`<p class="muted">${t('console.slots.none')}</p>`
          : html`<ul class="slots">
              ${(all ? items : items.slice(0, SHOWN)).map(
                (s) => html`<li key=${s.id} data-slot-id=${s.id}>
                  <div class="slot-body">
                    <p><strong>${formatDateTime(s.starts_at, zone, fmt)}</strong> · ${t('console.chat.minutes', { count: s.minutes })} · <span lang=${s.language}>${languageName(s.language)}</span></p>
                    <p class="muted">${t('console.slots.with', { name: s.staff?.name || '' })} · ${s.booked ? t('console.slots.booked_by', { name: s.booked_by?.name || '' }) : t('console.slots.free')}</p>
                  </div>
                  <${Withdraw} slot=${s} onDone=${slots.reload} />
                </li>`,
              )}
            </ul>
            ${items.length > SHOWN &&
            html`<p><button type="button" class="link-button" aria-expanded=${all ? 'true' : 'false'} onClick=${() => setAll(!all)}>
              ${all ? t('console.slots.fewer') : t('console.slots.all', { count: items.length })}
            </button></p>`}`}
    <${Publish} booth=${booth} me=${me} zone=${zone} staff=${staff} onDone=${slots.reload} />
  </section>`;
}
