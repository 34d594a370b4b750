// leads: the contact details visitors left at the booth, newest first, a
// page at a time, and the whole list as a CSV file. The file needs the
// token, so it is fetched and then saved under the server's name.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { get, query, download } from '../../api.js';
import { useLoad } from '../load.js';
import { Loading, Failure } from '../page.js';
import { t, formatDateTime, regionName, languageName } from '../../i18n.js';
import { account } from '../../session.js';
import { toast } from '../../toasts.js';

const PAGE = 20;

export function Leads({ booth }) {
  const [offset, setOffset] = useState(0);
  const [busy, setBusy] = useState(false);
  const base = `/api/booths/${encodeURIComponent(booth.id)}`;
  const leads = useLoad(() => get(base + '/leads' + query({ offset, limit: PAGE })), [booth.id, offset]);
  const zone = account.value?.time_zone;
  const save = async () => {
    setBusy(true);
    try {
      const { blob, filename } = await download(base + '/leads.csv');
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      toast(t(e && e.code ? 'error.' + e.code : 'error.internal'), { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const d = leads.data;
  return html`<section class="card console-leads" aria-labelledby="leads-title">
    <div class="section-head">
      <h2 id="leads-title" tabindex="-1">${t('console.leads')}</h2>
      <button type="button" onClick=${save} disabled=${busy}>${t('console.leads.csv')}</button>
    </div>
    ${leads.error
      ? html`<${Failure} error=${leads.error} retry=${leads.reload} />`
      : !d
        ? html`<${Loading} />`
        : d.items.length === 0
          ? html`<p class="muted">${t('console.leads.none')}</p>`
          : html`<p class="muted">${t('console.leads.count', { count: d.total })}</p>
              <div class="table-wrap">
                <table class="leads">
                  <thead>
                    <tr>
                      <th scope="col">${t('console.leads.name')}</th>
                      <th scope="col">${t('console.leads.email')}</th>
                      <th scope="col">${t('console.leads.from')}</th>
                      <th scope="col">${t('console.leads.note')}</th>
                      <th scope="col">${t('console.leads.at')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${d.items.map((l) => {
                      const c = l.contact || {};
                      const from = [c.organisation, c.country && regionName(c.country), (c.languages || []).map(languageName).join(', ')].filter(Boolean).join(' · ');
                      return html`<tr key=${l.person_id} data-person-id=${l.person_id}>
                        <td data-label=${t('console.leads.name')}><a href=${'/people/' + encodeURIComponent(l.person_id)}>${c.name}</a></td>
                        <td data-label=${t('console.leads.email')}><a href=${'mailto:' + c.email}>${c.email}</a></td>
                        <td data-label=${t('console.leads.from')}>${from}</td>
                        <td data-label=${t('console.leads.note')} dir="auto">${l.note || ''}</td>
                        <td data-label=${t('console.leads.at')}>${formatDateTime(l.consented_at, zone, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                      </tr>`;
                    })}
                  </tbody>
                </table>
              </div>
              ${d.total > PAGE &&
              html`<div class="pager">
                <button type="button" disabled=${offset === 0} onClick=${() => setOffset(Math.max(0, offset - PAGE))}>${t('console.leads.previous')}</button>
                <span>${t('console.leads.page', { from: offset + 1, to: Math.min(offset + PAGE, d.total), total: d.total })}</span>
                <button type="button" disabled=${offset + PAGE >= d.total} onClick=${() => setOffset(offset + PAGE)}>${t('console.leads.next')}</button>
              </div>`}`}
  </section>`;
}
