/**
 * The shared walks (test/e2e/walks.ts) as a person walks them on a language or regional site:
 * every visible text the walk names, and every word it types that the page asks for
 * ("agree", "Deactivate my account"), goes through the fixture server's dictionary; the start
 * URL moves to the site's host.
 *
 * TargetRef css that relies on English: in deletionWalk and deactivationWalk only
 * `input[placeholder="Email or phone number"]` (deletion, sign-in); its attribute value is
 * translated here too. The other selectors are ids, data-roles, roles, names and classes, which
 * the localized pages keep. The *ByRole walks match texts in XPath ("Account", "My AliExpress");
 * the quoted strings of an `xpath=` selector are translated as well.
 */
import { translate } from '../../server/locales/index';
import type { TargetRef, Walk, WalkPoint } from '../walks';

const TEXT_ATTRIBUTE = /\[(placeholder|aria-label|title)="([^"]*)"\]/g;
const XPATH_STRING = /"([^"]*)"/g;

function localizeSelector(css: string, lang: string): string {
  if (css.startsWith('xpath=')) return css.replace(XPATH_STRING, (_, text: string) => `"${translate(lang, text)}"`);
  return css.replace(TEXT_ATTRIBUTE, (_, name: string, value: string) => `[${name}="${translate(lang, value)}"]`);
}

export function localizeRef(ref: TargetRef, lang: string): TargetRef {
  return {
    ...ref,
    css: localizeSelector(ref.css, lang),
    ...(ref.text === undefined ? {} : { text: translate(lang, ref.text) }),
  };
}

function localizePoint(point: WalkPoint, lang: string): WalkPoint {
  const { ring, act } = point;
  return {
    ...point,
    ...(ring ? { ring: localizeRef(ring, lang) } : {}),
    ...(act
      ? {
          act: {
            ...act,
            // Only the words the page asks for are in the dictionary; e-mail, password and code are not.
            ...(act.text === undefined ? {} : { text: translate(lang, act.text) }),
            ...(act.on ? { on: localizeRef(act.on, lang) } : {}),
          },
        }
      : {}),
  };
}

/** `walk` on `host` (es.aliexpress.com, aliexpress.us ...), in the page language `lang` ('en' for none). */
export function localizeWalk(walk: Walk, lang: string, host: string): Walk {
  const start = new URL(walk.start);
  start.host = host;
  return {
    ...walk,
    name: `${walk.name} (${lang}, ${host})`,
    start: start.href,
    points: walk.points.map((point) => localizePoint(point, lang)),
  };
}
