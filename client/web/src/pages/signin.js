// The sign-in page: e-mail and password, in cookie mode.
import { html } from 'htm/preact';
import { Page } from '../components/page.js';
import { useForm, TextField, ErrorSummary, Submit, required } from '../components/form.js';
import { signIn } from '../session.js';
import { navigate } from '../router.js';
import { nextPath } from '../app.js';
import { t } from '../i18n.js';
import { useLoad } from '../components/load.js';
import { loadMeta } from '../meta.js';

export function SignInPage() {
  const form = useForm({ email: '', password: '' });
  // Only a demo node's accounts share a published password.
  const meta = useLoad(loadMeta);
  const onSubmit = form.submit(
    async (v) => {
      try {
        await signIn(v.email.trim(), v.password);
      } catch (e) {
        // A wrong e-mail or password is one answer for both, on purpose.
        if (e.status === 401) {
          e.code = 'wrong_credentials';
        }
        throw e;
      }
      navigate(nextPath(), { replace: true });
    },
    (v) => required(v, ['email', 'password']),
  );
  const labels = { email: t('field.email'), password: t('field.password') };
  return html`<${Page} title=${t('signin.title')} intro=${t('signin.intro')}>
    <form class="form narrow" onSubmit=${onSubmit} novalidate>
      <${ErrorSummary} form=${form} labels=${labels} />
      <${TextField} form=${form} name="email" label=${labels.email} type="email" autocomplete="username" required inputMode="email" spellcheck=${false} />
      <${TextField} form=${form} name="password" label=${labels.password} type="password" autocomplete="current-password" required />
      <div class="actions">
        <${Submit} form=${form} label=${t('signin.submit')} busyLabel=${t('signin.busy')} />
      </div>
    </form>
    <p>${t('signin.no_account')} <a href="/register">${t('signin.register')}</a></p>
    ${meta.data?.demo &&
    html`<aside class="notice" aria-labelledby="demo-title">
      <h2 id="demo-title">${t('signin.demo_title')}</h2>
      <p>${t('signin.demo_text', { email: 'secretariat@village.example', password: 'village-demo-2020' })}</p>
    </aside>`}
  <//>`;
}
