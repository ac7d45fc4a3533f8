import { catalogs, makeTranslator, type Translate } from '..';
import ar from './ar';
import en, { type ExtensionPageMessages } from './en';
import es from './es';
import fr from './fr';
import hi from './hi';
import pt from './pt';
import ru from './ru';

/** Messages of the popup and the first-run page, per locale (same locales as the panel). */
export const extensionCatalogs: Record<string, ExtensionPageMessages> = { en, hi, es, pt, ru, fr, ar };

/** The extension pages' translator: their own messages, and the panel's (step titles). */
export function extensionTranslator(locale: string): Translate {
  const fallback = { ...catalogs.en, ...en };
  return makeTranslator({ ...catalogs[locale], ...extensionCatalogs[locale] }, fallback);
}
