// The app's entry: pick the language, sign back in if the refresh cookie
// is still good, and render.
import './app.css';
import { html } from 'htm/preact';
import { render } from 'preact';
import { effect, untracked } from '@preact/signals';
import { preferred, setLanguage, chosen, rememberProfile, lang, t } from './i18n.js';
import { restore, account, ended } from './session.js';
import { onDirect } from './live.js';
import { toast } from './toasts.js';
import { App } from './app.js';

async function boot() {
  // Neither may keep the page blank: a catalogue that fails to arrive falls
  // back to English, a refresh that fails leaves the visitor signed out.
  //
  // preferred() already knows the profile's language from the last visit,
  // so a returning person's catalogue loads alongside the refresh; should
  // the profile say otherwise now, its language is settled before the
  // first render, so that the page never flips language (or direction)
  // under the reader.
  await Promise.allSettled([setLanguage(preferred()), restore()]);
  const first = account.peek();
  if (first && !chosen()) {
    rememberProfile(first.languages || []);
    const want = preferred(first.languages || []);
    if (want !== lang.peek()) {
      await setLanguage(want).catch(() => {});
    }
  }
  // Signed in later, or the profile's languages edited, and no language
  // picked with the switcher: the profile's.
  effect(() => {
    const a = account.value;
    if (a && !chosen()) {
      rememberProfile(a.languages || []);
      setLanguage(preferred(a.languages || []));
    } else if (!a && ended.peek() === 'user') {
      // Signed out on purpose: the next person on this device is not them.
      rememberProfile([]);
    }
  });
  // A session that ends by itself (the refresh cookie expired or was
  // revoked, the account deleted elsewhere) is explained, not just left.
  effect(() => {
    const why = ended.value;
    if (why === 'expired' || why === 'gone') {
      // Untracked: a change of language must not say it again.
      untracked(() => toast(t('error.unauthenticated'), { kind: 'error', timeout: 0 }));
    } else if (why === 'unreachable') {
      untracked(() => toast(t('error.session_unreachable'), { kind: 'error', timeout: 0 }));
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
