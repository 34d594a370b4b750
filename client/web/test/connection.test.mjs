// The live connection's own rules (docs/protocol.md §2, §10, §11), on a
// node whose access tokens live one minute: the token is renewed on the open
// socket, a 4400 is not retried in a loop, and a link that dies without a
// word is noticed by the heartbeat. The browser's sockets go through
// Playwright's WebSocket routing, which lets the test see every frame and
// play the part of a broken network.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { closeSuite, collectConsoleErrors, msg, newPage, openSuite, signIn, waitConnection } from './harness.mjs';

let node;
let browser;

before(async () => ({ node, browser } = await openSuite({ env: { VILLAGE_ACCESS_TTL: '1m' } })));
after(() => closeSuite(node, browser));

// watch routes a page's sockets through the test: it records each socket
// and every frame; drop(frame) may swallow page→server frames, and while
// deaf() a socket the page closes never hears the close completed, as on a
// dead link, where the closing handshake cannot happen.
async function watch(page, { drop = () => false, deaf = () => false } = {}) {
  const seen = { sockets: [], opened: [], toServer: [], toPage: [] };
  await page.routeWebSocket(/\/ws$/, (ws) => {
    const server = ws.connectToServer();
    seen.sockets.push(ws);
    seen.opened.push(Date.now());
    ws.onClose((code, reason) => {
      if (!deaf()) {
        server.close({ code, reason });
      }
    });
    ws.onMessage((m) => {
      const frame = JSON.parse(m);
      seen.toServer.push({ socket: seen.sockets.length, frame });
      if (!drop(frame)) {
        server.send(m);
      }
    });
    server.onMessage((m) => {
      for (const line of String(m).split('\n')) {
        seen.toPage.push({ socket: seen.sockets.length, frame: JSON.parse(line) });
      }
      ws.send(m);
    });
  });
  return seen;
}

async function until(check, timeout, label) {
  const end = Date.now() + timeout;
  while (!check()) {
    assert.ok(Date.now() < end, `timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Both wait on timers of the app (renewal ~40 s, heartbeat ~35 s): they
// run side by side, in two browser contexts.
describe('the live connection', { concurrency: true }, () => {
test('the open connection renews its token in place, and a 4400 is not retried', { timeout: 120_000 }, async () => {
  const [person] = node.participants;
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    const seen = await watch(page);
    await signIn(page, node.url, person.email);
    await waitConnection(page, 'connected');
    const auths = () => seen.toServer.filter((x) => x.frame.type === 'auth');
    assert.equal(auths().length, 1, 'one auth, the first message');

    // The token lives a minute; the app renews it well before, on the same
    // socket, and the server accepts the new one.
    await until(() => auths().length >= 2, 75_000, 'a second auth on the open socket');
    const renewal = auths()[1];
    assert.equal(renewal.socket, 1, 'the renewal went over the first socket');
    assert.notEqual(renewal.frame.payload.token, auths()[0].frame.payload.token, 'with a new token');
    await until(() => seen.toPage.some((x) => x.frame.id === renewal.frame.id), 10_000, 'the reply to the renewal');
    const answer = seen.toPage.find((x) => x.frame.id === renewal.frame.id).frame;
    assert.equal(answer.type, 'reply', `the server accepted the renewed token: ${JSON.stringify(answer)}`);
    assert.equal(seen.sockets.length, 1, 'no reconnect was needed');
    await waitConnection(page, 'connected');

    // 4400: "too many frames that are not the protocol" — a client bug.
    // The app stops and says to reload, instead of reconnecting in a loop.
    await seen.sockets[0].close({ code: 4400, reason: 'too many frames that are not the protocol' });
    await waitConnection(page, 'offline');
    await page.locator('#connection', { hasText: msg('en', 'connection.problem.error') }).waitFor();
    await page.waitForTimeout(4_000); // a loop would have dialled again by now (backoff starts at 100 ms)
    assert.equal(seen.sockets.length, 1, 'no new socket after 4400');
    assert.equal(await page.getAttribute('#connection', 'data-state'), 'offline');
    errors.assertNone('renewal and 4400');
  } finally {
    await page.context().close();
  }
});

test('a link that dies without a word is noticed by the heartbeat, and the app reconnects', { timeout: 120_000 }, async () => {
  const [, person] = node.participants;
  const page = await newPage(browser);
  try {
    const errors = collectConsoleErrors(page);
    // The first socket goes deaf: its pings never reach the server, as on a
    // link that silently stopped carrying anything.
    let deaf = true;
    const seen = await watch(page, { drop: (f) => deaf && f.type === 'ping', deaf: () => deaf });
    await signIn(page, node.url, person.email);
    await waitConnection(page, 'connected');
    const started = Date.now();
    // A ping every 25 s, an answer due within 10 s: a new socket by ~36 s.
    // ("reconnecting" shows for only the first backoff, ~100 ms: the new
    // socket is the surer sign.)
    await until(() => seen.sockets.length >= 2, 50_000, 'a second socket');
    deaf = false;
    const noticed = seen.opened[1] - started;
    console.log(`a silent link was noticed after ${noticed} ms`);
    assert.ok(noticed < 45_000, `noticed after ${noticed} ms; the heartbeat should take ~35 s`);
    await waitConnection(page, 'connected', 20_000);
    errors.assertNone('dead link');
  } finally {
    await page.context().close();
  }
});
});
