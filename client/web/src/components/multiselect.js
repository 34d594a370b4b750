// multiselect: choosing several of many (a profile's languages) with a
// searchable list, after the WAI-ARIA Authoring Practices' combobox
// pattern (an input with role="combobox" that controls a listbox of
// aria-multiselectable options), instead of a wall of checkboxes that the
// keyboard must cross one Tab at a time.
//
// Keys, in the input: typing filters the list (by the name in itself, the
// name in the page's language and the tag); Down and Up open it and move
// through it; Home and End go to its ends; Enter picks or drops the
// highlighted option (and never submits the form); Escape closes the list,
// then clears the search; Backspace in an empty search drops the last pick.
// Chosen values show as chips before the input, each with a button that
// drops it. Focus never leaves the input while the list is used, so a
// screen reader follows aria-activedescendant.
import { html } from 'htm/preact';
import { useState, useRef, useEffect } from 'preact/hooks';
import { t } from '../i18n.js';
import { Hint, ErrorText, described } from './form.js';

// fold makes search text comparable: no case, no accents ("francais"
// finds "Français").
const fold = (s) =>
  String(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase();

// MultiSelect is bound to form.values[name], an array kept in the order of
// picking (a profile's first language is its main one). options are
// [value, label, lang?, alsoKnownAs?]: lang marks a label in another
// language, alsoKnownAs is more text that finds it.
export function MultiSelect({ form, name, label, hint, options, required: req }) {
  const id = 'f-' + name;
  const listId = id + '-list';
  const error = form.errors[name];
  const chosen = form.values[name] || [];
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef(null);
  const list = useRef(null);

  const q = fold(query.trim());
  const shown = q ? options.filter(([v, l, , aka]) => fold(l).includes(q) || fold(v) === q || (aka && fold(aka).includes(q))) : options;
  const at = Math.min(active, Math.max(0, shown.length - 1));
  const current = open && shown[at];
  const byValue = new Map(options.map((o) => [o[0], o]));

  // Keep the highlighted option in sight as it moves.
  useEffect(() => {
    if (open && current) {
      document.getElementById(`${id}-opt-${current[0]}`)?.scrollIntoView({ block: 'nearest' });
    }
  }, [open, at, q]);

  const toggle = (v) => form.set(name, chosen.includes(v) ? chosen.filter((x) => x !== v) : [...chosen, v]);
  const move = (to) => {
    setOpen(true);
    setActive(Math.max(0, Math.min(shown.length - 1, to)));
  };
  const onKeyDown = (e) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        move(open ? at + 1 : at);
        break;
      case 'ArrowUp':
        e.preventDefault();
        move(open ? at - 1 : at);
        break;
      case 'Home':
      case 'End':
        if (open) {
          e.preventDefault();
          move(e.key === 'Home' ? 0 : shown.length - 1);
        }
        break;
      case 'Enter':
        if (open && current) {
          e.preventDefault();
          toggle(current[0]);
          // A search that found what it sought is done; the next one starts
          // afresh (the list stays open for more).
          if (query) {
            setQuery('');
            setActive(options.indexOf(current));
          }
        } else if (!open) {
          // Enter in the search opens the list rather than sending the form
          // half filled.
          e.preventDefault();
          setOpen(true);
        }
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
        } else if (query) {
          e.preventDefault();
          setQuery('');
        }
        break;
      case 'Backspace':
        if (!query && chosen.length) {
          form.set(name, chosen.slice(0, -1));
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  return html`<div class=${'field multiselect' + (error ? ' has-error' : '')}>
    <label for=${id} id=${id + '-label'}>${label}${req ? html` <span class="required" aria-hidden="true">*</span>` : ''}</label>
    <${Hint} id=${id} text=${hint} />
    <${ErrorText} id=${id} error=${error} />
    ${chosen.length > 0 &&
    html`<ul class="chips" id=${id + '-chosen'} aria-label=${t('multiselect.chosen', { field: label, count: chosen.length })}>
      ${chosen.map((v) => {
        const [, l, lg] = byValue.get(v) || [v, v];
        return html`<li class="chip" key=${v} data-value=${v}>
          <span lang=${lg}>${l}</span>
          <button
            type="button"
            class="chip-remove"
            aria-label=${t('multiselect.remove', { name: l })}
            onClick=${() => {
              toggle(v);
              input.current?.focus();
            }}
          ><span aria-hidden="true">×</span></button>
        </li>`;
      })}
    </ul>`}
    <div class="combo">
      <input
        id=${id}
        ref=${input}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${current ? `${id}-opt-${current[0]}` : undefined}
        aria-invalid=${error ? 'true' : undefined}
        aria-required=${req ? 'true' : undefined}
        aria-describedby=${[described(id, hint, error), chosen.length ? id + '-chosen' : ''].filter(Boolean).join(' ') || undefined}
        placeholder=${t('multiselect.search')}
        value=${query}
        onInput=${(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown=${onKeyDown}
        onClick=${() => setOpen(true)}
        onBlur=${(e) => {
          // A click in the list keeps the focus here (mousedown below);
          // anything else closes it.
          if (!list.current?.contains(e.relatedTarget)) {
            setOpen(false);
          }
        }}
      />
      <ul
        id=${listId}
        ref=${list}
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby=${id + '-label'}
        class="listbox"
        hidden=${!open}
        onMouseDown=${(e) => e.preventDefault()}
      >
        ${shown.map(
          ([v, l, lg], i) => html`<li
            key=${v}
            id=${`${id}-opt-${v}`}
            role="option"
            data-value=${v}
            aria-selected=${chosen.includes(v) ? 'true' : 'false'}
            class=${i === at ? 'active' : undefined}
            onClick=${() => {
              toggle(v);
              setActive(i);
            }}
          ><span class="tick" aria-hidden="true"></span><span lang=${lg}>${l}</span></li>`,
        )}
        ${shown.length === 0 && html`<li role="option" aria-disabled="true" aria-selected="false" class="none">${t('multiselect.none')}</li>`}
      </ul>
    </div>
  </div>`;
}
