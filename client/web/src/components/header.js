// header: the banner on every page. On a wider screen it has two rows: the
// app's name, the live connection's state (in a polite live region, so
// that a screen reader hears "Reconnecting…" without losing its place),
// who is signed in and their role, the language switcher and signing out;
// under them the main navigation, a row of its own that only ever wraps
// on itself (ten links do not fit beside the person's tools at 1280 px in
// French or Russian, and wrapping them in among the tools read as a
// jumble). The secretariat's coffee breaks are in the console's tabs. On a
// phone all but the name and the connection fold behind a Menu button.
import { html } from 'htm/preact';
import { useState, useEffect, useRef } from 'preact/hooks';
import { account, signOut } from '../session.js';
import { state, problem } from '../live.js';
import { t, lang, LANGUAGES, languageName, setLanguage } from '../i18n.js';
import { path, navigate } from '../router.js';
import { toast } from '../toasts.js';
import { Avatar } from './avatar.js';
import { inboxCount } from './meetinglive.js';

// also is another path prefix the link stands for (a booth's page is in
// the village).
function NavLink({ href, also, children }) {
  const under = (p) => path.value === p || path.value.startsWith(p + '/');
  const here = href === '/' ? path.value === '/' : under(href) || (also && under(also));
  return html`<li><a href=${href} aria-current=${here ? 'page' : undefined}>${children}</a></li>`;
}

// STATES are the connection's states (live.js), each with a word to show.
const STATES = ['connecting', 'connected', 'reconnecting', 'offline'];

// Connection shows the live connection's state. Its word changes while the
// page loads ("connecting", then "connected"), so it keeps the room of the
// longest word in the reader's language (the others stand, hidden, in the
// same grid cell): the header around it never reflows, and nothing below
// it moves. Why we gave up is a callout under the indicator, over the page,
// for the same reason.
function Connection() {
  const s = state.value;
  const why = problem.value;
  return html`<p class="connection" id="connection" data-state=${s} role="status">
    <span class="dot" aria-hidden="true"></span>
    <span class="label">
      <span class="now">${t('connection.' + s)}</span>
      ${STATES.map((x) => html`<span class="room" aria-hidden="true" key=${x}>${t('connection.' + x)}</span>`)}
      ${why && s !== 'connected' ? html` <span class="why">${t('connection.problem.' + why)}</span>` : ''}
    </span>
  </p>`;
}

export function LanguageSwitch() {
  return html`<div class="language-switch">
    <label for="language-switch" class="visually-hidden">${t('header.language')}</label>
    <select id="language-switch" value=${lang.value} onChange=${(e) => setLanguage(e.currentTarget.value, { remember: true })}>
      ${LANGUAGES.map((code) => html`<option value=${code} lang=${code} key=${code}>${languageName(code)}</option>`)}
    </select>
  </div>`;
}

// Mark is Village's sign: people gathered around a table.
function Mark() {
  return html`<svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <rect width="32" height="32" rx="8" fill="#fff" />
    <circle cx="16" cy="16" r="5" fill="#0b5c8e" />
    <circle cx="16" cy="6.5" r="3" fill="#f0a030" />
    <circle cx="25.5" cy="16" r="3" fill="#1b6e3a" />
    <circle cx="16" cy="25.5" r="3" fill="#b03a2e" />
    <circle cx="6.5" cy="16" r="3" fill="#7a3e9d" />
  </svg>`;
}

export function Header() {
  const me = account.value;
  // On a phone the navigation and the person's tools fold behind a Menu
  // button (CSS shows the button only on narrow screens); the connection
  // stays in sight. Any navigation folds it again.
  const [open, setOpen] = useState(false);
  const toggle = useRef(null);
  useEffect(() => setOpen(false), [path.value, !!me]);
  // Escape folds the open menu and gives the focus back to its button, as
  // a disclosure should (WAI-ARIA Authoring Practices).
  const onKeyDown = (e) => {
    if (e.key === 'Escape' && open && !e.defaultPrevented) {
      setOpen(false);
      toggle.current?.focus();
    }
  };
  const out = async () => {
    try {
      await signOut();
      navigate('/signin');
    } catch {
      toast(t('error.network'), { kind: 'error' });
    }
  };
  return html`<header class=${'site-header' + (me ? ' signed-in' : '')} onKeyDown=${onKeyDown}>
    <a class="skip-link" href="#main" onClick=${(e) => {
      e.preventDefault();
      document.getElementById('main')?.focus();
    }}>${t('header.skip')}</a>
    <div class="bar frame">
      <a class="brand" href="/"><${Mark} />${t('app.name')}</a>
      ${me && html`<${Connection} />`}
      ${me &&
      html`<button type="button" class="menu-toggle" ref=${toggle} aria-expanded=${open ? 'true' : 'false'} aria-controls="header-panel" onClick=${() => setOpen(!open)}>
        <span class="menu-icon" aria-hidden="true"></span>${t('header.menu')}
      </button>`}
      <div id="header-panel" class=${'panel' + (open ? ' open' : '')}>
        ${me &&
        html`<nav aria-label=${t('header.nav')}>
          <ul>
            <${NavLink} href="/">${t('nav.home')}<//>
            <${NavLink} href="/village" also="/booths">${t('nav.village')}<//>
            <${NavLink} href="/sessions">${t('nav.sessions')}<//>
            ${me.role !== 'secretariat' && html`<${NavLink} href="/breaks">${t('breaks.nav')}<//>`}
            <${NavLink} href="/people">${t('nav.people')}<//>
            ${me.role === 'participant' && html`<${NavLink} href="/people-to-meet">${t('suggest.nav')}<//>`}
            <${NavLink} href="/meetings">${t('meetings.nav')}${inboxCount.value > 0 && html` <span class="count-badge" aria-hidden="true">${inboxCount.value}</span><span class="visually-hidden">${t('meetings.nav_count', { count: inboxCount.value })}</span>`}<//>
            <${NavLink} href="/schedule">${t('nav.schedule')}<//>
            <${NavLink} href="/contacts">${t('nav.contacts')}<//>
            ${(me.role === 'staff' || me.role === 'secretariat') && html`<${NavLink} href="/console">${t('nav.console')}<//>`}
            ${me.role === 'secretariat' && html`<${NavLink} href="/organisations">${t('nav.organisations')}<//>`}
            ${me.role === 'secretariat' && html`<${NavLink} href="/invitations">${t('nav.invitations')}<//>`}
            <${NavLink} href="/me">${t('nav.profile')}<//>
          </ul>
        </nav>`}
        <div class="tools">
          ${me &&
          html`<p class="who">
            <${Avatar} id=${me.id} name=${me.display_name} photo=${me.photo_url} />
            <span class="name">${me.display_name}</span>
            <span class=${'role role-' + me.role}>${t('role.' + me.role)}</span>
          </p>`}
          <${LanguageSwitch} />
          ${me && html`<button type="button" class="link-button" onClick=${out}>${t('header.sign_out')}</button>`}
        </div>
      </div>
    </div>
  </header>`;
}
