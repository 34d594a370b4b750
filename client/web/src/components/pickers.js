// pickers: the profile's fields, shared by registering and the profile
// page, and the lists they choose from: languages (each named in itself),
// countries (named in the page's language), time zones and the API's
// vocabularies.
import { html } from 'htm/preact';
import { useRef } from 'preact/hooks';
import { TextField, SelectField, CheckboxGroup, Checkbox, required } from './form.js';
import { MultiSelect } from './multiselect.js';
import { t, lang, LANGUAGES, languageName, languageNameHere, regionName, compare, formatDateTime } from '../i18n.js';
import { choices } from '../meta.js';
import { COUNTRIES } from '../countries.js';
import { LANGUAGE_TAGS } from '../languages.js';

export { LANGUAGE_TAGS };

// languageChoices lists the picker's languages, each named in itself
// (with lang set, for screen readers), plus any of current the list lacks
// (a profile may hold "es-419"), so that saving never drops one.
const ownNames = new Map();
function ownName(tag) {
  if (!ownNames.has(tag)) {
    ownNames.set(tag, languageName(tag));
  }
  return ownNames.get(tag);
}

// Each also carries its name in the page's language, for the search.
export function languageChoices(current = []) {
  const extra = current.filter((tag) => !LANGUAGE_TAGS.includes(tag));
  return [...LANGUAGE_TAGS, ...extra].map((tag) => [tag, ownName(tag), tag, languageNameHere(tag)]);
}

// languageFilterChoices names the picker's languages in the page's
// language, with the name in itself after it when that differs, sorted.
let filterCache = { lang: null, list: [] };

export function languageFilterChoices() {
  if (filterCache.lang !== lang.value) {
    const list = LANGUAGE_TAGS.map((tag) => {
      const here = languageNameHere(tag);
      const own = ownName(tag);
      return [tag, here.toLocaleLowerCase() === own.toLocaleLowerCase() ? own : `${here} (${own})`, here];
    })
      .sort((a, b) => compare(a[2], b[2]))
      .map(([tag, name]) => [tag, name]);
    filterCache = { lang: lang.value, list };
  }
  return filterCache.list;
}

let countryCache = { lang: null, list: [] };

// countryChoices names every country in the page's language, sorted the
// way that language sorts.
export function countryChoices() {
  if (countryCache.lang !== lang.value) {
    const list = COUNTRIES.map((c) => [c, regionName(c)]).sort((a, b) => compare(a[1], b[1]));
    countryCache = { lang: lang.value, list };
  }
  return countryCache.list;
}

// Time zones are listed by region (the IANA name's first part), each as
// its city, its offset from UTC now and, where the browser has one, its
// name in the page's language: "Nairobi (UTC+03:00) · East Africa Time".
// The city comes first so that typing its name in the closed select finds
// it. Built once per language: some 400 zones cost two formatters each.
const ZONE_REGIONS = ['Africa', 'America', 'Antarctica', 'Arctic', 'Asia', 'Atlantic', 'Australia', 'Europe', 'Indian', 'Pacific'];
let zoneCache = { lang: null, groups: [], known: new Set() };

// zoneOffset is zone's offset from UTC at the instant when, as "UTC+05:30"
// (and "UTC" for none).
export function zoneOffset(zone, when = new Date()) {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(when)
      .find((x) => x.type === 'timeZoneName');
    const m = /GMT([+-]\d\d:\d\d)?/.exec(part?.value || '');
    return m ? 'UTC' + (m[1] || '') : 'UTC';
  } catch {
    return 'UTC';
  }
}

