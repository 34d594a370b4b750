// sessionform: proposing a session and editing one. The start is typed in
// the person's own time zone (their profile's) and sent in UTC; every
// check is the server's, whose 422 names the field and is shown beside it.
import { html } from 'htm/preact';
import { useForm, TextField, SelectField, CheckboxGroup, ErrorSummary, Submit } from './form.js';
import { languageFilterChoices } from './pickers.js';
import { choices } from '../meta.js';
import { t, browserZone } from '../i18n.js';

// zonedParts is the wall-clock reading of instant ms in zone.
function zonedParts(ms, zone) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(ms));
  const o = {};
  for (const p of parts) {
    o[p.type] = p.value;
  }
  return o;
}

// toLocalInput gives a datetime-local value ("2020-11-10T15:00") of iso
// in zone.
export function toLocalInput(iso, zone) {
  if (!iso) {
    return '';
  }
  const p = zonedParts(Date.parse(iso), zone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

// fromLocalInput turns a wall-clock time in zone into UTC RFC 3339: the
// offset is read at the guess and read again at the answer, which settles
// the hours around a change of offset.
export function fromLocalInput(local, zone) {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(local || '');
  if (!m) {
    return local || '';
  }
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  const offsetAt = (ms) => {
    const p = zonedParts(ms, zone);
    return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - ms;
  };
  let at = wall - offsetAt(wall);
  at = wall - offsetAt(at);
  return new Date(at).toISOString().replace('.000Z', 'Z');
}

// ERROR_KEYS word a refused field in the page's language, where the
// catalogue's general field.<name>.invalid does not fit a session (a
// description is longer than an organisation's); a refusal of another
// kind (an overlap) keeps the API's own words.
const ERROR_KEYS = {
  type: 'sessions.error.type',
  description: 'sessions.error.description',
  starts_at: 'sessions.error.starts_at',
  minutes: 'sessions.error.minutes',
  capacity: 'sessions.error.capacity',
};

export function sessionLabels() {
  return {
    type: t('sessions.field.type'),
    title: t('sessions.field.title'),
    description: t('sessions.field.description'),
    language: t('sessions.field.language'),
    starts_at: t('sessions.field.starts_at'),
    minutes: t('sessions.field.minutes'),
    capacity: t('sessions.field.capacity'),
    themes: t('sessions.field.themes'),
  };
}

// SessionForm: s is the session to edit (none to propose); onSave(body)
// sends it and throws the API's error.
export function SessionForm({ s, meta, zone, onSave, submitLabel }) {
  const z = zone || browserZone();
  const form = useForm({
    type: s?.type || '',
    title: s?.title || '',
    description: s?.description || '',
    language: s?.language || '',
    starts_at: toLocalInput(s?.starts_at, z),
    minutes: s ? String(s.minutes) : '60',
    capacity: s ? String(s.capacity) : '',
    themes: s?.themes || [],
  });
  const labels = sessionLabels();
  const num = (v) => (/^\s*\d+\s*$/.test(v) ? parseInt(v, 10) : v === '' ? undefined : v);
  const onSubmit = form.submit(async (v) => {
    const body = {
      title: v.title,
      description: v.description,
      language: v.language,
      starts_at: fromLocalInput(v.starts_at, z),
      minutes: num(v.minutes),
      capacity: num(v.capacity),
      themes: v.themes,
    };
    if (!s) {
      body.type = v.type;
    }
    await onSave(body);
  }, undefined, { keys: ERROR_KEYS });
  const m = meta || { themes: [], session_types: [] };
  return html`<form class="form session-form" onSubmit=${onSubmit} novalidate>
    <${ErrorSummary} form=${form} labels=${labels} />
    ${!s && html`<${SelectField} form=${form} name="type" label=${labels.type} options=${choices('sessions.type', m.session_types)} placeholder="" required />`}
    <${TextField} form=${form} name="title" label=${labels.title} required maxLength=${120} dir="auto" />
    <${TextField} form=${form} name="description" label=${labels.description} hint=${t('sessions.field.description_hint')} multiline rows=${6} dir="auto" />
    <${SelectField} form=${form} name="language" label=${labels.language} options=${languageFilterChoices()} placeholder="" required />
    <${TextField} form=${form} name="starts_at" type="datetime-local" label=${labels.starts_at} hint=${t('sessions.field.starts_at_hint', { zone: z.replaceAll('_', ' ') })} required />
    <${TextField} form=${form} name="minutes" type="number" inputMode="numeric" label=${labels.minutes} hint=${t('sessions.field.minutes_hint')} required />
    <${TextField}
      form=${form}
      name="capacity"
      type="number"
      inputMode="numeric"
      label=${labels.capacity}
      hint=${t('sessions.field.capacity_hint', { max: m.session_max_capacity || 500 })}
      required
    />
    <${CheckboxGroup} form=${form} name="themes" legend=${labels.themes} options=${choices('theme', m.themes)} />
    <div class="actions"><${Submit} form=${form} label=${submitLabel} /></div>
  </form>`;
}
