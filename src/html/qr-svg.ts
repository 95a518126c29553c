// The closing slide's QR code, drawn at build time as SVG so it needs no script or network.
import QRCode from 'qrcode';
import { UI_TEXT } from '../runtime/ui-text.js';
import { COLOURS } from '../theme.js';
import type { Lang } from '../types.js';
import { escapeHtml } from './text.js';

/** A QR code of `url` with its address under it, as a link: the one place the slide gives it. */
export function renderQr(url: string, lang: Lang): string {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const quiet = 4;
  let path = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (modules.get(y, x)) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }
  }
  const box = size + 2 * quiet;
  return `<figure class="qr">
<svg viewBox="0 0 ${box} ${box}" role="img" aria-label="${escapeHtml(UI_TEXT[lang].qrCode(url))}" xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges"><rect width="${box}" height="${box}" fill="${COLOURS.paper}"/><path d="${path}" fill="${COLOURS.ink}"/></svg>
<figcaption><a href="${escapeHtml(url)}">${escapeHtml(url.replace(/^https?:\/\//, ''))}</a></figcaption>
</figure>
`;
}
