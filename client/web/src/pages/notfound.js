import { html } from 'htm/preact';
import { Page } from '../components/page.js';
import { t } from '../i18n.js';

export function NotFoundPage() {
  return html`<${Page} title=${t('notfound.title')}>
    <p>${t('notfound.text')}</p>
    <p><a href="/">${t('notfound.home')}</a></p>
  <//>`;
}
