// The deck's script (reveal.js and the deck's start-up), marked for V8 to compile every function
// of it as it downloads, on a thread of its own: it all runs as soon as it has come, and compiled
// function by function as reveal first calls each, it cost a phone a blocking 12 ms of its main
// thread, times four, in the middle of reveal's start-up. Chrome 136 and later read the mark;
// other browsers take it for a comment. Not the one-file deck: a script in the page is not
// compiled as it downloads, so the mark would only move that work to the page's first task.
import type { Plugin } from 'vite';

/** V8's explicit compile hint for the whole file: it must come first. */
export const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';

/** Marks the chunk made from `module` (a path ending so). */
export function compileHint(module: string): Plugin {
  return {
    name: 'deck:compile-hint',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(module));
      if (!chunk || chunk.type !== 'chunk') throw new Error(`deck: no chunk made from ${module} to mark for compiling`);
      chunk.code = `${COMPILE_ALL_HINT}\n${chunk.code}`;
    },
  };
}
