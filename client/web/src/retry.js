// retry: sending again what is safe to send again (a chat message with its
// client_id, docs/protocol.md "send"). Kept apart from live.js, with no
// imports, so that its rules are tested on their own.

// clientId names a message for the server: 1–64 bytes of letters, digits,
// "-", "_", "." and ":".
export function clientId() {
  const b = new Uint8Array(12);
  crypto.getRandomValues(b);
  return 'c-' + [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

// retrying runs attempt until it succeeds. rate_limited waits the server's
// retry_after_ms, plus up to half again at random (so that a room's members
// do not all come back at once); a lost connection (unavailable) or a
// fault (internal) waits a moment and for ready(). Any other refusal, or
// the last of tries, is thrown.
export async function retrying(attempt, { tries = 8, ready = async () => {}, sleep = pause, random = Math.random } = {}) {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (e) {
      if (i >= tries) {
        throw e;
      }
      if (e?.code === 'rate_limited') {
        await sleep(Math.max(e.retry_after_ms || 100, 1) * (1 + random() / 2));
      } else if (e?.code === 'unavailable' || e?.code === 'internal') {
        await sleep(250 * (1 + random()));
        await ready();
      } else {
        throw e;
      }
    }
  }
}
