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

export function wordState(key: LabelKey, el: Element, labels: Labels): WordCheck {
  const variants = labels.variants(key);
  const context = ` ${normalizeText(fieldContext(el))} `;
  const word = variants.find((v) => context.includes(` ${normalizeText(v)} `)) ?? variants[0] ?? '';
  const value = valueOf(el);
  const state = value.trim() === '' ? 'empty' : sameWords(value, word) ? 'match' : 'mismatch';
  return { word, state };
}
