// Parse and check the YAML data files at the edge: after this, the types can be trusted.
import type { ErrorObject } from 'ajv';
import { Document, isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Node, type YAMLError } from 'yaml';
import type { DeckSettings, LanguageFile, UiWords } from '../schemas.js';
import { dataValidators, type Validators } from './validators.js';
import { uiTextFromWords, uiWordsProblems } from '../shared/ui-text.js';
import type { LangCode } from '../shared/languages.js';
import type { DataFigureWords, Diagnostic, Figure, FigureData, LanguageData, SourceFile } from '../types.js';

let validators: Validators | undefined;
/** The validators, read when the first data file is. */
const validate = (): Validators => (validators ??= dataValidators());

interface Parsed<T> {
  value?: T;
  diagnostics: Diagnostic[];
}

export function parseSettings(file: SourceFile): Parsed<DeckSettings> {
  const { data, doc, counter, diagnostics } = parseYaml(file);
  if (diagnostics.length) return { diagnostics };
  const { settings } = validate();
  if (!settings(data)) {
    return { diagnostics: schemaDiagnostics(file, doc, counter, settings.errors ?? []) };
  }
  return { value: data, diagnostics };
}

export function parseFigures(file: SourceFile): Parsed<FigureData> {
  const { data, doc, counter, diagnostics } = parseYaml(file);
  if (diagnostics.length) return { diagnostics };
  const { figures: validFigures } = validate();
  if (!validFigures(data)) {
    return { diagnostics: schemaDiagnostics(file, doc, counter, validFigures.errors ?? []) };
  }
  const figures = new Map<string, Figure>();
  for (const [key, f] of Object.entries(data.figures)) {
    figures.set(key, {
      key,
      value: f.value,
      moreThan: f.more_than ?? false,
      format: f.format ?? 'number',
      currency: f.currency,
      unit: f.unit,
      label: f.label,
      detail: f.detail,
      source: f.source,
      zh: f.zh,
      line: lineOf(doc, counter, ['figures', key]),
    });
  }
  return { value: { talk: data.talk, talkZh: data.zh?.talk, figures, timeline: data.timeline ?? [] }, diagnostics };
}

/** A translation's words written as data: its `language.yaml` and its `ui.yaml`, each checked
 *  against its schema, the UI words against the deck's own list. */
