// boothroom: being at a booth. Showing the booth page joins its live room
// (booth:<id>): who is there (the count of visitors, and the booth's staff
// online by name and face), the staff's pinned announcement, knocking to
// talk now, and the booth's chat.
import { html } from 'htm/preact';
import { useRoom } from './room.js';
import { Avatar } from './avatar.js';
import { Chat } from './chat.js';
import { Knock } from './knock.js';
import { t } from '../i18n.js';

// isStaff: a member who is the booth's own staff; everyone else in the
// room is a visitor (as the REST figures count them).
function isStaff(m, b) {
  return m.role === 'staff' && m.organisation_id === b.organisation_id;
}

export function BoothRoom({ b, me, slots }) {
  const view = useRoom('booth:' + b.id);
  const members = view.members.value;
  const staff = members.filter((m) => isStaff(m, b));
  const visitors = Math.max(0, view.count.value - staff.length);
  const announcement = view.state.value?.announcement || '';
  const ownStaff = me && me.role === 'staff' && me.organisation_id === b.organisation_id;

  if (view.refused.value) {
    return html`<div class="notice notice-error" role="alert"><p>${t('boothroom.refused')}</p></div>`;
  }
  return html`<div class="boothroom">
    <div class="announcement" role="status" aria-live="polite">
      ${announcement && html`<p><strong>${t('boothroom.announcement')}</strong> <span dir="auto">${announcement}</span></p>`}
    </div>
    <section aria-labelledby="here-title" class="here">
      <h3 id="here-title">${t('boothroom.here')}</h3>
      <p class="here-count">${t('booth.visitors_now', { count: visitors })}</p>
      ${staff.length === 0
        ? html`<p class="muted">${t('booth.staff_online', { count: 0 })}</p>`
        : html`<ul class="staff-online" aria-label=${t('booth.staff_online', { count: staff.length })}>
            ${staff.map((m) => html`<li key=${m.id}><${Avatar} id=${m.id} name=${m.name} photo=${m.photo_url} /> <span dir="auto">${m.name}</span></li>`)}
          </ul>`}
    </section>
    ${!ownStaff && html`<${Knock} booth=${b.id} slots=${slots} />`}
    <${Chat} view=${view} id="booth-chat" />
  </div>`;
}
