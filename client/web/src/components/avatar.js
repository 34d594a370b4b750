// avatar: a person's (or an organisation's) face in lists: their photo
// when they have one, else their initials on a colour of their own. The
// colour comes from the ID, not the name, so that it stays when the name
// changes and two people of the same name still look apart. The picture is
// decorative (the name is always written beside it), so it is hidden from
// screen readers.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';

// TONES is the number of avatar colours in app.css (.tone-0 … .tone-11),
// each dark enough for white initials (WCAG AA, 4.5:1).
const TONES = 12;

// tone picks one of TONES for id (FNV-1a: short, stable, well spread).
export function tone(id) {
  let h = 0x811c9dc5;
  for (const ch of String(id)) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % TONES;
}

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
const firstGrapheme = (word) => (segmenter ? segmenter.segment(word)[Symbol.iterator]().next().value?.segment : [...word][0]) || '';

// initials are the first letters of the first and last words of name
// ("Ana Ramírez" → "AR"), or its first letter alone for a name of one word
// or in a script without spaces ("李娜" → "李").
export function initials(name) {
  const words = String(name || '').trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) {
    return '?';
  }
  const first = firstGrapheme(words[0]);
  if (words.length === 1 || /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(first)) {
    return first.toLocaleUpperCase();
  }
  return (first + firstGrapheme(words[words.length - 1])).toLocaleUpperCase();
}

// Avatar shows photo (a URL) or initials. size: "s" (lists), "m" (tiles),
// "l" (a profile's page).
export function Avatar({ id, name, photo, size = 's', square = false }) {
  // A photo that fails to load (a logo on a host that is down) falls back
  // to the initials rather than a broken image.
  const [broken, setBroken] = useState(null);
  const cls = `avatar avatar-${size}${square ? ' avatar-square' : ''}`;
  if (photo && broken !== photo) {
    return html`<img class=${cls} src=${photo} alt="" aria-hidden="true" loading="lazy" decoding="async" onError=${() => setBroken(photo)} />`;
  }
  return html`<span class=${`${cls} tone-${tone(id || name)}`} aria-hidden="true">${initials(name)}</span>`;
}
