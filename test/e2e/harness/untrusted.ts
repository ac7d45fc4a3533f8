/**
 * Records, in the page's own world, every event that no person caused (isTrusted false),
 * so a test can prove the extension never clicked, typed or submitted for the user.
 */
export const UNTRUSTED_EVENTS = [
  'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'submit', 'reset',
];

export function recorderScript(types: string[] = UNTRUSTED_EVENTS): string {
  return `(() => {
    const log = [];
    Object.defineProperty(window, '__egUntrusted', { value: log });
    for (const type of ${JSON.stringify(types)}) {
      window.addEventListener(type, (event) => {
        if (event.isTrusted) return;
        const t = event.composedPath()[0];
        log.push({ type, target: t && t.nodeName ? t.nodeName + (t.id ? '#' + t.id : '') : String(t), url: location.href });
      }, true);
    }
  })();`;
}
