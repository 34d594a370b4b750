// Invitations (the secretariat's): single-use links that grant the staff
// role (of one organisation) or the secretariat's. Create one and copy its
// link, copy an open one's link again, see each one's state and who used
// it, withdraw one.
import { html } from 'htm/preact';
import { useState, useRef, useEffect } from 'preact/hooks';
import { Page, Loading, Failure } from '../components/page.js';
import { useForm, TextField, SelectField, ErrorSummary, Submit, required, fromApi } from '../components/form.js';
import { LinkBox } from '../components/linkbox.js';
import { useLoad } from '../components/load.js';
import { label } from '../meta.js';
import { get, post, del, ApiError } from '../api.js';
import { account } from '../session.js';
import { toast } from '../toasts.js';
import { t, compare, formatDateTime } from '../i18n.js';

const blank = { role: 'staff', organisation_id: '', note: '', ttl_days: '14' };

function stateOf(inv) {
  return inv.used ? 'used' : inv.expired ? 'expired' : 'open';
}

// usedBy says who used an invitation and when, in the viewer's zone as
// every time on the page; the name is left out if the account is gone.
function usedBy(inv, zone) {
  const date = formatDateTime(inv.redeemed_at, zone);
  return inv.redeemed_by ? t('invitations.used_by', { name: inv.redeemed_by.name, date }) : t('invitations.used_on', { date });
}

function CreateForm({ orgs, onCreated }) {
  const form = useForm(blank);
  const labels = {
    role: t('field.role'),
    organisation_id: t('field.organisation_id'),
    note: t('field.note'),
    ttl_days: t('field.ttl_days'),
  };
  const onSubmit = form.submit(
    async (v) => {
      const body = { role: v.role, note: v.note.trim(), ttl_hours: Number(v.ttl_days) * 24 };
      if (v.role === 'staff') {
        body.organisation_id = v.organisation_id;
      }
      let inv;
      try {
        inv = await post('/api/invitations', body);
      } catch (e) {
        // The server speaks of hours; the form, of days.
        if (e instanceof ApiError && e.fields && e.fields.ttl_hours) {
          e.fields = { ...e.fields, ttl_days: e.fields.ttl_hours };
          delete e.fields.ttl_hours;
        }
        throw e;
      }
      form.setAll({ ...v, note: '' });
      onCreated(inv);
    },
    (v) => {
      const out = required(v, v.role === 'staff' ? ['role', 'organisation_id', 'ttl_days'] : ['role', 'ttl_days']);
      if (!out.ttl_days && !/^\s*\d+\s*$/.test(v.ttl_days)) {
        out.ttl_days = { key: 'field.ttl_days.invalid' };
      } else if (!out.ttl_days && (Number(v.ttl_days) < 1 || Number(v.ttl_days) > 90)) {
        out.ttl_days = { key: 'field.ttl_days.invalid' };
      }
      if ([...v.note.trim()].length > 200) {
        out.note = { key: 'field.note.invalid' };
      }
      return out;
    },
  );
  return html`<section aria-labelledby="create-title" class="card">
    <h2 id="create-title">${t('invitations.create_title')}</h2>
    <form class="form" onSubmit=${onSubmit} novalidate>
      <${ErrorSummary} form=${form} labels=${labels} id="create-errors" />
      <p class="muted">${t('form.required_note')}</p>
      <div class="filters">
        <${SelectField}
          form=${form}
          name="role"
          label=${labels.role}
          hint=${t('field.role.hint')}
          options=${[
            ['staff', label('role', 'staff')],
            ['secretariat', label('role', 'secretariat')],
          ]}
          required
        />
        ${form.values.role === 'staff' &&
        html`<${SelectField}
          form=${form}
          name="organisation_id"
          label=${labels.organisation_id}
          options=${orgs.map((o) => [o.id, o.name])}
          placeholder=${t('form.choose')}
          required
        />`}
      </div>
      <${TextField} form=${form} name="note" label=${labels.note} hint=${t('field.note.hint')} />
      <${TextField} form=${form} name="ttl_days" label=${labels.ttl_days} hint=${t('field.ttl_days.hint')} inputMode="numeric" required />
      <div class="actions">
        <${Submit} form=${form} label=${t('invitations.create')} busyLabel=${t('invitations.creating')} />
      </div>
    </form>
  </section>`;
}

