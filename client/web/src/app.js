// app: the shell (header, main, toasts) and the page table. Pages that need
// a signed-in person send others to /signin (and back after); pages for
// the signed-out send the signed-in home; the secretariat's pages are
// theirs alone.
import { html } from 'htm/preact';
import { useEffect, useRef } from 'preact/hooks';
import { status, account } from './session.js';
import { path, search, navigate, match } from './router.js';
import { t } from './i18n.js';
import { Header } from './components/header.js';
import { Toasts } from './components/toasts.js';
import { Loading } from './components/page.js';
import { SignInPage } from './pages/signin.js';
import { HomePage } from './pages/home.js';
import { NotFoundPage } from './pages/notfound.js';
import { RegisterPage } from './pages/register.js';
import { InvitePage } from './pages/invite.js';
import { ProfilePage } from './pages/profile.js';
import { DirectoryPage } from './pages/directory.js';
import { PersonPage } from './pages/person.js';
import { VillagePage } from './pages/village.js';
import { BoothPage } from './pages/booth.js';
import { OrganisationsPage } from './pages/organisations.js';
import { InvitationsPage } from './pages/invitations.js';
import { TalkPage, MeetPage } from './pages/talk.js';
import { SchedulePage } from './pages/schedule.js';
import { ConsolePage } from './pages/console.js';
import { BreakConsolePage } from './pages/breakconsole.js';
import { ContactsPage } from './pages/contacts.js';
import { SessionsPage, SessionPage, NewSessionPage } from './pages/sessions.js';
import { BreaksPage, BreakPage } from './pages/breaks.js';
import { SuggestionsPage } from './pages/suggestions.js';
import { MeetingsPage, MeetingPage, NewMeetingPage } from './pages/meetings.js';
import './components/sessionlive.js';
import './components/meetinglive.js';
import './components/mutual.js';

// routes: server/app.go serves index.html at the same paths.
const routes = [
  { path: '/', page: HomePage, who: 'in' },
  { path: '/signin', page: SignInPage, who: 'out' },
  { path: '/register', page: RegisterPage, who: 'out' },
  { path: '/invite/:id', page: InvitePage, who: 'any' },
  { path: '/me', page: ProfilePage, who: 'in' },
  { path: '/people', page: DirectoryPage, who: 'in' },
  { path: '/people/:id', page: PersonPage, who: 'in' },
  { path: '/people-to-meet', page: SuggestionsPage, who: 'in' },
  { path: '/village', page: VillagePage, who: 'in' },
  { path: '/booths/:id', page: BoothPage, who: 'in' },
  { path: '/organisations', page: OrganisationsPage, who: 'in', role: 'secretariat' },
  { path: '/invitations', page: InvitationsPage, who: 'in', role: 'secretariat' },
  { path: '/talk/:id', page: TalkPage, who: 'in' },
  { path: '/meet/:id', page: MeetPage, who: 'in' },
  { path: '/schedule', page: SchedulePage, who: 'in' },
  { path: '/console', page: ConsolePage, who: 'in', role: ['staff', 'secretariat'] },
  { path: '/console/breaks', page: BreakConsolePage, who: 'in', role: 'secretariat' },
  { path: '/contacts', page: ContactsPage, who: 'in' },
  { path: '/sessions', page: SessionsPage, who: 'in' },
  { path: '/sessions/new', page: NewSessionPage, who: 'in' },
  { path: '/sessions/:id', page: SessionPage, who: 'in' },
  { path: '/breaks', page: BreaksPage, who: 'in' },
  { path: '/breaks/:id', page: BreakPage, who: 'in' },
  { path: '/meetings', page: MeetingsPage, who: 'in' },
  { path: '/meetings/new', page: NewMeetingPage, who: 'in' },
  { path: '/meetings/:id', page: MeetingPage, who: 'in' },
];

function resolve(p) {
  for (const r of routes) {
    const params = match(r.path, p);
    if (params) {
      return { route: r, params };
    }
  }
  return { route: { page: NotFoundPage, who: 'any' }, params: {} };
}

// next is where to go after signing in: the ?next= of /signin, if it is a
// path of this app.
export function nextPath() {
  const n = new URLSearchParams(search.value).get('next');
  return n && n.startsWith('/') && !n.startsWith('//') ? n : '/';
}

export function App() {
  const p = path.value;
  const s = status.value;
  const me = account.value;
  const { route, params } = resolve(p);
  const first = useRef(true);

  // Someone who signs out here (or whose session ends) goes to a plain
  // /signin: coming back to their page would hand it to whoever signs in
  // next on this browser. Only a visitor who arrived signed out is brought
  // back to the page they asked for.
  const wasIn = useRef(false);
  if (s === 'in') {
    wasIn.current = true;
  }
  let redirect = null;
  if (s === 'out' && route.who === 'in') {
    redirect = '/signin' + (p === '/' || wasIn.current ? '' : '?next=' + encodeURIComponent(p + search.value));
  } else if (s === 'in' && route.who === 'out') {
    redirect = nextPath();
  }
  useEffect(() => {
    if (redirect) {
      navigate(redirect, { replace: true });
    }
  }, [redirect]);

  // After a navigation (not the first load), the new page starts at its
  // top, and the focus moves to its heading without scrolling: focusing
  // it while the page was still being laid out (a catalogue arriving after
  // signing in, in Arabic or Chinese) left the header half out of view.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    requestAnimationFrame(() => {
      scrollTo(0, 0);
      document.querySelector('main h1')?.focus({ preventScroll: true });
    });
  }, [p]);

  let body;
  if (s === 'loading' || redirect) {
    body = html`<${Loading} />`;
  } else if (route.role && me && ![route.role].flat().includes(me.role)) {
    body = html`<${NotFoundPage} />`;
  } else {
    body = html`<${route.page} ...${params} />`;
  }
  return html`<${Header} />
    <main id="main" tabindex="-1">${body}</main>
    <footer class="site-footer"><div class="frame"><p>${t('footer.text')}</p></div></footer>
    <${Toasts} />`;
}
