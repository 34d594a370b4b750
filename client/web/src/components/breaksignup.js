// breaksignup: signing up for a coffee break (POST /api/breaks/{id}/signup)
// with the languages one is happy to chat in, most preferred first, chosen
// among those of one's profile that the break offers; and withdrawing. The
// server's refusals show in the form's error summary, worded in the page's
// language: conflict (signed up already), gone (the break is over),
// validation_failed on languages (the profile or the break changed since
// the page was drawn).
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { useForm, ErrorSummary, Submit } from './form.js';
import { MultiSelect } from './multiselect.js';
import { post, del, ApiError } from '../api.js';
import { t, has, lang, languageName, languageNameHere } from '../i18n.js';

const api = (b) => '/api/breaks/' + encodeURIComponent(b.id) + '/signup';

// offered are the languages of the person's profile that the break offers,
// in the profile's order (its first is the person's main language).
export function offered(b, me) {
  return (me?.languages || []).filter((l) => b.languages.includes(l));
}

// languageList names tags in the page's language: "French, English".
export function languageList(tags) {
  const names = tags.map(languageNameHere);
  try {
    return new Intl.ListFormat(lang.value, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

// GENERAL words the server's refusals that name no field, in the page's
// language.
const GENERAL = { conflict: 'breaks.error.conflict', gone: 'breaks.error.gone', not_found: 'breaks.error.not_found' };
const words = (code) => GENERAL[code] || (has('error.' + code) ? 'error.' + code : 'error.internal');

// SignUpForm signs the person up for b; onDone(mySignUp) after, and
// onChange() when the server says the page is out of date (signed up
// already elsewhere, the break over).
export function SignUpForm({ b, me, onDone, onChange }) {
  const mine = offered(b, me);
  const form = useForm({ languages: mine });
  const label = t('breaks.field.languages');
  if (b.mine) {
    // Signed up meanwhile (another tab): the form is done, but what the
    // server said stays in its summary.
    return html`<${ErrorSummary} form=${form} labels=${{ languages: label }} id="signup-errors" />`;
  }
  if (mine.length === 0) {
    return html`<div class="notice break-nolang">
      <p>${t('breaks.no_language', { languages: languageList(b.languages) })}</p>
      <p><a href="/me">${t('breaks.no_language_link')}</a></p>
    </div>`;
  }
  const options = mine.map((tag) => [tag, languageName(tag), tag, languageNameHere(tag)]);
  const submit = async (e) => {
    e.preventDefault();
    if (form.busy) {
      return;
    }
    const chosen = form.values.languages || [];
    if (chosen.length === 0) {
      form.fail({ languages: { key: 'breaks.error.languages_required' } });
      return;
    }
    try {
      const got = await post(api(b), { languages: chosen });
      form.fail({});
      onDone(got);
    } catch (err) {
      if (!(err instanceof ApiError)) {
        form.fail({}, { key: 'error.internal' });
      } else if (err.fields?.languages) {
        form.fail({ languages: { key: 'breaks.error.languages', fallback: err.fields.languages } });
      } else {
        form.fail({}, { key: words(err.code), fallback: err.message });
        if (err.code === 'conflict' || err.code === 'gone' || err.code === 'not_found') {
          onChange?.();
        }
      }
    }
  };
  return html`<form class="form break-signup" onSubmit=${submit} novalidate>
    <${ErrorSummary} form=${form} labels=${{ languages: label }} id="signup-errors" />
    <${MultiSelect} form=${form} name="languages" label=${label} hint=${t('breaks.field.languages_hint')} options=${options} required />
    <div class="actions"><${Submit} form=${form} label=${t('breaks.sign_up_send')} /></div>
  </form>`;
}

// useWithdraw returns [withdraw, problem]: withdraw() takes the sign-up
// back and calls onDone; problem is what went wrong, in words.
export function useWithdraw(b, onDone) {
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  async function withdraw() {
    if (busy) {
      return;
    }
    setBusy(true);
    setProblem('');
    try {
      await del(api(b));
      onDone();
    } catch (err) {
      const code = err instanceof ApiError ? err.code : 'internal';
      setProblem(t(words(code)));
      if (code === 'gone' || code === 'not_found') {
        onDone();
      }
    } finally {
      setBusy(false);
    }
  }
  return [withdraw, problem, busy];
}
