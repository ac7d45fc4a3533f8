/**
 * Alt+Shift+E (Option+Shift+E on a Mac) brings keyboard focus to the panel; Esc in the panel
 * sends it back to the page field the person left. Matched by physical key (`code`), so it
 * works on any layout (AZERTY, Cyrillic). No Chromium or Firefox shortcut uses it (Chromium
 * takes Alt+Shift+A/B/I/T, Alt+E alone opens its menu). A page's accesskey="e" answers
 * Alt+Shift+E too (none of our fixture pages sets one); on a Mac's US layout it also types "´".
 */
import { intendPanelFocus } from '@/components/focusIntent';

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
export function listenPanelShortcut(shadow: ShadowRoot, signal: AbortSignal): { focusPanel(): void } {
  const doc = shadow.ownerDocument;
  const view = doc.defaultView ?? window;
  // The page element the person was in when they asked for the panel.
  let left: HTMLElement | null = null;
  const inPanel = (event: Event) => event.composedPath().includes(shadow.host);

  /** The shortcut's answer: true when there is a panel to go to. */
  const focusPanel = (): boolean => {
    const panel = shadow.querySelector<HTMLElement>('[data-testid="exit-guide-panel"]');
    if (!panel || signal.aborted) return false;
    // In a frame (the legacy sign-in box), the frame element: Esc focuses it, and the frame's
    // own document still has the field the person was in.
    const active = deepActiveElement(doc);
    // Pressed again from inside the panel: the page element from before is kept.
    if (active instanceof HTMLElement && active !== doc.body && !shadow.contains(active)) left = active;
    // The panel opens itself when it gets focus from here (Panel.tsx, components/focusIntent.ts).
    intendPanelFocus();
    // eslint-disable-next-line exit-guide/no-page-actions -- our own panel, in our shadow root, on the person's shortcut
    panel.focus();
    return true;
  };

  view.addEventListener('keydown', (event) => {
    if (isPanelShortcut(event) && focusPanel()) event.preventDefault();
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

  // Pressed inside a frame: the frame's content script asks through the extension (a page
  // cannot send that message), and it is answered as if pressed here.
  return { focusPanel: () => void focusPanel() };
}

/**
 * In a child frame (the legacy sign-in box), the shortcut reaches that frame's window only:
 * pass it on to the top frame, which holds the panel. `request` sends the extension message.
 * When the panel's Esc gives the frame the focus back, the field the person left gets it
 * again (a frame does not restore its own); a press elsewhere first forgets it.
 */
export function forwardPanelShortcut(view: Window, signal: AbortSignal, request: () => void): void {
  let left: HTMLElement | null = null;
  view.addEventListener('keydown', (event) => {
    if (!isPanelShortcut(event)) return;
    event.preventDefault();
    const active = deepActiveElement(view.document);
    left = active instanceof HTMLElement && active !== view.document.body ? active : null;
    request();
  }, { capture: true, signal });
  view.addEventListener('pointerdown', (event) => {
    if (event.isTrusted) left = null;
  }, { capture: true, signal });
  view.addEventListener('focus', (event) => {
    if (!event.isTrusted || !left) return;
    const back = left;
    left = null;
    // eslint-disable-next-line exit-guide/no-page-actions -- restores focus to where the person was, on their own Esc in the panel
    if (back.isConnected) back.focus();
  }, { signal });
}
