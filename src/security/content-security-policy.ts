// The built pages' Content-Security-Policy: scripts only from the deck's own files (and the
// exact inline scripts it ships), no eval, nothing from another origin.
import { createHash } from 'node:crypto';
import { speakerViewScripts } from './speaker-view.js';

const hash = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/** The policy for `html`: its own inline scripts and the speaker view's are allowed by hash. */
export function contentSecurityPolicy(html: string): string {
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const scripts = [...new Set([...inline, ...speakerViewScripts()].map(hash))];
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(' ')}`,
    // reveal.js and its speaker view set inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** `html` with its policy right after the charset, before anything it governs. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  return html.replace(/<meta charset="utf-8">/i, (charset) => `${charset}\n    ${meta}`);
}
