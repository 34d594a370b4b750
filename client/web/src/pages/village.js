// Village: the booths of the organisations, to find and visit. Search by
// text, filter by theme, language, region, kind and whether open now (the
// filters live in the address, as in the directory), and see them either
// as a list of cards or as an overview, a plan of the village in which the
// booths stand in districts by kind. Times are shown in the viewer's own
// time zone.
import { html } from 'htm/preact';
import { Page, Failure } from '../components/page.js';
import { Avatar } from '../components/avatar.js';
import { useForm, TextField, SelectField } from '../components/form.js';
import { languageFilterChoices } from '../components/pickers.js';
import { useLoad } from '../components/load.js';
import { fromQuery as fromAddress, useFilters, FilterPanel, Results } from '../components/filters.js';
import { StatusBadge, Figures, opening, boothState } from '../components/booth.js';
import { loadMeta, label, choices } from '../meta.js';
import { get, query } from '../api.js';
import { account } from '../session.js';
import { search, setQuery } from '../router.js';
import { t, languageNameHere } from '../i18n.js';

const LIMIT = 20;
// The overview shows the whole village at once: the API's largest page
// (the 71 booths' summaries are 31 KB).
const OVERVIEW_LIMIT = 100;
const FILTERS = ['q', 'theme', 'language', 'region', 'kind', 'open_now'];
const VIEWS = ['list', 'overview'];

const fromQuery = (s) => fromAddress(s, FILTERS);
const viewOf = (s) => (new URLSearchParams(s).get('view') === 'overview' ? 'overview' : 'list');

export const boothPath = (id) => '/booths/' + encodeURIComponent(id);

function Card({ b, zone }) {
  return html`<li class="result booth-card" data-booth-id=${b.id}>
    <${Avatar} id=${b.organisation_id} name=${b.title} size="m" square />
    <div class="result-body">
      <div class="result-head">
        <h3 dir="auto"><a href=${boothPath(b.id)}>${b.title}</a></h3>
        <${StatusBadge} b=${b} />
      </div>
      <p>${[label('kind', b.kind), label('region', b.region)].filter(Boolean).join(' · ')}</p>
      <p class="opening">${opening(b, b.next_opening, zone)}</p>
      ${b.themes.length > 0 &&
      html`<ul class="tags" aria-label=${t('directory.themes')}>
        ${b.themes.map((x) => html`<li key=${x}>${label('theme', x)}</li>`)}
      </ul>`}
      ${b.languages.length > 0 && html`<p>${t('village.languages', { languages: b.languages.map(languageNameHere).join(', ') })}</p>`}
      <${Figures} b=${b} />
    </div>
  </li>`;
}

// Overview draws the village as districts, one per kind of organisation in
// the API's order, each a block of plots (a booth each) that show at a
// glance which are open now. Every plot is a link, so Tab walks the
// village district by district.
function Overview({ items, kinds, busy }) {
  const byKind = new Map();
  for (const b of items) {
    if (!byKind.has(b.kind)) {
      byKind.set(b.kind, []);
    }
    byKind.get(b.kind).push(b);
  }
  const order = [...kinds.filter((k) => byKind.has(k)), ...[...byKind.keys()].filter((k) => !kinds.includes(k))];
  return html`<div class="districts" aria-busy=${busy ? 'true' : undefined}>
    ${order.map((k, i) => {
      const booths = byKind.get(k);
      const open = booths.filter((b) => boothState(b) === 'open').length;
      return html`<section class=${'district district-' + (i % 6)} aria-labelledby=${'district-' + k} key=${k} data-kind=${k}>
        <h3 id=${'district-' + k}>${label('kind', k)} <span class="district-count">${t('village.district_count', { count: booths.length, open })}</span></h3>
        <ul class="plots">
          ${booths.map(
            (b) => html`<li key=${b.id}>
              <a class=${'plot plot-' + boothState(b)} href=${boothPath(b.id)} data-booth-id=${b.id}>
                <span class="dot" aria-hidden="true"></span>
                <span class="plot-title" dir="auto">${b.title}</span>
                <span class="visually-hidden">, ${t('booth.state.' + boothState(b))}</span>
              </a>
            </li>`,
          )}
        </ul>
      </section>`;
    })}
  </div>`;
}

function ViewSwitch({ view }) {
  const to = (v) => () => setQuery({ ...fromQuery(search.value), offset: undefined, view: v === 'list' ? undefined : v });
  return html`<div class="view-switch" role="group" aria-label=${t('village.view')}>
    ${VIEWS.map(
      (v) => html`<button type="button" key=${v} aria-pressed=${view === v ? 'true' : 'false'} onClick=${to(v)}>${t('village.view.' + v)}</button>`,
    )}
  </div>`;
}

export function VillagePage() {
  const me = account.value;
  const zone = me?.time_zone;
  const meta = useLoad(loadMeta);
  const form = useForm(fromQuery(search.value));
  const key = search.value;
  const view = viewOf(key);
  const results = useLoad(() => {
    const { offset, ...filters } = fromQuery(key);
    const overview = view === 'overview';
    return get('/api/booths' + query({ ...filters, offset: (!overview && offset) || undefined, limit: overview ? OVERVIEW_LIMIT : LIMIT }));
  }, [key]);
  const filters = useFilters({ form, names: FILTERS, search: key, results, keep: { view: view === 'list' ? undefined : view } });

  const labels = {
    q: t('village.q'),
    theme: t('field.theme'),
    language: t('village.language'),
    region: t('field.region'),
    kind: t('field.kind'),
    open_now: t('village.open_now'),
    offset: t('directory.page'),
    limit: t('directory.page'),
  };
  const m = meta.data || { themes: [], regions: [], organisation_kinds: [] };
  const page = results.data;

  return html`<${Page} title=${t('village.title')} intro=${t('village.intro')} wide>
    ${meta.error && html`<${Failure} error=${meta.error} retry=${meta.reload} />`}
    <${FilterPanel} form=${form} labels=${labels} filters=${filters}>
      <${TextField} form=${form} name="q" label=${labels.q} type="search" hint=${t('village.q_hint')} />
      <${SelectField} form=${form} name="theme" label=${labels.theme} options=${choices('theme', m.themes)} placeholder=${t('directory.any')} />
      <${SelectField} form=${form} name="language" label=${labels.language} options=${languageFilterChoices()} placeholder=${t('directory.any')} />
      <${SelectField} form=${form} name="region" label=${labels.region} options=${choices('region', m.regions)} placeholder=${t('directory.any')} />
      <${SelectField} form=${form} name="kind" label=${labels.kind} options=${choices('kind', m.organisation_kinds)} placeholder=${t('directory.any')} />
      <${SelectField}
        form=${form}
        name="open_now"
        label=${labels.open_now}
        options=${[
          ['true', t('village.open_now_only')],
          ['false', t('village.open_now_not')],
        ]}
        placeholder=${t('directory.any')}
      />
    <//>
    <${ViewSwitch} view=${view} />
    <${Results} results=${results} filters=${filters} limit=${view === 'overview' ? OVERVIEW_LIMIT : LIMIT} count=${(n) => t('village.count', { count: n })}>
      ${view === 'overview'
        ? html`<${Overview} items=${page?.items || []} kinds=${m.organisation_kinds} busy=${results.loading} />`
        : html`<ul class="results" aria-busy=${results.loading ? 'true' : undefined}>
            ${page?.items.map((b) => html`<${Card} key=${b.id} b=${b} zone=${zone} />`)}
          </ul>`}
    <//>
  <//>`;
}
