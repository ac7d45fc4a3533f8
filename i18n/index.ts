import type { ExtensionPageKey } from './extensionPages/en';
import ar from './locales/ar';
import en, { type MessageKey as PanelKey, type Messages } from './locales/en';
import es from './locales/es';
import fr from './locales/fr';
import hi from './locales/hi';
import pt from './locales/pt';
import ru from './locales/ru';

export type { Messages, PanelKey };
/** Every message key: the panel's (locales/) and the extension pages' (extensionPages/). */
export type MessageKey = PanelKey | ExtensionPageKey;
export type Catalog = Partial<Record<MessageKey, string>>;

/** The panel's messages per locale: all the content script carries. English is the fallback. */
export const catalogs: Record<string, Messages> = { en, hi, es, pt, ru, fr, ar };

const RTL = new Set(['ar', 'he', 'fa', 'ur']);

export type Translate = (key: MessageKey, subs?: Record<string, string | number>) => string;

/** The first supported locale among the person's preferences ("hi-IN" → "hi"), else English. */
export function pickLocale(preferred: readonly (string | null | undefined)[]): string {
  for (const tag of preferred) {
    if (!tag) continue;
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (catalogs[base]) return base;
  }
  return 'en';
}

export function isRtl(locale: string): boolean {
  return RTL.has(locale);
}

export function makeTranslator(catalog: Catalog, fallback: Catalog): Translate {
  return (key, subs) => {
    const text = catalog[key] ?? fallback[key] ?? key;
    if (!subs) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in subs ? String(subs[name]) : whole));
  };
}

/** The panel's translator. */
export function translator(locale: string): Translate {
  return makeTranslator(catalogs[locale] ?? en, en);
}
