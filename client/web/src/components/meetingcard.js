// meetingcard: one 1:1 meeting request as one of its two sees it: the
// other person, where it stands, its times in both zones, the notes and
// messages exchanged, and what one may do now: accept one of the times,
// propose others, decline, cancel; once confirmed its calendar file and,
// from 5 minutes before, its room. The times picker is shared with the
// page that asks for a meeting.
import { html } from 'htm/preact';
import { useState, useRef, useEffect } from 'preact/hooks';
import { Avatar } from './avatar.js';
import { Loading } from './page.js';
import { useLoad } from './load.js';
import { toLocalInput, fromLocalInput } from './sessionform.js';
import { bothZones, mine, myZone, city, isolate } from './meetingtime.js';
import { changed, meetingHref } from './meetinglive.js';
import { get, post, download } from '../api.js';
import { account } from '../session.js';
import { t, has } from '../i18n.js';

// OPENS_BEFORE: a meeting's room opens 5 minutes before its start.
export const OPENS_BEFORE = 5 * 60_000;
export const MAX_TIMES = 3;

// refusal words an API error in the page's language: each refusal of a
// meeting has a sentence of its own.
export function refusal(err, name) {
  const code = err?.code || 'internal';
  if (code === 'validation_failed') {
    const f = Object.keys(err.fields || {})[0] || '';
    if (f.startsWith('times')) {
      return t('meetings.error.times');
    }
  }
  const key = 'meetings.error.' + code;
  if (has(key)) {
    return t(key, { name: isolate(name) });
  }
  return t(has('error.' + code) ? 'error.' + code : 'error.internal');
}

// stale: a refusal that says the request changed meanwhile (answered,
// cancelled).
function stale(err) {
  return err?.code === 'conflict' || err?.code === 'gone';
}

// phase is where a request stands for the viewer.
export function phase(m, me, now = Date.now()) {
  if (m.status === 'pending') {
    return m.lapsed || m.times.every((x) => Date.parse(x) <= now) ? 'expired' : m.turn === me ? 'yours' : 'theirs';
  }
  if (m.status === 'confirmed' && m.ends_at && Date.parse(m.ends_at) <= now) {
    return 'over';
  }
  return m.status;
}

// Problem is a refusal in a form, announced as it comes.
function Problem({ error, id }) {
  return html`<p class="field-error meeting-problem" id=${id} role="alert">${error || ''}</p>`;
}

// OutsideHours offers to send anyway once the server said a time is
// outside someone's working hours.
function OutsideHours({ id, shown, checked, onChange, label }) {
  if (!shown) {
    return null;
  }
  return html`<div class="field check meeting-anyway">
    <input type="checkbox" id=${id} checked=${checked} onChange=${(e) => onChange(e.currentTarget.checked)} />
    <label for=${id}>${label}</label>
  </div>`;
}

// TimesPicker offers the next free times of both (GET
// /api/people/:id/times), each in both zones, and any other time typed in
// one's own zone; up to three are chosen. chosen is a list of RFC 3339
// instants; nothing is preselected.
export function TimesPicker({ other, minutes, chosen, setChosen, idPrefix, legend }) {
  const suggested = useLoad(() => get(`/api/people/${encodeURIComponent(other.id)}/times?minutes=${minutes}&count=6`), [other.id, minutes]);
  const [more, setMore] = useState(false);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState('');
  const moreRef = useRef(null);
  const list = suggested.data?.times?.map((x) => x.starts_at) || [];
  const extra = chosen.filter((x) => !list.includes(x));
  const full = chosen.length >= MAX_TIMES;
  const toggle = (iso, on) => setChosen(on ? [...chosen, iso] : chosen.filter((x) => x !== iso));
  const add = () => {
    const iso = fromLocalInput(typed, myZone());
    if (!/Z$/.test(iso) || Number.isNaN(Date.parse(iso))) {
      setTypedError(t('meetings.more.invalid'));
      return;
    }
    if (Date.parse(iso) <= Date.now()) {
      setTypedError(t('meetings.more.past'));
      return;
    }
    if (!chosen.includes(iso)) {
      setChosen([...chosen, iso]);
    }
    setTypedError('');
    setTyped('');
    setMore(false);
  };
  useEffect(() => {
    if (more) {
      moreRef.current?.focus();
    }
  }, [more]);
  const option = (iso) => html`<label class="choice meeting-time-choice" key=${iso}>
    <input
      type="checkbox"
      name=${idPrefix + '-time'}
      value=${iso}
      checked=${chosen.includes(iso)}
      disabled=${full && !chosen.includes(iso)}
      onChange=${(e) => toggle(iso, e.currentTarget.checked)}
    />
    <span>${bothZones(iso, other)}</span>
  </label>`;
  return html`<fieldset class="field choices meeting-times" aria-describedby=${idPrefix + '-times-hint'}>
    <legend>${legend || t('meetings.times.legend')}</legend>
    <p class="hint" id=${idPrefix + '-times-hint'}>${t('meetings.times.hint', { count: MAX_TIMES })}</p>
    ${suggested.error
      ? html`<p class="field-error">${refusal(suggested.error, other.name)}</p>`
      : !suggested.data
        ? html`<div class="meeting-times-wait"><${Loading} /></div>`
        : list.length === 0 && html`<p class="muted">${t('meetings.times.none')}</p>`}
    <div class="choice-list stacked">${list.map(option)} ${extra.map(option)}</div>
    <p class="meeting-count" aria-live="polite">${t('meetings.times.chosen', { count: chosen.length, max: MAX_TIMES })}</p>
    ${!more
      ? html`<button type="button" class="link-button" disabled=${full} onClick=${() => setMore(true)}>${t('meetings.more.open')}</button>`
      : html`<div class="meeting-more">
          <label for=${idPrefix + '-more'}>${t('meetings.more.label', { zone: city(myZone()) })}</label>
          <div class="linkbox-row">
            <input
              ref=${moreRef}
              id=${idPrefix + '-more'}
              type="datetime-local"
              step="300"
              min=${toLocalInput(new Date().toISOString(), myZone())}
              value=${typed}
              onInput=${(e) => setTyped(e.currentTarget.value)}
              aria-describedby=${typedError ? idPrefix + '-more-error' : undefined}
              aria-invalid=${typedError ? 'true' : undefined}
            />
            <button type="button" onClick=${add}>${t('meetings.more.add')}</button>
          </div>
          ${typedError && html`<p class="field-error" id=${idPrefix + '-more-error'}>${typedError}</p>`}
        </div>`}
  </fieldset>`;
}

