// i18n: the UI's language, its message catalogue and Intl formatting.
//
// Messages are ICU MessageFormat strings (plurals, selects) kept in one
// catalogue per language under messages/. English is bundled (it is the
// fallback for any key a catalogue lacks); the others are chunks of their
// own, fetched when chosen, so a page carries one language only.
import { signal, computed } from '@preact/signals';
import { IntlMessageFormat } from 'intl-messageformat';
import en from '../messages/en.json';
import { AUTONYMS } from './languages.js';

// The six official languages of the United Nations, in the order of their
// names in English (as the UN lists them).
export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
const RTL = new Set(['ar']);
const STORED = 'village.language';

// esbuild turns each import() into a chunk with a hashed name.
const loaders = {
  ar: () => import('../messages/ar.json'),
  zh: () => import('../messages/zh.json'),
  fr: () => import('../messages/fr.json'),
  ru: () => import('../messages/ru.json'),
  es: () => import('../messages/es.json'),
};

export const lang = signal('en');
const catalogue = signal(en);
export const dir = computed(() => (RTL.has(lang.value) ? 'rtl' : 'ltr'));

const formats = new Map();

// t formats the message for key in the current language. Reading the
// signals here makes every component that calls t re-render when the
// language changes.
export function t(key, values) {
  const messages = catalogue.value;
  const locale = lang.value;
  const source = messages[key] ?? en[key];
  if (source === undefined) {
    return key;
  }
  const id = locale + '\u0000' + key;
  let format = formats.get(id);
  if (!format) {
    try {
      format = new IntlMessageFormat(source, locale);
    } catch {
      format = { format: () => source };
    }
    formats.set(id, format);
  }
  return format.format(values);
}

// has reports whether the catalogue (or English) has key: for messages
// that exist only for some fields or codes.
export function has(key) {
  return key in catalogue.value || key in en;
}

// supported maps a BCP 47 tag to one of LANGUAGES, or null.
export function supported(tag) {
  if (!tag) {
    return null;
  }
  const base = String(tag).toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.includes(base) ? base : null;
}

// chosen is the language the person picked with the switcher, if any.
export function chosen() {
  try {
    return supported(localStorage.getItem(STORED));
  } catch {
    return null;
  }
}

// PROFILE remembers, on this device, the language that the signed-in
// person's profile asks for, so that the next visit can load it before the
// refresh that tells the profile has answered.
const PROFILE = 'village.language.profile';

// rememberProfile keeps the profile's first supported language (or forgets
// it, when the profile names none of ours).
export function rememberProfile(profileLanguages) {
  const code = profileLanguages.map(supported).find(Boolean);
  try {
    if (code) {
      localStorage.setItem(PROFILE, code);
    } else {
      localStorage.removeItem(PROFILE);
    }
  } catch {
    // No storage: the profile's language comes with the refresh instead.
  }
}

function remembered() {
  try {
    return supported(localStorage.getItem(PROFILE));
  } catch {
    return null;
  }
}

// preferred picks the language: the person's own choice, then their
// profile's languages (as last seen on this device, when not given), then
// the browser's, then English.
export function preferred(profileLanguages) {
  const fromProfile = profileLanguages ? profileLanguages.map(supported).find(Boolean) : remembered();
  const fromBrowser = (navigator.languages || [navigator.language]).map(supported).find(Boolean);
  return chosen() || fromProfile || fromBrowser || 'en';
}

// setLanguage loads code's catalogue and switches the page to it. remember
// keeps the choice for the next visit.
export async function setLanguage(code, { remember = false } = {}) {
  code = supported(code) || 'en';
  if (remember) {
    try {
      localStorage.setItem(STORED, code);
    } catch {
      // Private windows may refuse storage; the switch still applies.
    }
  }
  let messages = en;
  if (code !== 'en') {
    try {
      messages = (await loaders[code]()).default;
    } catch {
      // The chunk did not arrive (a weak link): English rather than a blank
      // page; choosing the language again retries.
      code = 'en';
    }
  }
  catalogue.value = messages;
  lang.value = code;
  document.documentElement.lang = code;
  document.documentElement.dir = RTL.has(code) ? 'rtl' : 'ltr';
}

// browserZone is the viewer's time zone as the browser knows it.
export function browserZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

// formatDateTime shows an RFC 3339 instant in the viewer's language and
// time zone (zone: the profile's, else the browser's).
export function formatDateTime(iso, zone, options = { dateStyle: 'medium', timeStyle: 'short' }) {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) {
    return '';
  }
  try {
    return new Intl.DateTimeFormat(lang.value, { ...options, timeZone: zone || browserZone() }).format(when);
  } catch {
    return new Intl.DateTimeFormat(lang.value, options).format(when);
  }
}

// languageName names tag in the language itself ("Français", "العربية"),
// so that people find their own language in a list whatever the page's:
// from the app's own list first (browsers lack some), else the browser's.
export function languageName(tag) {
  if (AUTONYMS[tag]) {
    return AUTONYMS[tag];
  }
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    return name ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : tag;
  } catch {
    return tag;
  }
}

// languageNameHere names tag in the page's language.
export function languageNameHere(tag) {
  try {
    return new Intl.DisplayNames([lang.value], { type: 'language' }).of(tag) || tag;
  } catch {
    return tag;
  }
}

// regionName names an ISO 3166-1 country in the page's language.
export function regionName(code) {
  try {
    return new Intl.DisplayNames([lang.value], { type: 'region' }).of(code) || code;
  } catch {
    return code;
  }
}

// collator sorts names the way the page's language does.
export function compare(a, b) {
  return a.localeCompare(b, lang.value);
}
