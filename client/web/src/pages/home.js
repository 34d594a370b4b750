// Home: what is happening in the village right now. Who is here (the hub's
// lobby), each with their face, a link to their page and a wave to say
// hello; and where to go next.
import { html } from 'htm/preact';
import { Page } from '../components/page.js';
import { Avatar } from '../components/avatar.js';
import { Icon } from '../components/icons.js';
import { useRoom } from '../components/room.js';
import { ContactFigures } from '../components/figures.js';
import { account } from '../session.js';
import { direct, state } from '../live.js';
import { t } from '../i18n.js';
import { toast } from '../toasts.js';

function Face({ m, me, wave }) {
  const self = m.id === me.id;
  return html`<li class="face" data-person-id=${m.id}>
    <${Avatar} id=${m.id} name=${m.name} photo=${m.photo_url} size="m" />
    <div class="face-text">
      <a class="face-name" href=${'/people/' + encodeURIComponent(m.id)}>${m.name}</a>
      ${m.role && m.role !== 'participant' && html`<span class=${'role role-' + m.role}>${t('role.' + m.role)}</span>`}
    </div>
    ${self
      ? html`<span class="muted face-you">${t('home.you')}</span>`
      : html`<button type="button" class="small" onClick=${wave(m)} aria-label=${t('home.wave', { name: m.name })}>
          <${Icon} name="wave" /> ${t('home.wave_short')}
        </button>`}
  </li>`;
}

export function HomePage() {
  const me = account.value;
  const lobby = useRoom('lobby');
  const members = lobby.members.value;
  const count = lobby.count.value;
  const connected = state.value === 'connected';
  const wave = (m) => async () => {
    try {
      await direct(m.id, 'wave', {});
      toast(t('home.waved', { name: m.name }));
    } catch {
      toast(t('home.wave_failed', { name: m.name }), { kind: 'error' });
    }
  };
  // The count is not a live region: in a lobby of thousands it would speak
  // at every arrival and departure.
  return html`<${Page} title=${t('home.title', { name: me.display_name })} intro=${t('home.intro')} wide>
    ${me.role === 'secretariat' && html`<${ContactFigures} />`}
    <div class="home-grid">
      <section aria-labelledby="online-title" class="card now">
        <div class="section-head">
          <h2 id="online-title">${t('home.online_title')}</h2>
          <p class="count">
            ${connected && html`<span class="live-dot" aria-hidden="true"></span>`}
            ${connected ? t('home.online_count', { count }) : t('home.online_waiting')}
          </p>
        </div>
        <ul id="online" class="faces">
          ${members.map((m) => html`<${Face} key=${m.id} m=${m} me=${me} wave=${wave} />`)}
        </ul>
        ${lobby.truncated.value && html`<p class="muted">${t('home.online_truncated', { shown: members.length, count })}</p>`}
      </section>
      <aside aria-labelledby="next-title" class="card next">
        <h2 id="next-title">${t('home.next_title')}</h2>
        <ul class="next-list">
          <li><a href="/village"><span class="next-icon"><${Icon} name="village" /></span>${t('home.next_village')}</a></li>
          <li><a href="/people"><span class="next-icon"><${Icon} name="search" /></span>${t('home.next_people')}</a></li>
          ${me.role === 'participant' && html`<li><a href="/people-to-meet"><span class="next-icon"><${Icon} name="wave" /></span>${t('suggest.home_next')}</a></li>`}
          <li><a href="/breaks"><span class="next-icon"><${Icon} name="coffee" /></span>${t('breaks.home_next')}</a></li>
          <li><a href="/contacts"><span class="next-icon"><${Icon} name="met" /></span>${t('home.next_contacts')}</a></li>
          ${me.role === 'secretariat' && html`<li><a href="/console/breaks"><span class="next-icon"><${Icon} name="cup" /></span>${t('breakconsole.home_link')}</a></li>`}
          <li>
            <a href="/me"><span class="next-icon"><${Icon} name=${me.photo_url ? 'pencil' : 'camera'} /></span>${me.photo_url ? t('home.next_profile') : t('home.next_photo')}</a>
          </li>
        </ul>
      </aside>
    </div>
  <//>`;
}
