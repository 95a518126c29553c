// The markdown-it instance our pipeline uses: CommonMark, no raw HTML, plus our plugins.
import markdownIt, { type MarkdownIt } from 'markdown-it';
import { attributesPlugin } from './attributes-plugin.js';
import { cjkPlugin } from './cjk-plugin.js';
import { containersPlugin } from './containers-plugin.js';
import { figuresPlugin } from './figures-plugin.js';
import { linksPlugin } from './links-plugin.js';
import { notesPlugin } from './notes-plugin.js';
import { slidesPlugin } from './slides-plugin.js';

export function createMarkdown(): MarkdownIt {
  // html: false shows any raw HTML as text: slides never carry live markup.
  const md = markdownIt({ html: false, linkify: false, typographer: true });
  return (
    md
      // Order matters: attributes and notes hook in after the rule that cuts slides,
      // and the containers' cell rule must run before it.
      .use(slidesPlugin)
      .use(attributesPlugin)
      .use(notesPlugin)
      .use(containersPlugin)
      .use(figuresPlugin)
      .use(linksPlugin)
      .use(cjkPlugin)
  );
}
