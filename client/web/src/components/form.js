// form: the form kit every page uses. It keeps what the person typed in
// the component's state, never clearing it on an error; maps the server's
// field errors (docs/api.md, "Errors") to messages in the page's language
// shown next to each field; and on a failed submit moves focus to a summary
// that is announced (role="alert") and links to each field.
import { html } from 'htm/preact';
import { useState, useRef, useEffect } from 'preact/hooks';
import { t, has } from '../i18n.js';
import { ApiError } from '../api.js';

// problem turns an error of a field into something t can show later, in
// whatever language the page has by then.
function problem(key, fallback) {
  return { key, fallback };
}

export function say(p) {
  if (!p) {
    return '';
  }
  return has(p.key) ? t(p.key, p.values) : p.fallback || t('error.invalid');
}

// fromApi maps a failed call to field problems and a form-level problem.
// keys names the message of a field whose limits differ from the
// catalogue's field.<name>.invalid (a booth's description is longer than
// an organisation's).
export function fromApi(err, keys = {}) {
  if (!(err instanceof ApiError)) {
    return { fields: {}, general: problem('error.internal') };
  }
  const fields = {};
  for (const [name, message] of Object.entries(err.fields || {})) {
    const key = (err.code === 'validation_failed' && keys[name]) || `field.${name}.${err.code === 'conflict' ? 'taken' : err.code === 'gone' ? 'gone' : 'invalid'}`;
    fields[name] = problem(key, message);
  }
  let general = null;
  if (Object.keys(fields).length === 0) {
    general = problem(`error.${err.code}`, err.message);
  }
  return { fields, general };
}

// useForm holds a form's values, problems and busy state. draft names a
// sessionStorage slot that keeps the values (never passwords) across a
// reload, so that a lost connection or a crash loses nothing typed. A
// draft is kept only once something was typed, and only restored onto the
// same starting values: a profile changed meanwhile (in another tab, on
// another device) drops the draft rather than quietly undoing the change.
export function useForm(initial, { draft, secret = ['password', 'current_password', 'new_password'] } = {}) {
  const slot = draft && 'village.draft.' + draft;
  const base = useRef(JSON.stringify(initial));
  const dirty = useRef(false);
  const [values, setValues] = useState(() => {
    if (slot) {
      try {
        const saved = JSON.parse(sessionStorage.getItem(slot) || 'null');
        if (saved && saved.base === base.current && saved.values) {
          dirty.current = true;
          return { ...initial, ...saved.values };
        }
        sessionStorage.removeItem(slot);
      } catch {
        // No storage, or a damaged draft: start from initial.
      }
    }
    return initial;
  });
  const [errors, setErrors] = useState({});
  const [general, setGeneral] = useState(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!slot || !dirty.current) {
      return;
    }
    const keep = { ...values };
    for (const s of secret) {
      delete keep[s];
    }
    try {
      sessionStorage.setItem(slot, JSON.stringify({ base: base.current, values: keep }));
    } catch {
      // Storage full or refused: the form still works.
    }
  }, [values]);

  const form = {
    values,
    errors,
    general,
    busy,
    attempt,
    set(name, value) {
      dirty.current = true;
      setValues((v) => ({ ...v, [name]: value }));
      if (errors[name]) {
        setErrors((e) => {
          const { [name]: _, ...rest } = e;
          return rest;
        });
      }
    },
    // setAll starts the form over from v (after a save): nothing typed.
    setAll(v) {
      dirty.current = false;
      base.current = JSON.stringify(v);
      setValues(v);
    },
    // fail shows problems: fields (name → {key, values}) and a general one.
    fail(fields, gen = null) {
      setErrors(fields);
      setGeneral(gen);
      setAttempt((n) => n + 1);
    },
    clearDraft() {
      dirty.current = false;
      if (slot) {
        try {
          sessionStorage.removeItem(slot);
        } catch {
          // Nothing to clear.
        }
      }
    },
    // submit returns an onSubmit handler: check runs first and returns
    // field problems found without asking the server; then action(values).
    // keys: as fromApi's.
    submit(action, check, { keys } = {}) {
      return async (e) => {
        e.preventDefault();
        if (busy) {
          return;
        }
        const found = check ? check(values) : {};
        if (Object.keys(found).length) {
          form.fail(found);
          return;
        }
        setBusy(true);
        setGeneral(null);
        try {
          await action(values);
          setErrors({});
        } catch (err) {
          const { fields, general: g } = fromApi(err, keys);
          form.fail(fields, g);
        } finally {
          setBusy(false);
        }
      };
    },
  };
  return form;
}

// required returns a problem for each named field left empty.
export function required(values, names) {
  const out = {};
  for (const n of names) {
    const v = values[n];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0)) {
      out[n] = { key: `field.${n}.required` };
    }
  }
  return out;
}

export function described(id, hint, error) {
  return [hint && id + '-hint', error && id + '-error'].filter(Boolean).join(' ') || undefined;
}

export function Hint({ id, text }) {
  return text ? html`<p class="hint" id=${id + '-hint'}>${text}</p>` : null;
}

export function ErrorText({ id, error }) {
  return error ? html`<p class="field-error" id=${id + '-error'}><span class="visually-hidden">${t('form.error_prefix')} </span>${say(error)}</p>` : null;
}

