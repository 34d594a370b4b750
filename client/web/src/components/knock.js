// knock: asking a booth's staff to talk now (docs/protocol.md, "Knocks").
// Where the visitor stands is kept per booth for the whole tab, not by the
// booth page, so that a knock taken while they look elsewhere still brings
// them to the talk at once.
import { html } from 'htm/preact';
import { signal, effect, untracked } from '@preact/signals';
import { useState, useEffect } from 'preact/hooks';
import { get } from '../api.js';
import { call, onEvent, state } from '../live.js';
import { navigate } from '../router.js';
import { toast } from '../toasts.js';
import { t } from '../i18n.js';

// knocks: booth ID → {position, ahead} while waiting, or {declined} once
// the staff turned the knock down.
export const knocks = signal({});
// talks: talk ID → {booth, staff} for the talks this tab was taken into,
// so that the talk page shows the staff member before the room answers.
export const talks = new Map();

// changes counts what this tab learnt of its knocks, so that an answer of
// recall's that was on its way meanwhile is known to be older.
let changes = 0;

function set(booth, v) {
  changes++;
  const next = { ...knocks.value };
  if (v) {
    next[booth] = v;
  } else {
    delete next[booth];
  }
  knocks.value = next;
}

// recall asks the server where this person waits (GET /api/me/knocks): a
// reload forgets it, and the positions sent while the connection was down
// are lost. A knock asked, withdrawn or moved while the answer was on its
// way is newer than the answer, which is then dropped.
async function recall() {
  const before = changes;
  let mine;
  try {
    mine = await get('/api/me/knocks');
  } catch {
    return; // the next connection asks again
  }
  if (changes !== before) {
    return;
  }
  const next = {};
  for (const [booth, v] of Object.entries(knocks.peek())) {
    if (v.declined !== undefined) {
      next[booth] = v;
    }
  }
  for (const k of mine.items || []) {
    next[k.booth] = { position: k.position, ahead: k.ahead };
  }
  knocks.value = next;
}

onEvent('knock.position', (p) => p?.booth && set(p.booth, { position: p.position, ahead: p.ahead }));
onEvent('knock.declined', (p) => p?.booth && set(p.booth, { declined: p.message || '' }));
onEvent('knock.taken', (p) => {
  if (!p?.room?.startsWith('talk:')) {
    return;
  }
  set(p.booth, null);
  const id = p.room.slice('talk:'.length);
  talks.set(id, { booth: p.booth, staff: p.staff });
  toast(t('knock.taken', { name: p.staff?.name || '' }), { kind: 'ok' });
  navigate('/talk/' + encodeURIComponent(id));
});

// Knock is the button and where the visitor stands. slots is the ID of
// the booth's slots section, offered when the booth cannot take knocks.
export function Knock({ booth, slots }) {
  const me = knocks.value[booth];
  const [text, setText] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const waiting = me && me.position;
  // Each time the connection is up (the page's load, a reconnect), learn
  // where this person waits.
  useEffect(
    () =>
      effect(() => {
        if (state.value === 'connected') {
          untracked(recall);
        }
      }),
    [],
  );

  async function ask(ev) {
    ev.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const line = text.trim();
      const p = await call('knock.ask', line ? { text: line } : undefined, 'booth:' + booth);
      set(booth, { position: p.position, ahead: p.ahead });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  async function withdraw() {
    setBusy(true);
    setError(null);
    try {
      await call('knock.withdraw', { booth });
      set(booth, null);
    } catch (e) {
      if (e.code === 'not_found') {
        set(booth, null);
      } else {
        setError(e);
      }
    } finally {
      setBusy(false);
    }
  }

  let said = '';
  if (error) {
    said = ['booth_closed', 'booth_unstaffed', 'conflict', 'validation_failed', 'muted'].includes(error.code) ? error.message : t('knock.failed');
  }
  const toSlots = error && (error.code === 'booth_closed' || error.code === 'booth_unstaffed');
  return html`<section class="knock" aria-labelledby="knock-title">
    <h3 id="knock-title">${t('knock.title')}</h3>
    ${waiting
      ? html`<p class="knock-position"><strong>${t('knock.position', { position: me.position })}</strong></p>
          <button type="button" onClick=${withdraw} disabled=${busy}>${t('knock.withdraw')}</button>`
      : html`<form onSubmit=${ask} class="knock-form" novalidate>
          <label for="knock-text">${t('knock.text')}</label>
          <input id="knock-text" type="text" maxlength="200" dir="auto" value=${text} onInput=${(e) => setText(e.currentTarget.value)} />
          <button type="submit" disabled=${busy}>${t('knock.ask')}</button>
        </form>`}
    <div class="knock-status" role="status">
      ${me && me.declined !== undefined &&
      html`<p>${t('knock.declined')}${me.declined && html` <q dir="auto">${me.declined}</q>`}</p>`}
      ${said && html`<p class="field-error">${said}${toSlots && html` <a href=${'#' + slots}>${t('knock.see_slots')}</a>`}</p>`}
    </div>
  </section>`;
}
