// leads: leaving one's contact details at a booth, with consent to exactly
// what goes (docs/api.md, "Leads"): the preview shows the values the server
// would share, and the consent it answers is sent back with them; and the
// list of booths one left details at, each to withdraw.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { useLoad } from './load.js';
import { Loading, Failure } from './page.js';
import { get, post, del } from '../api.js';
import { label } from '../meta.js';
import { t, formatDateTime, languageNameHere, regionName } from '../i18n.js';

const LABEL = {
  name: 'lead.name',
  email: 'field.email',
  organisation: 'person.organisation',
  stakeholder_group: 'field.stakeholder_group',
  country: 'field.country',
  languages: 'person.languages',
};

function value(field, c) {
  const v = c[field];
  switch (field) {
    case 'stakeholder_group':
      return label('stakeholder', v);
    case 'country':
      return v ? regionName(v) : '';
    case 'languages':
      return (v || []).map(languageNameHere).join(', ');
    default:
      return v || '';
  }
}

function Shared({ fields, contact, note }) {
  return html`<dl class="facts">
    ${fields.map((f) => html`<dt>${t(LABEL[f] || f)}</dt><dd dir="auto">${value(f, contact) || '—'}</dd>`)}
    ${note && html`<dt>${t('lead.note')}</dt><dd dir="auto">${note}</dd>`}
  </dl>`;
}

// LeaveDetails is the booth page's card: preview, consent, leave; or what
// was left, to withdraw.
export function LeaveDetails({ b, zone }) {
  const mine = useLoad(() => get('/api/me/leads'), [b.id]);
  const [preview, setPreview] = useState(null);
  const [note, setNote] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [said, setSaid] = useState(null);
  const [busy, setBusy] = useState(false);
  const left = mine.data?.items.find((l) => l.booth_id === b.id);

  async function look() {
    setSaid(null);
    setBusy(true);
    try {
      setPreview(await get('/api/booths/' + encodeURIComponent(b.id) + '/lead-preview'));
      setAgreed(false);
    } catch (e) {
      setSaid({ ok: false, text: t(e.code === 'forbidden' ? 'lead.own' : 'error.internal') });
    } finally {
      setBusy(false);
    }
  }
  async function leave(ev) {
    ev.preventDefault();
    if (!agreed) {
      setSaid({ ok: false, text: t('lead.agree_first') });
      return;
    }
    setBusy(true);
    setSaid(null);
    try {
      const body = { consent: preview.consent };
      if (note.trim()) {
        body.note = note.trim();
      }
      const lead = await post('/api/booths/' + encodeURIComponent(b.id) + '/leads', body);
      mine.set((d) => ({ items: [lead, ...(d?.items || [])] }));
      setPreview(null);
      setNote('');
      setSaid({ ok: true, text: t('lead.left') });
    } catch (e) {
      if (e.code === 'validation_failed' && e.fields?.consent) {
        await look();
        setSaid({ ok: false, text: t('lead.changed') });
      } else if (e.code === 'validation_failed' && e.fields?.note) {
        setSaid({ ok: false, text: e.fields.note });
      } else if (e.code === 'conflict') {
        mine.reload();
        setSaid({ ok: false, text: t('lead.already') });
      } else {
        setSaid({ ok: false, text: t('error.internal') });
      }
    } finally {
      setBusy(false);
    }
  }
  async function withdraw() {
    setBusy(true);
    try {
      await del('/api/me/leads/' + encodeURIComponent(b.id));
      mine.set((d) => ({ items: d.items.filter((l) => l.booth_id !== b.id) }));
      setSaid({ ok: true, text: t('lead.withdrawn') });
    } catch {
      setSaid({ ok: false, text: t('error.internal') });
    } finally {
      setBusy(false);
    }
  }

  let body;
  if (mine.error && !mine.data) {
    body = html`<${Failure} error=${mine.error} retry=${mine.reload} />`;
  } else if (!mine.data) {
    body = html`<${Loading} />`;
  } else if (left) {
    body = html`<p>${t('lead.you_left', { when: formatDateTime(left.consented_at, zone) })}</p>
      <${Shared} fields=${Object.keys(LABEL).filter((f) => left.contact[f] && (f !== 'languages' || left.contact[f].length))} contact=${left.contact} note=${left.note} />
      <button type="button" onClick=${withdraw} disabled=${busy}>${t('lead.withdraw')}</button>`;
  } else if (!preview) {
    body = html`<p>${t('lead.intro')}</p><button type="button" onClick=${look} disabled=${busy}>${t('lead.preview')}</button>`;
  } else {
    body = html`<form onSubmit=${leave} novalidate>
      <p>${t('lead.exactly', { booth: b.title })}</p>
      <${Shared} fields=${preview.fields} contact=${preview.contact} />
      <div class="field">
        <label for="lead-note">${t('lead.note')}</label>
        <textarea id="lead-note" rows="2" maxlength="500" dir="auto" value=${note} onInput=${(e) => setNote(e.currentTarget.value)}></textarea>
      </div>
      <div class="field check">
        <input id="lead-consent" type="checkbox" checked=${agreed} onChange=${(e) => setAgreed(e.currentTarget.checked)} />
        <label for="lead-consent">${t('lead.consent', { booth: b.title })}</label>
      </div>
      <p class="lead-actions">
        <button type="submit" class="primary" disabled=${busy}>${t('lead.send')}</button>
        <button type="button" onClick=${() => setPreview(null)}>${t('lead.not_now')}</button>
      </p>
    </form>`;
  }
  return html`<section class="card" aria-labelledby="lead-title">
    <h2 id="lead-title">${t('lead.title')}</h2>
    ${body}
    <div role="status" class="slots-status">${said && html`<p class=${said.ok ? 'ok' : 'field-error'}>${said.text}</p>`}</div>
  </section>`;
}

// MyLeads lists the booths one left details at, to withdraw.
export function MyLeads({ zone }) {
  const mine = useLoad(() => get('/api/me/leads'), []);
  const [said, setSaid] = useState(null);
  async function withdraw(l) {
    try {
      await del('/api/me/leads/' + encodeURIComponent(l.booth_id));
      mine.set((d) => ({ items: d.items.filter((x) => x.booth_id !== l.booth_id) }));
      setSaid(t('lead.withdrawn'));
    } catch {
      setSaid(t('error.internal'));
    }
  }
  const items = mine.data?.items || [];
  return html`<section class="card" aria-labelledby="myleads-title">
    <h2 id="myleads-title">${t('lead.mine')}</h2>
    ${mine.error && !mine.data
      ? html`<${Failure} error=${mine.error} retry=${mine.reload} />`
      : !mine.data
        ? html`<${Loading} />`
        : items.length === 0
          ? html`<p class="muted">${t('lead.none')}</p>`
          : html`<ul class="slot-list">
              ${items.map(
                (l) => html`<li key=${l.booth_id}>
                  <span><a href=${'/booths/' + encodeURIComponent(l.booth_id)} dir="auto">${l.booth_title}</a> · <span class="muted">${formatDateTime(l.consented_at, zone)}</span></span>
                  <button type="button" onClick=${() => withdraw(l)} aria-label=${t('lead.withdraw_named', { booth: l.booth_title })}>${t('lead.withdraw')}</button>
                </li>`,
              )}
            </ul>`}
    <p role="status" class="slots-status">${said || ''}</p>
  </section>`;
}
