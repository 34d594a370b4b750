// toasts: short notices that appear by themselves (a direct message, a
// saved profile). They are shown in a polite live region, so screen readers
// read them without moving focus, and they stay until dismissed or for
// long enough to read (WCAG 2.2.1: time adjustable, so hovering or focusing
// keeps them).
import { signal } from '@preact/signals';

export const toasts = signal([]);
let next = 1;

// toast shows text (already in the page's language). kind: "info" or
// "error". link ({href, text}), when given, is a link under the text (a
// meeting's room). It returns the toast's id.
export function toast(text, { kind = 'info', timeout = 8000, link = null } = {}) {
  const id = next++;
  toasts.value = [...toasts.peek(), { id, text, kind, timeout, link }]; // peek: callers may be effects
  return id;
}

export function dismiss(id) {
  toasts.value = toasts.peek().filter((x) => x.id !== id);
}
