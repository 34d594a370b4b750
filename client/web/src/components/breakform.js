// breakform: the secretariat schedules a coffee break, or edits one before
// it starts. The start and the end are typed in the secretariat's own time
// zone (their profile's) and sent in UTC, as sessions are; every check is
// the server's, whose 422 names the field and is shown beside it. The
// languages offered start as the six UN languages; the searchable picker
// adds any other (Português, Kiswahili, …).
import { html } from 'htm/preact';
import { useRef, useEffect } from 'preact/hooks';
import { useForm, TextField, ErrorSummary, Submit } from './form.js';
import { MultiSelect } from './multiselect.js';
import { languageChoices } from './pickers.js';
import { toLocalInput, fromLocalInput } from './sessionform.js';
import { ApiError } from '../api.js';
import { t, browserZone } from '../i18n.js';

// UN are the languages a break offers unless told otherwise (the server's
// default too: matching.UNLanguages).
export const UN = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];

// ERROR_KEYS word a refused field in the page's language; each says the
// field's bounds (docs/api.md, "Coffee breaks").
const ERROR_KEYS = {
  title: 'breakconsole.error.title',
  starts_at: 'breakconsole.error.starts_at',
  ends_at: 'breakconsole.error.ends_at',
  languages: 'breakconsole.error.languages',
  table_size: 'breakconsole.error.table_size',
  round_minutes: 'breakconsole.error.round_minutes',
};

export function breakLabels() {
  return {
    title: t('breakconsole.field.title'),
    starts_at: t('breakconsole.field.starts_at'),
    ends_at: t('breakconsole.field.ends_at'),
    languages: t('breakconsole.field.languages'),
    table_size: t('breakconsole.field.table_size'),
    round_minutes: t('breakconsole.field.round_minutes'),
  };
}

// num sends a whole number as a number, and anything else as typed, for
// the server to refuse by name.
const num = (v) => (/^\s*\d+\s*$/.test(v) ? parseInt(v, 10) : v === '' ? undefined : v);

// plan says how the break falls into rounds, as the server will count
// them: the last round is shorter when the length is not a multiple.
function plan(v, zone) {
  const start = Date.parse(fromLocalInput(v.starts_at, zone));
  const end = Date.parse(fromLocalInput(v.ends_at, zone));
  const round = num(v.round_minutes);
  const minutes = Math.round((end - start) / 60_000);
  if (!(minutes > 0 && minutes <= 12 * 60) || !Number.isInteger(round) || round < 1) {
    return '';
  }
  const rounds = Math.ceil(minutes / round);
  const last = minutes - (rounds - 1) * round;
  return t('breakconsole.plan', { minutes, rounds, round, last, shorter: last < round ? 'yes' : 'no' });
}

// BreakForm: b is the break to edit (none to schedule one); onSave(body)
// sends it and throws the API's error.
export function BreakForm({ b, zone, onSave, submitLabel, onCancel }) {
  const z = zone || browserZone();
  const form = useForm({
    title: b?.title || '',
    starts_at: toLocalInput(b?.starts_at, z),
    ends_at: toLocalInput(b?.ends_at, z),
    languages: b ? [...b.languages] : [...UN],
    table_size: b ? String(b.table_size) : '4',
    round_minutes: b ? String(b.round_minutes) : '10',
  });
  // A start typed first brings an end half an hour later (a coffee
  // break's usual length), which the secretariat may change.
  useEffect(() => {
    const v = form.values;
    if (!v.ends_at && /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(v.starts_at)) {
      form.set('ends_at', toLocalInput(new Date(Date.parse(fromLocalInput(v.starts_at, z)) + 30 * 60_000).toISOString(), z));
    }
  }, [form.values.starts_at]);
  const labels = breakLabels();
  // A language dropped from the chips stays in the list, to pick again.
  const seen = useRef([]);
  seen.current = [...new Set([...seen.current, ...form.values.languages])];
  // A break that began meanwhile is refused whole (conflict): the start
  // is what makes it so, so the refusal is shown there, in words of its
  // own. keys is this render's: the handler below and fromApi share it.
  const keys = { ...ERROR_KEYS };
  const onSubmit = form.submit(
    async (v) => {
      try {
        await onSave({
          title: v.title,
          starts_at: fromLocalInput(v.starts_at, z),
          ends_at: fromLocalInput(v.ends_at, z),
          languages: v.languages,
          table_size: num(v.table_size),
          round_minutes: num(v.round_minutes),
        });
      } catch (e) {
        if (e instanceof ApiError && e.code === 'conflict' && b) {
          keys.starts_at = 'breakconsole.error.begun';
          throw new ApiError(e.status, 'validation_failed', e.message, { starts_at: e.message });
        }
        throw e;
      }
    },
    undefined,
    { keys },
  );
  const shape = plan(form.values, z);
  return html`<form class="form break-form" onSubmit=${onSubmit} novalidate>
    <${ErrorSummary} form=${form} labels=${labels} />
    <${TextField} form=${form} name="title" label=${labels.title} required maxLength=${200} dir="auto" />
    <div class="break-times">
      <${TextField} form=${form} name="starts_at" type="datetime-local" label=${labels.starts_at} hint=${t('breakconsole.field.zone_hint', { zone: z.replaceAll('_', ' ') })} required />
      <${TextField} form=${form} name="ends_at" type="datetime-local" label=${labels.ends_at} hint=${t('breakconsole.field.ends_hint')} required />
    </div>
    <${MultiSelect}
      form=${form}
      name="languages"
      label=${labels.languages}
      hint=${t('breakconsole.field.languages_hint')}
      options=${languageChoices(seen.current)}
      required
    />
    <div class="break-sizes">
      <${TextField} form=${form} name="table_size" type="number" inputMode="numeric" label=${labels.table_size} hint=${t('breakconsole.field.table_size_hint')} required />
      <${TextField} form=${form} name="round_minutes" type="number" inputMode="numeric" label=${labels.round_minutes} hint=${t('breakconsole.field.round_minutes_hint')} required />
    </div>
    <p class="break-plan muted" aria-live="polite">${shape}</p>
    <div class="actions">
      <${Submit} form=${form} label=${submitLabel} />
      ${onCancel && html`<button type="button" onClick=${onCancel}>${t('breakconsole.close_form')}</button>`}
    </div>
  </form>`;
}
