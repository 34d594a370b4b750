// filters: what the pages that search a list share (the directory of
// people, the village of booths). The filters live in the address, so that
// reload and back keep them; a search runs when the form is sent, never on
// each keystroke (weak links); on a phone the form folds behind one button
// that says how many filters are set; the count of results is announced;
// and a page of results moves on with Previous and Next.
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorSummary, Submit, fromApi } from './form.js';
import { Failure, Loading } from './page.js';
import { ApiError } from '../api.js';
import { setQuery } from '../router.js';
import { t } from '../i18n.js';

// fromQuery reads names (and offset) from an address's query: "" for a
// filter that is not set.
export function fromQuery(s, names) {
  const q = new URLSearchParams(s);
  const out = {};
  for (const f of names) {
    out[f] = q.get(f) || '';
  }
  const offset = parseInt(q.get('offset') || '0', 10);
  out.offset = Number.isFinite(offset) && offset > 0 ? offset : 0;
  return out;
}

// useFilters binds a form to the address's filters: the form follows back
// and forward, a send writes the filters into the address (keeping keep,
// such as a view that is not a filter), a refused filter shows next to its
// field, and paging moves the focus to the results' heading once they are
// in.
export function useFilters({ form, names, search, results, keep = {} }) {
  const heading = useRef(null);
  const focusResults = useRef(false);
  useEffect(() => {
    form.setAll(fromQuery(search, names));
  }, [search]);
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
    const params = { ...keep };
    for (const f of names) {
      params[f] = typeof v[f] === 'string' ? v[f].trim() : v[f];
    }
    setQuery(params);
  });
  const clear = () => {
    form.setAll(fromQuery('', names));
    setQuery(keep);
  };
  const go = (offset) => () => {
    focusResults.current = true;
    const { offset: _, ...filters } = fromQuery(search, names);
    setQuery({ ...keep, ...filters, offset: offset || undefined });
  };
  return { heading, onSubmit, clear, go, set: names.filter((f) => fromQuery(search, names)[f]).length };
}

// FilterPanel is the card of filters: its heading (a button that unfolds
// it, on a phone), the error summary, the fields (children) and the
// actions.
export function FilterPanel({ form, labels, filters, children }) {
  const [open, setOpen] = useState(false);
  return html`<section aria-labelledby="filters-title" class=${'card filters-card' + (open ? ' open' : '')}>
    <h2 id="filters-title">
      <span class="filters-title-text">${t('directory.filters')}</span>
      <button type="button" class="filters-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="filters-body" onClick=${() => setOpen(!open)}>
        <span>${t('directory.filters_count', { count: filters.set })}</span><span class="chevron" aria-hidden="true">▾</span>
      </button>
    </h2>
    <form id="filters-body" class="form filters-body" onSubmit=${filters.onSubmit} novalidate role="search" aria-labelledby="filters-title">
      <${ErrorSummary} form=${form} labels=${labels} />
      <div class="filters">${children}</div>
      <div class="actions">
        <${Submit} form=${form} label=${t('directory.search')} />
        <button type="button" onClick=${filters.clear}>${t('directory.clear')}</button>
      </div>
    </form>
  </section>`;
}

// resultsStatus is what the live region says of a page of results;
// count says how many were found (the directory's words by default).
export function resultsStatus(results, count = (n) => t('directory.count', { count: n })) {
  const page = results.data;
  if (results.loading) {
    return t('directory.searching');
  }
  if (page && page.total === 0) {
    return t('directory.none');
  }
  if (page && page.items.length === 0) {
    return t('directory.past_end', { count: page.total });
  }
  if (page) {
    return count(page.total) + ' ' + t('directory.showing', { from: page.offset + 1, to: page.offset + page.items.length, total: page.total });
  }
  return '';
}

// Results is the area of the results: its heading (which takes the focus
// after paging), the announced count, a failure (but a refused filter,
// shown at its field), the list (children, drawn once a page is in) and
// the pager. count words the number found (resultsStatus).
export function Results({ results, filters, limit, count, children }) {
  const page = results.data;
  const refused = results.error instanceof ApiError && results.error.code === 'validation_failed';
  return html`<section aria-labelledby="results-title" class="results-area">
    <h2 id="results-title" tabindex="-1" ref=${filters.heading}>${t('directory.results')}</h2>
    <p role="status" aria-live="polite" class="results-count">${resultsStatus(results, count)}</p>
    ${results.error && !refused && html`<${Failure} error=${results.error} retry=${results.reload} />`}
    ${!page && results.loading && html`<${Loading} />`}
    ${page && page.items.length > 0 && children}
    ${page &&
    page.items.length > 0 &&
    page.total > page.limit &&
    html`<nav class="pager" aria-label=${t('directory.pages')}>
      ${page.offset > 0 && html`<button type="button" onClick=${filters.go(Math.max(0, page.offset - limit))}>${t('directory.previous')}</button>`}
      ${page.offset + page.items.length < page.total && html`<button type="button" onClick=${filters.go(page.offset + limit)}>${t('directory.next')}</button>`}
    </nav>`}
    ${page && page.items.length === 0 && page.total > 0 && html`<p><button type="button" onClick=${filters.go(0)}>${t('directory.first_page')}</button></p>`}
  </section>`;
}
