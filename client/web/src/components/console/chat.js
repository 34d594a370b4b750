// chat: a live room's chat as a list, kept from the join's messages and
// the message events, with deletions applied (docs/protocol.md §4-5).
import { useEffect, useState } from 'preact/hooks';
import { room } from '../../live.js';

const KEEP = 200;

// useChatRoom joins name for as long as the component shows it and returns
// {view, messages}. The handlers are registered before the join's reply can
// arrive, so the history it carries is not missed.
export function useChatRoom(name) {
  const [messages, setMessages] = useState([]);
  const [view] = useState(() => {
    const v = room(name);
    v.offMessage = v.onMessage((m) => setMessages((list) => [...list.filter((x) => x.seq !== m.seq), m].slice(-KEEP)));
    v.offEvent = v.onEvent((env) => {
      if (env.type === 'message.deleted' && env.payload) {
        const seq = env.payload.seq;
        setMessages((list) => list.map((x) => (x.seq === seq ? { ...x, text: '', deleted: true } : x)));
      }
    });
    return v;
  });
  useEffect(
    () => () => {
      view.offMessage();
      view.offEvent();
      view.release();
    },
    [],
  );
  return { view, messages };
}
