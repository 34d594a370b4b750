// live: the tab's one WebSocket to the hub (docs/protocol.md). It
// authenticates with the access token in the first message, renews it in
// place when the session refreshes, keeps the rooms the app has joined
// (presence views and the last chat seq seen), and after any loss
// reconnects with a jittered backoff and rejoins each room with `since`, so
// that nothing said meanwhile is missed.
import { signal, effect } from '@preact/signals';
import { accessToken, expiry, refresh, status, tokenVersion, forget } from './session.js';
import { retrying, clientId } from './retry.js';

// state: "connecting" (first attempt), "connected", "reconnecting" (lost,
// trying again), "offline" (the browser has no network, or we gave up).
export const state = signal('offline');
// problem: why we gave up, when state is "offline" for a reason of ours
// ("tabs", "ended", "error"); null otherwise.
export const problem = signal(null);

const PING_EVERY = 25_000;
const PING_TIMEOUT = 10_000;
const ATTEMPT_TIMEOUT = 30_000;
const STABLE_AFTER = 30_000;
const PROTOCOL = 1;

let ws = null;
let wanted = false;
let nextId = 1;
const pending = new Map();
let backoff = 100;
let retryTimer = null;
let pingTimer = null;
let stableTimer = null;
let everConnected = false;
// authed: the current socket has authenticated; sentToken: with which token.
let authed = false;
let sentToken = null;
// gaveUp: stopped for a reason retrying will not mend; cleared on signing out.
let gaveUp = false;
const rooms = new Map();
const directHandlers = new Set();
// eventHandlers: type → handlers of the events that name no room (knocks).
const eventHandlers = new Map();
// KEEP: how many of a room's latest messages its view holds; "load
// earlier" raises it for that view, so a long thread does not grow the
// page without bound.
const KEEP = 200;
// A gap in a room's seqs is often a message still on its way from another
// node (docs/protocol.md §8): wait GAP_WAIT before fetching it, then retry
// a fill that brings nothing every FILL_RETRY, FILL_STUCK times before
// giving the missing seqs up, and stop after FILL_TRIES fetches.
const GAP_WAIT = 1_500;
const FILL_RETRY = 300;
const FILL_STUCK = 3;
const FILL_TRIES = 10;
// A room's join that failed for a passing reason is tried again, waiting
// at most JOIN_RETRY_MAX between tries.
const JOIN_RETRY_MAX = 15_000;

// REFUSALS are the join errors that say the room will not have us (it is
// not ours, not open yet, or over: a coffee break's table once its round
// ended). Rejoining would be refused again, so the room's view says so
// instead of the connection starting over.
const REFUSALS = new Set(['forbidden', 'not_found', 'gone']);

function jitter(ms) {
  return ms * (0.8 + Math.random() * 0.4);
}

// call sends a request and resolves with its reply payload, or rejects
// with {code, message}.
export function call(type, payload, room) {
  if (!ws || ws.readyState !== WebSocket.OPEN) {
    return Promise.reject({ code: 'unavailable', message: 'not connected' });
  }
  const id = 'r' + nextId++;
  const env = { type, id };
  if (room) {
    env.room = room;
  }
  if (payload !== undefined) {
    env.payload = payload;
  }
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    ws.send(JSON.stringify(env));
  });
}

function failPending() {
  for (const p of pending.values()) {
    p.reject({ code: 'unavailable', message: 'the connection closed' });
  }
  pending.clear();
}

// start connects, and keeps connecting, while someone is signed in.
export function start() {
  if (wanted) {
    return;
  }
  wanted = true;
  problem.value = null;
  backoff = 100;
  connect();
}

// stop closes the connection for good (signing out, or giving up).
export function stop() {
  wanted = false;
  clearTimeout(retryTimer);
  const old = ws;
  if (old) {
    detach(old);
    closed(old);
    old.close(1000);
  }
  state.value = 'offline';
  everConnected = false;
  for (const r of rooms.values()) {
    r.members.value = [];
    r.count.value = 0;
  }
}

function retry(minimum = 0) {
  if (!wanted) {
    return;
  }
  clearTimeout(retryTimer);
  const wait = jitter(Math.max(backoff, minimum));
  backoff = Math.min(Math.max(backoff, minimum) * 2, 10_000);
  state.value = navigator.onLine === false ? 'offline' : 'reconnecting';
  retryTimer = setTimeout(connect, wait);
}

