// A QR code as SVG, drawn at build time or by the server, so that no page needs a script or the
// network to show one: the closing slide's address, and `deck present`'s addresses for the room.
// Called through the module's object, not a binding taken at import: a test can stand a failure in.
import encoder from 'qrcode/lib/core/qrcode.js';
import { COLOURS } from '../theme.js';
import { escapeHtml } from './text.js';

/** The code's margin, in modules: the quiet zone a scanner needs. */
const QUIET = 4;

/** The QR code of `text`, its modules in the deck's ink on its paper; `label` is what it says. */
export function qrSvg(text: string, label: string): string {
  const { box, path } = drawn(text);
  return `<svg viewBox="0 0 ${box} ${box}" role="img" aria-label="${escapeHtml(label)}" xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges"><rect width="${box}" height="${box}" fill="${COLOURS.paper}"/><path d="${path}" fill="${COLOURS.ink}"/></svg>`;
}

// Each language's closing slide shows the same address: its code is worked out once (choosing
// the mask is the slow part).
const drawings = new Map<string, { box: number; path: string }>();

/** The code's modules as one SVG path, and the size of the box they sit in with their margin. */
function drawn(text: string): { box: number; path: string } {
  let drawing = drawings.get(text);
  if (!drawing) {
    const { modules } = encoder.create(text, { errorCorrectionLevel: 'M' });
    const size = modules.size;
    let path = '';
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        if (modules.get(y, x)) path += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
      }
    }
    drawing = { box: size + 2 * QUIET, path };
    drawings.set(text, drawing);
  }
  return drawing;
}
