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
  /** Whether a long text (a changed subtree's words) contains any variant of any of the labels. */
  includesAny(keys: readonly LabelKey[], text: string): boolean;
  /** The label's variants as the engine compares them (folded). */
  folded(key: LabelKey): readonly string[];
  /** The label's variants as written, for messages ("type this"). */
  variants(key: LabelKey): readonly string[];
}

/** Many variants at once, with the whole-word rule of `includes`, on folded text. */
interface AnyVariant {
  /** Spaced variants as word lists, by their first word. */
  byFirstWord: Map<string, string[][]>;
  /** Variants in scripts without spaces: substrings. */
  unspaced: string[];
}

function anyVariant(variants: Iterable<string>): AnyVariant {
  const byFirstWord = new Map<string, string[][]>();
  const unspaced: string[] = [];
  for (const variant of variants) {
    if (UNSPACED.test(variant)) {
      unspaced.push(variant);
      continue;
    }
    const words = variant.split(' ');
    byFirstWord.set(words[0]!, [...(byFirstWord.get(words[0]!) ?? []), words]);
  }
  return { byFirstWord, unspaced };
}

/**
 * Folds a long text word by word: words repeat across a page ("Free shipping" on every card),
 * so most come folded from the memo, and only new ones pay for folding.
 */
function foldedWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(/\s+/)) {
    if (!raw) continue;
    const folded = normalizeText(raw);
    if (!folded) continue;
    if (folded.includes(' ')) words.push(...folded.split(' '));
    else words.push(folded);
  }
  return words;
}

function holdsAny(matcher: AnyVariant, text: string): boolean {
  const words = foldedWords(text);
  for (let i = 0; i < words.length; i += 1) {
    const starting = matcher.byFirstWord.get(words[i]!);
    if (starting?.some((variant) => variant.every((word, j) => words[i + j] === word))) return true;
  }
  if (matcher.unspaced.length === 0 || !UNSPACED.test(text)) return false;
  const joined = words.join(' ');
  return matcher.unspaced.some((variant) => joined.includes(variant));
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

  const anyOf = new WeakMap<readonly LabelKey[], AnyVariant>();
  const contains = (padded: string, key: LabelKey) =>
    (spaced.get(key) ?? []).some((variant) => (UNSPACED.test(variant) ? padded.includes(variant) : padded.includes(` ${variant} `)));

  return {
    equals: (key, text) => known(key).has(normalizeText(text)),
    // Normalising folds spaces (markup indents names) and drops symbols: allow for both.
    tooLong(key, raw) {
      const limit = (longest.get(key) ?? 0) * 2 + 24;
      return raw.length > limit && raw.replace(/\s+/g, ' ').trim().length > limit;
    },
    includes(key, text) {
      known(key);
      return contains(` ${normalizeText(text)} `, key);
    },
    includesAny(keys, text) {
      let matcher = anyOf.get(keys);
      if (!matcher) anyOf.set(keys, (matcher = anyVariant(keys.flatMap((key) => [...known(key)]))));
      return holdsAny(matcher, text);
    },
    folded: (key) => [...known(key)],
    variants: (key) => written.get(key) ?? [],
  };
}