// giveUp stops for a reason that retrying will not mend (a client bug, an
// ended session). Only signing in again starts over.
function giveUp(reason) {
  gaveUp = true;
  stop();
  problem.value = reason;
}

function detach(sock) {
  sock.onopen = sock.onmessage = sock.onclose = sock.onerror = null;
}

// closed forgets sock, the current socket: its requests fail, its timers
// stop.
function closed(sock) {
  if (ws !== sock) {
    return;
  }
  ws = null;
  authed = false;
  sentToken = null;
  clearInterval(pingTimer);
  clearTimeout(stableTimer);
  for (const r of rooms.values()) {
    r.joined.value = false;
  }
  failPending();
}

// lost gives up on sock at once: an unanswered ping, an attempt that took
// too long, the browser going offline. Waiting for its close event could
// take a minute (the browser's closing handshake), all the while showing
// "connected" on a dead link.
function lost(sock) {
  if (ws !== sock) {
    return;
  }
  detach(sock);
  closed(sock);
  try {
    sock.close();
  } catch {
    // Already closing.
  }
  retry();
}

async function connect() {
  if (!wanted || ws) {
    return;
  }
  if (navigator.onLine === false) {
    state.value = 'offline';
    return; // the "online" event brings us back
  }
  state.value = everConnected ? 'reconnecting' : 'connecting';
  // A token that has expired, or is about to, would only be refused.
  if (!accessToken() || expiry() - Date.now() < 30_000) {
    await refresh();
    if (!wanted || ws) {
      return;
    }
    if (!accessToken()) {
      if (status.value === 'out') {
        stop();
      } else {
        retry();
      }
      return;
    }
  }
  const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
  const sock = new WebSocket(scheme + location.host + '/ws');
  ws = sock;
  authed = false;
  let lastError = null;
  const deadline = setTimeout(() => lost(sock), ATTEMPT_TIMEOUT);

  sock.onopen = async () => {
    const token = accessToken();
    let hello;
    try {
      hello = await call('auth', { token });
    } catch {
      return; // the close that follows says what happened
    }
    if (ws !== sock) {
      return;
    }
    if (hello.protocol !== PROTOCOL) {
      giveUp('error'); // a newer server: this page must reload
      return;
    }
    authed = true;
    sentToken = token;
    // Rooms asked for while we join the others (state is not "connected"
    // yet, so room() left them to us) are joined too.
    const joined = new Set();
    for (let r; (r = [...rooms.values()].find((x) => !joined.has(x))); ) {
      joined.add(r);
      try {
        await rejoin(r);
      } catch (e) {
        if (ws !== sock) {
          return;
        }
        if (REFUSALS.has(e.code)) {
          r.refused.value = e.code; // this room is not ours any more
          continue;
        }
        lost(sock);
        return;
      }
    }
    if (ws !== sock) {
      return;
    }
    clearTimeout(deadline);
    everConnected = true;
    state.value = 'connected';
    problem.value = null;
    // Reset the backoff only once the connection has proved itself.
    clearTimeout(stableTimer);
    stableTimer = setTimeout(() => (backoff = 100), STABLE_AFTER);
    heartbeat(sock);
    renew(); // a token that arrived while we were joining
  };
  sock.onmessage = (ev) => {
    for (const line of String(ev.data).split('\n')) {
      if (line) {
        let env;
        try {
          env = JSON.parse(line);
        } catch {
          continue;
        }
        if (env.type === 'error' && env.error) {
          lastError = env.error.code;
        }
        handle(env);
      }
    }
  };
  sock.onclose = async (ev) => {
    clearTimeout(deadline);
    if (ws !== sock) {
      return; // an old socket, already replaced
    }
    closed(sock);
    if (!wanted) {
      return;
    }
    switch (ev.code) {
      case 4403:
        giveUp('ended');
        forget('gone'); // the account is gone; signing out clears gaveUp
        return;
      case 4400:
        giveUp('error');
        return;
      case 4001:
      case 4002:
        if (ev.code === 4002 || lastError === 'unauthenticated') {
          await refresh();
          if (status.value === 'out') {
            return; // the session has ended: the app goes to /signin
          }
        }
        retry();
        return;
      case 4009:
        problem.value = 'tabs';
        retry(5_000);
        return;
      case 4029:
        retry(5_000);
        return;
      default:
        retry();
    }
  };
}

// renew sends a new access token on the open connection (docs/protocol.md
// §2), so that it is not closed when the old one expires.
function renew() {
  const token = accessToken();
  if (ws && authed && token && token !== sentToken) {
    sentToken = token;
    call('auth', { token }).catch(() => {});
  }
}

