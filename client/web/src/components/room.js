// room: the hook that joins a live room for as long as a component shows
// it (the lobby on the home page and on profiles, to see who is online).
import { useEffect, useState } from 'preact/hooks';
import { room } from '../live.js';

// useRoom joins name on mount and leaves it on unmount; it returns the
// room's view (members, count, truncated: signals).
export function useRoom(name) {
  const [view] = useState(() => room(name));
  useEffect(() => () => view.release(), []);
  return view;
}
