// boothform: editing a booth, on its page. The booth's staff edit its
// content (title, description, themes, languages, links, time zone,
// opening hours); the Secretariat also its classification (kind,
// stakeholder group, region) and opens or closes it (docs/api.md,
// "Booths"). The server's field errors show next to their fields.
import { html } from 'htm/preact';
import { useState, useRef, useEffect } from 'preact/hooks';
import { useForm, TextField, SelectField, CheckboxGroup, ErrorSummary, ErrorText, Submit, described } from './form.js';
import { MultiSelect } from './multiselect.js';
import { languageChoices, TimeZoneField } from './pickers.js';
import { useLoad } from './load.js';
import { loadMeta, choices } from '../meta.js';
import { patch, post } from '../api.js';
import { toast } from '../toasts.js';
import { t } from '../i18n.js';

const CONTENT = ['title', 'description', 'themes', 'languages', 'links', 'time_zone', 'hours'];
const CLASSIFICATION = ['kind', 'stakeholder_group', 'region'];

function formOf(b) {
  return {
    title: b.title,
    description: b.description,
    themes: b.themes,
    languages: b.languages,
    links: b.links.map((l) => ({ title: l.title, url: l.url })),
    time_zone: b.time_zone,
    hours: b.hours.map((h) => ({ date: h.date, opens: h.opens, closes: h.closes })),
    kind: b.kind,
    stakeholder_group: b.stakeholder_group,
    region: b.region,
  };
}

