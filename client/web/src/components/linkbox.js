// linkbox: a new invite link in a read-only field, with a button that
// copies it. The field takes the focus when it appears (selected, so that
// it can be copied by hand too), and "Copied" is announced.
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n.js';

export function LinkBox({ id, label, url, hint }) {
  const input = useRef(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    setSaid('');
    input.current?.focus();
    input.current?.select();
  }, [url]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setSaid(t('link.copied'));
    } catch {
      input.current?.focus();
      input.current?.select();
      setSaid(t('link.copy_failed'));
    }
  };
  return html`<div class="field linkbox">
    <label for=${id}>${label}</label>
    ${hint && html`<p class="hint" id=${id + '-hint'}>${hint}</p>`}
    <div class="linkbox-row">
      <input id=${id} ref=${input} type="text" readonly value=${url} dir="ltr" spellcheck=${false} aria-describedby=${hint ? id + '-hint' : undefined} />
      <button type="button" onClick=${copy}>${t('link.copy')}</button>
    </div>
    <p class="muted linkbox-status" role="status">${said}</p>
  </div>`;
}
