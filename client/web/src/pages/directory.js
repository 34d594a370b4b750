// Directory: find the people who opted in, by name or expertise, theme,
// interest, stakeholder group, region, language and youth. The filters live
// in the address (so reload and back keep them); a search runs when the
// form is sent, never on each keystroke (weak links), and its count is
// announced.
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Page, Loading, Failure } from '../components/page.js';
import { Avatar } from '../components/avatar.js';
import { useForm, TextField, SelectField, ErrorSummary, Submit, fromApi } from '../components/form.js';
import { languageFilterChoices } from '../components/pickers.js';
import { useLoad } from '../components/load.js';
import { loadMeta, label, choices } from '../meta.js';
import { get, query, ApiError } from '../api.js';
import { search, setQuery } from '../router.js';
import { t, regionName, languageNameHere } from '../i18n.js';

const LIMIT = 20;
const FILTERS = ['q', 'theme', 'interest', 'stakeholder_group', 'region', 'language', 'youth'];

function fromQuery(s) {
  const q = new URLSearchParams(s);
  const out = {};
  for (const f of FILTERS) {
    out[f] = q.get(f) || '';
  }
  const offset = parseInt(q.get('offset') || '0', 10);
  out.offset = Number.isFinite(offset) && offset > 0 ? offset : 0;
  return out;
}

function Result({ p }) {
  const facts = [label('stakeholder', p.stakeholder_group), label('region', p.region), p.country && regionName(p.country)].filter(Boolean);
  return html`<li class="result">
    <${Avatar} id=${p.id} name=${p.display_name} photo=${p.photo_url} size="m" />
    <div class="result-body">
      <div class="result-head">
        <h3><a href=${'/people/' + encodeURIComponent(p.id)}>${p.display_name}</a></h3>
        ${p.role !== 'participant' && html`<span class=${'role role-' + p.role}>${label('role', p.role)}</span>`}
      </div>
      <p>${facts.join(' · ')}</p>
      ${p.languages.length > 0 && html`<p>${t('directory.speaks', { languages: p.languages.map(languageNameHere).join(', ') })}</p>`}
      ${p.themes.length > 0 &&
      html`<ul class="tags" aria-label=${t('directory.themes')}>
          ${p.themes.map((x) => html`<li key=${x}>${label('theme', x)}</li>`)}
        </ul>`}
    </div>
  </li>`;
}