// heartbeat sends a ping every 25 s: browsers cannot see the server's
// pings, and a link that died quietly shows only as a ping left unanswered.
function heartbeat(sock) {
  clearInterval(pingTimer);
  pingTimer = setInterval(() => {
    if (ws !== sock) {
      clearInterval(pingTimer);
      return;
    }
    const dead = setTimeout(() => lost(sock), PING_TIMEOUT);
    call('ping').then(
      () => clearTimeout(dead),
      () => clearTimeout(dead),
    );
  }, PING_EVERY);
}

function handle(env) {
  if ((env.type === 'reply' || env.type === 'error') && env.id && pending.has(env.id)) {
    const p = pending.get(env.id);
    pending.delete(env.id);
    if (env.type === 'reply') {
      p.resolve(env.payload);
    } else {
      p.reject(env.error || { code: 'internal' });
    }
    return;
  }
  const r = env.room && rooms.get(env.room);
  switch (env.type) {
    case 'presence.delta':
    case 'presence':
    case 'message':
      if (r) {
        if (r.joining) {
          r.early.push(env); // applied after the join reply (§7)
        } else {
          apply(r, env);
        }
      }
      return;
    case 'direct':
      for (const h of directHandlers) {
        h(env.payload);
      }
      return;
  }
  if (r) {
    // message.deleted and the room's own events (booth.announcement, …).
    if (r.joining) {
      r.early.push(env);
    } else {
      apply(r, env);
    }
    return;
  }
  for (const h of eventHandlers.get(env.type) || []) {
    h(env.payload);
  }
}

function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1;
}

function apply(r, env) {
  if (env.type === 'presence') {
    snapshot(r, env.payload);
  } else if (env.type === 'presence.delta') {
    const p = env.payload || {};
    for (const m of p.joined || []) {
      r.map.set(m.id, m);
    }
    for (const id of p.left || []) {
      r.map.delete(id);
    }
    r.members.value = [...r.map.values()].sort(byName);
    r.count.value = p.count ?? r.map.size;
  } else if (env.type === 'message') {
    receive(r, env.payload);
    if (r.last < r.head) {
      fillSoon(r);
    }
  } else if (env.type === 'message.deleted') {
    const seq = env.payload?.seq;
    if (r.log.peek().some((m) => m.seq === seq)) {
      r.log.value = r.log.peek().map((m) => (m.seq === seq ? { ...m, text: '', deleted: true } : m));
    }
  } else if (env.payload && typeof env.payload === 'object') {
    // A room's own event carries its new state (docs/protocol.md §6).
    r.state.value = { ...(r.state.peek() || {}), ...env.payload };
  }
  if (env.type !== 'message') {
    for (const h of r.eventHandlers) {
      h(env);
    }
  }
}

// receive takes one of r's chat messages, from an event, a join reply or a
// history page, once each (docs/protocol.md §8). The log is kept in seq
// order, so a message that overtook another is shown at once, in its
// place. r.last is the seq up to which every message has come (a rejoin
// resumes from it), r.head the highest seen, r.have the seqs seen above
// r.last.
function receive(r, m) {
  if (!m || !(m.seq > r.last) || r.have.has(m.seq)) {
    return;
  }
  r.head = Math.max(r.head, m.seq);
  if (m.seq === r.last + 1) {
    r.last = m.seq;
    advance(r);
  } else {
    r.have.add(m.seq);
  }
  keep(r, [m]);
  for (const h of r.messageHandlers) {
    h(m);
  }
}

// advance moves r.last over the seqs that came before their turn.
function advance(r) {
  while (r.have.delete(r.last + 1)) {
    r.last++;
  }
}

function fillSoon(r) {
  if (!r.gapTimer && !r.filling) {
    r.gapTimer = setTimeout(() => {
      r.gapTimer = null;
      fill(r);
    }, GAP_WAIT);
  }
}

