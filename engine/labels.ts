import { normalizeText } from './text';
import type { LabelKey, LabelTable } from './types';

/** Scripts written without spaces between words: matched as substrings, not whole words. */
// Hangul appears as jamo (U+1100-11FF) once NFKD-normalised.
const UNSPACED = /[\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]/;

export interface Labels {
  /** Whether a name equals one of the label's variants, in any language. */
  equals(key: LabelKey, text: string): boolean;
  /**
   * Whether a raw name is too long to equal any variant of the label: a cheap test that spares
   * normalising the thousands of long names (product titles) a page carries.
   */
  tooLong(key: LabelKey, raw: string): boolean;
  /** Whether a text contains one of the label's variants as whole words. */
  includes(key: LabelKey, text: string): boolean;
  /** The label's variants as written, for messages ("type this"). */
  variants(key: LabelKey): readonly string[];
}

/** Compiles label tables (one per language) once, so matching is a set look-up. */
export function compileLabels(tables: readonly LabelTable[]): Labels {
  const exact = new Map<LabelKey, Set<string>>();
  const written = new Map<LabelKey, string[]>();
  for (const table of tables) {
    for (const [key, values] of Object.entries(table)) {
      const set = exact.get(key) ?? new Set<string>();
      const list = written.get(key) ?? [];
      for (const value of values) {
        set.add(normalizeText(value));
        list.push(value);
      }
      exact.set(key, set);
      written.set(key, list);
    }
  }
  const spaced = new Map<LabelKey, string[]>();
  const longest = new Map<LabelKey, number>();
  for (const [key, set] of exact) {
    spaced.set(key, Array.from(set));
    longest.set(key, Math.max(...Array.from(set, (v) => v.length)));
  }

  function known(key: LabelKey): Set<string> {
    const set = exact.get(key);
    if (!set) throw new Error(`Unknown label key: ${key}`);
    return set;
  }

  return {
    equals: (key, text) => known(key).has(normalizeText(text)),
    // Normalising folds spaces (markup indents names) and drops symbols: allow for both.
    tooLong(key, raw) {
      const limit = (longest.get(key) ?? 0) * 2 + 24;
      return raw.length > limit && raw.replace(/\s+/g, ' ').trim().length > limit;
    },
    includes(key, text) {
      known(key);
      const padded = ` ${normalizeText(text)} `;
      return (spaced.get(key) ?? []).some((variant) =>
        UNSPACED.test(variant) ? padded.includes(variant) : padded.includes(` ${variant} `),
      );
    },
    variants: (key) => written.get(key) ?? [],
  };
}