export function parseLanguage(code: LangCode, language: SourceFile, ui: SourceFile): Parsed<LanguageData> {
  const words = parseYaml(language);
  const uiWords = parseYaml(ui);
  const diagnostics = [...words.diagnostics, ...uiWords.diagnostics];
  if (diagnostics.length) return { diagnostics };
  const valid = validate();
  if (!valid.language(words.data)) diagnostics.push(...schemaDiagnostics(language, words.doc, words.counter, valid.language.errors ?? []));
  if (!valid.uiWords(uiWords.data)) diagnostics.push(...schemaDiagnostics(ui, uiWords.doc, uiWords.counter, valid.uiWords.errors ?? []));
  if (diagnostics.length) return { diagnostics };
  const data = words.data as LanguageFile;
  const uiData = uiWords.data as UiWords;
  for (const { key, problem } of uiWordsProblems(uiData)) {
    const { line, col } = positionOf(uiWords.doc, uiWords.counter, [key], true);
    diagnostics.push({
      severity: 'error',
      file: ui.path,
      line,
      column: col,
      message: `ui.yaml ${problem}`,
      hint: `give every key of the English words (src/shared/ui-text.ts), in ${code}`,
    });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const tag = data.tag ?? code;
  const figures = new Map<string, DataFigureWords>(
    Object.entries(data.figures).map(([key, f]) => [
      key,
      {
        value: f.value,
        unit: f.unit,
        unitForms: f.unit_forms,
        cardUnit: f.card_unit,
        label: f.label,
        detail: f.detail,
        line: lineOf(words.doc, words.counter, ['figures', key]),
      },
    ]),
  );
  const timeline = new Map(Object.entries(data.timeline ?? {}).map(([year, text]) => [Number(year), text]));
  return {
    value: {
      code,
      tag,
      name: data.name,
      deck: data.deck,
      talk: data.talk,
      numbers: data.numbers,
      figures,
      timeline,
      keepWithNext: data.keep_with_next ?? [],
      keepWhole: data.keep_whole ?? [],
      uiWords: uiData,
      text: uiTextFromWords(uiData, tag),
      files: { language: language.path, ui: ui.path },
    },
    diagnostics,
  };
}

/** The file's one YAML document as data, or its first error in plain words at its line. Only
 *  the first: the errors after it are usually its consequences. */
function parseYaml(file: SourceFile): { data?: unknown; doc: Document; counter: LineCounter; diagnostics: Diagnostic[] } {
  const counter = new LineCounter();
  const at = (pos: number, message: string, hint: string): Diagnostic[] => {
    const { line, col } = counter.linePos(pos);
    return [{ severity: 'error', file: file.path, line, column: col, message, hint }];
  };
  let doc: Document;
  try {
    doc = parseDocument(file.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return { doc: new Document(), counter, diagnostics: at(0, `cannot read the YAML: ${yamlFailure(error)}`, 'data files need only a few levels of nesting') };
  }
  const [first] = doc.errors;
  if (first) return { doc, counter, diagnostics: at(first.pos[0], ...plainYamlError(first, file.text)) };
  try {
    // A few aliases are fine; thousands are a file that expands to gigabytes (an "alias bomb").
    return { data: doc.toJS({ maxAliasCount: 100 }), doc, counter, diagnostics: [] };
  } catch (error) {
    return { doc, counter, diagnostics: at(0, `cannot read the YAML: ${yamlFailure(error)}`, 'write the values out rather than repeating aliases (*name)') };
  }
}

function yamlFailure(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply';
  if (error instanceof ReferenceError && /alias/i.test(error.message)) return 'its aliases expand to too much data';
  return error instanceof Error ? error.message : String(error);
}

/** The message and hint for a YAML error, in the words of someone editing the file. */
function plainYamlError(error: YAMLError, text: string): [string, string] {
  const line = error.linePos?.[0].line ?? text.slice(0, error.pos[0]).split('\n').length;
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = keyOnLine(text, line);
      const first = key && firstDefinition(text, line, key);
      return [
        `"${key?.name ?? 'this key'}" is defined twice${first ? ` (first on line ${first})` : ''}`,
        'keep one of them: a key may appear once in its mapping',
      ];
    }
    case 'MULTIPLE_DOCS':
      return ['the file holds a second YAML document: a line --- starts a new one', 'remove the --- line: a data file is one document'];
    case 'TAB_AS_INDENT':
      return ['a tab is used for indentation', 'indent with spaces'];
    case 'BAD_INDENT':
      return ['this line is not indented like the fields beside it', 'indent it by as many spaces as the other fields at its level'];
    case 'MISSING_CHAR':
      return [`something is not closed: ${firstLine(error.message)}`, 'close the quote or bracket this line opens'];
    default:
      if (/call stack/i.test(error.message)) return ['cannot read the YAML: it is nested too deeply', 'data files need only a few levels of nesting'];
      return [`invalid YAML: ${firstLine(error.message)}`, 'check the indentation and quoting on this line'];
  }
}

const firstLine = (message: string) => message.split('\n')[0]!.replace(/\.$/, '');

const KEY_LINE = /^( *)(?:- +)?["']?([^"':#]+?)["']?\s*:(\s|$)/;

/** The mapping key a line starts with, and how far it is indented. */
function keyOnLine(text: string, line: number): { indent: number; name: string } | undefined {
  const match = KEY_LINE.exec(text.split('\n')[line - 1] ?? '');
  return match ? { indent: match[1]!.length, name: match[2]! } : undefined;
}

/** The line where `key` first appears in the same mapping: upwards, until a line indented less. */
function firstDefinition(text: string, line: number, key: { indent: number; name: string }): number | undefined {
  const lines = text.split('\n');
  let first: number | undefined;
  for (let i = line - 2; i >= 0; i--) {
    const l = lines[i]!;
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    const indent = l.length - l.trimStart().length;
    if (indent < key.indent) break;
    const here = keyOnLine(text, i + 1);
    if (here?.indent === key.indent && here.name === key.name) first = i + 1;
  }
  return first;
}

