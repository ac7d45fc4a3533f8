import ar from './locales/ar';
import en, { type MessageKey, type Messages } from './locales/en';
import es from './locales/es';
import fr from './locales/fr';
import hi from './locales/hi';
import pt from './locales/pt';
import ru from './locales/ru';

export type { MessageKey, Messages };

/** Locales Exit Guide speaks; the first is the fallback for any missing key. */
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

export function translator(locale: string): Translate {
  const catalog = catalogs[locale] ?? en;
  return (key, subs) => {
    const text = catalog[key] ?? en[key];
    if (!subs) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in subs ? String(subs[name]) : whole));
  };
}
