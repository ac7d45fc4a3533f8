// The dictionaries the fixture server can serve, and translation by language code.
import { compileDictionary, type Dictionary, type Translator } from './dictionary.ts';
import de from './de.ts';
import es from './es.ts';
import fr from './fr.ts';
import pt from './pt.ts';
import ru from './ru.ts';

/**
 * Complete dictionaries: every label of both flows and most of the page noise. The other
 * language hosts (it., nl., ja. ...) serve their language code and host but English text,
 * as a site part-way through translation would.
 */
export const DICTIONARIES: Record<string, Dictionary> = { es, fr, de, pt, ru };
export const COMPLETE_LANGUAGES = Object.keys(DICTIONARIES);

const translators = new Map<string, Translator>();

export function translatorFor(lang: string): Translator {
  let translator = translators.get(lang);
  if (!translator) {
    translator = compileDictionary(DICTIONARIES[lang]);
    translators.set(lang, translator);
  }
  return translator;
}

/** What the page in `lang` shows where the English page shows `english` (English when untranslated). */
export function translate(lang: string, english: string): string {
  return translatorFor(lang)(english) ?? english;
}

export { type Dictionary, type Translator } from './dictionary.ts';
export { ENGLISH, LANGUAGES, languageOfLocale, type Language } from './languages.ts';
