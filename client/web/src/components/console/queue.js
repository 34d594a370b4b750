// queue: the booth's knocks, live from the organisation's staff room
// (docs/protocol.md §6, "Knocks in rooms"): each waiting visitor with how
// long they have waited, Take (the next one, or a chosen one) and Decline
// with an optional message. A new knock chimes, counts in the title,
// notifies a hidden tab and is announced to screen readers.
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { call } from '../../live.js';
import { get } from '../../api.js';
import { navigate } from '../../router.js';
import { t } from '../../i18n.js';
import { Avatar } from '../avatar.js';
import { OrganisationName } from '../organisation.js';
import { muted, setMuted, armSound, chime, notify, notifyAllowed, askNotify } from './alert.js';

// waited shows seconds as m:ss, or h:mm:ss past an hour.
function waited(s) {
  const sec = Math.max(0, Math.floor(s));
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const pad = (n) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(sec % 60)}` : `${m}:${pad(sec % 60)}`;
}

function useNow(every = 1000) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), every);
    return () => clearInterval(id);
  }, [every]);
  return now;
}

// takeError says why a take or decline failed, readably.
export function knockError(e) {
  if (e && e.code === 'conflict') {
    return t('console.knock.conflict');
  }
  if (e && e.code === 'not_found') {
    return t('console.knock.gone');
  }
  if (e && e.code === 'blocked') {
    return t('block.refused_take');
  }
  return t(e && e.code ? 'error.' + e.code : 'error.internal');
}

function Decline({ booth, visitor, onDone, onError }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const field = useRef(null);
  useEffect(() => open && field.current?.focus(), [open]);
  if (!open) {
    return html`<button type="button" class="small" onClick=${() => setOpen(true)}>${t('console.knock.decline')}</button>`;
  }
  const id = 'decline-' + visitor.id;
  const send = async (e) => {
    e.preventDefault();
    setBusy(true);
    try {
      const message = text.trim();
      await call('knock.decline', message ? { booth, visitor: visitor.id, message } : { booth, visitor: visitor.id });
      onDone();
    } catch (err) {
      onError(knockError(err), err);
    } finally {
      setBusy(false);
    }
  };
  return html`<form class="decline-form" onSubmit=${send}>
    <label for=${id}>${t('console.knock.decline_message', { name: visitor.name })}</label>
    <input id=${id} ref=${field} maxLength="200" value=${text} onInput=${(e) => setText(e.currentTarget.value)} />
    <div class="actions">
      <button type="submit" class="small danger" disabled=${busy}>${t('console.knock.decline_send')}</button>
      <button type="button" class="small" onClick=${() => setOpen(false)}>${t('console.cancel')}</button>
    </div>
  </form>`;
}

// Queue shows the staff room's queue. staffRoom is the room's view (its
// state is the queue at the join); mayAnswer: the booth's own staff (the
// Secretariat reads only).
export function Queue({ booth, staffRoom, mayAnswer }) {
  const [queue, setQueue] = useState(() => ({ knocks: [], at: Date.now() }));
  const [problem, setProblem] = useState(null);
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const known = useRef(null);
  const now = useNow();

  const replace = (q) => {
    const knocks = (q && q.knocks) || [];
    const at = Date.now();
    const before = known.current;
    known.current = new Set(knocks.map((k) => k.visitor.id));
    setQueue({ knocks, at });
    if (before) {
      const fresh = knocks.filter((k) => !before.has(k.visitor.id));
      if (fresh.length) {
        const names = fresh.map((k) => k.visitor.name).join(', ');
        const text = t('console.knock.new', { count: fresh.length, names });
        setSaid(text);
        chime();
        notify(t('console.knock.notify_title'), text);
      }
    }
  };

  useEffect(() => {
    const disarm = armSound();
    const off = staffRoom.onEvent((env) => env.type === 'knock.queue' && replace(env.payload));
    return () => {
      disarm();
      off();
    };
  }, [staffRoom]);
  // The join's state: the queue when we arrived (and after a rejoin).
  const state = staffRoom.state.value;
  useEffect(() => {
    if (state) {
      replace(state);
    }
  }, [state]);

  const count = queue.knocks.length;
  useEffect(() => {
    const base = `${t('console.title')} · ${t('app.name')}`;
    document.title = count ? `(${count}) ${base}` : base;
  }, [count]);
  // Leaving the console takes the count out of the title (the next page
  // has set its own by then).
  useEffect(
    () => () => {
      document.title = document.title.replace(/^\(\d+\) /, '');
    },
    [],
  );

  const take = async (visitor) => {
    setProblem(null);
    setBusy(true);
    try {
      const res = await call('knock.take', visitor ? { booth, visitor } : { booth });
      navigate('/talk/' + encodeURIComponent(res.room.replace(/^talk:/, '')));
    } catch (e) {
      setProblem(knockError(e));
      refresh(e);
    } finally {
      setBusy(false);
    }
  };
  // refresh reads the queue again after a knock that had already ended, in
  // case its event is still on the way.
  const refresh = (e) => {
    if (e && (e.code === 'conflict' || e.code === 'not_found')) {
      get(`/api/booths/${encodeURIComponent(booth)}/knocks`).then(replace, () => {});
    }
  };

  return html`<section class="card console-queue" aria-labelledby="queue-title">
    <div class="section-head">
      <h2 id="queue-title" tabindex="-1">${t('console.queue')} <span class="count" data-count=${count}>${count}</span></h2>
      <div class="queue-tools">
        <button type="button" class="small" aria-pressed=${muted.value ? 'true' : 'false'} onClick=${() => setMuted(!muted.value)}>
          ${t('console.mute_sound')}
        </button>
        ${typeof Notification !== 'undefined' &&
        !notifyAllowed.value &&
        Notification.permission === 'default' &&
        html`<button type="button" class="small" onClick=${askNotify}>${t('console.notify_ask')}</button>`}
      </div>
    </div>
    <p class="visually-hidden" role="status" aria-live="polite">${said}</p>
    <p class="queue-problem" role="alert">${problem || ''}</p>
    ${mayAnswer &&
    html`<p><button type="button" class="primary" disabled=${busy || count === 0} onClick=${() => take(null)}>${t('console.knock.take_next')}</button></p>`}
    ${count === 0
      ? html`<p class="muted queue-empty">${t('console.queue_empty')}</p>`
      : html`<ol class="knocks">
          ${queue.knocks.map((k) => {
            const v = k.visitor;
            const secs = (k.waiting_seconds || 0) + (now - queue.at) / 1000;
            return html`<li class="knock" key=${v.id} data-person-id=${v.id}>
              <${Avatar} id=${v.id} name=${v.name} photo=${v.photo_url} size="m" />
              <div class="knock-body">
                <p class="knock-name"><a href=${'/people/' + encodeURIComponent(v.id)}>${v.name}</a></p>
                ${v.organisation_id && html`<p class="muted knock-org"><${OrganisationName} id=${v.organisation_id} /></p>`}
                <p class="knock-wait">${t('console.knock.waiting', { time: waited(secs) })}</p>
                ${k.text && html`<p class="knock-text" dir="auto">${k.text}</p>`}
                ${mayAnswer &&
                html`<div class="actions">
                  <button type="button" class="small primary" disabled=${busy} onClick=${() => take(v.id)}>
                    ${t('console.knock.take')}<span class="visually-hidden"> ${v.name}</span>
                  </button>
                  <${Decline}
                    booth=${booth}
                    visitor=${v}
                    onDone=${() => {
                      setProblem(null);
                      // The visitor's entry is going: keep the focus in the queue.
                      document.getElementById('queue-title')?.focus();
                    }}
                    onError=${(text, e) => {
                      setProblem(text);
                      refresh(e);
                    }}
                  />
                </div>`}
              </div>
            </li>`;
          })}
        </ol>`}
  </section>`;
}
