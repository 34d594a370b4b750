// page: the frame of every page: its one h1 (which takes the focus after a
// navigation, so that screen readers announce the new page) and the
// document title.
import { html } from 'htm/preact';
import { useEffect } from 'preact/hooks';
import { t } from '../i18n.js';

// figure, when given, is drawn beside the heading (a person's face).
export function Page({ title, intro, wide, figure, children }) {
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title]);
  // Every page sits in the same frame (app.css, "the one layout grid");
  // a page that is not wide keeps its content to a readable measure.
  return html`<div class=${'page frame' + (wide ? ' page-wide' : '')}>
    ${figure ? html`<div class="page-head">${figure}<h1 tabindex="-1">${title}</h1></div>` : html`<h1 tabindex="-1">${title}</h1>`}
    ${intro && html`<p class="intro">${intro}</p>`}
    ${children}
  </div>`;
}

// Loading says that something is on its way, politely.
export function Loading({ label }) {
  return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span> ${label || t('common.loading')}</p>`;
}

// Failure shows an error that stopped a page from loading, with a retry.
export function Failure({ error, retry }) {
  const key = error && error.code ? 'error.' + error.code : 'error.internal';
  return html`<div class="notice notice-error" role="alert">
    <p>${t(key)}</p>
    ${retry && html`<button type="button" onClick=${retry}>${t('common.retry')}</button>`}
  </div>`;
}
