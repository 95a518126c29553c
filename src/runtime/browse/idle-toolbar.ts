// While a talk is projected, the toolbar fades away once the pointer rests; moving the pointer
// or tabbing to a control brings it back.
const IDLE_MS = 3000;

export function fadeWhenIdle(toolbar: HTMLElement): void {
  let timer = 0;
  const wake = () => {
    toolbar.classList.remove('browse-idle');
    window.clearTimeout(timer);
    timer = window.setTimeout(() => toolbar.classList.add('browse-idle'), IDLE_MS);
  };
  for (const event of ['pointermove', 'pointerdown', 'touchstart']) document.addEventListener(event, wake, { passive: true });
  wake();
}
