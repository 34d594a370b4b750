// Organisations (the secretariat's): the exhibitors of the village. Add
// one, invite its staff (a single-use link), or remove it (its staff
// become participants).
import { html } from 'htm/preact';
import { useState, useRef, useEffect } from 'preact/hooks';
import { Page, Loading, Failure } from '../components/page.js';
import { useForm, TextField, SelectField, ErrorSummary, Submit, required } from '../components/form.js';
import { LinkBox } from '../components/linkbox.js';
import { Avatar } from '../components/avatar.js';
import { useLoad } from '../components/load.js';
import { loadMeta, label, choices } from '../meta.js';
import { get, post, del } from '../api.js';
import { toast } from '../toasts.js';
import { t, compare } from '../i18n.js';

const blank = { name: '', kind: '', stakeholder_group: '', region: '', website: '', logo_url: '', description: '' };
const chars = (s) => [...String(s || '').trim()].length;
const isWeb = (s) => {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.host;
  } catch {
    return false;
  }
};

function AddForm({ meta, onAdded }) {
  const form = useForm(blank, { draft: 'organisation' });
  const labels = {
    name: t('field.name'),
    kind: t('field.kind'),
    stakeholder_group: t('field.stakeholder_group'),
    region: t('field.region'),
    website: t('field.website'),
    logo_url: t('field.logo_url'),
    description: t('field.description'),
  };
  const onSubmit = form.submit(
    async (v) => {
      const body = {};
      for (const k of Object.keys(blank)) {
        body[k] = v[k].trim();
      }
      const org = await post('/api/organisations', body);
      form.setAll(blank);
      form.clearDraft();
      onAdded(org);
    },
    (v) => {
      const out = required(v, ['name', 'kind', 'stakeholder_group', 'region']);
      if (!out.name && chars(v.name) > 120) {
        out.name = { key: 'field.name.invalid' };
      }
      for (const k of ['website', 'logo_url']) {
        if (v[k].trim() && (!isWeb(v[k].trim()) || chars(v[k]) > 500)) {
          out[k] = { key: `field.${k}.invalid` };
        }
      }
      if (chars(v.description) > 2000) {
        out.description = { key: 'field.description.invalid' };
      }
      return out;
    },
  );
  return html`<section aria-labelledby="add-title" class="card">
    <h2 id="add-title">${t('organisations.add_title')}</h2>
    <form class="form" onSubmit=${onSubmit} novalidate>
      <${ErrorSummary} form=${form} labels=${labels} id="add-errors" />
      <p class="muted">${t('form.required_note')}</p>
      <${TextField} form=${form} name="name" label=${labels.name} autocomplete="organization" required />
      <div class="filters">
        <${SelectField} form=${form} name="kind" label=${labels.kind} options=${choices('kind', meta.organisation_kinds)} placeholder=${t('form.choose')} required />
        <${SelectField}
          form=${form}
          name="stakeholder_group"
          label=${labels.stakeholder_group}
          options=${choices('stakeholder', meta.stakeholder_groups)}
          placeholder=${t('form.choose')}
          required
        />
        <${SelectField} form=${form} name="region" label=${labels.region} options=${choices('region', meta.regions)} placeholder=${t('form.choose')} required />
      </div>
      <${TextField} form=${form} name="website" label=${labels.website} hint=${t('field.website.hint')} type="url" inputMode="url" autocomplete="url" spellcheck=${false} dir="ltr" />
      <${TextField} form=${form} name="logo_url" label=${labels.logo_url} hint=${t('field.logo_url.hint')} type="url" inputMode="url" spellcheck=${false} dir="ltr" />
      <${TextField} form=${form} name="description" label=${labels.description} hint=${t('field.description.hint')} multiline rows=${4} />
      <div class="actions">
        <${Submit} form=${form} label=${t('organisations.add')} busyLabel=${t('organisations.adding')} />
      </div>
    </form>
  </section>`;
}