// copyText puts text on the clipboard; false where the browser refuses (no
// permission, or a page not served over HTTPS, where navigator.clipboard
// does not exist).
async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

// CopyLink copies an open invitation's link. Should the clipboard refuse,
// the link appears in a field, selected, for the person to copy by hand.
function CopyLink({ inv, what }) {
  const [shown, setShown] = useState(false);
  const field = useRef(null);
  useEffect(() => {
    if (shown) {
      field.current?.focus();
      field.current?.select();
    }
  }, [shown]);
  const copy = async () => {
    if (await copyText(inv.url)) {
      toast(t('invitations.copied', { what }));
      return;
    }
    if (shown) {
      field.current?.focus();
      field.current?.select();
    }
    setShown(true);
    toast(t('link.copy_failed'), { kind: 'error' });
  };
  return html`<button type="button" class="small" onClick=${copy} aria-label=${t('invitations.copy_named', { what })}>${t('link.copy')}</button>
    ${shown &&
    html`<input
      type="text"
      class="row-link"
      ref=${field}
      readonly
      value=${inv.url}
      dir="ltr"
      spellcheck=${false}
      aria-label=${t('invitations.link_named', { what })}
      onFocus=${(e) => e.currentTarget.select()}
    />`}`;
}

function Row({ inv, orgName, zone, onWithdraw }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const yes = useRef(null);
  const button = useRef(null);
  const was = useRef(false);
  useEffect(() => {
    if (confirming) {
      yes.current?.focus();
    } else if (was.current) {
      button.current?.focus();
    }
    was.current = confirming;
  }, [confirming]);
  const s = stateOf(inv);
  const created = formatDateTime(inv.created_at, zone);
  const what = orgName
    ? t('invitations.what_org', { role: label('role', inv.role), organisation: orgName, created })
    : t('invitations.what', { role: label('role', inv.role), created });
  const withdraw = async () => {
    if (busy) {
      return;
    }
    setBusy(true);
    try {
      await onWithdraw(inv);
    } catch {
      setBusy(false);
    }
  };
  return html`<tr>
    <th scope="row">${label('role', inv.role)}</th>
    <td data-label=${t('field.organisation_id')}>${orgName || html`<span class="muted">${t('invitations.no_organisation')}</span>`}</td>
    <td dir="auto" data-label=${t('field.note')}>${inv.note || ''}</td>
    <td data-label=${t('invitations.created_at')}>${created}</td>
    <td data-label=${t('invitations.expires_at')}>${formatDateTime(inv.expires_at, zone)}</td>
    <td data-label=${t('invitations.state')}>
      <span class=${'state state-' + s}>${t('invitations.state.' + s)}</span>
      ${inv.used && inv.redeemed_at && html`<span class="used-by">${usedBy(inv, zone)}</span>`}
    </td>
    <td class="cell-actions">
      ${confirming
        ? html`<div class="confirm" role="group" aria-label=${t('invitations.confirm_label', { what })}>
            <p>${inv.used ? t('invitations.confirm_used') : t('invitations.confirm')}</p>
            <div class="actions">
              <button type="button" class="danger primary small" ref=${yes} onClick=${withdraw} aria-disabled=${busy ? 'true' : undefined}>
                ${busy ? t('invitations.withdrawing') : t('invitations.confirm_yes')}
              </button>
              <button type="button" class="small" onClick=${() => setConfirming(false)}>${t('common.cancel')}</button>
            </div>
          </div>`
        : html`<div class="actions row-actions">
            ${s === 'open' && inv.url && html`<${CopyLink} inv=${inv} what=${what} />`}
            <button type="button" class="small danger" ref=${button} onClick=${() => setConfirming(true)} aria-label=${t('invitations.withdraw_named', { what })}>
              ${t('invitations.withdraw')}
            </button>
          </div>`}
    </td>
  </tr>`;
}