function schemaDiagnostics(file: SourceFile, doc: Document, counter: LineCounter, errors: ErrorObject[]): Diagnostic[] {
  // anyOf reports every branch; its own summary line says it better.
  // A bad key is reported once, by propertyNames, not again by the pattern inside it.
  // An if/then rule is reported by the rule inside its then, which names the field.
  const shown = errors.filter((e) => !e.schemaPath.includes('/anyOf/') && e.propertyName === undefined && e.keyword !== 'if');
  return shown.map((e) => {
    const path = e.instancePath.split('/').slice(1).map(unescapePointer);
    const field = path.join('.') || 'the file';
    let at = path;
    let message: string;
    let hint: string | undefined;
    let atKey = false;
    switch (e.keyword) {
      case 'additionalProperties': {
        const extra = String(e.params.additionalProperty);
        at = [...path, extra];
        atKey = true;
        message = `unknown field "${extra}" in ${field}`;
        hint = `allowed fields: ${Object.keys(allowedFields(e.parentSchema)).join(', ')}`;
        break;
      }
      case 'required':
        message = `${field} is missing the field "${String(e.params.missingProperty)}"`;
        hint = 'add it, see the README for the data file format';
        atKey = true;
        break;
      case 'type':
        message = `${field} must be ${TYPE_NAMES[String(e.params.type)] ?? String(e.params.type)}`;
        if (e.params.type === 'integer' && path.at(-1) === 'value') hint = 'a year or a rank (format: year or ordinal) is a whole number';
        break;
      case 'enum':
        message = `${field} must be one of: ${(e.params.allowedValues as unknown[]).join(', ')}`;
        break;
      case 'pattern':
        message = `${field} is not valid: "${String(e.data)}"`;
        // A list's item is named by its list (keep_with_next.1 by keep_with_next).
        hint = PATTERN_HINTS[path[0] === 'languages' ? 'languages' : (path.findLast((part) => !/^\d+$/.test(part)) ?? '')];
        break;
      case 'propertyNames':
        message = `${field}: the key "${String(e.params.propertyName)}" is not a valid figure key`;
        at = [...path, String(e.params.propertyName)];
        atKey = true;
        hint = 'use lower case letters, digits and _ (e.g. joint_labs)';
        break;
      case 'anyOf':
        message = `${field} must be a number or words`;
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
        message = `${field} must be ${e.keyword === 'maximum' ? 'at most' : e.keyword === 'minimum' ? 'at least' : 'more than'} ${new Intl.NumberFormat('en-US').format(Number(e.params.limit))}: ${String(e.data)} is out of range`;
        break;
      case 'maxLength':
        message = `${field} is too long: ${String(e.data).length} characters, at most ${String(e.params.limit)}`;
        hint = LENGTH_HINTS[path.at(-1) ?? ''];
        break;
      default:
        message = `${field} ${e.message ?? 'is not valid'}`;
    }
    const { line, col } = positionOf(doc, counter, at, atKey);
    return { severity: 'error' as const, file: file.path, line, column: col, message, hint };
  });
}

const TYPE_NAMES: Record<string, string> = {
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  string: 'text',
  object: 'a mapping of fields',
  array: 'a list',
  'number,string': 'a number or words',
};

const LENGTH_HINTS: Record<string, string> = {
  url: "the closing slide's QR code must hold it: give a shorter address",
};

const PATTERN_HINTS: Record<string, string> = {
  source: 'give the id of the slide that states the figure (lower-case letters, digits, hyphens)',
  lang: 'use a language tag such as en or zh-Hans',
  tag: 'use a language tag such as pt-BR',
  languages: 'list language codes such as en, zh, pt-BR, ru: each other than the first is the name of a folder of the slides folder',
  url: 'give the full address, starting with https://',
  keep_with_next:
    'list single short words of one to three letters (such as в, и, к), each kept on the line of the word after it; a longer name goes under keep_whole',
  keep_whole: 'list names of two words or more, at most 30 characters each (such as Cinturão e Rota), each kept on one line',
};

function allowedFields(schema: unknown): Record<string, unknown> {
  return (schema as { properties?: Record<string, unknown> }).properties ?? {};
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Position of the value at `path`, or of its key when `atKey`; falls back to the nearest parent. */
function positionOf(doc: Document, counter: LineCounter, path: string[], atKey = false): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const parentPath = path.slice(0, n - 1);
    const parent = n === 0 ? doc.contents : doc.getIn(parentPath, true);
    if (n > 0 && isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === path[n - 1]);
      const node = pair && (atKey || !isNode(pair.value) ? pair.key : pair.value);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]);
    }
    const node = n === 0 ? doc.contents : (doc.getIn(path.slice(0, n), true) as Node | undefined);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

function lineOf(doc: Document, counter: LineCounter, path: string[]): number {
  return positionOf(doc, counter, path, true).line;
}
