// The closing slide, the title slide's bookend: the speaker, the institute and the event again, as
// the title slide gives them, and in its foot the address with its QR code.
import { CHINESE, langTag, SOURCE_LANG, type LangCode } from '../shared/languages.js';
import type { UiText } from '../shared/ui-text.js';
import type { DeckSettings } from '../types.js';
import { LINE_CLASS } from './line-blocks.js';
import { qrSvg } from './qr-code.js';
import { escapeHtml, markCjk, markLatin } from './text.js';

/** After the closing slide's title: who spoke, for whom, where; then the address and its code. */
export function renderClosing(settings: DeckSettings, lang: LangCode, text: UiText, source?: DeckSettings): string {
  const words = settings;
  // The institute in a second language too, as the title slide names it: in Chinese in the
  // English deck, in the deck's first language (English) in every translation; each written line
  // a block of its own, as the title slide's (line-blocks.ts).
  const other = source ?? settings.zh;
  const otherLang = source ? langTag(SOURCE_LANG) : langTag(CHINESE);
  const mark = lang === CHINESE ? markLatin : markCjk;
  const line = (html: string) => `<span class="${LINE_CLASS}">${html}</span>`;
  const otherName = other ? line(`<span lang="${otherLang}">${escapeHtml(other.affiliation)}</span>`) : '';
  return `<div class="closing-who">
<p class="closing-speaker">${mark(words.author)}</p>
<p class="closing-institute">${line(mark(words.affiliation))}${otherName}</p>
<p class="closing-event">${mark(words.event)}</p>
</div>
${renderQr(settings.url, lang, text)}`;
}

/** A QR code of `url` with its address beside it, as a link: the one place the slide gives it. */
function renderQr(url: string, lang: LangCode, text: UiText): string {
  return `<figure class="qr">
${qrSvg(url, text.qrCode(url))}
<figcaption><a href="${escapeHtml(url)}"${lang === 'en' ? '' : ' lang="en"'}>${escapeHtml(url.replace(/^https?:\/\//, ''))}</a></figcaption>
</figure>
`;
}
