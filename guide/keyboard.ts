/**
 * Alt+Shift+E (Option+Shift+E on a Mac) brings keyboard focus to the panel; Esc in the panel
 * sends it back to the page field the person left. Matched by physical key (`code`), so it
 * works on any layout (AZERTY, Cyrillic). No Chromium or Firefox shortcut uses it (Chromium
 * takes Alt+Shift+A/B/I/T, Alt+E alone opens its menu). A page's accesskey="e" answers
 * Alt+Shift+E too (none of our fixture pages sets one); on a Mac's US layout it also types "´".
 */
export const PANEL_SHORTCUT = 'Alt+Shift+E';

export function isPanelShortcut(event: KeyboardEvent): boolean {
  return event.isTrusted && event.code === 'KeyE' && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && !event.isComposing;
}

/** The element that has focus, inside the page's own shadow roots too. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Listens for the shortcut on the page's window (capture, so a page handler that stops the
 * event cannot swallow it) and for Esc inside the panel. Focus moves only in answer to the
 * person's own keys: untrusted events are ignored, other keys are left untouched.
 */
export function listenPanelShortcut(shadow: ShadowRoot, signal: AbortSignal): void {
  const doc = shadow.ownerDocument;
  const view = doc.defaultView ?? window;
  // The page element the person was in when they asked for the panel.
  let left: HTMLElement | null = null;
  const inPanel = (event: Event) => event.composedPath().includes(shadow.host);

  view.addEventListener('keydown', (event) => {
    if (!isPanelShortcut(event)) return;
    const panel = shadow.querySelector<HTMLElement>('[data-testid="exit-guide-panel"]');
    if (!panel) return;
    event.preventDefault();
    const active = deepActiveElement(doc);
    // Pressed again from inside the panel: the page element from before is kept.
    if (active instanceof HTMLElement && active !== doc.body && !shadow.contains(active)) left = active;
    // The panel opens itself when it gets focus (Panel.tsx).
    // eslint-disable-next-line exit-guide/no-page-actions -- our own panel, in our shadow root, on the person's shortcut
    panel.focus();
  }, { capture: true, signal });

  // Focus is on another page element now: Esc no longer goes back to an older one.
  view.addEventListener('focusin', (event) => {
    if (!inPanel(event) && event.composedPath()[0] !== left) left = null;
  }, { capture: true, signal });

  // After the panel's own handler has folded it.
  shadow.addEventListener('keydown', (event) => {
    if (!(event instanceof KeyboardEvent) || !event.isTrusted || event.key !== 'Escape' || !left) return;
    const back = left;
    left = null;
    // eslint-disable-next-line exit-guide/no-page-actions -- restores focus to where the person was, on their own Esc
    if (back.isConnected) back.focus();
  }, { signal });
}
