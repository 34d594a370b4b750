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
    <p>${item.text}${item.link && html` <a href=${item.link.href} onClick=${() => dismiss(item.id)}>${item.link.text}</a>`}</p>
    <button type="button" class="icon-button" onClick=${() => dismiss(item.id)} aria-label=${t('toast.dismiss')}>×</button>
  </li>`;
}

// useRoomForToasts keeps the toasts' height in --toasts-h on the page:
// app.css leaves that much room at the page's end and keeps focus scrolled
// clear of it, so that a toast covers no control for good. When a toast
// arrives over the focused control (a button just pressed, low on a
// phone's screen), the control is scrolled above it.
function useRoomForToasts(ref) {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver !== 'function') {
      return;
    }
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      const h = el.getBoundingClientRect().height;
      root.style.setProperty('--toasts-h', h > 0 ? `${Math.ceil(h) + 16}px` : '0px');
      const focused = document.activeElement;
      if (h > 0 && focused && focused !== document.body && el.getBoundingClientRect().top < focused.getBoundingClientRect().bottom && !el.contains(focused)) {
        focused.scrollIntoView({ block: 'nearest' });
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
}

export function Toasts() {
  const list = useRef(null);
  useRoomForToasts(list);
  return html`<section class="toasts" aria-label=${t('toast.region')}>
    <div role="status" aria-live="polite">
      <ul ref=${list}>
        ${toasts.value.map((item) => html`<${Toast} key=${item.id} item=${item} />`)}
      </ul>
    </div>
  </section>`;
}
