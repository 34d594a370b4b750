// visitors: who is in the booth's room now, from its presence (staff
// marked), so that staff see who they might greet.
import { html } from 'htm/preact';
import { t } from '../../i18n.js';
import { Avatar } from '../avatar.js';

export function Visitors({ boothRoom, organisationId }) {
  const members = boothRoom.members.value;
  const isStaff = (m) => m.role === 'staff' && m.organisation_id === organisationId;
  const visitors = members.filter((m) => !isStaff(m));
  return html`<section class="card console-visitors" aria-labelledby="visitors-title">
    <h2 id="visitors-title" tabindex="-1">${t('console.visitors')}</h2>
    <p class="count-line" aria-live="polite">${t('booth.visitors_now', { count: visitors.length })}</p>
    <ul class="people-list visitors-list">
      ${members.map(
        (m) => html`<li key=${m.id} data-person-id=${m.id}>
          <${Avatar} id=${m.id} name=${m.name} photo=${m.photo_url} />
          <a href=${'/people/' + encodeURIComponent(m.id)}>${m.name}</a>
          ${isStaff(m) && html` <span class="role role-staff">${t('role.staff')}</span>`}
        </li>`,
      )}
    </ul>
  </section>`;
}
