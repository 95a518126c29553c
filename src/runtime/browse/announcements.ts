// reveal reads each new slide aloud through a live region, as plain text: the Chinese in it
// loses its lang and would be spoken with an English voice. This marks those runs again.
import type { BrowseDeck } from './browse-deck.js';

export function keepLanguagesInAnnouncements(deck: BrowseDeck): void {
  const status = deck.getRevealElement()!.querySelector('.aria-status');
  if (!status) return;
  // reveal writes the text in an animation frame after the change; this frame comes after it,
  // so the region changes once as far as a screen reader can tell.
  const mark = () => requestAnimationFrame(() => markLanguages(status, deck.getCurrentSlide()));
  deck.on('slidechanged', mark);
  mark();
}

function markLanguages(status: Element, slide: HTMLElement | undefined): void {
  const text = status.textContent ?? '';
  const runs = new Map<string, string>();
  for (const el of slide?.querySelectorAll<HTMLElement>('[lang]') ?? []) {
    const run = el.textContent?.trim();
    if (run && text.includes(run)) runs.set(run, el.lang);
  }
  if (runs.size === 0) return;
  const pattern = new RegExp([...runs.keys()].map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const parts: (string | HTMLElement)[] = [];
  let end = 0;
  for (const match of text.matchAll(pattern)) {
    const span = document.createElement('span');
    span.lang = runs.get(match[0])!;
    span.textContent = match[0];
    parts.push(text.slice(end, match.index), span);
    end = match.index + match[0].length;
  }
  status.replaceChildren(...parts, text.slice(end));
}