// TextField is a labelled input bound to form.values[name].
export function TextField({ form, name, label, hint, type = 'text', autocomplete, required: req, maxLength, inputMode, spellcheck, dir, multiline, rows = 4 }) {
  const id = 'f-' + name;
  const error = form.errors[name];
  const props = {
    id,
    name,
    value: form.values[name] ?? '',
    onInput: (e) => form.set(name, e.currentTarget.value),
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': described(id, hint, error),
    'aria-required': req ? 'true' : undefined,
    autocomplete,
    maxLength,
    inputMode,
    spellcheck,
    dir,
  };
  return html`<div class=${'field' + (error ? ' has-error' : '')}>
    <label for=${id}>${label}${req ? html` <span class="required" aria-hidden="true">*</span>` : ''}</label>
    <${Hint} id=${id} text=${hint} />
    <${ErrorText} id=${id} error=${error} />
    ${multiline ? html`<textarea ...${props} rows=${rows}></textarea>` : html`<input type=${type} ...${props} />`}
  </div>`;
}

// SelectField is a labelled <select>; options are [value, label] pairs,
// or groups of them ({group, options}).
export function SelectField({ form, name, label, hint, options, required: req, placeholder, onChange }) {
  const id = 'f-' + name;
  const error = form.errors[name];
  return html`<div class=${'field' + (error ? ' has-error' : '')}>
    <label for=${id}>${label}${req ? html` <span class="required" aria-hidden="true">*</span>` : ''}</label>
    <${Hint} id=${id} text=${hint} />
    <${ErrorText} id=${id} error=${error} />
    <select
      id=${id}
      name=${name}
      value=${form.values[name] ?? ''}
      onChange=${(e) => {
        form.set(name, e.currentTarget.value);
        onChange?.(e.currentTarget.value);
      }}
      aria-invalid=${error ? 'true' : undefined}
      aria-describedby=${described(id, hint, error)}
      aria-required=${req ? 'true' : undefined}
    >
      ${placeholder !== undefined && html`<option value="">${placeholder}</option>`}
      ${options.map((o) =>
        Array.isArray(o)
          ? html`<option value=${o[0]} key=${o[0]}>${o[1]}</option>`
          : html`<optgroup label=${o.group} key=${o.group}>${o.options.map(([v, l]) => html`<option value=${v} key=${v}>${l}</option>`)}</optgroup>`,
      )}
    </select>
  </div>`;
}

// CheckboxGroup is a fieldset of checkboxes bound to an array value;
// options are [value, label, lang?] (lang marks a label in another
// language, for screen readers to pronounce it right).
export function CheckboxGroup({ form, name, legend, hint, options, required: req }) {
  const id = 'f-' + name;
  const error = form.errors[name];
  const chosen = form.values[name] || [];
  const toggle = (v, on) => form.set(name, on ? [...chosen, v] : chosen.filter((x) => x !== v));
  return html`<fieldset
    id=${id}
    class=${'field choices' + (error ? ' has-error' : '')}
    aria-describedby=${described(id, hint, error)}
    aria-invalid=${error ? 'true' : undefined}
    tabindex="-1"
  >
    <legend>${legend}${req ? html` <span class="required" aria-hidden="true">*</span>` : ''}</legend>
    <${Hint} id=${id} text=${hint} />
    <${ErrorText} id=${id} error=${error} />
    <div class="choice-list">
      ${options.map(
        ([v, l, lang]) => html`<label class="choice" key=${v}>
          <input type="checkbox" name=${name} value=${v} checked=${chosen.includes(v)} onChange=${(e) => toggle(v, e.currentTarget.checked)} />
          <span lang=${lang}>${l}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

// Checkbox is one labelled checkbox bound to a boolean.
export function Checkbox({ form, name, label, hint }) {
  const id = 'f-' + name;
  const error = form.errors[name];
  return html`<div class=${'field check' + (error ? ' has-error' : '')}>
    <${ErrorText} id=${id} error=${error} />
    <input
      type="checkbox"
      id=${id}
      name=${name}
      checked=${!!form.values[name]}
      onChange=${(e) => form.set(name, e.currentTarget.checked)}
      aria-invalid=${error ? 'true' : undefined}
      aria-describedby=${described(id, hint, error)}
    />
    <label for=${id}>${label}</label>
    <${Hint} id=${id} text=${hint} />
  </div>`;
}

// ErrorSummary lists the form's problems after a failed submit, takes the
// focus so that screen readers announce it, and links to each field. id
// tells apart the summaries of a page with more than one form.
export function ErrorSummary({ form, labels, id = 'error-summary' }) {
  const ref = useRef(null);
  const names = Object.keys(form.errors);
  const show = names.length > 0 || form.general;
  useEffect(() => {
    if (show && form.attempt > 0) {
      ref.current?.focus();
    }
  }, [form.attempt]);
  if (!show) {
    return null;
  }
  const go = (name) => (e) => {
    e.preventDefault();
    const el = document.getElementById('f-' + name);
    const target = el && el.tagName === 'FIELDSET' ? el.querySelector('input') || el : el;
    target?.focus();
  };
  return html`<div class="error-summary" role="alert" tabindex="-1" ref=${ref} aria-labelledby=${id + '-title'}>
    <h2 id=${id + '-title'}>${t('form.problem_title')}</h2>
    ${form.general && html`<p>${say(form.general)}</p>`}
    ${names.length > 0 &&
    html`<ul>
      ${names.map(
        (n) => html`<li key=${n}><a href=${'#f-' + n} onClick=${go(n)}>${labels[n] || n}: ${say(form.errors[n])}</a></li>`,
      )}
    </ul>`}
  </div>`;
}

// Submit is the form's button; it says when it is working.
export function Submit({ form, label, busyLabel }) {
  return html`<button type="submit" class="primary" aria-disabled=${form.busy ? 'true' : undefined}>
    ${form.busy ? busyLabel || t('form.working') : label}
  </button>`;
}
