// The list of keys (?), in the deck and in the speaker view: the deck's own keys, as the README
// gives them, not reveal.js's stock list (whose L is not ours).
import type { UiText } from '../shared/ui-text.js';

const ID = 'deck-key-list';

/** Shows the list in `page`, or closes it when it is open. */
export function toggleKeyList(page: Document, text: UiText): void {
  const shown = page.getElementById(ID) as HTMLDialogElement | null;
  if (shown?.open) return shown.close();
  // Closed a moment ago: its close event, which removes it, may not have come yet.
  shown?.remove();
  const dialog = page.createElement('dialog');
  dialog.id = ID;
  dialog.setAttribute('aria-labelledby', `${ID}-title`);
  dialog.style.cssText =
    'max-width:min(40em,90vw);padding:20px 28px;border:0;border-radius:8px;font:18px/1.4 var(--font,sans-serif);color:#0d1b2a;box-shadow:0 8px 40px rgba(0,0,0,.35)';
  const title = page.createElement('h2');
  title.id = `${ID}-title`;
  title.textContent = text.keysTitle;
  title.style.cssText = 'margin:0 0 12px;font-size:22px';
  const table = page.createElement('table');
  table.style.cssText = 'border-collapse:collapse';
  for (const [keys, does] of text.keys) {
    const row = table.insertRow();
    const key = page.createElement('th');
    key.scope = 'row';
    key.textContent = keys;
    key.style.cssText = 'text-align:left;padding:4px 20px 4px 0;white-space:nowrap;font-weight:700;vertical-align:top';
    row.append(key);
    row.insertCell().textContent = does;
  }
  const close = page.createElement('button');
  close.type = 'button';
  close.textContent = text.close;
  close.style.cssText = 'margin-top:16px;font:inherit;padding:4px 16px';
  close.addEventListener('click', () => dialog.close());
  dialog.append(title, table, close);
  // Keys pressed while the list is open are its own: Esc closes it and does not open the overview.
  dialog.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === '?') dialog.close();
  });
  dialog.addEventListener('close', () => dialog.remove());
  page.body.append(dialog);
  dialog.showModal();
}
