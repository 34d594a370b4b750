// People to meet: the viewer's suggestions (GET /api/me/suggestions), up to
// ten people and five booths, each with its reasons written as sentences in
// the page's language from the API's codes; "Would like to meet" (a
// private wish, which becomes a mutual match when the other wishes back);
// and one step to ask for a meeting. The mutual matches are listed first.
import { html } from 'htm/preact';
import { useState, useEffect } from 'preact/hooks';
import { Page, Loading, Failure } from '../components/page.js';
import { Avatar } from '../components/avatar.js';
import { useLoad } from '../components/load.js';
import { mutuals, markMutual, unmarkMutual, zones } from '../components/mutual.js';
import { isolate } from '../components/meetingtime.js';
import { get, request, del, ApiError } from '../api.js';
import { account } from '../session.js';
import { label } from '../meta.js';
import { toast } from '../toasts.js';
import { t, lang, regionName, languageNameHere } from '../i18n.js';

const NONE = [];

// list joins names as the page's language does ("Data, Trust and Inclusion").
function list(names) {
  try {
    return new Intl.ListFormat(lang.value, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

// reasonText writes one reason ({code, ...parameters}) as a sentence; for
// a booth (booth: true) some read differently. An unknown code is left out.
export function reasonText(r, booth = false) {
  const themes = () => list((r.themes || []).map((x) => label('theme', x)));
  const languages = () => list((r.languages || []).map(languageNameHere));
  switch (r.code) {
    case 'themes':
      return t(booth ? 'suggest.booth.themes' : 'suggest.reason.themes', { themes: themes() });
    case 'tags':
      return t('suggest.reason.tags', { tags: list((r.tags || []).map(isolate)) });
    case 'languages':
      return t(booth ? 'suggest.booth.languages' : 'suggest.reason.languages', { languages: languages() });
    case 'stakeholders':
      return t('suggest.reason.stakeholders', { mine: label('stakeholder', r.mine), theirs: label('stakeholder', r.theirs) });
    case 'region':
      return t(booth ? 'suggest.booth.region' : 'suggest.reason.region', { region: label('region', r.region) });
    case 'regions':
      return t('suggest.reason.regions', { mine: label('region', r.mine), theirs: label('region', r.theirs) });
    case 'hours_overlap':
      return t('suggest.reason.hours_overlap', { hours: r.hours });
    default:
      return '';
  }
}

function Reasons({ reasons, booth }) {
  const lines = (reasons || []).map((r) => reasonText(r, booth)).filter(Boolean);
  if (lines.length === 0) {
    return null;
  }
  return html`<ul class="reasons" aria-label=${t('suggest.why')}>
    ${lines.map((x, i) => html`<li key=${i}>${x}</li>`)}
  </ul>`;
}

// wishError says why a wish was refused, in the page's language.
function wishError(e, name) {
  if (e instanceof ApiError && e.code === 'blocked') {
    return t('suggest.error.blocked', { name: isolate(name) });
  }
  if (e instanceof ApiError && e.code === 'validation_failed') {
    return t('suggest.error.too_many');
  }
  return t(e?.code ? 'error.' + e.code : 'error.network');
}

// useWish is the "would like to meet" state of one person, sent at once.
function useWish(person, initial, onChange) {
  const [wished, setWished] = useState(initial);
  const [busy, setBusy] = useState(false);
  useEffect(() => setWished(initial), [initial]);
  const toggle = async () => {
    if (busy) {
      return;
    }
    setBusy(true);
    const url = '/api/me/wishes/' + encodeURIComponent(person.id);
    try {
      if (wished) {
        await del(url);
        setWished(false);
        unmarkMutual(person.id);
      } else {
        const w = await request('PUT', url);
        setWished(true);
        if (w?.mutual) {
          markMutual({ id: person.id, name: person.name }, w.suggested_times || []);
        }
      }
      onChange?.();
    } catch (e) {
      toast(wishError(e, person.name), { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { wished, busy, toggle };
}

function WishButton({ person, wish, describedBy }) {
  return html`<button
    type="button"
    class="wish"
    aria-pressed=${wish.wished ? 'true' : 'false'}
    aria-describedby=${describedBy}
    aria-disabled=${wish.busy ? 'true' : undefined}
    onClick=${wish.toggle}
  >
    <span class="wish-mark" aria-hidden="true">${wish.wished ? '✓' : '+'}</span>${t('suggest.wish')}
  </button>`;
}

function AskLink({ id, describedBy }) {
  return html`<a class="button primary" href=${'/meetings/new?with=' + encodeURIComponent(id)} aria-describedby=${describedBy}>${t('suggest.ask')}</a>`;
}

function MutualBadge() {
  return html`<span class="mutual-badge"><span aria-hidden="true">♥</span> ${t('suggest.mutual.badge')}</span>`;
}

function PersonCard({ item, onChange }) {
  const p = item.person;
  const wish = useWish(p, item.wished, onChange);
  const mutual = wish.wished && mutuals.value.has(p.id);
  const nameId = 'tomeet-' + p.id;
  const facts = [p.organisation?.name, label('stakeholder', p.stakeholder_group), label('region', p.region), p.country && regionName(p.country)].filter(Boolean);
  // The face sits beside the name, and the rest takes the card's whole
  // width: on a phone a column for the face would leave the reasons a
  // narrow strip.
  return html`<li class=${'result tomeet' + (mutual ? ' is-mutual' : '')}>
    <div class="result-body">
      <div class="result-head">
        <${Avatar} id=${p.id} name=${p.name} photo=${p.photo_url} size="m" />
        <h3 id=${nameId}><a href=${'/people/' + encodeURIComponent(p.id)}>${p.name}</a></h3>
        ${p.role && p.role !== 'participant' && html`<span class=${'role role-' + p.role}>${label('role', p.role)}</span>`}
        ${mutual && html`<${MutualBadge} />`}
      </div>
      ${facts.length > 0 && html`<p>${facts.join(' · ')}</p>`}
      ${p.languages?.length > 0 && html`<p>${t('directory.speaks', { languages: p.languages.map(languageNameHere).join(', ') })}</p>`}
      ${p.themes?.length > 0 &&
      html`<ul class="tags" aria-label=${t('directory.themes')}>
        ${p.themes.map((x) => html`<li key=${x}>${label('theme', x)}</li>`)}
      </ul>`}
      <${Reasons} reasons=${item.reasons} />
      <div class="actions">
        <${WishButton} person=${p} wish=${wish} describedBy=${nameId} />
        <${AskLink} id=${p.id} describedBy=${nameId} />
      </div>
    </div>
  </li>`;
}

function BoothCard({ item }) {
  const b = item.booth;
  return html`<li class="result tomeet-booth">
    <div class="result-body">
      <h3><a href=${'/booths/' + encodeURIComponent(b.id)}>${b.title}</a></h3>
      <p class="muted">${[label('kind', b.kind), label('region', b.region)].filter(Boolean).join(' · ')}</p>
      <${Reasons} reasons=${item.reasons} booth />
    </div>
  </li>`;
}

// Mutual lists the people who wish to meet the viewer as the viewer wishes
// to meet them.
function Mutual({ wishes }) {
  const known = mutuals.value;
  const items = wishes.filter((w) => w.mutual || known.has(w.person.id));
  if (items.length === 0) {
    return null;
  }
  return html`<section class="card mutual-list" aria-labelledby="mutual-title">
    <h2 id="mutual-title">${t('suggest.mutual.title')}</h2>
    <p class="muted">${t('suggest.mutual.intro')}</p>
    <ul class="people-list">
      ${items.map(
        (w) => html`<li key=${w.person.id}>
          <${Avatar} id=${w.person.id} name=${w.person.name} photo=${w.person.photo_url} />
          <a id=${'mutual-' + w.person.id} href=${'/people/' + encodeURIComponent(w.person.id)}>${w.person.name}</a>
          <a class="button small" href=${'/meetings/new?with=' + encodeURIComponent(w.person.id)} aria-describedby=${'mutual-' + w.person.id}>${t('suggest.ask')}</a>
        </li>`,
      )}
    </ul>
  </section>`;
}

function Empty({ secretariat }) {
  if (secretariat) {
    return html`<div class="notice"><p>${t('suggest.secretariat')}</p><p><a href="/people">${t('suggest.to_directory')}</a></p></div>`;
  }
  return html`<div class="notice tomeet-empty">
    <h2>${t('suggest.none')}</h2>
    <p>${t('suggest.none_why')}</p>
    <ul>
      <li><a href="/me">${t('suggest.none_profile')}</a></li>
      <li><a href="/people">${t('suggest.to_directory')}</a></li>
      <li><a href="/village">${t('suggest.none_village')}</a></li>
    </ul>
  </div>`;
}

export function SuggestionsPage() {
  const me = account.value;
  const data = useLoad(() => get('/api/me/suggestions'), []);
  // One's wishes name the mutual matches; without them the page still
  // shows the suggestions.
  const wishes = useLoad(() => get('/api/me/wishes'), []);
  const s = data.data;
  const myWishes = wishes.data?.items || NONE;

  useEffect(() => {
    for (const w of myWishes) {
      if (w.mutual && !mutuals.peek().has(w.person.id)) {
        mutuals.value = new Set([...mutuals.peek(), w.person.id]);
      }
    }
  }, [myWishes]);
  useEffect(() => {
    for (const x of s?.people || []) {
      if (x.person.time_zone) {
        zones.set(x.person.id, x.person.time_zone);
      }
    }
  }, [s]);
  // A match told live adds its person to the list of mutual matches.
  const known = mutuals.value;
  useEffect(() => {
    if ([...known].some((id) => !myWishes.some((w) => w.person.id === id))) {
      wishes.reload();
    }
  }, [known]);

  let body;
  if (data.error) {
    body = html`<${Failure} error=${data.error} retry=${data.reload} />`;
  } else if (!s || (!wishes.data && !wishes.error)) {
    // Both lists come before anything is drawn: the mutual matches, drawn
    // first, would otherwise push the suggestions down under the reader.
    body = html`<${Loading} />`;
  } else {
    const secretariat = me?.role === 'secretariat';
    const none = s.people.length === 0 && s.booths.length === 0;
    body = html`
      <${Mutual} wishes=${myWishes} />
      ${none && html`<${Empty} secretariat=${secretariat} />`}
      ${s.people.length > 0 &&
      html`<section aria-labelledby="tomeet-people">
        <h2 id="tomeet-people">${t('suggest.people')}</h2>
        <ul class="results tomeet-people">
          ${s.people.map((x) => html`<${PersonCard} key=${x.person.id} item=${x} onChange=${wishes.reload} />`)}
        </ul>
      </section>`}
      ${s.booths.length > 0 &&
      html`<section aria-labelledby="tomeet-booths">
        <h2 id="tomeet-booths">${t('suggest.booths')}</h2>
        <ul class="results tomeet-booths">
          ${s.booths.map((x) => html`<${BoothCard} key=${x.booth.id} item=${x} />`)}
        </ul>
      </section>`}
    `;
  }
  return html`<${Page} title=${t('suggest.title')} intro=${t('suggest.intro')} wide>${body}<//>`;
}
