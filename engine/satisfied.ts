import type { Labels } from './labels';
import { fieldContext, normalizeText } from './text';
import type { LabelKey, TargetSpec } from './types';

/** The live check of a word to type: the panel shows it, nothing stores it. */
export interface WordCheck {
  /** The word as the page asks for it, in the page's language when the page names it. */
  word: string;
  state: 'empty' | 'match' | 'mismatch';
}

function valueOf(el: Element): string {
  if ('value' in el && typeof (el as HTMLInputElement).value === 'string') return (el as HTMLInputElement).value;
  // A code split into boxes (candidates.ts): filled once every box is.
  const boxes = el.querySelectorAll<HTMLInputElement>('input:not([type="hidden"])');
  if (boxes.length > 0) return Array.from(boxes).every((box) => box.value.trim() !== '') ? Array.from(boxes, (box) => box.value).join('') : '';
  return el.textContent ?? '';
}

function isChecked(el: Element): boolean {
  if (el.getAttribute('aria-checked') === 'true') return true;
  if ('checked' in el && (el as HTMLInputElement).checked) return true;
  // A label standing in for its hidden box (locate.ts), when it is not wrapped around it.
  const control = (el as Partial<HTMLLabelElement>).control;
  if (control && 'checked' in control && control.checked) return true;
  return el.querySelector('input:checked, [aria-checked="true"]') !== null;
}

/** Whether the user has done what a field or choice target asks. Buttons are never done. */
export function isSatisfied(spec: TargetSpec, el: Element, labels: Labels): boolean {
  if (spec.kind === 'choice') return isChecked(el);
  if (spec.kind !== 'field') return false;
  if (spec.expect) return wordState(spec.expect, el, labels).state === 'match';
  return valueOf(el).trim() !== '';
}

/** As the page compares typed words: case and outer or repeated spaces aside, letter for letter. */
function sameWords(a: string, b: string): boolean {
  const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return fold(a) === fold(b);
}

/** Quotation marks of the languages the pages are read in, opening and closing. */
const QUOTED = /["\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f'\u2018\u2019]([^"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f'\u2018\u2019]{1,40})["\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f'\u2018\u2019]/u;

/**
 * The word the page asks for: a known variant its prompt names, else the word its prompt
 * quotes (the Alibaba twin asks for "delete"), else the first variant.
 */
function askedWord(variants: readonly string[], prompt: string): string {
  const context = ` ${normalizeText(prompt)} `;
  const named = variants.find((v) => context.includes(` ${normalizeText(v)} `));
  if (named) return named;
  const quoted = QUOTED.exec(prompt)?.[1]?.trim();
  return quoted || variants[0] || '';
}

export function wordState(key: LabelKey, el: Element, labels: Labels): WordCheck {
  const word = askedWord(labels.variants(key), fieldContext(el));
  const value = valueOf(el);
  const state = value.trim() === '' ? 'empty' : sameWords(value, word) ? 'match' : 'mismatch';
  return { word, state };
}
