// Marks CJK text with its language, so the CJK font is used and screen readers switch voice.
import type { MarkdownIt } from 'markdown-it';
import { markCjk } from '../html/text.js';

export function cjkPlugin(md: MarkdownIt, lang = 'zh-Hans'): void {
  // Escaped as markdown-it escapes text, so that text without CJK comes out as it would without us.
  md.renderer.rules['text'] = (tokens, idx) => markCjk(tokens[idx]!.content, lang, md.utils.escapeHtml);
}
