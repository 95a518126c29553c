// The closing slide: the speaker, the institute and the event again, as the title slide gives
// them, and the address with its QR code, drawn at build time as SVG so it needs no script or
// network.
import QRCode from 'qrcode';
import { LANG_TAGS, UI_TEXT } from '../runtime/ui-text.js';
import { COLOURS } from '../theme.js';
import type { DeckSettings, Lang } from '../types.js';
import { escapeHtml, markCjk, markLatin } from './text.js';

/** After the closing slide's title: who spoke, for whom, where; then the address and its code. */
export function renderClosing(settings: DeckSettings, lang: Lang, source?: DeckSettings): string {
  const words = settings;
  const other = lang === 'zh' ? source : settings.zh;
  const mark = lang === 'zh' ? markLatin : markCjk;
  // The institute in both languages, as the title slide names it.
  const otherName = other ? `\n<p class="closing-institute" lang="${lang === 'zh' ? 'en' : LANG_TAGS.zh}">${escapeHtml(other.affiliation)}</p>` : '';
  return `<div class="closing-who">
<p class="closing-speaker">${mark(words.author)}</p>
<p class="closing-institute">${mark(words.affiliation)}</p>${otherName}
<p class="closing-event">${mark(words.event)}</p>
</div>
${renderQr(settings.url, lang)}`;
}

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
<figcaption><a href="${escapeHtml(url)}"${lang === 'zh' ? ' lang="en"' : ''}>${escapeHtml(url.replace(/^https?:\/\//, ''))}</a></figcaption>
</figure>
`;
}
