// alert: how the console calls staff to a new knock: a short chime made
// with the Web Audio API (no audio file), the count in the document's
// title, and a system notification when the tab is hidden. The chime
// sounds only after the person has touched the page (browsers refuse audio
// before that, and a page that beeps unasked is a surprise), and can be
// muted; the choice is kept on the device.
import { signal } from '@preact/signals';

const MUTE_KEY = 'village.console.muted';

export const muted = signal(readMuted());
// notifyAllowed: the person granted notifications with the button.
export const notifyAllowed = signal(typeof Notification !== 'undefined' && Notification.permission === 'granted');

function readMuted() {
  try {
    return localStorage.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

export function setMuted(on) {
  muted.value = on;
  try {
    localStorage.setItem(MUTE_KEY, on ? '1' : '0');
  } catch {
    // Private mode: the choice lasts this page only.
  }
}

let audio = null;
let touched = false;

// armSound waits for the person's first press or key, the moment browsers
// let a page make sound; it returns the unregister.
export function armSound() {
  const arm = () => {
    touched = true;
    if (!audio && typeof AudioContext !== 'undefined') {
      try {
        audio = new AudioContext();
      } catch {
        audio = null;
      }
    }
    audio?.resume?.().catch(() => {});
  };
  document.addEventListener('pointerdown', arm, true);
  document.addEventListener('keydown', arm, true);
  return () => {
    document.removeEventListener('pointerdown', arm, true);
    document.removeEventListener('keydown', arm, true);
  };
}

// chime plays two soft notes, a third apart, half a second in all.
export function chime() {
  if (muted.peek() || !touched || !audio || audio.state !== 'running') {
    return false;
  }
  const start = audio.currentTime + 0.01;
  [660, 830].forEach((freq, i) => {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    const t0 = start + i * 0.18;
    gain.gain.setValueAtTime(0.0001, t0);
    gain.gain.exponentialRampToValueAtTime(0.2, t0 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 0.3);
    osc.connect(gain).connect(audio.destination);
    osc.start(t0);
    osc.stop(t0 + 0.32);
  });
  return true;
}

// askNotify asks for permission to notify; only a button press calls it.
export async function askNotify() {
  if (typeof Notification === 'undefined') {
    return;
  }
  try {
    notifyAllowed.value = (await Notification.requestPermission()) === 'granted';
  } catch {
    notifyAllowed.value = false;
  }
}

// notify shows a system notification, only while the tab is hidden (in
// sight, the page itself says it).
export function notify(title, body) {
  if (!notifyAllowed.peek() || document.visibilityState !== 'hidden' || typeof Notification === 'undefined') {
    return;
  }
  try {
    const n = new Notification(title, { body, tag: 'village-knock' });
    n.onclick = () => {
      window.focus();
      n.close();
    };
  } catch {
    // Some browsers allow notifications only from a service worker.
  }
}
