// meta: the API's closed vocabularies (GET /api/meta), fetched once per
// page load and shared by every form and filter, and their labels in the
// page's language.
import { signal } from '@preact/signals';
import { get } from './api.js';
import { t, has } from './i18n.js';

export const meta = signal(null);
let loading = null;

// loadMeta resolves with the vocabularies, asking the server only the
// first time (and again after a failure).
export function loadMeta() {
  if (meta.value) {
    return Promise.resolve(meta.value);
  }
  if (!loading) {
    loading = get('/api/meta').then(
      (m) => {
        meta.value = m;
        loading = null;
        return m;
      },
      (e) => {
        loading = null;
        throw e;
      },
    );
  }
  return loading;
}

// label names a code of a vocabulary: prefix is "stakeholder", "region",
// "theme", "kind" or "role". A code this version does not know yet shows
// as itself.
export function label(prefix, code) {
  if (!code) {
    return '';
  }
  const key = prefix + '.' + code;
  return has(key) ? t(key) : code;
}

// choices turns codes into [code, label] pairs for SelectField and
// CheckboxGroup, in the server's order.
export function choices(prefix, codes) {
  return (codes || []).map((c) => [c, label(prefix, c)]);
}
