// Invite: what an invite link grants, open to everyone (the link's ID is
// its secret). Signed in, one accepts it here; signed out, one signs in or
// registers with it.
import { html } from 'htm/preact';
import { useState, useRef, useEffect } from 'preact/hooks';
import { Page, Loading } from '../components/page.js';
import { useLoad } from '../components/load.js';
import { get, post, ApiError } from '../api.js';
import { account, setAccount } from '../session.js';
import { label } from '../meta.js';
import { toast } from '../toasts.js';
import { t, formatDateTime } from '../i18n.js';

// problemKey explains a failed load or accept by its status.
function problemKey(e) {
  if (e instanceof ApiError) {
    if (e.status === 404) {
      return 'invite.not_found';
    }
    if (e.status === 409) {
      return 'invite.used';
    }
    if (e.status === 410) {
      return 'invite.expired';
    }
    if (e.code && e.code !== 'bad_request') {
      return 'error.' + e.code;
    }
  }
  return 'error.internal';
}

function Organisation({ id }) {
  const org = useLoad(() => get('/api/organisations/' + encodeURIComponent(id)), [id]);
  if (org.data) {
    return html`${org.data.name}`;
  }
  return org.error ? html`<span class="muted">${t('invite.organisation_unknown')}</span>` : html`<span class="muted">${t('common.loading')}</span>`;
}

export function InvitePage({ id }) {
  const me = account.value;
  const zone = me?.time_zone;
  const inv = useLoad(() => get('/api/invitations/' + encodeURIComponent(id)), [id]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState(null);
  const [accepted, setAccepted] = useState(null);
  const result = useRef(null);

  useEffect(() => {
    if (accepted || failure) {
      result.current?.focus();
    }
  }, [accepted, failure]);

  const accept = async () => {
    if (busy) {
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const a = await post('/api/invitations/' + encodeURIComponent(id) + '/accept');
      setAccount(a);
      setAccepted(a);
      inv.set((d) => ({ ...d, used: true }));
      toast(t('invite.accepted_toast', { role: label('role', a.role) }));
    } catch (e) {
      let key = problemKey(e);
      if (e instanceof ApiError && e.status === 409 && me?.role === 'secretariat' && inv.data?.role === 'staff') {
        key = 'invite.secretariat_staff';
      } else if (e instanceof ApiError && e.status === 410 && inv.data?.role === 'staff' && !inv.data.expired) {
        key = 'invite.organisation_gone';
      }
      setFailure(key);
    } finally {
      setBusy(false);
    }
  };

  let body;
  if (inv.loading && !inv.data) {
    body = html`<${Loading} />`;
  } else if (inv.error) {
    body = html`<div class="notice notice-error" role="alert">
      <p>${t(problemKey(inv.error))}</p>
      ${!(inv.error instanceof ApiError && inv.error.status === 404) && html`<button type="button" onClick=${inv.reload}>${t('common.retry')}</button>`}
    </div>`;
  } else {
    const v = inv.data;
    const open = !v.used && !v.expired;
    const next = '/invite/' + encodeURIComponent(id);
    body = html`
      <dl class="facts">
        <dt>${t('invite.role')}</dt>
        <dd>${label('role', v.role)}</dd>
        ${v.organisation_id &&
        html`<dt>${t('invite.organisation')}</dt>
          <dd>${me ? html`<${Organisation} id=${v.organisation_id} />` : html`<span class="muted">${t('invite.organisation_signed_out')}</span>`}</dd>`}
        ${v.note && html`<dt>${t('invite.note')}</dt><dd>${v.note}</dd>`}
        <dt>${v.expired ? t('invite.expired_at') : t('invite.expires_at')}</dt>
        <dd>${formatDateTime(v.expires_at, zone)}</dd>
        <dt>${t('invite.state')}</dt>
        <dd>${v.used ? t('invite.state.used') : v.expired ? t('invite.state.expired') : t('invite.state.open')}</dd>
      </dl>
      <p>${t('invite.role_explained.' + v.role)}</p>
      ${v.used && !accepted && html`<div class="notice notice-error"><p>${t('invite.used')}</p></div>`}
      ${!v.used && v.expired && html`<div class="notice notice-error"><p>${t('invite.expired')}</p></div>`}
      ${accepted &&
      html`<div class="notice notice-ok" tabindex="-1" ref=${result} role="status">
        <p>${t('invite.accepted', { role: label('role', accepted.role) })}</p>
        <p><a href="/">${t('invite.go_home')}</a></p>
      </div>`}
      ${failure && html`<div class="notice notice-error" tabindex="-1" ref=${result} role="alert"><p>${t(failure)}</p></div>`}
      ${open &&
      !accepted &&
      (me
        ? html`<p class="muted">${t('invite.signed_in_as', { name: me.display_name, role: label('role', me.role) })}</p>
            <div class="actions">
              <button type="button" class="primary" onClick=${accept} aria-disabled=${busy ? 'true' : undefined}>
                ${busy ? t('invite.accepting') : t('invite.accept', { role: label('role', v.role) })}
              </button>
            </div>`
        : html`<p>${t('invite.signed_out')}</p>
            <ul class="link-list">
              <li><a href=${'/signin?next=' + encodeURIComponent(next)}>${t('invite.sign_in')}</a></li>
              <li><a href=${'/register?invitation=' + encodeURIComponent(id)}>${t('invite.register')}</a></li>
            </ul>`)}
    `;
  }
  return html`<${Page} title=${t('invite.title')} intro=${t('invite.intro')}>${body}<//>`;
}
