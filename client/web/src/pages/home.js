// Home: who is in the village right now (the hub's lobby), with a wave to
// say hello and a link to each profile.
import { html } from 'htm/preact';
import { Page } from '../components/page.js';
import { useRoom } from '../components/room.js';
import { account } from '../session.js';
import { direct, state } from '../live.js';
import { t } from '../i18n.js';
import { toast } from '../toasts.js';

export function HomePage() {
  const me = account.value;
  const lobby = useRoom('lobby');
  const members = lobby.members.value;
  const count = lobby.count.value;
  const wave = (m) => async () => {
    try {
      await direct(m.id, 'wave', {});
      toast(t('home.waved', { name: m.name }));
    } catch {
      toast(t('home.wave_failed', { name: m.name }), { kind: 'error' });
    }
  };
  return html`<${Page} title=${t('home.title', { name: me.display_name })} intro=${t('home.intro')}>
    <section aria-labelledby="online-title" class="card">
      <h2 id="online-title">${t('home.online_title')}</h2>
      <p class="muted">${state.value === 'connected' ? t('home.online_count', { count }) : t('home.online_waiting')}</p>
      <ul id="online" class="people-list">
        ${members.map(
          (m) => html`<li key=${m.id} data-person-id=${m.id}>
            <a href=${'/people/' + encodeURIComponent(m.id)}>${m.name}</a>
            ${m.role && m.role !== 'participant' && html` <span class=${'role role-' + m.role}>${t('role.' + m.role)}</span>`}
            ${m.id === me.id
              ? html` <span class="muted">${t('home.you')}</span>`
              : html` <button type="button" class="small" onClick=${wave(m)}>${t('home.wave', { name: m.name })}</button>`}
          </li>`,
        )}
      </ul>
      ${lobby.truncated.value && html`<p class="muted">${t('home.online_truncated', { shown: members.length, count })}</p>`}
    </section>
    <section aria-labelledby="next-title" class="card">
      <h2 id="next-title">${t('home.next_title')}</h2>
      <ul>
        <li><a href="/people">${t('home.next_people')}</a></li>
        <li><a href="/me">${t('home.next_profile')}</a></li>
      </ul>
    </section>
  <//>`;
}