function zoneLabel(zone, when) {
  const city = zone.split('/').pop().replaceAll('_', ' ');
  const offset = zoneOffset(zone, when);
  let name = '';
  try {
    name = new Intl.DateTimeFormat(lang.value, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(when)
      .find((x) => x.type === 'timeZoneName')?.value || '';
  } catch {
    // An old browser: the city and the offset say enough.
  }
  // Where the browser has no name, it answers with the offset again.
  const named = name && !/^(GMT|UTC)([+\-−]|$)/.test(name);
  return zone === 'UTC' ? `UTC (${t('field.time_zone.utc')})` : `${city} (${offset})${named ? ' · ' + name : ''}`;
}

// zoneChoices lists the IANA time zones the browser knows, in groups by
// region ({group, options: [[zone, label]]}), plus current if it lacks it.
export function zoneChoices(current) {
  if (zoneCache.lang !== lang.value) {
    let zones;
    try {
      zones = Intl.supportedValuesOf('timeZone');
    } catch {
      zones = ['UTC'];
    }
    const when = new Date();
    const byRegion = new Map();
    for (const zone of new Set(['UTC', ...zones])) {
      const region = ZONE_REGIONS.includes(zone.split('/')[0]) && zone.includes('/') ? zone.split('/')[0] : 'other';
      if (!byRegion.has(region)) {
        byRegion.set(region, []);
      }
      byRegion.get(region).push([zone, zoneLabel(zone, when)]);
    }
    const groups = [...byRegion.entries()].map(([region, options]) => ({
      group: t('field.time_zone.region.' + region.toLowerCase()),
      region,
      options: options.sort((a, b) => compare(a[1], b[1])),
    }));
    // UTC (and zones of no region) first, then the regions in the page's order.
    groups.sort((a, b) => (b.region === 'other') - (a.region === 'other') || compare(a.group, b.group));
    zoneCache = { lang: lang.value, groups, known: new Set(zones.concat('UTC')) };
  }
  if (current && !zoneCache.known.has(current)) {
    return [{ group: t('field.time_zone.region.other'), region: 'current', options: [[current, zoneLabel(current, new Date())]] }, ...zoneCache.groups];
  }
  return zoneCache.groups;
}

// parseTags splits "a, b, c" (Latin, Arabic or CJK commas) into tags.
export function parseTags(text) {
  return String(text || '')
    .split(/[,،，、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const chars = (s) => [...String(s || '').trim()].length;

// profileForm turns an account into the form's values (tags as text).
export function profileForm(a) {
  return {
    display_name: a.display_name || '',
    stakeholder_group: a.stakeholder_group || '',
    region: a.region || '',
    country: a.country || '',
    languages: [...(a.languages || [])],
    time_zone: a.time_zone || '',
    themes: [...(a.themes || [])],
    tags: (a.tags || []).join(', '),
    expertise: a.expertise || '',
    youth: !!a.youth,
    parliamentarian: !!a.parliamentarian,
    directory_opt_in: !!a.directory_opt_in,
  };
}

// profileBody turns the form's values into the API's profile fields.
export function profileBody(v) {
  return {
    display_name: v.display_name.trim(),
    stakeholder_group: v.stakeholder_group,
    region: v.region,
    country: v.country,
    languages: v.languages,
    time_zone: v.time_zone,
    themes: v.themes,
    tags: parseTags(v.tags),
    expertise: v.expertise.trim(),
    youth: !!v.youth,
    parliamentarian: v.stakeholder_group === 'government' && !!v.parliamentarian,
    directory_opt_in: !!v.directory_opt_in,
  };
}

// checkProfile finds, before asking the server, what it would refuse.
export function checkProfile(v) {
  const out = required(v, ['display_name', 'stakeholder_group', 'region', 'country', 'languages', 'time_zone']);
  if (!out.display_name && chars(v.display_name) > 80) {
    out.display_name = { key: 'field.display_name.invalid' };
  }
  if (!out.languages && v.languages.length > 10) {
    out.languages = { key: 'field.languages.invalid' };
  }
  const tags = parseTags(v.tags);
  if (tags.length > 10 || tags.some((x) => chars(x) > 40)) {
    out.tags = { key: 'field.tags.invalid' };
  }
  if (chars(v.expertise) > 500) {
    out.expertise = { key: 'field.expertise.invalid' };
  }
  return out;
}

// profileLabels names the profile's fields, for the error summary.
export function profileLabels() {
  return {
    display_name: t('field.display_name'),
    stakeholder_group: t('field.stakeholder_group'),
    parliamentarian: t('field.parliamentarian'),
    region: t('field.region'),
    country: t('field.country'),
    youth: t('field.youth'),
    languages: t('field.languages'),
    time_zone: t('field.time_zone'),
    themes: t('field.themes'),
    tags: t('field.tags'),
    expertise: t('field.expertise'),
    directory_opt_in: t('field.directory_opt_in'),
  };
}

// TimeZoneField is the time zone select, with the time there now as a hint.
export function TimeZoneField({ form, label }) {
  const zone = form.values.time_zone;
  const now = zone ? formatDateTime(new Date().toISOString(), zone, { weekday: 'long', hour: 'numeric', minute: '2-digit' }) : '';
  return html`<${SelectField}
    form=${form}
    name="time_zone"
    label=${label}
    hint=${zone ? t('field.time_zone.hint', { time: now }) : t('field.time_zone.hint_none')}
    options=${zoneChoices(zone)}
    placeholder=${t('form.choose')}
    required
  />`;
}

// ProfileFields are every field of a profile, in groups under headings of
// the given level ("h2" on a page of its own, "h3" inside a section).
export function ProfileFields({ form, meta, level = 'h2' }) {
  const labels = profileLabels();
  const v = form.values;
  // A language of the profile that the list lacks stays listed once
  // dropped, so that it can be picked again.
  const seen = useRef([]);
  seen.current = [...new Set([...seen.current, ...v.languages])];
  const H = level;
  return html`
    <${H} class="form-section">${t('profile.section.about')}<//>
    <${TextField} form=${form} name="display_name" label=${labels.display_name} hint=${t('field.display_name.hint')} autocomplete="name" required />
    <${SelectField}
      form=${form}
      name="stakeholder_group"
      label=${labels.stakeholder_group}
      options=${choices('stakeholder', meta.stakeholder_groups)}
      placeholder=${t('form.choose')}
      required
      onChange=${(g) => g !== 'government' && v.parliamentarian && form.set('parliamentarian', false)}
    />
    ${v.stakeholder_group === 'government' &&
    html`<${Checkbox} form=${form} name="parliamentarian" label=${labels.parliamentarian} hint=${t('field.parliamentarian.hint')} />`}
    <${SelectField}
      form=${form}
      name="region"
      label=${labels.region}
      hint=${t('field.region.hint')}
      options=${choices('region', meta.regions)}
      placeholder=${t('form.choose')}
      required
    />
    <${SelectField} form=${form} name="country" label=${labels.country} options=${countryChoices()} placeholder=${t('form.choose')} required />
    <${Checkbox} form=${form} name="youth" label=${labels.youth} hint=${t('field.youth.hint')} />

    <${H} class="form-section">${t('profile.section.languages')}<//>
    <${MultiSelect}
      form=${form}
      name="languages"
      label=${labels.languages}
      hint=${t('field.languages.hint')}
      options=${languageChoices(seen.current)}
      required
    />
    <${TimeZoneField} form=${form} label=${labels.time_zone} />

    <${H} class="form-section">${t('profile.section.interests')}<//>
    <${CheckboxGroup} form=${form} name="themes" legend=${labels.themes} hint=${t('field.themes.hint')} options=${choices('theme', meta.themes)} />
    <${TextField} form=${form} name="tags" label=${labels.tags} hint=${t('field.tags.hint')} />
    <${TextField} form=${form} name="expertise" label=${labels.expertise} hint=${t('field.expertise.hint')} multiline rows=${4} />

    <${H} class="form-section">${t('profile.section.directory')}<//>
    <${Checkbox} form=${form} name="directory_opt_in" label=${labels.directory_opt_in} hint=${t('field.directory_opt_in.hint')} />
  `;
}