export function InvitationsPage() {
  const zone = account.value?.time_zone;
  const list = useLoad(() => get('/api/invitations'));
  const orgs = useLoad(() => get('/api/organisations'));
  const [created, setCreated] = useState(null);
  const heading = useRef(null);

  const orgItems = (orgs.data?.items || []).slice().sort((a, b) => compare(a.name, b.name));
  const names = new Map(orgItems.map((o) => [o.id, o.name]));
  const orgName = (inv) => (inv.organisation_id ? names.get(inv.organisation_id) || t('invitations.organisation_removed') : '');

  const onCreated = (inv) => {
    list.set((d) => ({ items: [inv, ...(d?.items || [])] }));
    setCreated(inv);
    toast(t('invitations.created'));
  };
  const withdraw = async (inv) => {
    try {
      await del('/api/invitations/' + encodeURIComponent(inv.id));
    } catch (e) {
      if (e.status !== 404) {
        toast(t(fromApi(e).general?.key || 'error.internal'), { kind: 'error' });
        throw e;
      }
    }
    list.set((d) => ({ items: (d?.items || []).filter((x) => x.id !== inv.id) }));
    if (created && created.id === inv.id) {
      setCreated(null);
    }
    toast(t('invitations.withdrawn'));
    heading.current?.focus();
  };

  const items = list.data?.items || [];
  return html`<${Page} title=${t('invitations.title')} intro=${t('invitations.intro')} wide>
    ${orgs.error && html`<${Failure} error=${orgs.error} retry=${orgs.reload} />`}
    ${orgs.data ? html`<${CreateForm} orgs=${orgItems} onCreated=${onCreated} />` : !orgs.error && html`<${Loading} />`}
    ${created &&
    html`<section aria-labelledby="link-title" class="notice notice-ok">
      <h2 id="link-title">${t('invitations.link_title')}</h2>
      <${LinkBox}
        id="new-link"
        label=${orgName(created) ? t('invitations.link_label_org', { role: label('role', created.role), organisation: orgName(created) }) : t('invitations.link_label', { role: label('role', created.role) })}
        hint=${t('link.hint_expires', { expires: formatDateTime(created.expires_at, zone) })}
        url=${created.url}
      />
    </section>`}
    <section aria-labelledby="list-title" class="table-cards">
      <h2 id="list-title" tabindex="-1" ref=${heading}>
        ${list.data ? t('invitations.list_title_count', { count: items.length }) : t('invitations.list_title')}
      </h2>
      ${list.error && html`<${Failure} error=${list.error} retry=${list.reload} />`}
      ${!list.data && !list.error && html`<${Loading} />`}
      ${list.data && items.length === 0 && html`<p>${t('invitations.empty')}</p>`}
      ${items.length > 0 &&
      html`<div class="table-wrap">
        <table aria-labelledby="list-title">
          <thead>
            <tr>
              <th scope="col">${t('field.role')}</th>
              <th scope="col">${t('field.organisation_id')}</th>
              <th scope="col">${t('field.note')}</th>
              <th scope="col">${t('invitations.created_at')}</th>
              <th scope="col">${t('invitations.expires_at')}</th>
              <th scope="col">${t('invitations.state')}</th>
              <th scope="col">${t('invitations.actions')}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map((inv) => html`<${Row} key=${inv.id} inv=${inv} orgName=${orgName(inv)} zone=${zone} onWithdraw=${withdraw} />`)}
          </tbody>
        </table>
      </div>`}
    </section>
  <//>`;
}
