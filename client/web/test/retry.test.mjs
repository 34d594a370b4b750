// The retry rules of a chat send (src/retry.js), on their own: a send
// refused with rate_limited goes again after retry_after_ms with jitter and
// the same client_id, and so lands once.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retrying, clientId } from '../src/retry.js';

test('a send refused with rate_limited is sent again with the same client_id after retry_after_ms, with jitter', async () => {
  const stored = new Map(); // client_id → seq, as the server keeps them
  const sent = [];
  const waits = [];
  let refusals = 2;
  const id = clientId();
  assert.match(id, /^[A-Za-z0-9._:-]{1,64}$/);
  const send = async (cid) => {
    sent.push(cid);
    if (refusals-- > 0) {
      throw { code: 'rate_limited', message: 'slow down', retry_after_ms: 540 };
    }
    if (!stored.has(cid)) {
      stored.set(cid, stored.size + 1);
    }
    return { seq: stored.get(cid) };
  };
  const res = await retrying(() => send(id), { sleep: async (ms) => waits.push(ms), random: () => 0.5 });
  assert.deepEqual(res, { seq: 1 });
  assert.deepEqual(sent, [id, id, id], 'the same client_id each time');
  assert.equal(stored.size, 1, 'stored once');
  assert.deepEqual(waits, [675, 675], 'retry_after_ms plus jitter');
});

test('a lost connection waits for it to come back; a refusal such as muted is not retried', async () => {
  let n = 0;
  let readies = 0;
  const res = await retrying(
    async () => {
      if (n++ === 0) {
        throw { code: 'unavailable' };
      }
      return { seq: 7 };
    },
    { sleep: async () => {}, ready: async () => readies++ },
  );
  assert.deepEqual(res, { seq: 7 });
  assert.equal(readies, 1);
  await assert.rejects(retrying(async () => { throw { code: 'muted', message: 'muted until 15:00' }; }, { sleep: async () => {} }), { code: 'muted' });
  let tries = 0;
  await assert.rejects(retrying(async () => { tries++; throw { code: 'rate_limited', retry_after_ms: 1 }; }, { sleep: async () => {}, tries: 3 }), { code: 'rate_limited' });
  assert.equal(tries, 3);
});
