// chat: a room's chat, for any room with one (a booth's, a talk's): the
// messages held by the room's view (the latest 200, "load earlier" for
// more), new ones live, and a box to send. Each message is sent with a
// client_id of its own, so the retries live.js makes store it once.
import { html } from 'htm/preact';
import { useState, useRef, useEffect, useLayoutEffect } from 'preact/hooks';
import { Avatar } from './avatar.js';
import { account } from '../session.js';
import { clientId } from '../retry.js';
import { t, formatDateTime } from '../i18n.js';

const TIME = { hour: 'numeric', minute: '2-digit' };
const DAY_TIME = { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
const MAX = 2000;

const DAY_KEY = { year: 'numeric', month: '2-digit', day: '2-digit' };

// when shows a message's time, with its day unless it is today: today in
// the person's own zone (their profile's), not the browser's.
function when(at, zone) {
  const today = formatDateTime(new Date().toISOString(), zone, DAY_KEY) === formatDateTime(at, zone, DAY_KEY);
  return formatDateTime(at, zone, today ? TIME : DAY_TIME);
}

function Message({ m, zone }) {
  return html`<li class="chat-msg" key=${m.seq}>
    <${Avatar} id=${m.from.id} name=${m.from.name} photo=${m.from.photo_url} />
    <div class="chat-body">
      <p class="chat-meta"><strong dir="auto">${m.from.name}</strong> <time class="muted" datetime=${m.at}>${when(m.at, zone)}</time></p>
      ${m.deleted ? html`<p class="chat-text chat-removed muted">${t('chat.removed')}</p>` : html`<p class="chat-text" dir="auto">${m.text}</p>`}
    </div>
  </li>`;
}

// Chat shows view's chat (a room view from live.js); id names its parts.
export function Chat({ view, id = 'chat', title }) {
  const zone = account.value?.time_zone;
  const log = view.log.value;
  const [text, setText] = useState('');
  const [error, setError] = useState(null);
  const [sending, setSending] = useState([]);
  const [loading, setLoading] = useState(false);
  const list = useRef(null);
  const atEnd = useRef(true);
  const lastSeq = log.length ? log[log.length - 1].seq : 0;

  // Follow new messages while the reader is at the end; leave them be
  // when they have scrolled up to read.
  useLayoutEffect(() => {
    const el = list.current;
    if (el && atEnd.current) {
      el.scrollTop = el.scrollHeight;
    }
  }, [lastSeq]);
  useEffect(() => {
    const el = list.current;
    if (!el) {
      return;
    }
    const onScroll = () => (atEnd.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40);
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, []);

  async function earlier() {
    const el = list.current;
    const before = el.scrollHeight;
    setLoading(true);
    try {
      await view.earlier(50);
      // Keep the reader's place: what they were reading stays put.
      requestAnimationFrame(() => (el.scrollTop += el.scrollHeight - before));
    } catch {
      setError(t('chat.failed'));
    } finally {
      setLoading(false);
    }
  }

  async function submit(ev) {
    ev.preventDefault();
    const body = text.trim();
    const n = [...body].length;
    if (n === 0) {
      setError(t('chat.empty'));
      return;
    }
    if (n > MAX) {
      setError(t('chat.too_long', { max: MAX }));
      return;
    }
    setError(null);
    setText('');
    const item = { key: clientId(), text: body };
    setSending((s) => [...s, item]);
    atEnd.current = true;
    try {
      await view.send(body, item.key);
    } catch (e) {
      setText((cur) => cur || body); // give it back to try again
      setError(e.code === 'muted' || e.code === 'validation_failed' ? e.message : t('chat.failed'));
    } finally {
      setSending((s) => s.filter((x) => x !== item));
    }
  }

  const first = log[0]?.seq;
  // A message shows as sending until its own event arrives (it carries the
  // client_id back), then only as itself.
  const delivered = new Set(log.map((m) => m.client_id).filter(Boolean));
  const pending = sending.filter((s) => !delivered.has(s.key));
  return html`<section class="chat" aria-labelledby=${id + '-title'}>
    <h3 id=${id + '-title'}>${title || t('chat.title')}</h3>
    <div class="chat-scroll" ref=${list} tabindex="0" role="region" aria-labelledby=${id + '-title'}>
      ${first > 1 &&
      html`<p class="chat-earlier"><button type="button" class="link-button" onClick=${earlier} disabled=${loading}>${t('chat.earlier')}</button></p>`}
      ${log.length === 0 && html`<p class="muted chat-empty">${t('chat.none')}</p>`}
      <div role="log" aria-live="polite" aria-relevant="additions">
        <ol class="chat-list">
          ${log.map((m) => html`<${Message} key=${m.seq} m=${m} zone=${zone} />`)}
        </ol>
      </div>
      ${pending.length > 0 &&
      html`<ul class="chat-list chat-pending" aria-hidden="true">
        ${pending.map((s) => html`<li key=${s.key} class="chat-msg muted"><p class="chat-pending-text" dir="auto">${s.text} · ${t('chat.sending')}</p></li>`)}
      </ul>`}
    </div>
    <form class="chat-form" onSubmit=${submit} novalidate>
      <label for=${id + '-text'}>${t('chat.label')}</label>
      <div class="chat-row">
        <textarea id=${id + '-text'} rows="2" dir="auto" value=${text} aria-describedby=${id + '-error'}
          aria-invalid=${error ? 'true' : undefined}
          onInput=${(e) => setText(e.currentTarget.value)}
          onKeyDown=${(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
              submit(e);
            }
          }}></textarea>
        <button type="submit">${t('chat.send')}</button>
      </div>
      <p id=${id + '-error'} class="chat-error field-error" role="status">${error || ''}</p>
    </form>
  </section>`;
}
