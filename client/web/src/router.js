// router: the app's pages live at real paths (/people/p-1), served by the
// server as index.html (server/app.go lists the same paths). Links inside
// the app change the path without a reload.
import { signal } from '@preact/signals';

export const path = signal(location.pathname);
export const search = signal(location.search);

// navigate goes to "to" (a path with an optional query). replace keeps the
// history from growing, for redirects.
export function navigate(to, { replace = false } = {}) {
  const url = new URL(to, location.origin);
  if (url.pathname + url.search === location.pathname + location.search) {
    return;
  }
  history[replace ? 'replaceState' : 'pushState'](null, '', url.pathname + url.search + url.hash);
  path.value = url.pathname;
  search.value = url.search;
}

// setQuery rewrites the query of the current page in place (filters).
export function setQuery(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '' && v !== false) {
      q.set(k, String(v));
    }
  }
  const s = q.toString() ? '?' + q.toString() : '';
  history.replaceState(null, '', location.pathname + s);
  search.value = s;
}

// match returns the parameters of pattern ("/people/:id") in p, or null.
// Paths match exactly, as the server's do (server/app.go): "/people/" is
// not "/people", so that a reload shows what the link showed.
export function match(pattern, p) {
  const want = pattern.split('/');
  const got = p.split('/');
  if (want.length !== got.length) {
    return null;
  }
  const params = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      if (!got[i]) {
        return null;
      }
      params[want[i].slice(1)] = decodeURIComponent(got[i]);
    } else if (want[i] !== got[i]) {
      return null;
    }
  }
  return params;
}

addEventListener('popstate', () => {
  path.value = location.pathname;
  search.value = location.search;
});

// Same-origin links navigate in place, unless the person asked for a new
// tab or a download.
document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
    return;
  }
  const a = e.target.closest && e.target.closest('a[href]');
  if (!a || a.target || a.hasAttribute('download') || a.origin !== location.origin) {
    return;
  }
  if (a.pathname.startsWith('/api/') || a.pathname.startsWith('/assets/')) {
    return;
  }
  e.preventDefault();
  navigate(a.pathname + a.search + a.hash);
});
