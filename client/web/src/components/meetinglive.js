// meetinglive: what a person hears of their 1:1 meetings, on any page
// (docs/protocol.md, "Meetings in rooms"): a request sent to them, an
// answer (accepted, declined, other times proposed, cancelled) and the
// reminder 10 minutes before. Each from the other person is a toast;
// meetingsChanged ticks so that a meetings page or the schedule on screen
// reads its requests again (an event is sent once, at most: REST holds the
// truth), and inboxCount, the header's badge, is read again.
import { signal, effect } from '@preact/signals';
import { onEvent, state } from '../live.js';
import { account } from '../session.js';
import { get } from '../api.js';
import { toast } from '../toasts.js';
import { t } from '../i18n.js';
import { isolate, mine } from './meetingtime.js';

export const meetingsChanged = signal(0);

// inboxCount is how many requests await the signed-in person's answer
// (null until known).
export const inboxCount = signal(null);

// meetingHref is a request's page.
export const meetingHref = (id) => '/meetings/' + encodeURIComponent(id);

let asked = 0;
async function countInbox() {
  const round = ++asked;
  try {
    const page = await get('/api/meetings?box=inbox&limit=1');
    if (round === asked && account.peek()) {
      inboxCount.value = page.total;
    }
  } catch {
    // Kept as it was: the next event or page load reads it again.
  }
}

effect(() => {
  meetingsChanged.value;
  if (account.value?.id) {
    countInbox();
  } else {
    inboxCount.value = null;
  }
});

// changed tells the pages on screen, and recounts the inbox.
export function changed() {
  meetingsChanged.value++;
}

function said(type, p) {
  const m = p.meeting;
  const name = isolate(m.with?.name || t('meetings.someone'));
  switch (type) {
    case 'meeting.requested':
      return t('meetings.live.requested', { name });
    case 'meeting.reminder':
      return t('meetings.live.reminder', { name, minutes: Math.max(0, Math.round((Date.parse(m.starts_at) - Date.now()) / 60_000)) });
    default:
      return t('meetings.live.' + p.action, { name, when: m.starts_at ? mine(m.starts_at) : '' });
  }
}

function heard(type) {
  onEvent(type, (p) => {
    if (!p?.meeting) {
      return;
    }
    changed();
    const me = account.peek();
    // One's own doing, heard on one's other tabs, is no news.
    if (type !== 'meeting.reminder' && p.by === me?.id) {
      return;
    }
    const m = p.meeting;
    const link =
      type === 'meeting.reminder'
        ? { href: meetingHref(m.id), text: t('meetings.live.go') }
        : { href: meetingHref(m.id), text: t('meetings.live.see') };
    const bad = p.action === 'declined' || p.action === 'cancelled';
    toast(said(type, p), { kind: bad ? 'error' : 'info', timeout: 12_000, link });
  });
}

heard('meeting.requested');
heard('meeting.updated');
heard('meeting.reminder');

// What came while the connection was lost is not sent again: coming back
// reads the requests again.
let seen = false;
let lost = false;
effect(() => {
  if (state.value !== 'connected') {
    lost = seen;
    return;
  }
  if (lost) {
    changed();
  }
  seen = true;
  lost = false;
});
