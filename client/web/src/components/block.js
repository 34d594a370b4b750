// block: blocking a person from their page, and lifting it. A block works
// both ways (docs/api.md, "Meeting settings and blocks"): no meeting
// requests, no direct messages, never suggested to each other. The other
// person is not told.
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { useLoad } from './load.js';
import { get, request, del } from '../api.js';
import { toast } from '../toasts.js';
import { t } from '../i18n.js';

// useBlocked says whether the viewer blocked person id, and lets the page
// change it (the wave hides while they are blocked).
export function useBlocked(id) {
  const blocks = useLoad(() => get('/api/me/blocks'), [id]);
  const blocked = !!blocks.data?.items.some((b) => b.person.id === id);
  return {
    known: !!blocks.data,
    blocked,
    set: (on) =>
      blocks.set((d) => ({
        items: on ? [{ person: { id }, at: new Date().toISOString() }, ...(d?.items || [])] : (d?.items || []).filter((b) => b.person.id !== id),
      })),
  };
}

export function BlockButton({ person, state }) {
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  if (!state.known) {
    return null;
  }
  const name = person.display_name;
  const act = async () => {
    if (busy || !confirm(t(state.blocked ? 'block.unblock_confirm' : 'block.confirm', { name }))) {
      return;
    }
    setBusy(true);
    try {
      if (state.blocked) {
        await del('/api/me/blocks/' + encodeURIComponent(person.id)).catch((err) => {
          if (err?.status !== 404) {
            throw err;
          }
        });
      } else {
        await request('PUT', '/api/me/blocks/' + encodeURIComponent(person.id));
      }
      setSaid(t(state.blocked ? 'block.unblocked' : 'block.blocked', { name }));
      state.set(!state.blocked);
    } catch {
      toast(t(state.blocked ? 'block.unblock_failed' : 'block.block_failed', { name }), { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return html`<div class="block-person">
    ${state.blocked && html`<p class="notice">${t('block.is_blocked', { name })}</p>`}
    <button type="button" class=${state.blocked ? '' : 'danger'} onClick=${act} aria-disabled=${busy ? 'true' : undefined}>
      ${state.blocked ? t('block.unblock') : t('block.block')}
    </button>
    <p class="visually-hidden" role="status" aria-live="polite">${said}</p>
  </div>`;
}
