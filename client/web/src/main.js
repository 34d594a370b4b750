// The app's entry: pick the language, sign back in if the refresh cookie
// is still good, and render.
import './app.css';
import { html } from 'htm/preact';
import { render } from 'preact';
import { effect } from '@preact/signals';
import { preferred, setLanguage, chosen, t } from './i18n.js';
import { restore, account } from './session.js';
import { onDirect } from './live.js';
import { toast } from './toasts.js';
import { App } from './app.js';

async function boot() {
  await Promise.all([setLanguage(preferred()), restore()]);
  // Signed in and no language picked with the switcher: the profile's.
  effect(() => {
    const a = account.value;
    if (a && !chosen()) {
      setLanguage(preferred(a.languages || []));
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
