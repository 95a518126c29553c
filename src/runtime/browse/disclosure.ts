// A toolbar button that shows and hides its panel: one panel open at a time, Escape or a click
// elsewhere closes it, and the keys pressed inside it are the panel's, not reveal's.

export interface Disclosure {
  /** Shows the panel and calls the panel's own `onOpen` (which usually moves focus into it). */
  open(): void;
  /** Hides the panel; focus goes back to its button when it was inside the panel. */
  close(): void;
}

const all = new Set<Disclosure>();

/** A toolbar button: an icon and its visible label. */
export function toolbarButton(icon: string, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'browse-button';
  button.innerHTML = `${icon}<span>${label}</span>`;
  return button;
}

export function disclose(button: HTMLButtonElement, panel: HTMLElement, onOpen: () => void): Disclosure {
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', panel.id);
  panel.hidden = true;
  const isOpen = () => !panel.hidden;

  const disclosure: Disclosure = {
    open() {
      for (const other of all) if (other !== disclosure) other.close();
      panel.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      onOpen();
    },
    close() {
      if (!isOpen()) return;
      const hadFocus = panel.contains(document.activeElement);
      panel.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      if (hadFocus) button.focus();
    },
  };
  all.add(disclosure);

  button.addEventListener('click', () => (isOpen() ? disclosure.close() : disclosure.open()));
  // reveal listens for keys on the document: typing in the panel must not turn slides, and its
  // Escape would open the overview.
  panel.addEventListener('keydown', (event) => event.stopPropagation());
  // Escape closes the open panel wherever focus is; caught first, so reveal never sees it.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !isOpen()) return;
      event.stopPropagation();
      disclosure.close();
      button.focus();
    },
    true,
  );
  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (isOpen() && !panel.contains(target) && !button.contains(target)) disclosure.close();
  });
  return disclosure;
}
