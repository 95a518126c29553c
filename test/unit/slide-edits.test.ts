// The dev server's edits in place: which edits only change slides (sent to the open pages as the
// compiler renders them), and which reload the pages.
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { editedSlides, shownPage } from '../../src/vite/slide-edits.js';
import type { SourceFile } from '../../src/types.js';
import { fixtureData } from '../compile-fixture.js';

const SHELL =
  '<!doctype html><html lang="en"><head><title>Deck</title></head><body><main class="reveal"><div class="slides"><!--deck:slides--></div></main></body></html>';

const TALK: Record<string, string> = {
  '01-title.md': '{#title layout=title}\n\n# A talk\n\nNote: Hello.\n',
  '02-outline.md': '{#outline}\n\n## Outline\n\n::: agenda\n:::\n\nNote: The parts.\n',
  '03-part.md': '{#part layout=section}\n\n## The part\n\nNote: A part.\n\n---\n\n{#point}\n\n## A point\n\n- one\n- two\n\nNote: The point.\n',
};

/** The page as the dev server would show it, with `change` made to the talk's files first. */
function page(change: (files: Record<string, string>) => void = () => {}, settings = fixtureData('deck.yaml')) {
  const files = { ...TALK };
  change(files);
  const slides: SourceFile[] = Object.entries(files).map(([name, text]) => ({ path: `slides/${name}`, text }));
  const result = compileDeck({ slides, settings, figures: fixtureData('figures.yaml'), diagnostics: [] });
  return shownPage(SHELL, result);
}

const shown = page();
const edit = (change: (files: Record<string, string>) => void) => editedSlides(shown, page(change));
const ids = (edited: ReturnType<typeof editedSlides>) =>
  edited && Object.fromEntries(Object.entries(edited).map(([lang, slides]) => [lang, slides.map((s) => s.id)]));

describe('an edit that changes only slides is sent as those slides', () => {
  it('a slide’s text: that slide alone, as the compiler renders it', () => {
    const edited = edit((f) => (f['03-part.md'] = f['03-part.md']!.replace('- two', '- two and more')));
    expect(ids(edited)).toEqual({ en: ['point'] });
    expect(edited!['en']![0]!.html).toBe(
      page((f) => (f['03-part.md'] = f['03-part.md']!.replace('- two', '- two and more')))
        .slides.get('en')!
        .find((s) => s.id === 'point')!.html,
    );
  });

  it('its notes: the slide, the notes in it', () => {
    const edited = edit((f) => (f['03-part.md'] = f['03-part.md']!.replace('The point.', 'The point, said again.')));
    expect(ids(edited)).toEqual({ en: ['point'] });
    expect(edited!['en']![0]!.html).toMatch(/<aside class="notes"[^>]*>\n<p>The point, said again.<\/p>/);
  });

  it('a slide’s title: the slide, and the outline slide, whose agenda lists it', () => {
    expect(ids(edit((f) => (f['03-part.md'] = f['03-part.md']!.replace('## A point', '## A sharper point'))))).toEqual({ en: ['outline', 'point'] });
  });

  it('nothing that renders differently: no slide, which still clears a mistake shown', () => {
    expect(edit((f) => (f['03-part.md'] = `${f['03-part.md']!}\n\n`))).toEqual({});
  });

  it('text that looks like markup or a replacement pattern: escaped by the compiler', () => {
    const edited = edit((f) => (f['03-part.md'] = f['03-part.md']!.replace('- two', () => "- <script>alert(1)</script> $& $' $$ a < b")));
    const html = edited!['en']![0]!.html;
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; $&amp; $’ $$ a &lt; b');
    expect(html).not.toMatch(/<script/i);
  });

  it('a character taken out: the faces loaded still hold what is left', () => {
    expect(ids(edit((f) => (f['01-title.md'] = f['01-title.md']!.replace('# A talk', '# A tal'))))).toEqual({ en: ['title'] });
  });
});

describe('any other edit reloads the pages', () => {
  const reloads: [string, (files: Record<string, string>) => void][] = [
    ['a slide added', (f) => (f['04-more.md'] = '{#more}\n\n## More\n\n- a point\n\nNote: More.\n')],
    ['a slide file deleted', (f) => delete f['03-part.md']],
    ['a slide’s id changed', (f) => (f['03-part.md'] = f['03-part.md']!.replace('{#point}', '{#the-point}'))],
    ['the slides in another order', (f) => (f['00-outline.md'] = f['02-outline.md']!) && delete f['02-outline.md']],
    ['a slide’s layout', (f) => (f['03-part.md'] = f['03-part.md']!.replace('{#point}', '{#point layout=pillars}'))],
    ['a slide’s planned time', (f) => (f['03-part.md'] = f['03-part.md']!.replace('{#point}', '{#point timing=40}'))],
    ['a part’s title, which its slides carry', (f) => (f['03-part.md'] = f['03-part.md']!.replace('## The part', '## The first part'))],
    ['a character the faces loaded do not hold', (f) => (f['03-part.md'] = f['03-part.md']!.replace('- two', '- two 龘'))],
  ];
  for (const [what, change] of reloads) it(what, () => expect(edit(change)).toBeUndefined());

  it('the deck’s settings, which the page around the slides shows', () => {
    const settings = fixtureData('deck.yaml');
    expect(editedSlides(shown, page(undefined, { ...settings, text: settings.text.replace('title: Fixture deck', 'title: Another deck') }))).toBeUndefined();
    expect(editedSlides(shown, page(undefined, { ...settings, text: settings.text.replace('minutes: 10', 'minutes: 12') }))).toBeUndefined();
  });
});