export function DirectoryPage() {
  const meta = useLoad(loadMeta);
  const current = fromQuery(search.value);
  const form = useForm(current);
  const heading = useRef(null);
  const focusResults = useRef(false);
  // On a phone the filters fold behind one button (app.css); it says how
  // many are set, so that a folded search is never a surprise.
  const [open, setOpen] = useState(false);
  const set = FILTERS.filter((f) => current[f]).length;

  // Back and forward change the address: the form follows it.
  useEffect(() => {
    form.setAll(fromQuery(search.value));
  }, [search.value]);

  const key = search.value;
  const results = useLoad(() => {
    const { offset, ...filters } = fromQuery(key);
    return get('/api/directory' + query({ ...filters, offset: offset || undefined, limit: LIMIT }));
  }, [key]);

  // A refused filter shows next to its field.
  useEffect(() => {
    if (results.error instanceof ApiError && results.error.code === 'validation_failed') {
      const { fields, general } = fromApi(results.error);
      form.fail(fields, general);
    }
  }, [results.error]);

  useEffect(() => {
    if (!results.loading && focusResults.current) {
      focusResults.current = false;
      heading.current?.focus();
    }
  }, [results.loading]);

  const onSubmit = form.submit(async (v) => {
    const params = {};
    for (const f of FILTERS) {
      params[f] = typeof v[f] === 'string' ? v[f].trim() : v[f];
    }
    setQuery(params);
  });

  const clear = () => {
    form.setAll(fromQuery(''));
    setQuery({});
  };

  const go = (offset) => () => {
    focusResults.current = true;
    setQuery({ ...fromQuery(key), offset: offset || undefined });
  };

  const labels = {
    q: t('field.q'),
    theme: t('field.theme'),
    interest: t('field.interest'),
    stakeholder_group: t('field.stakeholder_group'),
    region: t('field.region'),
    language: t('field.language'),
    youth: t('directory.youth'),
    offset: t('directory.page'),
    limit: t('directory.page'),
  };
  // The form is drawn at once, its lists filled when the vocabularies
  // arrive, so that the results below never move down under the reader.
  const m = meta.data || { themes: [], stakeholder_groups: [], regions: [] };
  const page = results.data;
  let status = '';
  if (results.loading) {
    status = t('directory.searching');
  } else if (page && page.total === 0) {
    status = t('directory.none');
  } else if (page && page.items.length === 0) {
    status = t('directory.past_end', { count: page.total });
  } else if (page) {
    status = t('directory.count', { count: page.total }) + ' ' + t('directory.showing', { from: page.offset + 1, to: page.offset + page.items.length, total: page.total });
  }

  return html`<${Page} title=${t('directory.title')} intro=${t('directory.intro')} wide>
    ${meta.error && html`<${Failure} error=${meta.error} retry=${meta.reload} />`}
    <section aria-labelledby="filters-title" class=${'card filters-card' + (open ? ' open' : '')}>
      <h2 id="filters-title">
        <span class="filters-title-text">${t('directory.filters')}</span>
        <button type="button" class="filters-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="filters-body" onClick=${() => setOpen(!open)}>
          <span>${t('directory.filters_count', { count: set })}</span><span class="chevron" aria-hidden="true">▾</span>
        </button>
      </h2>
      <form id="filters-body" class="form filters-body" onSubmit=${onSubmit} novalidate role="search" aria-labelledby="filters-title">
        <${ErrorSummary} form=${form} labels=${labels} />
        <div class="filters">
          <${TextField} form=${form} name="q" label=${labels.q} type="search" hint=${t('field.q.hint')} />
          <${SelectField} form=${form} name="theme" label=${labels.theme} options=${choices('theme', m.themes)} placeholder=${t('directory.any')} />
          <${TextField} form=${form} name="interest" label=${labels.interest} hint=${t('field.interest.hint')} />
          <${SelectField}
            form=${form}
            name="stakeholder_group"
            label=${labels.stakeholder_group}
            options=${choices('stakeholder', m.stakeholder_groups)}
            placeholder=${t('directory.any')}
          />
          <${SelectField} form=${form} name="region" label=${labels.region} options=${choices('region', m.regions)} placeholder=${t('directory.any')} />
          <${SelectField} form=${form} name="language" label=${labels.language} options=${languageFilterChoices()} placeholder=${t('directory.any')} />
          <${SelectField}
            form=${form}
            name="youth"
            label=${labels.youth}
            options=${[
              ['true', t('directory.youth_only')],
              ['false', t('directory.youth_not')],
            ]}
            placeholder=${t('directory.any')}
          />
        </div>
        <div class="actions">
          <${Submit} form=${form} label=${t('directory.search')} />
          <button type="button" onClick=${clear}>${t('directory.clear')}</button>
        </div>
      </form>
    </section>
    <section aria-labelledby="results-title" class="results-area">
      <h2 id="results-title" tabindex="-1" ref=${heading}>${t('directory.results')}</h2>
      <p role="status" aria-live="polite" class="results-count">${status}</p>
      ${results.error && !(results.error instanceof ApiError && results.error.code === 'validation_failed') && html`<${Failure} error=${results.error} retry=${results.reload} />`}
      ${!page && results.loading && html`<${Loading} />`}
      ${page &&
      page.items.length > 0 &&
      html`<ul class="results" aria-busy=${results.loading ? 'true' : undefined}>
          ${page.items.map((p) => html`<${Result} key=${p.id} p=${p} />`)}
        </ul>
        ${page.total > page.limit &&
        html`<nav class="pager" aria-label=${t('directory.pages')}>
          ${page.offset > 0 && html`<button type="button" onClick=${go(Math.max(0, page.offset - LIMIT))}>${t('directory.previous')}</button>`}
          ${page.offset + page.items.length < page.total && html`<button type="button" onClick=${go(page.offset + LIMIT)}>${t('directory.next')}</button>`}
        </nav>`}`}
      ${page && page.items.length === 0 && page.total > 0 && html`<p><button type="button" onClick=${go(0)}>${t('directory.first_page')}</button></p>`}
    </section>
  <//>`;
}
