// Cuts a file's block tokens into slides at every top-level line of three or more `-` (a `***`,
// `___` or spaced `- - -` rule stays a rule inside the slide).
// Working on tokens means a `---` inside a code fence or container can never split a slide.
import type { StateCore, Token } from 'markdown-it';
import { isParseEnv, type SlideTokens } from './parse-env.js';

/** The separator as its line must read: dashes only, so that a spaced `- - -` stays a rule. */
const SEPARATOR = /^ {0,3}-{3,}[ \t]*$/;

export function cutSlides(state: StateCore): void {
  const env = state.env;
  if (!isParseEnv(env)) return;
  let body: Token[] = [];
  let line = 0;
  if (state.tokens.length === 0) return;
  // `separator` is the 0-based line of the `---` that ends the slide, if any.
  const finish = (separator: number, next: number) => {
    const slide: SlideTokens = { line, attributes: { classes: [] }, body, notes: [] };
    if (body.length === 0) {
      env.diagnostics.push({
        severity: 'error',
        file: env.file,
        line: separator + 1,
        message: 'empty slide',
        hint: 'remove the extra `---` or give the slide a title and content',
      });
    } else {
      env.slides.push(slide);
    }
    body = [];
    line = next;
  };
  for (const [i, token] of state.tokens.entries()) {
    if (token.type === 'hr' && token.level === 0 && token.map && SEPARATOR.test(env.lines[token.map[0]] ?? '')) {
      // A separator on the first line opens the file, as front matter would: nothing before it.
      if (i === 0) continue;
      finish(token.map[0], token.map[1]);
      continue;
    }
    if (token.type === 'heading_open' && token.level === 0 && token.markup === '-' && token.map) {
      // Text right above `---` is a heading to CommonMark, and the two slides become one.
      env.diagnostics.push({
        severity: 'error',
        file: env.file,
        line: token.map[1],
        column: 1,
        message: '--- right under a line of text makes that text a heading, and the slides around it one slide',
        hint: 'add a blank line before --- to start a new slide (or write the heading as ## Title)',
      });
    }
    if (body.length === 0 && token.map) line = token.map[0];
    body.push(token);
  }
  // A file's trailing separator is common and harmless; only a slide in the middle may not be empty.
  if (body.length > 0) finish(line, line);
}
