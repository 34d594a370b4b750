// icons: the few pictograms the app draws, inline so that they cost no
// request and take the text's colour. All are decorative: the words beside
// them say what they mean.
import { html } from 'htm/preact';

const PATHS = {
  search: 'M10.5 4a6.5 6.5 0 1 0 4.03 11.6l4.43 4.44 1.42-1.42-4.44-4.43A6.5 6.5 0 0 0 10.5 4Zm0 2a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Z',
  camera: 'M9 4 7.6 6H5a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-2.6L15 4H9Zm3 5a4 4 0 1 1 0 8 4 4 0 0 1 0-8Zm0 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z',
  cup: 'M4 5h12v6a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5V5Zm12 1h1.5a3.5 3.5 0 0 1 0 7H16v-2h1.5a1.5 1.5 0 0 0 0-3H16V6ZM3 18h16v2H3v-2Z',
  pencil: 'm15.2 4.4 4.4 4.4L9 19.4H4.6V15L15.2 4.4Zm0 2.8-8.6 8.6v1.6h1.6l8.6-8.6-1.6-1.6Z',
  wave: 'M7.3 11.6 4.6 8.9a1.3 1.3 0 0 1 1.8-1.8l4 4-.7.7 1 1 .7-.7-5.4-5.4a1.3 1.3 0 0 1 1.8-1.8l5.4 5.4.7-.7-4.3-4.3a1.3 1.3 0 0 1 1.8-1.8l4.3 4.3.7-.7-2.6-2.6a1.3 1.3 0 0 1 1.8-1.8l4.4 4.4a6.5 6.5 0 0 1 0 9.2l-1 1a6.5 6.5 0 0 1-9.2 0l-4.8-4.8a1.3 1.3 0 0 1 1.8-1.8l1.3 1.3.7-.7-2.6-2.6Z',
  village: 'M12 3 2 11h3v9h5v-6h4v6h5v-9h3L12 3Z',
  met: 'M8 5a3 3 0 1 0 0 6 3 3 0 0 0 0-6Zm8 0a3 3 0 1 0 0 6 3 3 0 0 0 0-6ZM2 19v-1.5C2 15 5.5 13 8 13s6 2 6 4.5V19H2Zm14-6c-.6 0-1.3.1-2 .3 1.3.9 2 2.2 2 4.2V19h6v-1.5C22 15 18.5 13 16 13Z',
  coffee: 'M4 9h13v4a6 6 0 0 1-6 6h-1a6 6 0 0 1-6-6V9Zm13 1h1a3 3 0 0 1 0 6h-1.3c.2-.6.3-1.3.3-2h1a1 1 0 0 0 0-2h-1v-2ZM3 20h15v2H3v-2ZM8 2h1.5c0 1-.8 1.5-.8 2.5S9.5 6 9.5 7H8c0-1 .7-1.5.7-2.5S8 3 8 2Zm4 0h1.5c0 1-.8 1.5-.8 2.5S13.5 6 13.5 7H12c0-1 .7-1.5.7-2.5S12 3 12 2Z',
  external: 'M14 3v2h3.6l-9.3 9.3 1.4 1.4L19 6.4V10h2V3h-7ZM5 5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-6h-2v6H5V7h6V5H5Z',
};

export function Icon({ name }) {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d=${PATHS[name]} /></svg>`;
}
