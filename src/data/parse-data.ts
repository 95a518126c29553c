// Parse and check the YAML data files at the edge: after this, the types can be trusted.
import { Ajv, type ErrorObject } from 'ajv';
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { DeckSettings, Diagnostic, Figure, FigureData, SourceFile } from '../types.js';
import { figuresSchema, settingsSchema } from './schemas.js';

// verbose: errors carry their schema, to list a field's allowed names.
const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
const validateSettings = ajv.compile(settingsSchema);
const validateFigures = ajv.compile(figuresSchema);

interface Parsed<T> {
  value?: T;
  diagnostics: Diagnostic[];
}

export function parseSettings(file: SourceFile): Parsed<DeckSettings> {
  const { doc, counter, diagnostics } = parseYaml(file);
  if (!doc) return { diagnostics };
  const data: unknown = doc.toJS();
  if (!validateSettings(data)) {
    return { diagnostics: schemaDiagnostics(file, doc, counter, validateSettings.errors ?? []) };
  }
  return { value: data, diagnostics };
}

export function parseFigures(file: SourceFile): Parsed<FigureData> {
  const { doc, counter, diagnostics } = parseYaml(file);
  if (!doc) return { diagnostics };
  const data = doc.toJS() as unknown;
  if (!validateFigures(data)) {
    return { diagnostics: schemaDiagnostics(file, doc, counter, validateFigures.errors ?? []) };
  }
  const raw = data as {
    talk: string;
    figures: Record<string, { value: number | string; more_than?: boolean; format?: Figure['format']; unit: string; label: string; detail?: string; source: string }>;
    timeline?: { year: number; text: string }[];
  };
  const figures = new Map<string, Figure>();
  for (const [key, f] of Object.entries(raw.figures)) {
    figures.set(key, {
      key,
      value: f.value,
      moreThan: f.more_than ?? false,
      format: f.format ?? 'number',
      unit: f.unit,
      label: f.label,
      detail: f.detail,
      source: f.source,
      line: lineOf(doc, counter, ['figures', key]),
    });
  }
  return { value: { talk: raw.talk, figures, timeline: raw.timeline ?? [] }, diagnostics };
}

function parseYaml(file: SourceFile) {
  const counter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = doc.errors.map((e) => {
    const { line, col } = counter.linePos(e.pos[0]);
    return {
      severity: 'error' as const,
      file: file.path,
      line,
      column: col,
      message: `invalid YAML: ${e.message.split('\n')[0]}`,
      hint: 'check the indentation and quoting on this line',
    };
  });
  return { doc: diagnostics.length ? undefined : doc, counter, diagnostics };
}

function schemaDiagnostics(file: SourceFile, doc: Document, counter: LineCounter, errors: ErrorObject[]): Diagnostic[] {
  // anyOf reports every branch; its own summary line says it better.
  // A bad key is reported once, by propertyNames, not again by the pattern inside it.
  const shown = errors.filter((e) => !e.schemaPath.includes('/anyOf/') && e.propertyName === undefined);
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
        break;
      case 'enum':
        message = `${field} must be one of: ${(e.params.allowedValues as unknown[]).join(', ')}`;
        break;
      case 'pattern':
        message = `${field} is not valid: "${String(e.data)}"`;
        hint = PATTERN_HINTS[path.at(-1) ?? ''];
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
};

const PATTERN_HINTS: Record<string, string> = {
  source: 'give the id of the slide that states the figure (lower-case letters, digits, hyphens)',
  lang: 'use a language tag such as en or zh-Hans',
  url: 'give the full address, starting with https://',
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
