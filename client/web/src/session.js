// session: who is signed in. The access token lives in this module's
// memory only; the refresh token is an HttpOnly cookie that scripts never
// see (cookie mode, docs/api.md), so a reload signs back in by spending it.
//
// Refresh tokens rotate and a token spent twice ends the session, so tabs
// must not refresh at the same moment: refreshes run under a Web Lock
// shared by every tab of the origin, one after the other, each with the
// cookie its predecessor left. A BroadcastChannel tells the other tabs when
// someone signs in or out here.
import { signal } from '@preact/signals';
import { request, useAuth, ApiError } from './api.js';

export const account = signal(null);
// status: "loading" until the first refresh answers, then "in" or "out".
export const status = signal('loading');
// tokenVersion changes whenever a new access token arrives, for the live
// connection to renew its own.
export const tokenVersion = signal(0);
// ended says why the last session ended, for the app to explain it:
// "user" (signed out, here or in another tab), "expired" (the server
// refused the refresh cookie), "gone" (the account was deleted),
// "unreachable" (the server could not be reached to sign back in at load).
export const ended = signal(null);
// A refresh that hangs would hold the Web Lock, and so every tab, hostage.
const REFRESH_TIMEOUT = 15_000;
// A refresh at page load that meets a dropped link or a server fault is
// tried again after these pauses before the page gives up and says so: on a
// weak mobile link one lost answer must not look like being signed out.
export const LOAD_RETRIES = [500, 1_500, 3_000, 6_000];

const COOKIE = { 'Village-Session': 'cookie' };
// HINT marks, in localStorage, that this browser holds a refresh cookie:
// without it a signed-out visitor's first load would spend a round trip
// (and log a 401) asking to refresh a session that does not exist. It says
// nothing secret; the cookie itself stays out of reach of scripts.
const HINT = 'village.session';

function hint(on) {
  try {
    if (on) {
      localStorage.setItem(HINT, '1');
    } else {
      localStorage.removeItem(HINT);
    }
  } catch {
    // No storage: every load asks the server.
  }
}

function hinted() {
  try {
    return localStorage.getItem(HINT) !== null;
  } catch {
    return true;
  }
}
let access = null;
let expiresAt = 0;
let timer = null;
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('village-session') : null;

export function accessToken() {
  return access;
}

export function expiry() {
  return expiresAt;
}

// lifetime is how long the access token lives, from its own iat and exp:
// measured on the server's clock, it holds whatever this device's clock
// says (a clock that runs fast would otherwise see every token as expired
// and refresh in a loop).
function lifetime(session) {
  try {
    const part = session.access_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(part));
    if (claims.exp > claims.iat) {
      return (claims.exp - claims.iat) * 1000;
    }
  } catch {
    // Not a JWT we can read: trust expires_at below.
  }
  return Math.max(60_000, Date.parse(session.expires_at) - Date.now()) || 60_000;
}

function apply(session) {
  access = session.access_token;
  // A few seconds early, for the time the answer took to arrive.
  expiresAt = Date.now() + lifetime(session) - 5_000;
  ended.value = null;
  account.value = session.account;
  status.value = 'in';
  tokenVersion.value++;
  hint(true);
  schedule();
}

function clear(reason) {
  // A refused cookie while loading is a session that ended since the last
  // visit (restore only asks when this browser had one): say so too.
  if (status.value === 'in' || (status.value === 'loading' && reason === 'expired')) {
    ended.value = reason;
  }
  access = null;
  expiresAt = 0;
  clearTimeout(timer);
  account.value = null;
  status.value = 'out';
  hint(false);
  tokenVersion.value++;
}

// schedule renews the access token a minute before it expires (sooner for
// short-lived tokens), so that neither API calls nor the live connection
// ever present an expired one.
function schedule() {
  clearTimeout(timer);
  const lead = Math.min(60_000, (expiresAt - Date.now()) / 4);
  const wait = Math.max(5_000, expiresAt - Date.now() - lead);
  timer = setTimeout(() => refresh(), wait);
}

// transient says whether the last refresh failed for a reason that may pass
// (no answer, a server fault) rather than a refused cookie.
let transient = false;

async function spend() {
  transient = false;
  let res;
  try {
    res = await fetch('/api/auth/refresh', {
      method: 'POST',
      headers: COOKIE,
      credentials: 'same-origin',
      signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(REFRESH_TIMEOUT) : undefined,
    });
  } catch {
    // Offline: keep what we have and try again shortly.
    if (status.value === 'in') {
      clearTimeout(timer);
      timer = setTimeout(() => refresh(), 10_000);
    }
    transient = true;
    return false;
  }
  if (res.ok) {
    apply(await res.json());
    return true;
  }
  // Read the error body anyway: a response left unread keeps its request
  // open in some browsers.
  await res.text().catch(() => '');
  if (res.status === 401) {
    clear('expired');
    return false;
  }
  // A server fault: the session may still be good; try again later.
  if (status.value === 'in') {
    clearTimeout(timer);
    timer = setTimeout(() => refresh(), 15_000);
  }
  transient = true;
  return false;
}

let inFlight = null;

// refresh spends the refresh cookie for a new access token. Calls made
// while one is running share it.
export function refresh() {
  if (!inFlight) {
    const run = navigator.locks ? navigator.locks.request('village-refresh', spend) : spend();
    inFlight = run.finally(() => {
      inFlight = null;
    });
  }
  return inFlight;
}

useAuth({ token: accessToken, refresh });

// restore signs back in after a reload, if the cookie is still good.
//
// The page is still loading, so a refresh that fails for a reason other
// than a refused cookie (no answer, a 5xx) is tried again with growing
// pauses. When every try fails the visitor is shown as signed out, told
// why, and the cookie is kept: the next load, or the retry below once the
// link is back, signs them in again.
export async function restore({ pauses = LOAD_RETRIES } = {}) {
  if (hinted()) {
    await refresh();
    for (const pause of pauses) {
      if (!transient || status.value !== 'loading') {
        break;
      }
      await new Promise((r) => setTimeout(r, pause));
      await refresh();
    }
    if (transient && status.value === 'loading') {
      ended.value = 'unreachable';
      clearTimeout(timer);
      timer = setTimeout(() => refresh(), 30_000);
    }
  }
  if (status.value === 'loading') {
    status.value = 'out';
  }
}

async function start(path, body) {
  const session = await request('POST', path, { body, headers: COOKIE, retry: false });
  apply(session);
  channel?.postMessage('in');
  return session.account;
}

export const signIn = (email, password) => start('/api/auth/login', { email, password });
export const register = (profile) => start('/api/auth/register', profile);

// signOut ends the session on the server (which clears the cookie) and
// forgets the token here and in the other tabs.
export async function signOut() {
  try {
    await request('POST', '/api/auth/logout', { headers: COOKIE, retry: false });
  } catch (e) {
    // 401: the session had already ended. Signing out still succeeds here.
    if (!(e instanceof ApiError) || e.status !== 401) {
      throw e;
    }
  }
  clear('user');
  channel?.postMessage('out');
}

// forget drops the session without asking the server: the account was
// deleted, or the server closed the live connection for good.
export function forget(reason = 'gone') {
  clear(reason);
  channel?.postMessage('out');
}

// setAccount records a changed account (after a profile edit or accepting
// an invitation).
export function setAccount(a) {
  account.value = a;
}

channel?.addEventListener('message', (e) => {
  if (e.data === 'out' && status.value === 'in') {
    clear('user');
  } else if (e.data === 'in' && status.value !== 'in') {
    refresh();
  }
});
