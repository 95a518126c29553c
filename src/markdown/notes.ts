// Speaker notes: from a paragraph starting `Note:` to the end of the slide.
import type { StateCore, Token } from 'markdown-it';
import { isParseEnv, type ParseEnv } from './parse-env.js';

const NOTE_MARK = /^Notes?:[ \t]*/;
const NOTE_LINE = /^\s*Notes?:/;

export function splitNotes(state: StateCore): void {
  const env = state.env;
  if (!isParseEnv(env)) return;
  for (const slide of env.slides) {
    reportHiddenNoteMarks(slide.body, env);
    const at = slide.body.findIndex((t, i) => t.type === 'paragraph_open' && t.level === 0 && NOTE_MARK.test(slide.body[i + 1]?.content ?? ''));
    if (at < 0) continue;
    const inline = slide.body[at + 1]!;
    inline.content = inline.content.replace(NOTE_MARK, '');
    const notes = slide.body.slice(at);
    // `Note:` alone on its line leaves an empty paragraph behind; drop it.
    slide.notes = inline.content.trim() === '' ? notes.slice(3) : notes;
    slide.body = slide.body.slice(0, at);
    const heading = slide.notes.find((t) => t.type === 'heading_open' && t.level === 0);
    if (heading?.map) {
      env.diagnostics.push({
        severity: 'warning',
        file: env.file,
        line: heading.map[0] + 1,
        message: 'this heading comes after Note: and is part of the speaker notes, not the slide',
        hint: 'if it starts a new slide, put a line --- (with a blank line before it) above it',
      });
    }
  }
}

/** `Note:` on a line inside a paragraph or heading is not a mark but text on the slide. */
function reportHiddenNoteMarks(body: readonly Token[], env: ParseEnv): void {
  for (const token of body) {
    if (token.type !== 'inline' || !token.map) continue;
    token.content.split('\n').forEach((text, i) => {
      if (i === 0 || !NOTE_LINE.test(text)) return;
      const line = token.map![0] + i;
      env.diagnostics.push({
        severity: 'error',
        file: env.file,
        line: line + 1,
        column: (env.lines[line] ?? '').search(/Note/) + 1,
        message: 'Note: inside a paragraph is shown on the slide as text',
        hint: 'add a blank line before Note: to start the speaker notes',
      });
    });
  }
}