// fill fetches the messages missing under r.head with history. A seq that
// three fetches in a row do not bring is given up (a send whose storing
// failed may leave one): r.last moves on to the next seq that came.
async function fill(r) {
  if (r.filling || r.joining || rooms.get(r.name) !== r) {
    return;
  }
  r.filling = true;
  try {
    for (let tries = 0, stuck = 0; r.last < r.head && tries < FILL_TRIES; tries++) {
      const before = r.last;
      // Up to the first seq that came: the hole, not what follows it.
      const upTo = r.have.size ? Math.min(...r.have) - 1 : r.head;
      const h = await call('history', { after: r.last, limit: Math.min(200, upTo - r.last) }, r.name);
      if (rooms.get(r.name) !== r) {
        return;
      }
      for (const m of h.messages || []) {
        receive(r, m);
      }
      if (r.last > before) {
        stuck = 0;
      } else if (++stuck >= FILL_STUCK) {
        stuck = 0;
        r.last = r.have.size ? Math.min(...r.have) - 1 : r.head;
        advance(r);
      } else {
        await new Promise((ok) => setTimeout(ok, FILL_RETRY));
      }
    }
  } catch {
    // The connection is down: the rejoin resumes from r.last.
  } finally {
    r.filling = false;
  }
}

// keep merges messages into the room's log: in seq order, once each, the
// latest r.keep of them.
function keep(r, ms) {
  const bySeq = new Map(r.log.peek().map((m) => [m.seq, m]));
  for (const m of ms) {
    bySeq.set(m.seq, m);
  }
  const all = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  r.log.value = all.length > r.keep ? all.slice(all.length - r.keep) : all;
}

function snapshot(r, p) {
  r.map = new Map((p.members || []).map((m) => [m.id, m]));
  r.members.value = [...r.map.values()].sort(byName);
  r.count.value = p.count ?? r.map.size;
  r.truncated.value = !!p.truncated;
}

async function rejoin(r) {
  r.joining = true;
  r.early = [];
  try {
    const since = r.last;
    const res = await call('join', since ? { since } : undefined, r.name);
    r.refused.value = null;
    r.joined.value = true;
    r.state.value = res.state || null;
    snapshot(r, res.presence || {});
    const ms = res.messages || [];
    if (!(since > 0 && since <= res.seq)) {
      // A first join (the latest messages only), or the server's history
      // is behind ours: start over from what it sends.
      if (since > 0) {
        r.log.value = [];
      }
      r.last = ms.length ? ms[0].seq - 1 : res.seq || 0;
      r.head = r.last;
      r.have.clear();
    }
    r.head = Math.max(r.head, res.seq || 0);
    for (const m of ms) {
      receive(r, m);
    }
    // More was missed than one reply holds (§8): page through the rest.
    for (let page = 0, more = !!res.reload; more && page < 50; page++) {
      const h = await call('history', { after: r.last, limit: 200 }, r.name);
      for (const m of h.messages || []) {
        receive(r, m);
      }
      more = h.more && (h.messages || []).length > 0;
    }
    r.joining = false;
    for (const env of r.early) {
      apply(r, env);
    }
    if (r.last < r.head) {
      fillSoon(r);
    }
  } finally {
    r.joining = false;
    r.early = [];
  }
}

// joinNow joins r on sock, the connection up now. A refusal is the room's
// answer; any other failure (the node busy past its request timeout, a
// store fault) is tried again after wait, doubling to JOIN_RETRY_MAX, for
// as long as the room is wanted on this connection: otherwise the room
// would stay unjoined, and every message sent to it refused, until the
// next reconnect. A connection lost meanwhile rejoins on its own.
function joinNow(r, sock, wait) {
  rejoin(r).catch((e) => {
    if (REFUSALS.has(e.code)) {
      r.refused.value = e.code;
      return;
    }
    setTimeout(() => {
      if (ws === sock && state.peek() === 'connected' && rooms.get(r.name) === r) {
        joinNow(r, sock, Math.min(wait * 2, JOIN_RETRY_MAX));
      }
    }, jitter(wait));
  });
}

