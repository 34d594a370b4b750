// moderation: the booth's chat as its staff see it: recent messages, each
// removable (with a reason, for the moderation log) and its author mutable
// for a while; the mutes in force, each liftable; and the pinned
// announcement (docs/api.md "Moderation", docs/protocol.md §4 delete).
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { get, post, patch, del } from '../../api.js';
import { t, formatDateTime } from '../../i18n.js';
import { account } from '../../session.js';
import { toast } from '../../toasts.js';
import { Avatar } from '../avatar.js';

const MINUTES = [5, 15, 60, 240, 1440];

function errorText(e) {
  return t(e && e.code ? 'error.' + e.code : 'error.internal');
}

// Act is one message's moderation: a form that opens in place.
function Act({ m, boothId, boothRoom, mayMute, onMuted }) {
  const [mode, setMode] = useState(null); // "remove" | "mute"
  const [reason, setReason] = useState('');
  const [minutes, setMinutes] = useState('15');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const base = 'mod-' + m.seq;
  if (!mode) {
    return html`<div class="actions">
      <button type="button" class="small" onClick=${() => setMode('remove')}>${t('console.chat.remove')}<span class="visually-hidden"> ${t('console.chat.message_of', { name: m.from.name })}</span></button>
      ${mayMute &&
      html`<button type="button" class="small" onClick=${() => setMode('mute')}>${t('console.chat.mute')}<span class="visually-hidden"> ${m.from.name}</span></button>`}
    </div>`;
  }
  const submit = async (e) => {
    e.preventDefault();
    const why = reason.trim();
    if (!why) {
      setError(t('console.chat.reason_required'));
      document.getElementById(base + '-reason')?.focus();
      return;
    }
    setBusy(true);
    setError('');
    try {
      if (mode === 'remove') {
        await boothRoom.request('delete', { seq: m.seq, reason: why });
        toast(t('console.chat.removed'));
      } else {
        const mute = await post(`/api/booths/${encodeURIComponent(boothId)}/mutes`, { person_id: m.from.id, minutes: Number(minutes), reason: why });
        toast(t('console.chat.muted', { name: m.from.name }));
        onMuted(mute, m.from);
      }
      setMode(null);
      setReason('');
      document.getElementById('chat-title')?.focus(); // the form is going
    } catch (err) {
      setError(err && err.code === 'conflict' ? t('console.chat.already_muted') : errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return html`<form class="mod-form" onSubmit=${submit} noValidate>
    ${mode === 'mute' &&
    html`<div class="field">
      <label for=${base + '-minutes'}>${t('console.chat.mute_for')}</label>
      <select id=${base + '-minutes'} value=${minutes} onChange=${(e) => setMinutes(e.currentTarget.value)}>
        ${MINUTES.map((n) => html`<option value=${String(n)}>${t('console.chat.minutes', { count: n })}</option>`)}
      </select>
    </div>`}
    <div class=${'field' + (error ? ' has-error' : '')}>
      <label for=${base + '-reason'}>${t('console.chat.reason')}</label>
      <input id=${base + '-reason'} maxLength="500" value=${reason} aria-invalid=${error ? 'true' : undefined} aria-describedby=${error ? base + '-error' : undefined} onInput=${(e) => setReason(e.currentTarget.value)} />
      ${error && html`<p class="field-error" id=${base + '-error'}>${error}</p>`}
    </div>
    <div class="actions">
      <button type="submit" class="small danger" disabled=${busy}>${mode === 'remove' ? t('console.chat.remove_confirm') : t('console.chat.mute_confirm')}</button>
      <button type="button" class="small" onClick=${() => setMode(null)}>${t('console.cancel')}</button>
    </div>
  </form>`;
}

// Announcement edits the pinned line; pinned is the line as the room last
// said it (a colleague may change it), taken unless the field is in use.
function Announcement({ booth, pinned }) {
  const [text, setText] = useState(booth.announcement || '');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (pinned !== null && document.activeElement?.id !== 'announcement') {
      setText(pinned);
    }
  }, [pinned]);
  const save = async (e) => {
    e.preventDefault();
    setBusy(true);
    try {
      await patch(`/api/booths/${encodeURIComponent(booth.id)}`, { announcement: text.trim() });
      toast(t('console.announcement.saved'));
    } catch (err) {
      toast(errorText(err), { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return html`<form class="announcement-form" onSubmit=${save}>
    <div class="field">
      <label for="announcement">${t('console.announcement')}</label>
      <p class="hint" id="announcement-hint">${t('console.announcement.hint')}</p>
      <input id="announcement" maxLength="280" dir="auto" aria-describedby="announcement-hint" value=${text} onInput=${(e) => setText(e.currentTarget.value)} />
    </div>
    <button type="submit" disabled=${busy}>${t('console.announcement.save')}</button>
  </form>`;
}

export function Moderation({ booth, boothRoom, messages }) {
  const me = account.value;
  const [mutes, setMutes] = useState(null);
  const [names, setNames] = useState({});
  const [pinned, setPinned] = useState(null);
  useEffect(() => boothRoom.onEvent((env) => env.type === 'booth.announcement' && setPinned(env.payload?.announcement ?? '')), [boothRoom]);
  const mutesPath = `/api/booths/${encodeURIComponent(booth.id)}/mutes`;
  const load = () =>
    get(mutesPath).then(
      (r) => setMutes(r.items || []),
      () => setMutes([]),
    );
  useEffect(() => {
    load();
  }, [booth.id]);
  const known = { ...names };
  for (const m of messages) {
    known[m.from.id] = m.from.name;
  }
  const lift = async (mute) => {
    try {
      await del(`${mutesPath}/${encodeURIComponent(mute.person_id)}`);
      toast(t('console.mutes.lifted', { name: known[mute.person_id] || mute.person_id }));
      load();
    } catch (err) {
      toast(errorText(err), { kind: 'error' });
    }
  };
  const shown = messages.slice(-50).reverse();
  return html`<section class="card console-chat" aria-labelledby="chat-title">
    <h2 id="chat-title" tabindex="-1">${t('console.chat')}</h2>
    <${Announcement} booth=${booth} pinned=${pinned} />
    <h3>${t('console.chat.recent')}</h3>
    ${shown.length === 0
      ? html`<p class="muted">${t('console.chat.empty')}</p>`
      : html`<ol class="chat-list mod-list">
          ${shown.map(
            (m) => html`<li key=${m.seq} data-seq=${m.seq} class=${m.deleted ? 'deleted' : undefined}>
              <${Avatar} id=${m.from.id} name=${m.from.name} photo=${m.from.photo_url} />
              <div class="chat-body">
                <p class="chat-meta"><strong>${m.from.name}</strong> <time datetime=${m.at}>${formatDateTime(m.at, me?.time_zone, { timeStyle: 'short' })}</time></p>
                ${m.deleted ? html`<p class="muted chat-text">${t('console.chat.was_removed')}</p>` : html`<p class="chat-text" dir="auto">${m.text}</p>`}
                ${!m.deleted &&
                m.from.id !== me?.id &&
                html`<${Act}
                  m=${m}
                  boothId=${booth.id}
                  boothRoom=${boothRoom}
                  mayMute=${m.from.role !== 'secretariat' && !(m.from.role === 'staff' && m.from.organisation_id === booth.organisation_id)}
                  onMuted=${(mute, who) => {
                    setNames((n) => ({ ...n, [who.id]: who.name }));
                    setMutes((list) => [...(list || []), mute]);
                  }}
                />`}
              </div>
            </li>`,
          )}
        </ol>`}
    <h3>${t('console.mutes')}</h3>
    ${mutes === null
      ? html`<p class="muted">${t('common.loading')}</p>`
      : mutes.length === 0
        ? html`<p class="muted">${t('console.mutes.none')}</p>`
        : html`<ul class="mutes">
            ${mutes.map(
              (mu) => html`<li key=${mu.person_id} data-person-id=${mu.person_id}>
                <span>${t('console.mutes.until', { name: known[mu.person_id] || mu.person_id, time: formatDateTime(mu.until, me?.time_zone, { dateStyle: 'short', timeStyle: 'short' }) })}</span>
                <button type="button" class="small" onClick=${() => lift(mu)}>${t('console.mutes.lift')}<span class="visually-hidden"> ${known[mu.person_id] || mu.person_id}</span></button>
              </li>`,
            )}
          </ul>`}
  </section>`;
}
