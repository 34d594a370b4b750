// Break console (/console/breaks, the secretariat's): coffee breaks by
// language. Schedule one (components/breakform.js), edit it before it
// starts, cancel it; list the breaks running, upcoming and, on asking,
// past; and watch a break's rounds being seated (components/breakwatch.js),
// the break in ?break= or else the first one running or about to start.
import { html } from 'htm/preact';
import { useState, useEffect, useRef } from 'preact/hooks';
import { Page, Loading, Failure } from '../components/page.js';
import { useLoad } from '../components/load.js';
import { BreakForm } from '../components/breakform.js';
import { BreakWatch } from '../components/breakwatch.js';
import { OPENS_BEFORE } from '../components/breaklive.js';
import { ConsoleTabs } from '../components/console/tabs.js';
import { get, post, patch, del, ApiError } from '../api.js';
import { account } from '../session.js';
import { search, setQuery } from '../router.js';
import { toast } from '../toasts.js';
import { t, formatDateTime, languageNameHere, browserZone } from '../i18n.js';

const WHEN = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
const TIME = { hour: 'numeric', minute: '2-digit' };
// REFRESH: the list (its sign-up counts, a break that began) is read
// again quietly while the page is open.
const REFRESH = 30_000;

// isolate keeps a title written in another direction whole inside a
// sentence (Unicode bidi isolates), as sessions.js does.
const isolate = (s) => '\u2068' + s + '\u2069';

// phase is where a break stands at now: upcoming, open (its room lets
// people in before the start), running or over.
export function phase(b, now) {
  const start = Date.parse(b.starts_at);
  if (now >= Date.parse(b.ends_at)) {
    return 'over';
  }
  if (now >= start) {
    return 'running';
  }
  return now >= start - OPENS_BEFORE ? 'open' : 'upcoming';
}

function useNow(every) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const i = setInterval(() => setNow(Date.now()), every);
    return () => clearInterval(i);
  }, []);
  return now;
}

// span shows a break's start and end, the end's date only when it differs.
function span(b, zone) {
  const sameDay = formatDateTime(b.starts_at, zone, { dateStyle: 'short' }) === formatDateTime(b.ends_at, zone, { dateStyle: 'short' });
  return `${formatDateTime(b.starts_at, zone, WHEN)} – ${formatDateTime(b.ends_at, zone, sameDay ? TIME : WHEN)}`;
}

function Item({ b, zone, now, watchedId, onEdit, onCancel }) {
  const p = phase(b, now);
  const watched = watchedId === b.id;
  const mayEdit = p === 'upcoming' || p === 'open';
  return html`<li class="card break-item" data-break-id=${b.id} data-phase=${p}>
    <h3><span dir="auto">${b.title}</span> <span class=${'tag break-phase break-phase-' + p}>${t('breakconsole.phase.' + p)}</span></h3>
    <p class="session-facts"><strong>${span(b, zone)}</strong></p>
    <p>
      ${t('breakconsole.shape', { rounds: b.rounds, minutes: b.round_minutes, size: b.table_size })}
      ${' · '}${t('breakconsole.signed_up', { count: b.signed_up })}
    </p>
    <p class="muted">${t('breakconsole.languages', { list: b.languages.map(languageNameHere).join(', ') })}</p>
    <p class="booking-actions">
      ${p !== 'upcoming' &&
      (watched
        ? html`<strong class="break-watched">${t('breakconsole.watched')}</strong>`
        : html`<a class="button" href=${'/console/breaks?break=' + encodeURIComponent(b.id)}>${t('breakconsole.watch')}</a>`)}
      ${mayEdit && html`<button type="button" class="break-edit" onClick=${() => onEdit(b)} aria-label=${t('breakconsole.edit_named', { title: b.title })}>${t('breakconsole.edit')}</button>`}
      ${p !== 'over' && html`<button type="button" class="danger" onClick=${() => onCancel(b)} aria-label=${t('breakconsole.cancel_named', { title: b.title })}>${t('breakconsole.cancel')}</button>`}
    </p>
  </li>`;
}

function Group({ id, title, items, none, ...rest }) {
  return html`<section aria-labelledby=${id} class="break-group">
    <h2 id=${id}>${title}</h2>
    ${items.length === 0
      ? html`<p class="muted">${none}</p>`
      : html`<ul class="break-list">${items.map((b) => html`<${Item} key=${b.id} b=${b} ...${rest} />`)}</ul>`}
  </section>`;
}