function Row({ org, called, onInvite, onRemove, inviting }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const yes = useRef(null);
  const removeButton = useRef(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) {
      yes.current?.focus();
    } else if (wasConfirming.current) {
      removeButton.current?.focus();
    }
    wasConfirming.current = confirming;
  }, [confirming]);
  const remove = async () => {
    if (busy) {
      return;
    }
    setBusy(true);
    try {
      await onRemove(org);
    } catch {
      setBusy(false);
    }
  };
  return html`<tr>
    <th scope="row"><span class="org-cell"><${Avatar} id=${org.id} name=${org.name} photo=${org.logo_url} square />${org.name}</span></th>
    <td data-label=${t('field.kind')}>${label('kind', org.kind)}</td>
    <td data-label=${t('field.stakeholder_group')}>${label('stakeholder', org.stakeholder_group)}</td>
    <td data-label=${t('field.region')}>${label('region', org.region)}</td>
    <td class="url" data-label=${t('field.website')}>${org.website ? html`<a href=${org.website} rel="noopener noreferrer" dir="ltr">${org.website.replace(/^https?:\/\//, '')}</a>` : html`<span class="muted">${t('organisations.no_website')}</span>`}</td>
    <td class="cell-actions">
      ${confirming
        ? html`<div class="confirm" role="group" aria-label=${t('organisations.confirm_label', { name: called })}>
            <p>${t('organisations.confirm', { name: org.name })}</p>
            <div class="actions">
              <button type="button" class="danger primary small" ref=${yes} onClick=${remove} aria-disabled=${busy ? 'true' : undefined}>
                ${busy ? t('organisations.removing') : t('organisations.confirm_yes', { name: called })}
              </button>
              <button type="button" class="small" onClick=${() => setConfirming(false)}>${t('common.cancel')}</button>
            </div>
          </div>`
        : html`<div class="actions row-actions">
            <button type="button" class="small" onClick=${() => onInvite(org)} aria-disabled=${inviting ? 'true' : undefined} aria-label=${t('organisations.invite_named', { name: called })}>
              ${t('organisations.invite')}
            </button>
            <button type="button" class="small danger" ref=${removeButton} onClick=${() => setConfirming(true)} aria-label=${t('organisations.remove_named', { name: called })}>
              ${t('organisations.remove')}
            </button>
          </div>`}
    </td>
  </tr>`;
}

export function OrganisationsPage() {
  const meta = useLoad(loadMeta);
  const list = useLoad(() => get('/api/organisations'));
  const [link, setLink] = useState(null);
  const [inviting, setInviting] = useState(null);
  const heading = useRef(null);

  const byName = (a, b) => compare(a.name, b.name);
  const added = (org) => {
    list.set((d) => ({ items: [...(d?.items || []), org].sort(byName) }));
    toast(t('organisations.added', { name: org.name }));
  };
  const invite = async (org) => {
    if (inviting) {
      return;
    }
    setInviting(org.id);
    try {
      const inv = await post('/api/invitations', { role: 'staff', organisation_id: org.id });
      setLink({ url: inv.url, name: org.name });
      toast(t('organisations.invited', { name: org.name }));
    } catch (e) {
      toast(t(e.code ? 'error.' + e.code : 'error.internal'), { kind: 'error' });
    } finally {
      setInviting(null);
    }
  };
  const remove = async (org) => {
    try {
      await del('/api/organisations/' + encodeURIComponent(org.id));
    } catch (e) {
      if (e.status !== 404) {
        toast(t(e.code ? 'error.' + e.code : 'error.internal'), { kind: 'error' });
        throw e;
      }
    }
    list.set((d) => ({ items: (d?.items || []).filter((o) => o.id !== org.id) }));
    toast(t('organisations.removed', { name: org.name }));
    heading.current?.focus();
  };

  const items = list.data?.items || [];
  // Buttons repeated per row are named after their organisation; two
  // organisations of the same name are told apart by their address.
  const seen = new Map();
  for (const o of items) {
    seen.set(o.name, (seen.get(o.name) || 0) + 1);
  }
  const called = (o) => (seen.get(o.name) > 1 ? `${o.name} (${(o.website || o.id).replace(/^https?:\/\//, '')})` : o.name);
  // The form to add one is drawn at once, its lists filled when the
  // vocabularies arrive, so that the list below never moves under the reader.
  return html`<${Page} title=${t('organisations.title')} intro=${t('organisations.intro')} wide>
    ${meta.error && html`<${Failure} error=${meta.error} retry=${meta.reload} />`}
    <${AddForm} meta=${meta.data || { organisation_kinds: [], stakeholder_groups: [], regions: [] }} onAdded=${added} />
    ${link &&
    html`<section aria-labelledby="link-title" class="notice notice-ok">
      <h2 id="link-title">${t('organisations.link_title', { name: link.name })}</h2>
      <${LinkBox} id="new-link" label=${t('organisations.link_label', { name: link.name })} hint=${t('link.hint')} url=${link.url} />
    </section>`}
    <section aria-labelledby="list-title" class="table-cards">
      <h2 id="list-title" tabindex="-1" ref=${heading}>
        ${list.data ? t('organisations.list_title_count', { count: items.length }) : t('organisations.list_title')}
      </h2>
      ${list.error && html`<${Failure} error=${list.error} retry=${list.reload} />`}
      ${!list.data && !list.error && html`<${Loading} />`}
      ${list.data && items.length === 0 && html`<p>${t('organisations.empty')}</p>`}
      ${items.length > 0 &&
      html`<div class="table-wrap">
        <table aria-labelledby="list-title">
          <thead>
            <tr>
              <th scope="col">${t('field.name')}</th>
              <th scope="col">${t('field.kind')}</th>
              <th scope="col">${t('field.stakeholder_group')}</th>
              <th scope="col">${t('field.region')}</th>
              <th scope="col">${t('field.website')}</th>
              <th scope="col">${t('organisations.actions')}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map((o) => html`<${Row} key=${o.id} org=${o} called=${called(o)} onInvite=${invite} onRemove=${remove} inviting=${inviting === o.id} />`)}
          </tbody>
        </table>
      </div>`}
    </section>
  <//>`;
}
