// On the dev server only: the deck's warnings in a small panel at the bottom left, which leaves
// the slides usable (errors take Vite's overlay). Gone from the built deck with import.meta.hot.
import { DEV_WARNINGS_EVENT } from '../shared/page-contract.js';

type ViteHotContext = NonNullable<ImportMeta['hot']>;

export function showDevWarnings(hot: ViteHotContext): void {
  const panel = document.createElement('details');
  panel.className = 'dev-warnings';
  panel.setAttribute('role', 'status');
  panel.hidden = true;
  document.body.append(panel);
  hot.on(DEV_WARNINGS_EVENT, (warnings: string[]) => {
    panel.hidden = warnings.length === 0;
    const summary = document.createElement('summary');
    summary.textContent = `${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'} in the slides`;
    const list = document.createElement('pre');
    list.textContent = warnings.join('\n');
    panel.replaceChildren(summary, list);
  });
  // The page may load after the last compile: ask for its warnings.
  hot.send(DEV_WARNINGS_EVENT);
}
