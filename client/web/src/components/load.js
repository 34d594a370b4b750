// load: the hook that fetches what a page shows, with its loading and
// error states and a way to try again.
import { useEffect, useState } from 'preact/hooks';

// useLoad runs fn (which returns a promise) on mount and whenever deps
// change. It returns {data, error, loading, reload, set}: data stays the
// last good answer while a new one loads (lists do not flash empty);
// set replaces it after a change made on the page.
export function useLoad(fn, deps = []) {
  const [state, setState] = useState({ data: null, error: null, loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, error: null, loading: true }));
    fn().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error) => live && setState((s) => ({ ...s, error, loading: false })),
    );
    return () => {
      live = false;
    };
  }, [...deps, round]);
  return {
    ...state,
    reload: () => setRound((n) => n + 1),
    set: (fnOrData) => setState((s) => ({ ...s, data: typeof fnOrData === 'function' ? fnOrData(s.data) : fnOrData })),
  };
}
