// The talk itself: its figures, its notes and its order, as the source slides give them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/compile-deck.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { figureText } from '../../src/figures/figure-text.js';

const sources = loadDeck('slides');
const { deck, diagnostics } = compileDeck(sources);
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const deckText = deck.slides.map((s) => plain(s.html)).join(' ');

describe('the talk', () => {
  it('compiles with no error and no warning', () => {
    expect(diagnostics).toEqual([]);
  });

  it('has the key figures of the source, each with its qualifier', () => {
    const figures = [...deck.data.figures.values()].map((f) => figureText(f));
    for (const expected of [
      'more than 200 cooperation agreements',
      '152 countries',
      '32 international organizations',
      'more than 80 science and technology agreements',
      '2017',
      'more than 15,000 young scientists',
      'more than 200,000 people',
      'more than 50 joint research laboratories',
      'more than 1,000 joint research projects',
      'more than 3 billion RMB funding',
      '5 national technology transfer centers',
      '100 joint labs',
    ]) {
      expect(figures).toContain(expected);
    }
    expect(deckText).toContain('trained in hundreds of exchange and training projects');
    expect(deckText).toMatch(/3rd .*Belt and Road Forum for International Cooperation \(BRF\) 17–18 Oct. 2023, Beijing/);
  });

  it('keeps the outline and the source order of the slides', () => {
    const titles = deck.slides.map((s) => s.title);
    const order = [
      'Outline',
      'Background and Achievement',
      '2023: the 10th anniversary of BRI',
      'Progress in STI cooperation with the B&R countries',
      '4 pillars under the B&R STI action program: 1–2',
      '4 pillars under the B&R STI action program: 3–4',
      'Limits and Challenges',
      'Limits of current cooperation',
      'New challenges and demands',
      'Prospect of BRICS STI Cooperation',
      'President Xi Jinping’s address in 2023',
    ];
    const at = order.map((t) => titles.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('fixes the source’s misspellings', () => {
    const text = deck.slides.map((s) => s.html + s.notesHtml).join(' ') + readFileSync('slides/figures.yaml', 'utf8');
    for (const typo of [
      'countires',
      'temporily',
      'abroard',
      'cooperataion',
      'institutioanl',
      'presssures',
      'globlization',
      'ecomonic',
      'pulic',
      'increaising',
      'adrress',
      'futre',
      'Mnistry',
      'RESEATCH',
      'CULTUTAL',
      'cooperatin ',
      'pressures is',
    ]) {
      expect(text).not.toContain(typo);
    }
  });

  it('follows a changed value in the data file on every slide and in the notes', () => {
    const changed = sources.figures!.text.replace(/(countries:\n\s+value:) 152/, '$1 153');
    expect(changed).not.toBe(sources.figures!.text);
    const result = compileDeck({ ...sources, figures: { ...sources.figures!, text: changed } });
    const all = result.deck.slides.map((s) => s.html + s.notesHtml).join('');
    const shown = [...all.matchAll(/data-figure="countries"[^>]*>([\s\S]*?)<\/(span|figure)>/g)].map((m) => plain(m[1]!));
    expect(shown.length).toBeGreaterThanOrEqual(2);
    for (const text of shown) expect(text).toContain('153');
    expect(all).not.toContain('152');
  });
});
