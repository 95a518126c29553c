// Speaker notes: from a paragraph starting `Note:` to the end of the slide.
import type { MarkdownIt, StateCore } from 'markdown-it';
import { isDeckEnv } from './deck-env.js';

const NOTE_MARK = /^Notes?:[ \t]*/;

export function notesPlugin(md: MarkdownIt): void {
  // Before 'inline' so the `Note:` mark is gone before the paragraph is parsed.
  md.core.ruler.after('deck_attributes', 'deck_notes', splitNotes);
}

function splitNotes(state: StateCore): void {
  const env = state.env;
  if (!isDeckEnv(env)) return;
  for (const slide of env.slides) {
    const at = slide.body.findIndex(
      (t, i) => t.type === 'paragraph_open' && t.level === 0 && NOTE_MARK.test(slide.body[i + 1]?.content ?? ''),
    );
    if (at < 0) continue;
    const inline = slide.body[at + 1]!;
    inline.content = inline.content.replace(NOTE_MARK, '');
    const notes = slide.body.slice(at);
    // `Note:` alone on its line leaves an empty paragraph behind; drop it.
    slide.notes = inline.content.trim() === '' ? notes.slice(3) : notes;
    slide.body = slide.body.slice(0, at);
  }
}
