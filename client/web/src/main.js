// The app's entry: pick the language, sign back in if the refresh cookie
// is still good, and render.
import './app.css';
import { html } from 'htm/preact';
import { render } from 'preact';
import { effect, untracked } from '@preact/signals';
import { preferred, setLanguage, chosen, t } from './i18n.js';
import { restore, account, ended } from './session.js';
import { onDirect } from './live.js';
import { toast } from './toasts.js';
import { App } from './app.js';

async function boot() {
  // Neither may keep the page blank: a catalogue that fails to arrive falls
  // back to English, a refresh that fails leaves the visitor signed out.
  await Promise.allSettled([setLanguage(preferred()), restore()]);
  // Signed in and no language picked with the switcher: the profile's.
  effect(() => {
    const a = account.value;
    if (a && !chosen()) {
      setLanguage(preferred(a.languages || []));
    }
  });
  // A session that ends by itself (the refresh cookie expired or was
  // revoked, the account deleted elsewhere) is explained, not just left.
  effect(() => {
    const why = ended.value;
    if (why === 'expired' || why === 'gone') {
      // Untracked: a change of language must not say it again.
      untracked(() => toast(t('error.unauthenticated'), { kind: 'error', timeout: 0 }));
    }
  });
  onDirect((d) => {
    const name = d?.from?.name || '';
    const key = 'toast.direct.' + d.kind;
    const text = t(key, { name });
    toast(text === key ? t('toast.direct', { name }) : text);
  });
  const root = document.getElementById('app');
  root.textContent = '';
  render(html`<${App} />`, root);
}

boot();
