// The timeline picture: an SVG drawn at build time from the data file's `timeline`.
import type { TimelineEntry } from '../types.js';
import { escapeHtml, smartQuotes } from './text.js';

const WIDTH = 1160;
const AXIS_Y = 96;
const MARGIN = 110;
const LINE_HEIGHT = 27;
const CHARS_PER_LINE = 21;

/** A figure holding the SVG; the SVG's label is the whole timeline as one sentence. */
export function renderTimeline(entries: readonly TimelineEntry[]): string {
  if (entries.length === 0) return '';
  const step = entries.length > 1 ? (WIDTH - 2 * MARGIN) / (entries.length - 1) : 0;
  const wrapped = entries.map((e) => wrap(smartQuotes(e.text), CHARS_PER_LINE));
  const height = AXIS_Y + 56 + Math.max(...wrapped.map((l) => l.length)) * LINE_HEIGHT;
  const alt = `Timeline: ${entries.map((e) => `${e.year}: ${smartQuotes(e.text)}`).join('; ')}.`;
  const points = entries
    .map((entry, i) => {
      const x = entries.length > 1 ? MARGIN + i * step : WIDTH / 2;
      const lines = wrapped[i]!
        .map((line, j) => `<tspan x="${x}" dy="${j === 0 ? 0 : LINE_HEIGHT}">${escapeHtml(line)}</tspan>`)
        .join('');
      return `  <g class="timeline-entry">
    <text class="timeline-year" x="${x}" y="${AXIS_Y - 30}" text-anchor="middle">${entry.year}</text>
    <circle class="timeline-dot" cx="${x}" cy="${AXIS_Y}" r="12"/>
    <text class="timeline-text" x="${x}" y="${AXIS_Y + 50}" text-anchor="middle">${lines}</text>
  </g>`;
    })
    .join('\n');
  return `<figure class="timeline">
<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(alt)}" xmlns="http://www.w3.org/2000/svg">
  <line class="timeline-axis" x1="${MARGIN / 2}" y1="${AXIS_Y}" x2="${WIDTH - MARGIN / 2}" y2="${AXIS_Y}"/>
${points}
</svg>
</figure>
`;
}

/** Greedy word wrap; SVG text does not wrap by itself. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
