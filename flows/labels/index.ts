import { compileLabels } from '@/engine/labels';
import type { LabelTable } from '@/engine/types';
import ar from './ar';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import he from './he';
import it from './it';
import ja from './ja';
import ko from './ko';
import nl from './nl';
import pl from './pl';
import pt from './pt';
import ru from './ru';
import th from './th';
import tr from './tr';
import vi from './vi';

/**
 * Every language's table; a page is matched against all of them, whatever its language.
 * English stays first: when a page quotes no word to type, the English one is shown.
 */
export const labelTables: Record<string, LabelTable> = { en, es, fr, de, pt, ru, it, nl, pl, tr, ar, ko, ja, he, th, vi };

export const labels = compileLabels(Object.values(labelTables));
