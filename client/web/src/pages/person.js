// Person: a public profile (never the e-mail), whether the person is in
// the village right now, and a wave to say hello.
import { html } from 'htm/preact';
import { Page, Loading } from '../components/page.js';
import { Avatar } from '../components/avatar.js';
import { useLoad } from '../components/load.js';
import { OrganisationName } from '../components/organisation.js';
import { useRoom } from '../components/room.js';
import { BlockButton, useBlocked } from '../components/block.js';
import { get, ApiError } from '../api.js';
import { account } from '../session.js';
import { direct, state } from '../live.js';
import { label } from '../meta.js';
import { toast } from '../toasts.js';
import { t, regionName, languageNameHere, formatDateTime } from '../i18n.js';

function Presence({ p, me, blocked }) {
  const lobby = useRoom('lobby');
  const here = lobby.members.value.find((m) => m.id === p.id);
  if (state.value !== 'connected') {
    return null;
  }
  const wave = async () => {
    try {
      await direct(p.id, 'wave', {});
      toast(t('home.waved', { name: p.display_name }));
    } catch {
      toast(t('home.wave_failed', { name: p.display_name }), { kind: 'error' });
    }
  };
  return html`<div class="presence">
    ${here
      ? html`<p><span class="online-badge"><span class="dot" aria-hidden="true"></span>${t('person.online')}</span></p>
          ${p.id !== me.id && !blocked && html`<button type="button" onClick=${wave}>${t('home.wave', { name: p.display_name })}</button>`}`
      : html`<p class="muted">${t('person.offline')}</p>`}
  </div>`;
}

export function PersonPage({ id }) {
  const me = account.value;
  const zone = me?.time_zone;
  const person = useLoad(() => get('/api/people/' + encodeURIComponent(id)), [id]);
  const p = person.data;
  const block = useBlocked(id);

  let body;
  let figure = null;
  let title = t('person.title');
  if (person.error) {
    const missing = person.error instanceof ApiError && person.error.status === 404;
    body = html`<div class="notice notice-error" role="alert">
      <p>${missing ? t('person.not_found') : t(person.error.code ? 'error.' + person.error.code : 'error.internal')}</p>
      ${missing ? html`<p><a href="/people">${t('person.back')}</a></p>` : html`<button type="button" onClick=${person.reload}>${t('common.retry')}</button>`}
    </div>`;
  } else if (!p) {
    body = html`<${Loading} />`;
  } else {
    title = p.display_name;
    figure = html`<${Avatar} id=${p.id} name=${p.display_name} photo=${p.photo_url} size="l" />`;
    const localTime = p.time_zone ? formatDateTime(new Date().toISOString(), p.time_zone, { weekday: 'long', hour: 'numeric', minute: '2-digit' }) : '';
    body = html`
      ${p.id === me.id && html`<p class="notice">${t('person.is_you')} <a href="/me">${t('person.edit')}</a></p>`}
      <${Presence} p=${p} me=${me} blocked=${block.blocked} />
      ${p.id !== me.id && !block.blocked && html`<p><a class="button primary ask-meeting" href=${'/meetings/new?with=' + encodeURIComponent(p.id)}>${t('meetings.ask')}</a></p>`}
      ${p.listed === false && p.id !== me.id && html`<p class="notice">${t('person.unlisted', { name: p.display_name })}</p>`}
      <section aria-labelledby="about-title" class="card">
        <h2 id="about-title">${t('person.about')}</h2>
        <dl class="facts">
          <dt>${t('person.role')}</dt>
          <dd>${label('role', p.role)}</dd>
          ${p.organisation_id && html`<dt>${t('person.organisation')}</dt><dd><${OrganisationName} id=${p.organisation_id} /></dd>`}
          ${p.stakeholder_group && html`<dt>${t('field.stakeholder_group')}</dt><dd>${label('stakeholder', p.stakeholder_group)}</dd>`}
          ${p.parliamentarian && html`<dt>${t('person.parliamentarian')}</dt><dd>${t('person.yes')}</dd>`}
          ${p.region && html`<dt>${t('field.region')}</dt><dd>${label('region', p.region)}</dd>`}
          ${p.country && html`<dt>${t('field.country')}</dt><dd>${regionName(p.country)}</dd>`}
          ${p.youth && html`<dt>${t('person.youth')}</dt><dd>${t('person.yes')}</dd>`}
          ${p.languages?.length > 0 && html`<dt>${t('person.languages')}</dt><dd>${p.languages.map(languageNameHere).join(', ')}</dd>`}
          ${p.time_zone &&
          html`<dt>${t('field.time_zone')}</dt>
            <dd>${t('person.time_zone', { zone: p.time_zone.replaceAll('_', ' '), time: localTime })}</dd>`}
          ${p.created_at && html`<dt>${t('person.registered')}</dt><dd>${formatDateTime(p.created_at, zone, { dateStyle: 'long' })}</dd>`}
        </dl>
      </section>
      ${p.listed !== false &&
      html`<section aria-labelledby="interests-title" class="card">
        <h2 id="interests-title">${t('person.interests')}</h2>
        ${p.themes.length === 0 && p.tags.length === 0 && !p.expertise && html`<p class="muted">${t('person.no_interests')}</p>`}
        ${p.themes.length > 0 &&
        html`<h3>${t('person.themes')}</h3>
          <ul class="tags">
            ${p.themes.map((x) => html`<li key=${x}>${label('theme', x)}</li>`)}
          </ul>`}
        ${p.tags.length > 0 &&
        html`<h3>${t('field.tags')}</h3>
          <ul class="tags">
            ${p.tags.map((x) => html`<li key=${x}>${x}</li>`)}
          </ul>`}
        ${p.expertise && html`<h3>${t('field.expertise')}</h3><p class="expertise">${p.expertise}</p>`}
      </section>`}
      ${p.id !== me.id && html`<${BlockButton} person=${p} state=${block} />`}
      <p><a href="/people">${t('person.back')}</a></p>
    `;
  }
  return html`<${Page} title=${title} figure=${figure}>${body}<//>`;
}
