// photo: choosing one's profile photo. The picture is made smaller in the
// browser before it is sent (a phone's camera takes 4000 px and 5 MB; a
// weak link should not carry that for a 256 px face), turned upright as
// the camera meant it, and sent without its metadata; the server checks,
// crops and re-encodes it anyway (docs/api.md, "Profile photos").
import { html } from 'htm/preact';
import { useState, useRef } from 'preact/hooks';
import { request } from '../api.js';
import { setAccount } from '../session.js';
import { toast } from '../toasts.js';
import { t } from '../i18n.js';
import { Avatar } from './avatar.js';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/gif'];
// What the browser accepts from the device before shrinking it; the
// server takes at most 5 MiB, which a shrunk picture never nears.
const MAX_PICKED = 25 * 1024 * 1024;
const SIDE = 1024;

// shrink draws file at most SIDE pixels on its longer side, as a JPEG.
// Where the browser cannot (no createImageBitmap, an odd file), the file
// goes as it is and the server judges it.
export async function shrink(file) {
  if (typeof createImageBitmap !== 'function') {
    return file;
  }
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close?.();
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9));
    return blob || file;
  } catch {
    return file;
  }
}

function problem(e) {
  switch (e?.code) {
    case 'payload_too_large':
      return t('photo.too_large');
    case 'unsupported_media_type':
      return t('photo.wrong_type');
    case 'validation_failed':
      return t('photo.unreadable');
    default:
      return t(e?.code ? 'error.' + e.code : 'error.internal');
  }
}

export function PhotoSection({ me }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const input = useRef(null);
  const upload = async (file) => {
    setError('');
    if (!file) {
      return;
    }
    if (!PHOTO_TYPES.includes(file.type)) {
      setError(t('photo.wrong_type'));
      return;
    }
    if (file.size > MAX_PICKED) {
      setError(t('photo.too_large'));
      return;
    }
    setBusy(true);
    try {
      const updated = await request('PUT', '/api/me/photo', { raw: await shrink(file) });
      setAccount(updated);
      toast(t('photo.saved'));
    } catch (e) {
      setError(problem(e));
    } finally {
      setBusy(false);
      if (input.current) {
        input.current.value = '';
      }
    }
  };
  const remove = async () => {
    setError('');
    setBusy(true);
    try {
      setAccount(await request('DELETE', '/api/me/photo'));
      toast(t('photo.removed'));
    } catch (e) {
      setError(problem(e));
    } finally {
      setBusy(false);
    }
  };
  return html`<section aria-labelledby="photo-title" class="card photo-section" id="photo">
    <h2 id="photo-title">${t('profile.section.photo')}</h2>
    <div class="photo-row">
      <${Avatar} id=${me.id} name=${me.display_name} photo=${me.photo_url} size="l" />
      <div class="photo-controls">
        <p class="hint" id="f-photo-hint">${t('photo.hint')}</p>
        ${error && html`<p class="field-error" id="f-photo-error" role="alert">${error}</p>`}
        <div class="actions">
          <input
            type="file"
            id="f-photo"
            ref=${input}
            class="file-input"
            accept=${PHOTO_TYPES.join(',')}
            aria-describedby=${'f-photo-hint' + (error ? ' f-photo-error' : '')}
            disabled=${busy}
            onChange=${(e) => upload(e.currentTarget.files?.[0])}
          />
          <label for="f-photo" class="button primary">${busy ? t('photo.uploading') : me.photo_url ? t('photo.change') : t('photo.choose')}</label>
          ${me.photo_url && html`<button type="button" class="danger" onClick=${remove} aria-disabled=${busy ? 'true' : undefined}>${t('photo.remove')}</button>`}
        </div>
      </div>
    </div>
  </section>`;
}
