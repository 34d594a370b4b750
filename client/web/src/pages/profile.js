// Profile: edit one's own profile (PATCH /api/me with only what changed),
// change the e-mail or password, and delete the account. The profile form
// keeps a draft in the tab, so a reload loses nothing typed.
import { html } from 'htm/preact';
import { Page, Loading, Failure } from '../components/page.js';
import { useForm, TextField, Checkbox, ErrorSummary, Submit, required } from '../components/form.js';
import { ProfileFields, profileForm, profileBody, checkProfile, profileLabels } from '../components/pickers.js';
import { useLoad } from '../components/load.js';
import { PhotoSection } from '../components/photo.js';
import { MeetingSection } from '../components/meetingsettings.js';
import { loadMeta, label } from '../meta.js';
import { patch, del } from '../api.js';
import { account, setAccount, forget } from '../session.js';
import { navigate } from '../router.js';
import { toast } from '../toasts.js';
import { t, formatDateTime } from '../i18n.js';

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function ProfileSection({ me, meta }) {
  const form = useForm(profileForm(me), { draft: 'profile.' + me.id });
  const labels = profileLabels();
  const onSubmit = form.submit(async (v) => {
    const want = profileBody(v);
    const have = profileBody(profileForm(me));
    const changes = {};
    for (const [k, x] of Object.entries(want)) {
      if (!same(x, have[k])) {
        changes[k] = x;
      }
    }
    if (Object.keys(changes).length === 0) {
      toast(t('profile.no_changes'));
      return;
    }
    const updated = await patch('/api/me', changes);
    setAccount(updated);
    form.setAll(profileForm(updated));
    form.clearDraft();
    toast(t('profile.saved'));
  }, checkProfile);
  return html`<section aria-labelledby="profile-title" class="card">
    <h2 id="profile-title">${t('profile.section.profile')}</h2>
    <form class="form" onSubmit=${onSubmit} novalidate>
      <${ErrorSummary} form=${form} labels=${labels} id="profile-errors" />
      <p class="muted">${t('form.required_note')}</p>
      <${ProfileFields} form=${form} meta=${meta} level="h3" />
      <div class="actions">
        <${Submit} form=${form} label=${t('profile.save')} busyLabel=${t('profile.saving')} />
      </div>
    </form>
  </section>`;
}

function SignInSection({ me }) {
  const form = useForm({ email: me.email, password: '', current_password: '' });
  const labels = {
    email: t('field.email'),
    password: t('profile.new_password'),
    current_password: t('field.current_password'),
  };
  const onSubmit = form.submit(
    async (v) => {
      const changes = {};
      if (v.email.trim().toLowerCase() !== me.email) {
        changes.email = v.email.trim();
      }
      if (me.has_password && v.password) {
        changes.password = v.password;
      }
      if (Object.keys(changes).length === 0) {
        toast(t('profile.no_changes'));
        return;
      }
      if (me.has_password) {
        changes.current_password = v.current_password;
      }
      const updated = await patch('/api/me', changes);
      setAccount(updated);
      form.setAll({ email: updated.email, password: '', current_password: '' });
      toast(changes.password ? (changes.email ? t('profile.both_changed') : t('profile.password_changed')) : t('profile.email_changed'));
    },
    (v) => {
      const out = required(v, ['email']);
      if (!out.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) {
        out.email = { key: 'field.email.invalid' };
      }
      if (me.has_password && v.password && ([...v.password].length < 10 || [...v.password].length > 128)) {
        out.password = { key: 'field.password.invalid' };
      }
      const changing = v.email.trim().toLowerCase() !== me.email || (me.has_password && v.password);
      if (me.has_password && changing && !v.current_password) {
        out.current_password = { key: 'field.current_password.required' };
      }
      return out;
    },
  );
  return html`<section aria-labelledby="signin-title" class="card">
    <h2 id="signin-title">${me.has_password ? t('profile.section.signin') : t('profile.section.email')}</h2>
    <form class="form narrow" onSubmit=${onSubmit} novalidate>
      <${ErrorSummary} form=${form} labels=${labels} id="signin-errors" />
      ${!me.has_password && html`<p>${t('profile.no_password')}</p>`}
      <${TextField} form=${form} name="email" label=${labels.email} type="email" autocomplete="email" inputMode="email" spellcheck=${false} required />
      ${me.has_password &&
      html`<${TextField} form=${form} name="password" label=${labels.password} hint=${t('profile.new_password_hint')} type="password" autocomplete="new-password" />
        <${TextField}
          form=${form}
          name="current_password"
          label=${labels.current_password}
          hint=${t('field.current_password.hint')}
          type="password"
          autocomplete="current-password"
        />`}
      <div class="actions">
        <${Submit} form=${form} label=${me.has_password ? t('profile.signin_save') : t('profile.email_save')} busyLabel=${t('profile.saving')} />
      </div>
    </form>
  </section>`;
}

function DeleteSection({ me }) {
  const form = useForm({ confirm_delete: false });
  const labels = { confirm_delete: t('field.confirm_delete') };
  const onSubmit = form.submit(
    async () => {
      await del('/api/me');
      try {
        sessionStorage.removeItem('village.draft.profile.' + me.id);
      } catch {
        // Nothing to clear.
      }
      forget('user'); // the page says so itself
      navigate('/signin', { replace: true });
      toast(t('profile.deleted'));
    },
    (v) => (v.confirm_delete ? {} : { confirm_delete: { key: 'field.confirm_delete.required' } }),
  );
  return html`<section aria-labelledby="delete-title" class="card danger-zone">
    <h2 id="delete-title">${t('profile.section.delete')}</h2>
    <p>${t('profile.delete_what')}</p>
    <ul>
      <li>${t('profile.delete_item.profile')}</li>
      <li>${t('profile.delete_item.sessions')}</li>
      <li>${t('profile.delete_item.role', { role: label('role', me.role) })}</li>
    </ul>
    <p>${t('profile.delete_stays')}</p>
    <form class="form" onSubmit=${onSubmit} novalidate>
      <${ErrorSummary} form=${form} labels=${labels} id="delete-errors" />
      <${Checkbox} form=${form} name="confirm_delete" label=${labels.confirm_delete} />
      <div class="actions">
        <button type="submit" class="danger primary" aria-disabled=${form.busy ? 'true' : undefined}>
          ${form.busy ? t('profile.deleting') : t('profile.delete')}
        </button>
      </div>
    </form>
  </section>`;
}

export function ProfilePage() {
  const me = account.value;
  const meta = useLoad(loadMeta);
  let body;
  if (meta.error) {
    body = html`<${Failure} error=${meta.error} retry=${meta.reload} />`;
  } else if (!meta.data) {
    body = html`<${Loading} />`;
  } else {
    body = html`
      <p class="muted">
        ${t('profile.summary', { role: label('role', me.role), created: formatDateTime(me.created_at, me.time_zone, { dateStyle: 'long' }) })}
        ${' '}<a href=${'/people/' + encodeURIComponent(me.id)}>${t('profile.see_public')}</a>
      </p>
      <${PhotoSection} me=${me} />
      <${ProfileSection} me=${me} meta=${meta.data} />
      <${MeetingSection} me=${me} />
      <${SignInSection} me=${me} />
      <${DeleteSection} me=${me} />
    `;
  }
  return html`<${Page} title=${t('profile.title')} intro=${t('profile.intro')}>${body}<//>`;
}
