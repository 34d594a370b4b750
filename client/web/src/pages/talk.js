// Talk: a private room for two: a knock that staff took (talk:<id>) or a
// booked meeting (booking:<id>, /meet/<id>); a 1:1 meeting's room
// (meeting:<id>) is shown on its page with the same Room. The other person's face and
// name, and the room's chat.
import { html } from 'htm/preact';
import { useEffect } from 'preact/hooks';
import { Page } from '../components/page.js';
import { Avatar } from '../components/avatar.js';
import { Chat } from '../components/chat.js';
import { useRoom } from '../components/room.js';
import { talks } from '../components/knock.js';
import { account } from '../session.js';
import { t } from '../i18n.js';

// Room is a private room for two (a meeting's too: pages/meetings.js).
// onRefused, when given, hears why the room refused us (a meeting's page
// tries again).
export function Room({ name, known, title, onRefused }) {
  const view = useRoom(name);
  const me = account.value;
  const other = view.members.value.find((m) => m.id !== me?.id) || known;
  const refused = view.refused.value;
  useEffect(() => {
    if (refused) {
      onRefused?.(refused);
    }
  }, [refused]);
  if (refused) {
    return html`<div class="notice notice-error" role="alert"><p>${t('talk.refused')}</p><p><a href="/">${t('nav.home')}</a></p></div>`;
  }
  return html`<div class="talk">
    <div class="talk-with card">
      ${other
        ? html`<${Avatar} id=${other.id} name=${other.name} photo=${other.photo_url} size="m" /> <p><span dir="auto"><strong>${other.name}</strong></span><br /><span class="muted">${view.members.value.some((m) => m.id === other.id) ? t('talk.here') : t('talk.away')}</span></p>`
        : html`<p class="muted">${t('talk.waiting')}</p>`}
    </div>
    <div class="card"><${Chat} view=${view} id="talk-chat" title=${title} /></div>
  </div>`;
}

export function TalkPage({ id }) {
  const known = talks.get(id)?.staff;
  return html`<${Page} title=${t('talk.title')}><${Room} key=${id} name=${'talk:' + id} known=${known} /><//>`;
}

export function MeetPage({ id }) {
  return html`<${Page} title=${t('meet.title')}><${Room} key=${id} name=${'booking:' + id} /><//>`;
}