// History lists what the two said: each proposal's note, and the message
// of a decline or a cancellation.
function History({ m, me }) {
  const by = (id) => (id === me ? t('meetings.you') : m.with.name || t('meetings.someone'));
  const notes = m.proposals.filter((p) => p.note);
  if (notes.length === 0 && !m.message) {
    return null;
  }
  return html`<ul class="meeting-notes" aria-label=${t('meetings.notes')}>
    ${notes.map((p, i) => html`<li key=${i}><strong dir="auto">${by(p.by)}</strong>: <span dir="auto">${p.note}</span></li>`)}
    ${m.message && html`<li><strong dir="auto">${by(m.closed_by)}</strong>: <span dir="auto">${m.message}</span></li>`}
  </ul>`;
}

// Accept picks one of the times (a radio group) and accepts it.
function Accept({ m, onDone, onStale, idPrefix }) {
  const [pick, setPick] = useState(m.times.length === 1 ? m.times[0] : '');
  const [error, setError] = useState('');
  // null until the server says a time is outside someone's hours; offered
  // at once when the proposer said so.
  const [outside, setOutside] = useState(m.outside_hours ? false : null);
  const [busy, setBusy] = useState(false);
  const send = async (e) => {
    e.preventDefault();
    if (!pick) {
      setError(t('meetings.accept.pick'));
      return;
    }
    setBusy(true);
    try {
      const body = { starts_at: pick };
      if (outside) {
        body.outside_hours = true;
      }
      const got = await post(`/api/meetings/${encodeURIComponent(m.id)}/accept`, body);
      onDone(got, t('meetings.done.accepted', { when: mine(got.starts_at) }));
    } catch (err) {
      refused(err, { name: m.with.name, outside, setOutside, setError, onStale });
    } finally {
      setBusy(false);
    }
  };
  const upcoming = m.times.filter((x) => Date.parse(x) > Date.now());
  return html`<form class="meeting-form" onSubmit=${send} aria-describedby=${idPrefix + '-accept-problem'}>
    <fieldset class="field choices">
      <legend>${t('meetings.accept.legend')}</legend>
      <div class="choice-list stacked">
        ${upcoming.map(
          (iso) => html`<label class="choice" key=${iso}>
            <input type="radio" name=${idPrefix + '-accept'} value=${iso} checked=${pick === iso} onChange=${() => setPick(iso)} />
            <span>${bothZones(iso, m.with)}</span>
          </label>`,
        )}
      </div>
    </fieldset>
    <${OutsideHours} id=${idPrefix + '-accept-anyway'} shown=${outside !== null} checked=${!!outside} onChange=${setOutside} label=${t('meetings.anyway.accept')} />
    <${Problem} id=${idPrefix + '-accept-problem'} error=${error} />
    <button type="submit" class="primary" aria-disabled=${busy ? 'true' : undefined}>${t('meetings.accept.submit')}</button>
  </form>`;
}

