/**
 * Text as the engine compares it: case, accents, punctuation and spacing folded, so
 * "Delete  My Account", "delete my account." and "Délete my account" compare equal.
 */
export function normalizeText(text: string): string {
  let folded = folds.get(text);
  if (folded === undefined) {
    folded = foldText(text);
    if (folds.size >= FOLDS_MAX) folds.clear();
    folds.set(text, folded);
  }
  return folded;
}

/** normalizeText without the memo, for one-off texts (a changed subtree's words). */
export function foldText(text: string): string {
  // Most page text is ASCII with a symbol here and there (★, ·, ♡): only the runs outside
  // ASCII pay for Unicode folding. Each character folds on its own, so runs fold apart.
  return foldAscii(ASCII.test(text) ? text : text.replace(NON_ASCII_RUN, foldRun));
}

const ASCII = /^[\x00-\x7f]*$/;
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;
/** The punctuation and symbols of ASCII: exactly the ASCII members of \p{P} and \p{S}. */
const ASCII_MARKS = /[!-/:-@[-`{-~]+/g;

/** foldAny, for ASCII text (and the last step of foldText). Exported for the equality tests. */
export function foldAscii(text: string): string {
  return text.toLowerCase().replace(ASCII_MARKS, ' ').replace(/\s+/g, ' ').trim();
}

/** foldAny without the spacing step, for a run of characters inside a longer text. */
function foldRun(run: string): string {
  return (
    run
      .normalize('NFKD')
      // Combining accents, Arabic harakat and Hebrew points: pages write them or not.
      .replace(/[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670]/g, '')
      // toLowerCase: the same as toLocaleLowerCase('en') (only tr, az and lt differ), without a locale look-up each call.
      .toLowerCase()
      .replace(/[\p{P}\p{S}]+/gu, ' ')
  );
}

/** The folding, whole: the definition foldText keeps to. */
export function foldAny(text: string): string {
  return foldRun(text).replace(/\s+/g, ' ').trim();
}

/** Pages repeat their texts ("Add to cart" a thousand times): each is folded once. */
const folds = new Map<string, string>();
const FOLDS_MAX = 20_000;

const NAME_MAX = 200;

function textOf(el: Element): string {
  const value = el.textContent ?? '';
  return value.length > NAME_MAX * 4 ? value.slice(0, NAME_MAX * 4) : value;
}

function labelledBy(el: Element): string {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  const doc = el.ownerDocument;
  return ids
    .split(/\s+/)
    .map((id) => (id ? doc.getElementById(id)?.textContent ?? '' : ''))
    .join(' ');
}

function labelsOf(el: Element): string {
  const labels = (el as HTMLInputElement).labels;
  if (!labels || labels.length === 0) return '';
  return Array.from(labels, (label) => label.textContent ?? '').join(' ');
}

/**
 * A practical accessible name: aria-labelledby, aria-label, associated labels, then text,
 * image alt, value of input buttons, title. Enough for the controls a flow targets.
 */
export function accessibleName(el: Element): string {
  const explicit = labelledBy(el) || el.getAttribute('aria-label') || '';
  if (explicit.trim()) return explicit;
  const tag = el.tagName;
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    if (['submit', 'button', 'reset'].includes(input.type)) return input.value || input.title;
    return labelsOf(el) || input.placeholder || input.title || '';
  }
  if (tag === 'TEXTAREA' || tag === 'SELECT') return labelsOf(el) || el.getAttribute('placeholder') || '';
  const text = textOf(el);
  if (text.trim()) return text;
  const img = el.querySelector('img[alt]');
  return img?.getAttribute('alt') || el.getAttribute('title') || '';
}

/**
 * The name a person reads on a control: its visible text when it has one, else its
 * accessible name. Where the two disagree (aria-label "Delete account" on a button that
 * says "Keep my account"), what is written decides: that is what the person presses.
 */
export function shownName(el: Element): string {
  const tag = el.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return accessibleName(el);
  const text = textOf(el);
  // Icons and symbols alone ("…", "▾") name nothing: the accessible name does then.
  return normalizeText(text) ? text : accessibleName(el);
}

/**
 * Text that describes a field for a human: its name, placeholder, and the text of the
 * nearest block around it (forms often print the instruction above the input, unlabelled).
 */
export function fieldContext(el: Element): string {
  const input = el as HTMLInputElement;
  // Some sites name a field in a non-standard `label` attribute (AliExpress's email field).
  const parts = [accessibleName(el), input.placeholder ?? '', el.getAttribute('name') ?? '', el.getAttribute('label') ?? ''];
  let block: Element | null = el.parentElement;
  for (let depth = 0; block && depth < 3; depth += 1) {
    const text = block.textContent ?? '';
    if (text.trim()) {
      parts.push(text.slice(0, NAME_MAX * 2));
      break;
    }
    block = block.parentElement;
  }
  return parts.join(' ');
}

/**
 * An element's text with its text nodes joined by spaces: cards put a title and a description
 * in adjacent elements with no space between ("Delete my accountPermanently close..."), which
 * textContent runs together.
 */
export function spacedText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && parts.length < 200; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join(' ');
}
