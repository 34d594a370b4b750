// live: the tab's one WebSocket to the hub (docs/protocol.md). It
// authenticates with the access token in the first message, renews it in
// place when the session refreshes, keeps the rooms the app has joined
// (presence views and the last chat seq seen), and after any loss
// reconnects with a jittered backoff and rejoins each room with `since`, so
// that nothing said meanwhile is missed.
import { signal, effect } from '@preact/signals';
import { accessToken, refresh, status, tokenVersion, forget } from './session.js';

// state: "connecting" (first attempt), "connected", "reconnecting" (lost,
// trying again), "offline" (the browser has no network, or we gave up).
export const state = signal('offline');
// problem: why we gave up, when state is "offline" for a reason of ours
// ("tabs", "ended", "error"); null otherwise.
export const problem = signal(null);
// user: the hello's Member while connected.
export const user = signal(null);

const PING_EVERY = 25_000;
const PING_TIMEOUT = 10_000;
const ATTEMPT_TIMEOUT = 30_000;
const STABLE_AFTER = 30_000;

let ws = null;
let wanted = false;
let nextId = 1;
const pending = new Map();
let backoff = 100;
let retryTimer = null;
let pingTimer = null;
let stableTimer = null;
let everConnected = false;
const rooms = new Map();
const directHandlers = new Set();

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

// stop closes the connection for good (signing out).
export function stop() {
  wanted = false;
  clearTimeout(retryTimer);
  clearInterval(pingTimer);
  clearTimeout(stableTimer);
  const old = ws;
  ws = null;
  failPending();
  old?.close(1000);
  state.value = 'offline';
  user.value = null;
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

function giveUp(reason) {
  problem.value = reason;
  stop();
}

async function connect() {
  if (!wanted) {
    return;
  }
  if (navigator.onLine === false) {
    state.value = 'offline';
    return; // the "online" event brings us back
  }
  state.value = everConnected ? 'reconnecting' : 'connecting';
  // An expired (or nearly expired) token would only be refused.
  if (!accessToken()) {
    await refresh();
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
  let lastError = null;
  const deadline = setTimeout(() => sock.close(), ATTEMPT_TIMEOUT);

  sock.onopen = async () => {
    try {
      const hello = await call('auth', { token: accessToken() });
      user.value = hello.user;
      for (const r of rooms.values()) {
        await rejoin(r);
      }
      clearTimeout(deadline);
      everConnected = true;
      state.value = 'connected';
      problem.value = null;
      // Reset the backoff only once the connection has proved itself.
      clearTimeout(stableTimer);
      stableTimer = setTimeout(() => (backoff = 100), STABLE_AFTER);
      heartbeat(sock);
    } catch {
      // The close that follows says what happened.
    }
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
    clearInterval(pingTimer);
    clearTimeout(stableTimer);
    if (ws !== sock) {
      return; // an old socket, already replaced
    }
    ws = null;
    failPending();
    user.value = null;
    if (!wanted) {
      return;
    }
    switch (ev.code) {
      case 4403:
        forget(); // the account is gone
        giveUp('ended');
        return;
      case 4400:
        giveUp('error');
        return;
      case 4001:
      case 4002:
        if (ev.code === 4002 || lastError === 'unauthenticated') {
          await refresh();
          if (status.value !== 'in') {
            giveUp('ended');
            return;
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

// heartbeat sends a ping every 25 s: browsers cannot see the server's
// pings, and a link that died quietly shows only as a ping left unanswered.
function heartbeat(sock) {
  clearInterval(pingTimer);
  pingTimer = setInterval(() => {
    if (ws !== sock) {
      clearInterval(pingTimer);
      return;
    }
    const dead = setTimeout(() => sock.close(), PING_TIMEOUT);
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
    const m = env.payload;
    if (m && m.seq > r.seq) {
      r.seq = m.seq;
      for (const h of r.messageHandlers) {
        h(m);
      }
    }
  }
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
    const res = await call('join', r.seq ? { since: r.seq } : undefined, r.name);
    snapshot(r, res.presence || {});
    for (const m of res.messages || []) {
      apply(r, { type: 'message', payload: m });
    }
    for (const env of r.early) {
      apply(r, env);
    }
  } finally {
    r.joining = false;
    r.early = [];
  }
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
      seq: 0,
      map: new Map(),
      members: signal([]),
      count: signal(0),
      truncated: signal(false),
      joining: false,
      early: [],
      messageHandlers: new Set(),
    };
    rooms.set(name, r);
    if (state.value === 'connected') {
      rejoin(r).catch(() => {});
    }
  }
  r.users++;
  const view = {
    members: r.members,
    count: r.count,
    truncated: r.truncated,
    onMessage(fn) {
      r.messageHandlers.add(fn);
      return () => r.messageHandlers.delete(fn);
    },
    release() {
      r.users--;
      if (r.users === 0) {
        rooms.delete(name);
        call('leave', undefined, name).catch(() => {});
      }
    },
  };
  return view;
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
  if (wanted) {
    // The socket may take a while to notice; say so now.
    state.value = 'offline';
    ws?.close();
  }
});

// The connection follows the session: open while signed in, renewed in
// place when the access token changes, closed on signing out.
effect(() => {
  tokenVersion.value;
  if (status.value === 'in') {
    if (!wanted) {
      start();
    } else if (ws && ws.readyState === WebSocket.OPEN && state.value === 'connected') {
      call('auth', { token: accessToken() }).catch(() => {});
    }
  } else if (status.value === 'out' && wanted) {
    stop();
  }
});
