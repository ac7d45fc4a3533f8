// A dictionary maps the English UI text of the fixture pages to what AliExpress shows in one
// language. The server applies it to every rendered page and page script (test/server/localize.ts).

export interface Dictionary {
  /**
   * Whole texts: a text node, an attribute (placeholder, aria-label, title, alt) or a script
   * string. `{name}` stands for a value the page fills in (`Welcome back, {name}`).
   */
  text: Record<string, string>;
  /** Script string pieces that are not whole texts: `'Resend in ' + left + 's'`. */
  script: Record<string, string>;
}

/** English text -> this language, or undefined when the dictionary has no entry. */
export type Translator = (english: string) => string | undefined;

export const normaliseText = (text: string) => text.replace(/\s+/g, ' ').trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLACEHOLDER = /\{(\w+)\}/g;

export function compileDictionary(dictionary: Dictionary | undefined): Translator {
  if (!dictionary) return () => undefined;
  const exact = new Map<string, string>();
  const patterns: { pattern: RegExp; names: string[]; value: string }[] = [];
  for (const [key, value] of Object.entries(dictionary.text)) {
    const names = [...key.matchAll(PLACEHOLDER)].map((m) => m[1]!);
    if (!names.length) {
      exact.set(normaliseText(key), value);
      continue;
    }
    const source = normaliseText(key).split(/\{\w+\}/).map(escapeRegExp).join('(.+?)');
    patterns.push({ pattern: new RegExp(`^${source}$`), names, value });
  }
  return (english) => {
    const text = normaliseText(english);
    const hit = exact.get(text);
    if (hit !== undefined) return hit;
    for (const { pattern, names, value } of patterns) {
      const match = text.match(pattern);
      if (match) return value.replace(PLACEHOLDER, (whole, name: string) => match[names.indexOf(name) + 1] ?? whole);
    }
    return undefined;
  };
}
