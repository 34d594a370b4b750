// organisation: an organisation's name, fetched by its ID, for pages that
// know only the ID (a person's, a booth's).
import { html } from 'htm/preact';
import { useLoad } from './load.js';
import { get } from '../api.js';
import { t } from '../i18n.js';

export function OrganisationName({ id }) {
  const org = useLoad(() => get('/api/organisations/' + encodeURIComponent(id)), [id]);
  if (org.data) {
    return html`${org.data.name}`;
  }
  return html`<span class="muted">${org.error ? t('person.organisation_unknown') : t('common.loading')}</span>`;
}