// refused says why an answer with times was refused: a request changed
// meanwhile closes the form (onStale); a time outside someone's hours
// offers to send it anyway; anything else shows at the form.
function refused(err, { name, outside, setOutside, setError, onStale }) {
  if (err.code === 'outside_hours' && outside === null) {
    setOutside(false);
  }
  if (stale(err)) {
    onStale(refusal(err, name));
    return;
  }
  setError(refusal(err, name));
}

// Propose offers other times (a new proposal: the turn passes).
function Propose({ m, onDone, onStale, onClose, idPrefix }) {
  const [chosen, setChosen] = useState([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [outside, setOutside] = useState(null);
  const [busy, setBusy] = useState(false);
  const send = async (e) => {
    e.preventDefault();
    if (chosen.length === 0) {
      setError(t('meetings.times.required'));
      return;
    }
    setBusy(true);
    try {
      const body = { times: chosen, note: note.trim() };
      if (outside) {
        body.outside_hours = true;
      }
      const got = await post(`/api/meetings/${encodeURIComponent(m.id)}/propose`, body);
      onDone(got, t('meetings.done.proposed', { name: isolate(m.with.name) }));
    } catch (err) {
      refused(err, { name: m.with.name, outside, setOutside, setError, onStale });
    } finally {
      setBusy(false);
    }
  };
  return html`<form class="meeting-form meeting-inline" onSubmit=${send}>
    <h3 tabindex="-1" class="meeting-form-title">${t('meetings.propose.title')}</h3>
    <${TimesPicker} other=${m.with} minutes=${m.minutes} chosen=${chosen} setChosen=${setChosen} idPrefix=${idPrefix + '-p'} />
    <div class="field">
      <label for=${idPrefix + '-p-note'}>${t('meetings.note.label')}</label>
      <textarea id=${idPrefix + '-p-note'} rows="2" maxLength="500" dir="auto" value=${note} onInput=${(e) => setNote(e.currentTarget.value)}></textarea>
    </div>
    <${OutsideHours} id=${idPrefix + '-p-anyway'} shown=${outside !== null} checked=${!!outside} onChange=${setOutside} label=${t('meetings.anyway.send')} />
    <${Problem} error=${error} />
    <p class="button-row">
      <button type="submit" class="primary" aria-disabled=${busy ? 'true' : undefined}>${t('meetings.propose.submit')}</button>
      <button type="button" onClick=${onClose}>${t('common.cancel')}</button>
    </p>
  </form>`;
}

// Close declines (whose turn it is) or cancels (either of the two), with
// an optional message; cancelling asks to confirm by its own button.
function Close({ m, action, onDone, onStale, onClose, idPrefix }) {
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async (e) => {
    e.preventDefault();
    setBusy(true);
    try {
      const body = message.trim() ? { message: message.trim() } : {};
      const got = await post(`/api/meetings/${encodeURIComponent(m.id)}/${action}`, body);
      onDone(got, t('meetings.done.' + action));
    } catch (err) {
      if (stale(err)) {
        onStale(refusal(err, m.with.name));
        return;
      }
      setError(refusal(err, m.with.name));
    } finally {
      setBusy(false);
    }
  };
  const id = idPrefix + '-' + action;
  return html`<form class="meeting-form meeting-inline" onSubmit=${send}>
    <h3 tabindex="-1" class="meeting-form-title">${t(`meetings.${action}.title`, { name: isolate(m.with.name) })}</h3>
    <div class="field">
      <label for=${id + '-message'}>${t('meetings.message.label')}</label>
      <textarea id=${id + '-message'} rows="2" maxLength="500" dir="auto" value=${message} onInput=${(e) => setMessage(e.currentTarget.value)}></textarea>
    </div>
    <${Problem} error=${error} />
    <p class="button-row">
      <button type="submit" class="danger" aria-disabled=${busy ? 'true' : undefined}>${t(`meetings.${action}.submit`)}</button>
      <button type="button" onClick=${onClose}>${t(`meetings.${action}.keep`)}</button>
    </p>
  </form>`;
}

// saveIcs downloads a confirmed meeting's calendar file (the route needs
// the access token).
async function saveIcs(m) {
  const { blob, filename } = await download(`/api/meetings/${encodeURIComponent(m.id)}/event.ics`);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename === 'download' ? `village-${m.id}.ics` : filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// MeetingCard shows m. level is its heading's level; page: the card is the
// whole of /meetings/:id (no link to itself). onChange(m, said) is called
// with the request as it is after an action, and what to announce; it
// returns true when it moved the focus itself.
export function MeetingCard({ m, level = 2, page = false, now = Date.now(), onChange }) {
  const me = account.value?.id;
  const [open, setOpen] = useState(null); // 'propose' | 'decline' | 'cancel'
  const [said, setSaid] = useState('');
  const heading = useRef(null);
  const formRef = useRef(null);
  const idPrefix = 'm-' + m.id.replace(/[^A-Za-z0-9_-]/g, '');
  const ph = phase(m, me, now);
  const H = 'h' + level;
  useEffect(() => {
    if (open) {
      formRef.current?.querySelector('.meeting-form-title')?.focus();
    }
  }, [open]);
  const done = (got, text) => {
    setOpen(null);
    setSaid(text);
    changed();
    // A list whose card leaves it (an accepted request leaves the inbox)
    // moves the focus itself and says so by returning true.
    if (!onChange?.(got, text)) {
      requestAnimationFrame(() => heading.current?.focus());
    }
  };
  const close = () => {
    setOpen(null);
    requestAnimationFrame(() => heading.current?.focus());
  };
  // The request changed meanwhile (answered, cancelled): say so on the
  // card and read it again; the card then shows what one may do now.
  const onStale = (text) => {
    close();
    setSaid(text);
    changed();
  };
  const ics = async () => {
    try {
      await saveIcs(m);
    } catch (err) {
      setSaid(refusal(err, m.with.name));
    }
  };
  const roomOpen = m.status === 'confirmed' && now >= Date.parse(m.starts_at) - OPENS_BEFORE && now < Date.parse(m.ends_at);
  // Whose turn it is declines rather than cancels (the same end, in the
  // words of an answer).
  const mayCancel = (m.status === 'pending' && ph !== 'yours') || (m.status === 'confirmed' && now < Date.parse(m.ends_at));
  const person = '/people/' + encodeURIComponent(m.with.id);
  return html`<article class=${'card meeting meeting-' + ph} data-meeting-id=${m.id} aria-labelledby=${idPrefix + '-title'}>
    <div class="meeting-head">
      <${Avatar} id=${m.with.id} name=${m.with.name} size="m" />
      <div class="meeting-who">
        <${H} id=${idPrefix + '-title'} tabindex="-1" ref=${heading}>
          ${m.with.name ? html`<a href=${person} dir="auto">${m.with.name}</a>` : t('meetings.someone')}
        <//>
        <p class=${'meeting-state tag meeting-state-' + ph}>${t('meetings.state.' + ph, { name: isolate(m.with.name) })}</p>
      </div>
    </div>
    <p class="meeting-length">${t('meetings.length', { minutes: m.minutes })}${m.asker_id === me ? ' · ' + t('meetings.asked_by_you') : ' · ' + t('meetings.asked_you', { name: isolate(m.with.name) })}</p>
    ${m.starts_at && m.status !== 'pending'
      ? html`<p class="meeting-when"><strong>${bothZones(m.starts_at, m.with)}</strong></p>`
      : ph !== 'yours' &&
        html`<div class="meeting-proposed">
          <p class="meeting-label">${t('meetings.proposed')}</p>
          <ul class="meeting-time-list">${m.times.map((x) => html`<li key=${x}>${bothZones(x, m.with)}</li>`)}</ul>
        </div>`}
    <${History} m=${m} me=${me} />
    ${ph === 'yours' && !open && html`<${Accept} m=${m} onDone=${done} onStale=${onStale} idPrefix=${idPrefix} />`}
    <div ref=${formRef}>
      ${open === 'propose' && html`<${Propose} m=${m} onDone=${done} onStale=${onStale} onClose=${close} idPrefix=${idPrefix} />`}
      ${(open === 'decline' || open === 'cancel') && html`<${Close} m=${m} action=${open} onDone=${done} onStale=${onStale} onClose=${close} idPrefix=${idPrefix} />`}
    </div>
    ${!open &&
    html`<p class="button-row meeting-actions">
      ${roomOpen && !page && html`<a class="button primary" href=${meetingHref(m.id)}>${t('meetings.room.join')}</a>`}
      ${m.status === 'confirmed' && html`<button type="button" onClick=${ics}>${t('meetings.ics')}</button>`}
      ${(ph === 'yours' || (ph === 'expired' && m.turn === me)) && html`<button type="button" onClick=${() => setOpen('propose')}>${t('meetings.propose.open')}</button>`}
      ${ph === 'yours' && html`<button type="button" onClick=${() => setOpen('decline')}>${t('meetings.decline.open')}</button>`}
      ${mayCancel && html`<button type="button" onClick=${() => setOpen('cancel')}>${t('meetings.cancel.open')}</button>`}
      ${!page && html`<a href=${meetingHref(m.id)}>${t('meetings.open', { name: isolate(m.with.name) })}</a>`}
    </p>`}
    <p role="status" class="meeting-said">${said}</p>
  </article>`;
}
