// sessionlive: what a person hears of the sessions they are in, on any
// page (docs/protocol.md §6): a promotion from the waitlist, a reminder, an
// organiser's message, a cancellation, a decision on a proposal. Each is a
// toast; sessionsChanged ticks so that a sessions page on screen reads the
// session again (REST holds the truth; an event is sent once, at most).
import { signal, effect } from '@preact/signals';
import { onEvent, state } from '../live.js';
import { toast } from '../toasts.js';
import { t } from '../i18n.js';

export const sessionsChanged = signal(0);

// lastEvent is the latest event of each session, for its page's notice.
export const lastEvent = signal({});

// isolate keeps a title or name in another direction whole in a sentence.
const isolate = (s) => '\u2068' + s + '\u2069';

function heard(type, words, kind = 'info') {
  onEvent(type, (p) => {
    if (!p?.session) {
      return;
    }
    const text = t(words, {
      title: isolate(p.title || ''),
      reason: isolate(p.reason || ''),
      text: isolate(p.message?.text || ''),
      name: isolate(p.message?.from?.name || ''),
    });
    lastEvent.value = { ...lastEvent.value, [p.session]: { type, text } };
    sessionsChanged.value++;
    toast(text, { kind, timeout: 12_000 });
  });
}

heard('session.promoted', 'sessions.live.promoted');
heard('session.reminder', 'sessions.live.reminder');
heard('session.message', 'sessions.live.message');
heard('session.cancelled', 'sessions.live.cancelled', 'error');
heard('session.approved', 'sessions.live.approved');
heard('session.refused', 'sessions.live.refused', 'error');

// An event is sent once, at most: one that came while the connection was
// lost is not sent again, so coming back reads the sessions again.
let seen = false;
let lost = false;
effect(() => {
  if (state.value !== 'connected') {
    lost = seen;
    return;
  }
  if (lost) {
    sessionsChanged.value++;
  }
  seen = true;
  lost = false;
});
