// Register: create an account with a full profile, and sign in. With
// ?invitation=<id> (from an invite link) the new account takes the role
// the invitation grants, in the same step. What is typed is kept as a
// draft in the tab (never the password), so a reload loses nothing.
import { html } from 'htm/preact';
import { Page, Loading, Failure } from '../components/page.js';
import { useForm, TextField, ErrorSummary, Submit, required, say } from '../components/form.js';
import { ProfileFields, profileBody, checkProfile, profileLabels } from '../components/pickers.js';
import { useLoad } from '../components/load.js';
import { loadMeta, label } from '../meta.js';
import { get } from '../api.js';
import { register } from '../session.js';
import { search } from '../router.js';
import { toast } from '../toasts.js';
import { t, browserZone } from '../i18n.js';

const blank = () => ({
  email: '',
  password: '',
  display_name: '',
  stakeholder_group: '',
  region: '',
  country: '',
  languages: [],
  time_zone: browserZone(),
  themes: [],
  tags: '',
  expertise: '',
  youth: false,
  parliamentarian: false,
  directory_opt_in: false,
});

// InvitationNotice says what the invitation will grant; a problem with it
// (the server's, on submit) shows here, where the summary's link leads.
function InvitationNotice({ id, form }) {
  const inv = useLoad(() => get('/api/invitations/' + encodeURIComponent(id)), [id]);
  const error = form.errors.invitation;
  let text = t('register.invitation');
  if (inv.data) {
    text = t('register.invitation_role', { role: label('role', inv.data.role) });
  }
  const broken = error || inv.error || (inv.data && (inv.data.used || inv.data.expired));
  return html`<section
    id="f-invitation"
    tabindex="-1"
    class=${'notice' + (broken ? ' notice-error' : '')}
    aria-labelledby="invitation-title"
  >
    <h2 id="invitation-title">${t('register.invitation_title')}</h2>
    ${broken
      ? html`<p class="field-error"><span class="visually-hidden">${t('form.error_prefix')} </span>${error ? say(error) : t('field.invitation.invalid')}</p>`
      : html`<p>${text}</p>`}
    <p><a href="/register">${t('register.without_invitation')}</a></p>
  </section>`;
}

export function RegisterPage() {
  const meta = useLoad(loadMeta);
  const invitation = new URLSearchParams(search.value).get('invitation') || '';
  const form = useForm(blank(), { draft: 'register' });
  const labels = {
    email: t('field.email'),
    password: t('field.password'),
    ...profileLabels(),
    invitation: t('register.invitation_title'),
  };

  const onSubmit = form.submit(
    async (v) => {
      const body = { email: v.email.trim(), password: v.password, ...profileBody(v) };
      if (invitation) {
        body.invitation = invitation;
      }
      const a = await register(body);
      form.clearDraft();
      if (!invitation) {
        toast(t('register.welcome', { name: a.display_name }));
      } else if (a.role === 'participant') {
        toast(t('register.welcome_invitation_lost', { name: a.display_name }));
      } else {
        toast(t('register.welcome_role', { name: a.display_name, role: label('role', a.role) }));
      }
      // The app sends the signed-in person home.
    },
    (v) => {
      const out = { ...required(v, ['email', 'password']), ...checkProfile(v) };
      if (!out.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) {
        out.email = { key: 'field.email.invalid' };
      }
      if (!out.password && ([...v.password].length < 10 || [...v.password].length > 128)) {
        out.password = { key: 'field.password.invalid' };
      }
      // In the order of the page, so the summary reads like the form.
      const order = Object.keys(labels);
      return Object.fromEntries(Object.entries(out).sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])));
    },
  );

  let body;
  if (meta.error) {
    body = html`<${Failure} error=${meta.error} retry=${meta.reload} />`;
  } else if (!meta.data) {
    body = html`<${Loading} />`;
  } else {
    body = html`<form class="form" onSubmit=${onSubmit} novalidate>
      <${ErrorSummary} form=${form} labels=${labels} />
      <p class="muted">${t('form.required_note')}</p>
      ${invitation && html`<${InvitationNotice} id=${invitation} form=${form} />`}
      <h2 class="form-section">${t('register.section.account')}</h2>
      <${TextField}
        form=${form}
        name="email"
        label=${labels.email}
        hint=${t('field.email.hint')}
        type="email"
        autocomplete="email"
        inputMode="email"
        spellcheck=${false}
        required
      />
      <${TextField}
        form=${form}
        name="password"
        label=${labels.password}
        hint=${t('field.password.hint')}
        type="password"
        autocomplete="new-password"
        required
      />
      <${ProfileFields} form=${form} meta=${meta.data} level="h2" />
      <div class="actions">
        <${Submit} form=${form} label=${t('register.submit')} busyLabel=${t('register.busy')} />
      </div>
    </form>`;
  }
  return html`<${Page} title=${t('register.title')} intro=${t('register.intro')}>
    ${body}
    <p>${t('register.have_account')} <a href=${'/signin' + (invitation ? '?next=' + encodeURIComponent('/invite/' + invitation) : '')}>${t('register.sign_in')}</a></p>
  <//>`;
}
