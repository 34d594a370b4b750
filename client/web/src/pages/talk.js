// Talk: the private room of a taken knock (talk:<id>), for the visitor and
// the staff member who took it: who is here, and a plain chat. (A minimal
// page; the call will go here.)
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Page } from '../components/page.js';
import { Avatar } from '../components/avatar.js';
import { useChatRoom } from '../components/console/chat.js';
import { account } from '../session.js';
import { t, formatDateTime } from '../i18n.js';

let sent = 0;

export function TalkPage({ id }) {
  const me = account.value;
  const { view, messages } = useChatRoom('talk:' + id);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const list = useRef(null);
  useEffect(() => {
    const el = list.current;
    if (el) {
      el.scrollTop = el.scrollHeight;
    }
  }, [messages.length]);
  const refused = view.refused.value;
  const send = async (e) => {
    e.preventDefault();
    const body = text.trim();
    if (!body) {
      return;
    }
    setError('');
    try {
      await view.send(body, `talk-${Date.now().toString(36)}-${++sent}`);
      setText('');
    } catch (err) {
      setError(t(err && err.code ? 'error.' + err.code : 'error.internal'));
    }
  };
  if (refused) {
    return html`<${Page} title=${t('talk.title')}><p class="notice">${t('talk.refused')}</p><//>`;
  }
  const members = view.members.value;
  return html`<${Page} title=${t('talk.title')} wide>
    <div class="talk-grid">
      <section class="card" aria-labelledby="talk-people">
        <h2 id="talk-people">${t('talk.here')}</h2>
        <ul class="people-list talk-members">
          ${members.map(
            (m) => html`<li key=${m.id} data-person-id=${m.id}>
              <${Avatar} id=${m.id} name=${m.name} photo=${m.photo_url} />
              <a href=${'/people/' + encodeURIComponent(m.id)}>${m.name}</a>
            </li>`,
          )}
        </ul>
      </section>
      <section class="card talk-chat" aria-labelledby="talk-chat-title">
        <h2 id="talk-chat-title">${t('talk.chat')}</h2>
        <ol class="chat-list talk-messages" ref=${list} tabindex="0" aria-label=${t('talk.chat')}>
          ${messages.map(
            (m) => html`<li key=${m.seq} data-seq=${m.seq}>
              <p class="chat-meta"><strong>${m.from.name}</strong> <time datetime=${m.at}>${formatDateTime(m.at, me?.time_zone, { timeStyle: 'short' })}</time></p>
              <p class="chat-text" dir="auto">${m.deleted ? t('console.chat.was_removed') : m.text}</p>
            </li>`,
          )}
        </ol>
        <form class="send-form" onSubmit=${send}>
          <label for="talk-text" class="visually-hidden">${t('talk.message')}</label>
          <input id="talk-text" dir="auto" maxLength="2000" value=${text} placeholder=${t('talk.message')} onInput=${(e) => setText(e.currentTarget.value)} aria-describedby=${error ? 'talk-error' : undefined} />
          <button type="submit" class="primary">${t('talk.send')}</button>
        </form>
        <p id="talk-error" class="field-error" role="alert">${error}</p>
      </section>
    </div>
  <//>`;
}
