// tabs: the secretariat's two consoles, the booths' (/console) and the
// coffee breaks' (/console/breaks), one link away from each other. Staff
// have the first only, and see no tabs.
import { html } from 'htm/preact';
import { path } from '../../router.js';
import { t } from '../../i18n.js';

export function ConsoleTabs() {
  const tab = (to, text) => {
    const on = path.value === to;
    return html`<li><a href=${to} class=${'tab' + (on ? ' on' : '')} aria-current=${on ? 'page' : undefined}>${text}</a></li>`;
  };
  return html`<nav class="console-tabs" aria-label=${t('breakconsole.consoles')}>
    <ul class="tabs">
      ${tab('/console', t('breakconsole.tab_booths'))}
      ${tab('/console/breaks', t('breakconsole.tab_breaks'))}
    </ul>
  </nav>`;
}
