// figures: the secretariat's "Contacts made" (GET /api/contacts/figures):
// the new contacts the village made, which is the number the product exists
// to raise, so it stands first and large; then how many people met
// someone, the kinds of place where pairs first met, and the same by day in
// a small table (numbers a screen reader can walk, no chart to describe).
import { html } from 'htm/preact';
import { useEffect } from 'preact/hooks';
import { Failure, Loading } from './page.js';
import { useLoad } from './load.js';
import { get } from '../api.js';
import { t, lang } from '../i18n.js';

// KINDS are the kinds of place, in the order the village offers them to a
// newcomer.
const KINDS = ['knock', 'slot', 'table', 'meeting'];

// REFRESH: the figures follow the village while the page is open, quietly
// (they are not a live region: a number that speaks every minute would
// interrupt).
const REFRESH = 60_000;

// day names a UTC date ("2020-11-09") in the page's language; the days are
// UTC ones, as the server counts them.
function day(date) {
  try {
    return new Intl.DateTimeFormat(lang.value, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(date + 'T00:00:00Z'));
  } catch {
    return date;
  }
}

const number = (n) => new Intl.NumberFormat(lang.value).format(n);

export function ContactFigures() {
  const figures = useLoad(() => get('/api/contacts/figures'), []);
  useEffect(() => {
    const i = setInterval(figures.reload, REFRESH);
    return () => clearInterval(i);
  }, []);
  const f = figures.data;
  // Until the figures come, the card holds their places (dashes), so that
  // the lobby below does not jump when they arrive.
  const n = (x) => (f ? number(x) : '–');
  let days;
  if (figures.error && !f) {
    days = html`<${Failure} error=${figures.error} retry=${figures.reload} />`;
  } else if (!f) {
    days = html`<${Loading} />`;
  } else if (f.days.length === 0) {
    days = html`<p class="muted">${t('figures.no_days')}</p>`;
  } else {
    // The title stands outside the scrolling region, so that a narrow
    // phone that scrolls the table still shows all of it.
    days = html`<h3 id="figures-days-title">${t('figures.by_day')}</h3>
      <div class="table-wrap figure-table" role="region" tabindex="0" aria-labelledby="figures-days-title">
        <table aria-labelledby="figures-days-title">
          <thead>
            <tr>
              <th scope="col">${t('figures.day')}</th>
              <th scope="col">${t('figures.new')}</th>
              ${KINDS.map((k) => html`<th scope="col" key=${k}>${t('figures.col_' + k)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${f.days.map(
              (d) => html`<tr key=${d.date}>
                <th scope="row"><time datetime=${d.date}>${day(d.date)}</time></th>
                <td>${number(d.pairs)}</td>
                ${KINDS.map((k) => html`<td key=${k}>${number(d.by_kind[k])}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
  const pairs = f?.pairs ?? 0;
  return html`<section class="card contact-figures" aria-labelledby="figures-title" aria-busy=${f ? undefined : 'true'}>
    <h2 id="figures-title">${t('figures.title')}</h2>
    <div class="figures-grid">
      <div class="figures-main">
        <p class="figure-lead">
          <span class="figure-number">${n(pairs)}</span>${' '}<span class="figure-label">${t('figures.pairs', { count: pairs })}</span>
        </p>
        <p class="figure-sub">${f ? html`${t('figures.people', { count: f.people })} · ${t('figures.contacts', { count: f.contacts })}` : ' '}</p>
        <h3 id="figures-kind-title">${t('figures.by_kind')}</h3>
        <dl class="figure-kinds">
          ${KINDS.map((k) => html`<div key=${k}><dt>${t('figures.kind_' + k)}</dt><dd>${n(f?.by_kind[k])}</dd></div>`)}
        </dl>
      </div>
      <div class="figures-days">${days}</div>
    </div>
  </section>`;
}
