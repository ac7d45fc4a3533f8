/**
 * Whether the panel's next focus comes from the person's shortcut (guide/keyboard.ts). A page
 * can call focus() on the panel through its open shadow root, and such focus is trusted: only
 * the shortcut, kept here out of the page's reach, lets a focus unfold the panel.
 */
let intended = false;

export function intendPanelFocus(): void {
  intended = true;
}

export function takePanelFocusIntent(): boolean {
  const was = intended;
  intended = false;
  return was;
}