export function BreakConsolePage() {
  const me = account.value;
  const zone = me?.time_zone || browserZone();
  const now = useNow(10_000);
  const [past, setPast] = useState(false);
  const [editing, setEditing] = useState(null); // null, 'new' or the break being edited
  const list = useLoad(() => get('/api/breaks' + (past ? '?past=true' : '')), [past]);
  useEffect(() => {
    const i = setInterval(() => document.visibilityState === 'visible' && list.reload(), REFRESH);
    return () => clearInterval(i);
  }, []);
  const chosen = new URLSearchParams(search.value).get('break');
  const items = list.data?.items || [];
  // A break asked for that the list lacks (past, while past ones are
  // hidden) is read on its own.
  const inList = chosen && items.find((b) => b.id === chosen);
  const one = useLoad(() => (chosen && list.data && !inList ? get('/api/breaks/' + encodeURIComponent(chosen)) : Promise.resolve(null)), [chosen, !!list.data, !!inList]);
  const watched = inList || (chosen ? one.data : items.find((b) => ['running', 'open'].includes(phase(b, now))));

  // Watch the rounds (a link that changes ?break= only) takes the focus
  // to the break it shows, above the lists, as a new page would.
  const firstBreak = useRef(chosen);
  useEffect(() => {
    if (chosen && chosen !== firstBreak.current) {
      firstBreak.current = null;
      requestAnimationFrame(() => document.getElementById('watch-title')?.focus());
    }
  }, [chosen, !!watched]);

  const editor = () => document.getElementById('editor-title')?.focus();
  const openEditor = (what) => {
    setEditing(what);
    requestAnimationFrame(editor);
  };
  // Closing the form gives the focus back to what opened it (the break's
  // Edit, or Schedule a break), rather than losing it with the form.
  const closeEditor = () => {
    const was = editing;
    setEditing(null);
    requestAnimationFrame(() => {
      const edit = was && was !== 'new' && document.querySelector(`.break-item[data-break-id="${CSS.escape(was.id)}"] .break-edit`);
      (edit || document.getElementById('break-new'))?.focus();
    });
  };
  async function schedule(body) {
    const b = await post('/api/breaks', body);
    closeEditor();
    toast(t('breakconsole.scheduled', { title: isolate(b.title) }));
    list.reload();
  }
  async function save(body) {
    const b = await patch('/api/breaks/' + encodeURIComponent(editing.id), body);
    closeEditor();
    toast(t('breakconsole.saved', { title: isolate(b.title) }));
    list.set((d) => ({ ...d, items: d.items.map((x) => (x.id === b.id ? b : x)) }));
  }
  async function cancel(b) {
    if (!confirm(t('breakconsole.cancel_confirm', { title: isolate(b.title) }))) {
      return;
    }
    try {
      await del('/api/breaks/' + encodeURIComponent(b.id));
      toast(t('breakconsole.cancelled', { title: isolate(b.title) }));
      if (editing && editing.id === b.id) {
        setEditing(null);
      }
      if (chosen === b.id) {
        setQuery({ break: null });
      }
      list.set((d) => ({ ...d, items: d.items.filter((x) => x.id !== b.id) }));
    } catch (e) {
      toast(e instanceof ApiError && e.code !== 'internal' ? t('error.' + e.code) : t('error.internal'), { kind: 'error' });
      list.reload();
    }
  }

  const groups = { running: [], upcoming: [], over: [] };
  for (const b of items) {
    const p = phase(b, now);
    groups[p === 'open' ? 'upcoming' : p].push(b);
  }
  groups.over.reverse(); // the latest first
  const rest = { zone, now, watchedId: watched?.id, onEdit: openEditor, onCancel: cancel };

  let lists;
  if (list.error && !list.data) {
    lists = html`<${Failure} error=${list.error} retry=${list.reload} />`;
  } else if (!list.data) {
    lists = html`<${Loading} />`;
  } else {
    lists = html`
      <${Group} id="running-title" title=${t('breakconsole.running')} items=${groups.running} none=${t('breakconsole.none_running')} ...${rest} />
      <${Group} id="upcoming-title" title=${t('breakconsole.upcoming')} items=${groups.upcoming} none=${t('breakconsole.none_upcoming')} ...${rest} />
      ${past && html`<${Group} id="past-title" title=${t('breakconsole.past')} items=${groups.over} none=${t('breakconsole.none_past')} ...${rest} />`}
      <p><button type="button" aria-pressed=${past ? 'true' : 'false'} onClick=${() => setPast(!past)}>${t('breakconsole.show_past')}</button></p>`;
  }

  return html`<${Page} title=${t('breakconsole.title')} intro=${t('breakconsole.intro')} wide>
    <${ConsoleTabs} />
    <p class="session-top">
      <button type="button" id="break-new" class="primary" aria-expanded=${editing === 'new' ? 'true' : 'false'} aria-controls="break-editor" onClick=${() => (editing === 'new' ? setEditing(null) : openEditor('new'))}>
        ${t('breakconsole.new')}
      </button>
      <span class="muted">${t('booth.hours_zone', { zone: zone.replaceAll('_', ' ') })}</span>
    </p>
    <div id="break-editor">
      ${editing &&
      html`<section class="card" aria-labelledby="editor-title">
        <h2 id="editor-title" tabindex="-1">${editing === 'new' ? t('breakconsole.new') : t('breakconsole.edit_title', { title: isolate(editing.title) })}</h2>
        <${BreakForm}
          key=${editing === 'new' ? 'new' : editing.id}
          b=${editing === 'new' ? null : editing}
          zone=${zone}
          onSave=${editing === 'new' ? schedule : save}
          submitLabel=${editing === 'new' ? t('breakconsole.schedule') : t('breakconsole.save')}
          onCancel=${closeEditor}
        />
      </section>`}
    </div>
    ${chosen && one.error && html`<${Failure} error=${one.error} retry=${one.reload} />`}
    ${watched ? html`<${BreakWatch} key=${watched.id} b=${watched} />` : list.data && html`<p class="notice">${t('breakconsole.nothing_to_watch')}</p>`}
    ${lists}
  <//>`;
}
