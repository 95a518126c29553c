// A toolbar button and the panel it shows, on the browser's own popover: one panel open at a
// time, Escape or a click elsewhere closes it and focus goes back to the button. What is left to
// do here is keep reveal out of it, which listens for keys on the whole page.

/** A toolbar button: an icon and its visible label. */
export function toolbarButton(icon: string, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'browse-button';
  button.innerHTML = `${icon}<span>${label}</span>`;
  return button;
}

/** Makes `panel` the popover `button` opens; `onOpen` runs as it opens (it usually moves focus in). */
export function attachPanel(button: HTMLButtonElement, panel: HTMLElement, onOpen: () => void): void {
  panel.popover = 'auto';
  button.setAttribute('aria-controls', panel.id);
  button.setAttribute('aria-expanded', 'false');
  // Opened here rather than by a popovertarget attribute, so that focus moves in at once, not after
  // the toggle event; `source` still makes the button the popover's invoker, where focus returns.
  button.addEventListener('click', () => {
    if (panel.matches(':popover-open')) {
      panel.hidePopover();
      return;
    }
    (panel.showPopover as (options: { source: HTMLElement }) => void)({ source: button });
    onOpen();
  });
  panel.addEventListener('toggle', (event) => button.setAttribute('aria-expanded', String(event.newState === 'open')));
  // Typing in the panel must not turn slides.
  panel.addEventListener('keydown', (event) => event.stopPropagation());
  // Escape closes the open panel (the browser does that); reveal, hearing it first, would open its
  // overview.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && panel.matches(':popover-open')) event.stopPropagation();
    },
    true,
  );
}
