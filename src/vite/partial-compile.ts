// The dev server's compile of an edit: only the languages the edit can change are compiled again,
// the others kept from the compile before, the result the same as a full compile's. A translated
// file changes its own language; an English file, English and the languages that show some of its
// slides in English; a data file, deck.yaml, an image or a change to the slides' ids, places,
// attributes or figures, every language.
import { compileDeck, compileSource, compileTranslation, joinPasses, type SourcePass, type TranslationPass } from '../compile-deck.js';
import type { DeckSources, TranslationSources } from '../load/load-deck.js';
import type { LangCode } from '../shared/languages.js';
import type { CompileResult, SourceFile } from '../types.js';

interface Kept {
  sources: DeckSources;
  source: SourcePass;
  translations: Map<LangCode, { sources: TranslationSources; pass: TranslationPass }>;
}

/** A compile function that keeps what it compiled for the next call. */
export function partialCompiler(): (sources: DeckSources) => CompileResult {
  let kept: Kept | undefined;
  return (sources) => {
    try {
      const next = compileAgain(sources, kept);
      kept = next.kept;
      return next.result;
    } catch {
      // Whatever failed, a full compile says it as the build would; nothing is kept from it.
      kept = undefined;
      return compileDeck(sources);
    }
  };
}

function compileAgain(sources: DeckSources, kept: Kept | undefined): { result: CompileResult; kept: Kept } {
  const sameData = kept !== undefined && sameDataFiles(kept.sources, sources);
  const sameSource = sameData && sameFiles(kept.sources.slides, sources.slides);
  const source = sameSource ? kept.source : compileSource(sources);
  const changed = kept ? changedFiles(kept.sources.slides, sources.slides) : new Set<string>();
  // A translation reads the English slides' outline, and the words of those it falls back to.
  const sameOutline = sameData && source.outline === kept.source.outline;

  const translations = new Map<LangCode, { sources: TranslationSources; pass: TranslationPass }>();
  for (const translation of sources.translations ?? []) {
    const before = kept?.translations.get(translation.code);
    const reusable =
      before !== undefined &&
      sameTranslation(before.sources, translation) &&
      (sameSource || (sameOutline && ![...before.pass.fallsBackTo].some((file) => changed.has(file))));
    translations.set(translation.code, {
      sources: translation,
      pass: reusable ? before.pass : compileTranslation(translation, source, sources),
    });
  }
  const passes = [...translations.values()].map((t) => t.pass);
  return { result: joinPasses(sources, source, passes), kept: { sources, source, translations } };
}

/** Whether two reads of the slides folder found the same. */
export function sameSources(a: DeckSources, b: DeckSources): boolean {
  const translations = (d: DeckSources) => d.translations ?? [];
  return (
    sameDataFiles(a, b) &&
    sameFiles(a.slides, b.slides) &&
    translations(a).length === translations(b).length &&
    translations(a).every((t, i) => sameTranslation(t, translations(b)[i]!)) &&
    JSON.stringify(a.diagnostics) === JSON.stringify(b.diagnostics)
  );
}

/** The same settings, figures, images and folder: what every language is compiled with. */
function sameDataFiles(a: DeckSources, b: DeckSources): boolean {
  return (
    a.dir === b.dir &&
    sameFile(a.settings, b.settings) &&
    sameFile(a.figures, b.figures) &&
    JSON.stringify(a.assets ?? []) === JSON.stringify(b.assets ?? []) &&
    JSON.stringify(a.languages ?? []) === JSON.stringify(b.languages ?? [])
  );
}

function sameTranslation(a: TranslationSources, b: TranslationSources): boolean {
  return a.code === b.code && a.found === b.found && sameFile(a.language, b.language) && sameFile(a.ui, b.ui) && sameFiles(a.slides, b.slides);
}

const sameFile = (a: SourceFile | undefined, b: SourceFile | undefined): boolean => a?.path === b?.path && a?.text === b?.text;

const sameFiles = (a: readonly SourceFile[], b: readonly SourceFile[]): boolean => a.length === b.length && a.every((file, i) => sameFile(file, b[i]));

/** The files added, removed or edited from `a` to `b`, by path. */
function changedFiles(a: readonly SourceFile[], b: readonly SourceFile[]): Set<string> {
  const before = new Map(a.map((f) => [f.path, f.text]));
  const after = new Map(b.map((f) => [f.path, f.text]));
  return new Set([...before.keys(), ...after.keys()].filter((path) => before.get(path) !== after.get(path)));
}