// Rows edits a list of records (links, openings) as rows of text fields,
// with a button to add one and one to remove each. The server names an
// error of the list as a whole ("link 2: …"), so it shows above the rows.
function Rows({ form, name, legend, hint, columns, blank, addLabel, removeLabel }) {
  const id = 'f-' + name;
  const error = form.errors[name];
  const rows = form.values[name] || [];
  const set = (i, key, value) => form.set(name, rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const added = useRef(false);
  const list = useRef(null);
  // A new row takes the focus at its first field.
  useEffect(() => {
    if (added.current) {
      added.current = false;
      list.current?.querySelector('li:last-child input')?.focus();
    }
  }, [rows.length]);
  return html`<fieldset id=${id} class=${'field rows' + (error ? ' has-error' : '')} aria-describedby=${described(id, hint, error)} aria-invalid=${error ? 'true' : undefined} tabindex="-1">
    <legend>${legend}</legend>
    ${hint && html`<p class="hint" id=${id + '-hint'}>${hint}</p>`}
    <${ErrorText} id=${id} error=${error} />
    <ol class="row-list" ref=${list}>
      ${rows.map(
        (r, i) => html`<li key=${i} class="row">
          ${columns.map(
            (c) => html`<div class="field" key=${c.key}>
              <label for=${`${id}-${i}-${c.key}`}>${c.label(i + 1)}</label>
              <input
                id=${`${id}-${i}-${c.key}`}
                type=${c.type || 'text'}
                value=${r[c.key]}
                placeholder=${c.placeholder}
                maxLength=${c.maxLength}
                inputMode=${c.inputMode}
                dir=${c.dir}
                onInput=${(e) => set(i, c.key, e.currentTarget.value)}
              />
            </div>`,
          )}
          <button type="button" class="small" onClick=${() => form.set(name, rows.filter((_, j) => j !== i))}>${removeLabel(i + 1)}</button>
        </li>`,
      )}
    </ol>
    <p>
      <button
        type="button"
        class="small"
        onClick=${() => {
          added.current = true;
          form.set(name, [...rows, { ...blank }]);
        }}
      >
        ${addLabel}
      </button>
    </p>
  </fieldset>`;
}

// OpenSwitch is the Secretariat's: whether the booth is in the village.
function OpenSwitch({ b, onSaved }) {
  const [busy, setBusy] = useState(false);
  const flip = async () => {
    if (busy) {
      return;
    }
    setBusy(true);
    try {
      const nb = await post('/api/booths/' + encodeURIComponent(b.id) + (b.open ? '/close' : '/open'));
      onSaved(nb);
      toast(nb.open ? t('booth.edit.opened') : t('booth.edit.closed'));
    } catch (err) {
      toast(t(err?.code ? 'error.' + err.code : 'error.internal'), { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return html`<div class="open-switch">
    <p>${b.open ? t('booth.edit.is_open') : t('booth.edit.is_closed')}</p>
    <button type="button" class=${b.open ? 'danger' : 'primary'} aria-disabled=${busy ? 'true' : undefined} onClick=${flip}>
      ${b.open ? t('booth.edit.close') : t('booth.edit.open')}
    </button>
  </div>`;
}

export function BoothEditor({ b, me, onSaved }) {
  const secretariat = me.role === 'secretariat';
  const meta = useLoad(loadMeta);
  const [open, setOpen] = useState(false);
  const form = useForm(formOf(b), { draft: 'booth.' + b.id });
  const m = meta.data || { themes: [], regions: [], stakeholder_groups: [], organisation_kinds: [] };
  const labels = {
    title: t('booth.edit.title_field'),
    description: t('field.description'),
    themes: t('field.themes'),
    languages: t('booth.edit.languages'),
    links: t('booth.materials'),
    time_zone: t('field.time_zone'),
    hours: t('booth.hours'),
    kind: t('field.kind'),
    stakeholder_group: t('field.stakeholder_group'),
    region: t('field.region'),
  };
  const onSubmit = form.submit(async (v) => {
    const body = {};
    for (const f of secretariat ? [...CONTENT, ...CLASSIFICATION] : CONTENT) {
      body[f] = typeof v[f] === 'string' ? v[f].trim() : v[f];
    }
    body.links = v.links.map((l) => ({ title: l.title.trim(), url: l.url.trim() }));
    body.hours = v.hours.map((h) => ({ date: h.date.trim(), opens: h.opens.trim(), closes: h.closes.trim() }));
    const nb = await patch('/api/booths/' + encodeURIComponent(b.id), body);
    form.clearDraft();
    form.setAll(formOf(nb));
    onSaved(nb);
    toast(t('booth.edit.saved'));
  }, undefined, { keys: { description: 'booth.edit.description_invalid' } });
  return html`<section aria-labelledby="edit-title" class="card booth-edit">
    <div class="section-head">
      <h2 id="edit-title">${t('booth.edit')}</h2>
      <button type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="booth-edit-body" onClick=${() => setOpen(!open)}>
        ${open ? t('booth.edit.hide') : t('booth.edit.show')}
      </button>
    </div>
    <div id="booth-edit-body" hidden=${!open}>
      ${secretariat && html`<${OpenSwitch} b=${b} onSaved=${onSaved} />`}
      ${open &&
      html`<form class="form" onSubmit=${onSubmit} novalidate aria-labelledby="edit-title">
        <${ErrorSummary} form=${form} labels=${labels} id="booth-errors" />
        <${TextField} form=${form} name="title" label=${labels.title} maxLength=${120} required />
        <${TextField} form=${form} name="description" label=${labels.description} hint=${t('booth.edit.description_hint')} multiline rows=${10} maxLength=${5000} />
        ${secretariat &&
        html`<div class="filters">
          <${SelectField} form=${form} name="kind" label=${labels.kind} options=${choices('kind', m.organisation_kinds)} required />
          <${SelectField} form=${form} name="stakeholder_group" label=${labels.stakeholder_group} options=${choices('stakeholder', m.stakeholder_groups)} required />
          <${SelectField} form=${form} name="region" label=${labels.region} options=${choices('region', m.regions)} required />
        </div>`}
        <${CheckboxGroup} form=${form} name="themes" legend=${labels.themes} options=${choices('theme', m.themes)} />
        <${MultiSelect} form=${form} name="languages" label=${labels.languages} hint=${t('booth.edit.languages_hint')} options=${languageChoices(form.values.languages)} />
        <${Rows}
          form=${form}
          name="links"
          legend=${labels.links}
          hint=${t('booth.edit.links_hint')}
          blank=${{ title: '', url: '' }}
          columns=${[
            { key: 'title', label: (n) => t('booth.edit.link_title', { n }), maxLength: 120 },
            { key: 'url', label: (n) => t('booth.edit.link_url', { n }), type: 'url', placeholder: 'https://', maxLength: 500, dir: 'ltr' },
          ]}
          addLabel=${t('booth.edit.link_add')}
          removeLabel=${(n) => t('booth.edit.link_remove', { n })}
        />
        <${TimeZoneField} form=${form} label=${t('booth.edit.time_zone')} />
        <${Rows}
          form=${form}
          name="hours"
          legend=${labels.hours}
          hint=${t('booth.edit.hours_hint')}
          blank=${{ date: '', opens: '09:00', closes: '13:00' }}
          columns=${[
            { key: 'date', label: (n) => t('booth.edit.hours_date', { n }), type: 'date', dir: 'ltr' },
            { key: 'opens', label: (n) => t('booth.edit.hours_opens', { n }), placeholder: '09:00', maxLength: 5, dir: 'ltr' },
            { key: 'closes', label: (n) => t('booth.edit.hours_closes', { n }), placeholder: '13:00', maxLength: 5, dir: 'ltr' },
          ]}
          addLabel=${t('booth.edit.hours_add')}
          removeLabel=${(n) => t('booth.edit.hours_remove', { n })}
        />
        <div class="actions">
          <${Submit} form=${form} label=${t('booth.edit.save')} busyLabel=${t('profile.saving')} />
        </div>
      </form>`}
    </div>
  </section>`;
}