// room joins name (now if connected, else when connected) and returns its
// view: members (signal: Members sorted by name), count and truncated
// (signals), and onMessage(fn). release() leaves once the last user of the
// room lets go.
export function room(name) {
  let r = rooms.get(name);
  if (!r) {
    r = {
      name,
      users: 0,
      last: 0,
      head: 0,
      have: new Set(),
      gapTimer: null,
      filling: false,
      map: new Map(),
      members: signal([]),
      count: signal(0),
      truncated: signal(false),
      refused: signal(null),
      // joined: the join's reply came on the connection up now.
      joined: signal(false),
      log: signal([]),
      state: signal(null),
      keep: KEEP,
      joining: false,
      early: [],
      messageHandlers: new Set(),
      eventHandlers: new Set(),
    };
    rooms.set(name, r);
    if (state.peek() === 'connected') {
      joinNow(r, ws, 1_000);
    }
  }
  r.users++;
  const view = {
    members: r.members,
    count: r.count,
    truncated: r.truncated,
    // refused: "forbidden", "not_found" or "gone" when the room would not
    // have us.
    refused: r.refused,
    // log: the chat messages held (signal, oldest first); state: what the
    // room tells its members (signal: the join's state, then its events).
    log: r.log,
    state: r.state,
    // earlier loads up to n messages before the oldest held; it resolves
    // with how many came.
    async earlier(n = 50) {
      const first = r.log.peek()[0]?.seq;
      if (!first || first <= 1) {
        return 0;
      }
      const after = Math.max(0, first - 1 - n);
      const h = await call('history', { after, limit: first - 1 - after }, name);
      const ms = (h.messages || []).filter((m) => m.seq < first);
      r.keep = Math.max(r.keep, r.log.peek().length + ms.length);
      keep(r, ms);
      return ms.length;
    },
    // send posts text to the room: safe to retry, so it is sent again
    // (with the same client_id) after rate_limited or a lost connection.
    // It waits for the room's join (the hub refuses a room not joined) and
    // fails at once with the room's refusal.
    send(text, id = clientId()) {
      return retrying(
        async () => {
          await whenTrue(() => r.refused.value || (state.value === 'connected' && r.joined.value), 30_000);
          if (r.refused.peek()) {
            throw { code: r.refused.peek(), message: 'the room refused us' };
          }
          return call('send', { text, client_id: id }, name);
        },
        { ready: whenConnected },
      );
    },
    onMessage(fn) {
      r.messageHandlers.add(fn);
      return () => r.messageHandlers.delete(fn);
    },
    // onEvent hears the room's other events whole (message.deleted, the
    // staff room's knock.queue); register it before the join's reply.
    onEvent(fn) {
      r.eventHandlers.add(fn);
      return () => r.eventHandlers.delete(fn);
    },
    // request sends a request of the room's kind (delete, knock.ask).
    request(type, payload) {
      return call(type, payload, name);
    },
    release() {
      r.users--;
      if (r.users === 0) {
        rooms.delete(name);
        clearTimeout(r.gapTimer);
        call('leave', undefined, name).catch(() => {});
      }
    },
  };
  return view;
}

// onEvent registers fn for the events of type that name no room (such as
// knock.position); it returns the unregister.
export function onEvent(type, fn) {
  if (!eventHandlers.has(type)) {
    eventHandlers.set(type, new Set());
  }
  eventHandlers.get(type).add(fn);
  return () => eventHandlers.get(type).delete(fn);
}

// whenConnected resolves once the connection is up (rooms rejoined), or
// rejects after timeout ms.
export function whenConnected(timeout = 30_000) {
  return whenTrue(() => state.value === 'connected', timeout);
}

// whenTrue resolves once test(), which reads signals, is true, or rejects
// as unavailable after timeout ms.
function whenTrue(test, timeout) {
  return new Promise((resolve, reject) => {
    let done = false;
    let stopWatching = null;
    const timer = setTimeout(() => {
      done = true;
      stopWatching?.();
      reject({ code: 'unavailable', message: 'not connected' });
    }, timeout);
    stopWatching = effect(() => {
      if (test() && !done) {
        done = true;
        clearTimeout(timer);
        queueMicrotask(() => stopWatching?.());
        resolve();
      }
    });
  });
}

// onDirect registers fn for direct messages; it returns the unregister.
export function onDirect(fn) {
  directHandlers.add(fn);
  return () => directHandlers.delete(fn);
}

// direct sends a small message to every tab of another person.
export function direct(to, kind, body) {
  return call('direct', { to, kind, body });
}

window.addEventListener('online', () => {
  if (wanted && !ws) {
    backoff = 100;
    clearTimeout(retryTimer);
    connect();
  }
});
window.addEventListener('offline', () => {
  if (wanted && ws) {
    lost(ws); // the socket may take a minute to notice; say so now
  }
});

// The connection follows the session: open while signed in, renewed in
// place when the access token changes, closed on signing out. Only the
// session's signals are read here, so that the connection's own state
// changes never re-run it.
effect(() => {
  tokenVersion.value;
  const s = status.value;
  if (s === 'in') {
    if (!wanted && !gaveUp) {
      start();
    } else {
      renew();
    }
  } else if (s === 'out') {
    gaveUp = false;
    if (wanted) {
      stop();
    }
    problem.value = null;
  }
});
