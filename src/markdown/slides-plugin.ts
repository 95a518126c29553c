// Cuts a file's block tokens into slides at every top-level `---` (a `***` or `___` rule stays
// a rule inside the slide).
// Working on tokens means a `---` inside a code fence or container can never split a slide.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { isDeckEnv, type ParsedSlide } from './deck-env.js';

export function slidesPlugin(md: MarkdownIt): void {
  // Runs before 'inline' so later block rules (attributes, notes) see whole slides.
  md.core.ruler.after('block', 'deck_slides', cutSlides);
}

function cutSlides(state: StateCore): void {
  const env = state.env;
  if (!isDeckEnv(env)) return;
  let body: Token[] = [];
  let line = 0;
  if (state.tokens.length === 0) return;
  // `separator` is the 0-based line of the `---` that ends the slide, if any.
  const finish = (separator: number, next: number) => {
    const slide: ParsedSlide = { line, attributes: { classes: [] }, body, notes: [] };
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
  for (const token of state.tokens) {
    if (token.type === 'hr' && token.level === 0 && token.markup.startsWith('-') && token.map) {
      finish(token.map[0], token.map[1]);
      continue;
    }
    if (body.length === 0 && token.map) line = token.map[0];
    body.push(token);
  }
  // A file's trailing separator is common and harmless; only a slide in the middle may not be empty.
  if (body.length > 0) finish(line, line);
}
