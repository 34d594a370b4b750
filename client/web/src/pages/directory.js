// Directory: find the people who opted in, by name or expertise, theme,
// interest, stakeholder group, region, language and youth. The filters live
// in the address (so reload and back keep them); a search runs when the
// form is sent, never on each keystroke (weak links), and its count is
// announced.
import { html } from 'htm/preact';
import { Page, Failure } from '../components/page.js';
import { Avatar } from '../components/avatar.js';
import { useForm, TextField, SelectField } from '../components/form.js';
import { languageFilterChoices } from '../components/pickers.js';
import { useLoad } from '../components/load.js';
import { fromQuery as fromAddress, useFilters, FilterPanel, Results } from '../components/filters.js';
import { loadMeta, label, choices } from '../meta.js';
import { get, query } from '../api.js';
import { search } from '../router.js';
import { account } from '../session.js';
import { t, regionName, languageNameHere } from '../i18n.js';

const LIMIT = 20;
const FILTERS = ['q', 'theme', 'interest', 'stakeholder_group', 'region', 'language', 'youth'];

const fromQuery = (s) => fromAddress(s, FILTERS);

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
  const form = useForm(fromQuery(search.value));
  const key = search.value;
  const results = useLoad(() => {
    const { offset, ...filters } = fromQuery(key);
    return get('/api/directory' + query({ ...filters, offset: offset || undefined, limit: LIMIT }));
  }, [key]);
  const filters = useFilters({ form, names: FILTERS, search: key, results });

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

  return html`<${Page} title=${t('directory.title')} intro=${t('directory.intro')} wide>
    ${account.value?.role !== 'secretariat' && html`<p class="to-suggestions"><a href="/people-to-meet">${t('suggest.from_directory')}</a></p>`}
    ${meta.error && html`<${Failure} error=${meta.error} retry=${meta.reload} />`}
    <${FilterPanel} form=${form} labels=${labels} filters=${filters}>
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
    <//>
    <${Results} results=${results} filters=${filters} limit=${LIMIT}>
      <ul class="results" aria-busy=${results.loading ? 'true' : undefined}>
        ${page?.items.map((p) => html`<${Result} key=${p.id} p=${p} />`)}
      </ul>
    <//>
  <//>`;
}
