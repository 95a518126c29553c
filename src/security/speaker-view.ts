// The inline script of reveal.js's speaker view, so the policy can allow exactly it.
// The notes plugin writes that page into a blank popup, which inherits the deck's policy.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const packageFiles = createRequire(import.meta.url);

let scripts: string[] | undefined;

/** The text of each inline <script> in the speaker view page reveal.js writes (read once a run:
 *  each page's policy names them). */
export function speakerViewScripts(): string[] {
  return (scripts ??= readSpeakerViewScripts());
}

function readSpeakerViewScripts(): string[] {
  const source = readFileSync(packageFiles.resolve('reveal.js/plugin/notes').replace(/\.js$/, '.mjs'), 'utf8');
  const start = source.indexOf('.document.write("');
  if (start < 0) throw new Error('reveal.js: the notes plugin no longer writes its speaker view; update src/security/speaker-view.ts');
  const literal = readStringLiteral(source, start + '.document.write('.length);
  return [...literal.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

/** A double-quoted JavaScript string literal at `at`, as the string it stands for. */
function readStringLiteral(source: string, at: number): string {
  let end = at + 1;
  while (source[end] !== '"') end += source[end] === '\\' ? 2 : 1;
  const json = source
    .slice(at, end + 1)
    // JSON lacks JavaScript's \xHH and \' escapes, and wants tabs escaped.
    .replace(/\t/g, '\\t')
    .replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1')
    .replace(/\\'/g, "'");
  return JSON.parse(json) as string;
}
