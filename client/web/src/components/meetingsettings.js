// meetingsettings: a person's side of 1:1 meetings on their profile page:
// the hours they take meetings in (their own time zone), who may ask them,
// and the people they blocked, each to unblock (docs/api.md, "Meeting
// settings and blocks").
import { html } from 'htm/preact';
import { useForm, ErrorSummary, ErrorText, Hint, Submit, TextField, described } from './form.js';
import { useLoad } from './load.js';
import { Loading, Failure } from './page.js';
import { get, patch, del } from '../api.js';
import { setAccount } from '../session.js';
import { toast } from '../toasts.js';
import { t, formatDateTime } from '../i18n.js';

const POLICIES = ['anyone', 'met', 'nobody'];

// The server's field errors, in the page's language.
const KEYS = {
  work_from: 'settings.work_from.invalid',
  work_to: 'settings.work_to.invalid',
  meeting_requests: 'settings.meeting_requests.invalid',
};

const settingsForm = (me) => ({
  work_from: me.work_from || '08:00',
  work_to: me.work_to || '20:00',
  meeting_requests: me.meeting_requests || 'anyone',
});

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

// check finds what the server would refuse, so that it is said at once:
// a time that is none, off the 5-minute grid, or an end before the start.
function check(v) {
  const out = {};
  for (const name of ['work_from', 'work_to']) {
    if (!CLOCK.test(v[name]) || Number(v[name].slice(3)) % 5 !== 0) {
      out[name] = { key: KEYS[name] };
    }
  }
  if (!out.work_from && !out.work_to && v.work_to <= v.work_from) {
    out.work_to = { key: 'settings.work_to.before' };
  }
  return out;
}

// PolicyGroup is the radio group of who may ask: arrow keys move within
// it, as a native group of radios does.
function PolicyGroup({ form }) {
  const id = 'f-meeting_requests';
  const error = form.errors.meeting_requests;
  const hint = t('settings.ask.hint');
  return html`<fieldset id=${id} class=${'field choices' + (error ? ' has-error' : '')} aria-describedby=${described(id, hint, error)} tabindex="-1">
    <legend>${t('settings.ask.legend')}</legend>
    <${Hint} id=${id} text=${hint} />
    <${ErrorText} id=${id} error=${error} />
    <div class="choice-list stacked">
      ${POLICIES.map(
        (p) => html`<label class="choice" key=${p}>
          <input
            type="radio"
            name="meeting_requests"
            value=${p}
            checked=${form.values.meeting_requests === p}
            onChange=${() => form.set('meeting_requests', p)}
          />
          <span>${t('settings.ask.' + p)}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function SettingsForm({ me }) {
  const form = useForm(settingsForm(me));
  const labels = {
    work_from: t('settings.work_from'),
    work_to: t('settings.work_to'),
    meeting_requests: t('settings.ask.legend'),
  };
  const zone = (me.time_zone || '').replaceAll('_', ' ');
  const onSubmit = form.submit(
    async (v) => {
      const have = settingsForm(me);
      const changes = {};
      if (v.work_from !== have.work_from || v.work_to !== have.work_to) {
        changes.work_from = v.work_from;
        changes.work_to = v.work_to;
      }
      if (v.meeting_requests !== have.meeting_requests) {
        changes.meeting_requests = v.meeting_requests;
      }
      if (Object.keys(changes).length === 0) {
        toast(t('profile.no_changes'));
        return;
      }
      const updated = await patch('/api/me', changes);
      setAccount(updated);
      form.setAll(settingsForm(updated));
      toast(t('settings.saved'));
    },
    check,
    { keys: KEYS },
  );
  return html`<form class="form" onSubmit=${onSubmit} novalidate>
    <${ErrorSummary} form=${form} labels=${labels} id="settings-errors" />
    <fieldset class="field">
      <legend>${t('settings.hours.legend')}</legend>
      <p class="hint" id="settings-hours-hint">${t('settings.hours.hint', { zone })}</p>
      <div class="time-pair">
        <${TimeField} form=${form} name="work_from" label=${labels.work_from} />
        <${TimeField} form=${form} name="work_to" label=${labels.work_to} />
      </div>
    </fieldset>
    <${PolicyGroup} form=${form} />
    <div class="actions">
      <${Submit} form=${form} label=${t('settings.save')} busyLabel=${t('profile.saving')} />
    </div>
  </form>`;
}

// TimeField is a time of day on the 5-minute grid; the browser's own
// picker shows it in the reader's convention (13:00 or 1:00 PM) and sends
// HH:MM. The hint of the pair says which time zone it is in.
function TimeField({ form, name, label }) {
  const id = 'f-' + name;
  const error = form.errors[name];
  return html`<div class=${'field' + (error ? ' has-error' : '')}>
    <label for=${id}>${label}</label>
    <${ErrorText} id=${id} error=${error} />
    <input
      type="time"
      id=${id}
      name=${name}
      step="300"
      value=${form.values[name]}
      onInput=${(e) => form.set(name, e.currentTarget.value)}
      aria-invalid=${error ? 'true' : undefined}
      aria-describedby=${['settings-hours-hint', error && id + '-error'].filter(Boolean).join(' ')}
    />
  </div>`;
}

function BlockedList({ me }) {
  const blocks = useLoad(() => get('/api/me/blocks'), [me.id]);
  if (blocks.error) {
    return html`<${Failure} error=${blocks.error} retry=${blocks.reload} />`;
  }
  if (!blocks.data) {
    return html`<${Loading} />`;
  }
  const items = blocks.data.items;
  const unblock = (b) => async () => {
    try {
      await del('/api/me/blocks/' + encodeURIComponent(b.person.id));
    } catch (err) {
      if (err?.status !== 404) {
        toast(t('block.unblock_failed', { name: b.person.name }), { kind: 'error' });
        return;
      }
    }
    blocks.set((d) => ({ items: d.items.filter((x) => x.person.id !== b.person.id) }));
    toast(t('block.unblocked', { name: b.person.name }));
    document.getElementById('blocked-title')?.focus();
  };
  return html`<h3 id="blocked-title" tabindex="-1">${t('settings.blocked.title')}</h3>
    <p class="muted">${t('settings.blocked.hint')}</p>
    ${items.length === 0
      ? html`<p class="muted">${t('settings.blocked.none')}</p>`
      : html`<ul class="blocked-list">
          ${items.map(
            (b) => html`<li key=${b.person.id}>
              <span class="blocked-who">
                <a href=${'/people/' + encodeURIComponent(b.person.id)} dir="auto">${b.person.name}</a>
                <span class="muted">${t('settings.blocked.since', { date: formatDateTime(b.at, me.time_zone, { dateStyle: 'medium' }) })}</span>
              </span>
              <button type="button" onClick=${unblock(b)} aria-label=${t('block.unblock_named', { name: b.person.name })}>${t('block.unblock')}</button>
            </li>`,
          )}
        </ul>`}`;
}

export function MeetingSection({ me }) {
  return html`<section aria-labelledby="meetings-title" class="card">
    <h2 id="meetings-title">${t('settings.title')}</h2>
    <p class="muted">${t('settings.intro')}</p>
    <${SettingsForm} me=${me} />
    <${BlockedList} me=${me} />
  </section>`;
}
