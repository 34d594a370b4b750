// Console: a booth's staff at work: the knock queue (live, from the
// organisation's staff room), who visits now and the booth's chat (from
// the booth's room: being in it is what makes the booth staffed), the 1:1
// slots and the leads. Staff see their own organisation's booth; the
// Secretariat picks any booth.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { Page, Loading, Failure } from '../components/page.js';
import { useLoad } from '../components/load.js';
import { useRoom } from '../components/room.js';
import { useChatRoom } from '../components/console/chat.js';
import { Queue } from '../components/console/queue.js';
import { Visitors } from '../components/console/visitors.js';
import { Moderation } from '../components/console/moderation.js';
import { Slots } from '../components/console/slots.js';
import { Leads } from '../components/console/leads.js';
import { ConsoleTabs } from '../components/console/tabs.js';
import { get } from '../api.js';
import { account } from '../session.js';
import { search, setQuery } from '../router.js';
import { t } from '../i18n.js';

// boothOf is the booth ID of an organisation (booths.BoothID).
export function boothOf(orgId) {
  return 'booth-' + String(orgId || '').replace(/^org-/, '');
}

// jump moves to a section of the console: its heading takes the focus (and
// so scrolls into view), which the router's in-app links would not do for
// a fragment of the same page.
function jump(e) {
  const a = e.target.closest('a[href^="#"]');
  const target = a && document.getElementById(a.getAttribute('href').slice(1));
  if (target) {
    e.preventDefault();
    target.focus();
  }
}

function Desk({ booth, me }) {
  const staffRoom = useRoom('staff:' + booth.organisation_id);
  const { view: boothRoom, messages } = useChatRoom('booth:' + booth.id);
  const mayAnswer = me.role === 'staff' && me.organisation_id === booth.organisation_id;
  const inRoom = boothRoom.members.value.some((m) => m.id === me.id);
  return html`<div class="console">
    <p class=${'notice staffed' + (inRoom ? ' notice-ok' : '')} role="status">
      ${inRoom ? (mayAnswer ? t('console.staffed') : t('console.watching')) : t('console.joining')}
    </p>
    <nav class="console-nav" aria-label=${t('console.sections')} onClick=${jump}>
      <ul>
        <li><a href="#queue-title">${t('console.queue')}</a></li>
        <li><a href="#visitors-title">${t('console.visitors')}</a></li>
        <li><a href="#chat-title">${t('console.chat')}</a></li>
        <li><a href="#slots-title">${t('console.slots')}</a></li>
        <li><a href="#leads-title">${t('console.leads')}</a></li>
      </ul>
    </nav>
    <div class="console-grid">
      <div class="console-main">
        <${Queue} booth=${booth.id} staffRoom=${staffRoom} mayAnswer=${mayAnswer} />
        <${Moderation} booth=${booth} boothRoom=${boothRoom} messages=${messages} />
      </div>
      <div class="console-side">
        <${Visitors} boothRoom=${boothRoom} organisationId=${booth.organisation_id} />
      </div>
    </div>
    <${Slots} booth=${booth} me=${me} staffNow=${boothRoom.members.value.filter((m) => m.role === 'staff' && m.organisation_id === booth.organisation_id)} />
    <${Leads} booth=${booth} />
  </div>`;
}

function Picker({ booths, value }) {
  return html`<div class="field console-picker">
    <label for="console-booth">${t('console.pick')}</label>
    <select id="console-booth" value=${value || ''} aria-busy=${booths ? undefined : 'true'} onChange=${(e) => setQuery({ booth: e.currentTarget.value || null })}>
      <option value="">${t('console.pick_none')}</option>
      ${(booths || []).map((b) => html`<option key=${b.id} value=${b.id}>${b.title}</option>`)}
    </select>
  </div>`;
}

export function ConsolePage() {
  const me = account.value;
  const secretariat = me.role === 'secretariat';
  const chosen = secretariat ? new URLSearchParams(search.value).get('booth') : me.organisation_id ? boothOf(me.organisation_id) : null;
  const list = useLoad(() => (secretariat ? get('/api/booths?limit=100') : Promise.resolve(null)), [secretariat]);
  const booth = useLoad(() => (chosen ? get('/api/booths/' + encodeURIComponent(chosen)) : Promise.resolve(null)), [chosen]);
  let body;
  if (!secretariat && !chosen) {
    body = html`<p class="notice">${t('console.no_booth')}</p>`;
  } else if (booth.error) {
    body = booth.error.code === 'not_found' ? html`<p class="notice">${t('console.no_booth')}</p>` : html`<${Failure} error=${booth.error} retry=${booth.reload} />`;
  } else if (booth.loading && !booth.data) {
    body = chosen ? html`<${Loading} />` : null;
  } else if (booth.data && booth.data.id === chosen) {
    body = html`<h2 class="console-booth"><a href=${'/booths/' + encodeURIComponent(booth.data.id)}>${booth.data.title}</a></h2>
      <${Desk} key=${booth.data.id} booth=${booth.data} me=${me} />`;
  } else if (!chosen) {
    body = html`<p class="muted">${t('console.pick_hint')}</p>`;
  }
  return html`<${Page} title=${t('console.title')} wide>
    ${secretariat && html`<${ConsoleTabs} />`}
    ${secretariat && html`<${Picker} booths=${list.data?.items} value=${chosen} />`}
    ${body}
  <//>`;
}
