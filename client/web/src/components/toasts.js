// Toasts renders the notices of ../toasts.js in a polite live region.
import { html } from 'htm/preact';
import { useEffect, useRef } from 'preact/hooks';
import { toasts, dismiss } from '../toasts.js';
import { t } from '../i18n.js';

function Toast({ item }) {
  const paused = useRef(false);
  useEffect(() => {
    if (!item.timeout) {
      return;
    }
    // Hovering or focusing the toast holds it (WCAG 2.2.1).
    let left = item.timeout;
    const tick = setInterval(() => {
      if (!paused.current) {
        left -= 500;
        if (left <= 0) {
          dismiss(item.id);
        }
      }
    }, 500);
    return () => clearInterval(tick);
  }, [item.id]);
  const hold = (v) => () => (paused.current = v);
  return html`<li
    class=${'toast toast-' + item.kind}
    onMouseEnter=${hold(true)}
    onMouseLeave=${hold(false)}
    onFocusIn=${hold(true)}
    onFocusOut=${hold(false)}
  >
    <p>${item.text}</p>
    <button type="button" class="icon-button" onClick=${() => dismiss(item.id)} aria-label=${t('toast.dismiss')}>×</button>
  </li>`;
}

export function Toasts() {
  return html`<section class="toasts" aria-label=${t('toast.region')}>
    <div role="status" aria-live="polite">
      <ul>
        ${toasts.value.map((item) => html`<${Toast} key=${item.id} item=${item} />`)}
      </ul>
    </div>
  </section>`;
}
