// Translates rendered fixture pages and page scripts with a dictionary: every text node and
// every placeholder, aria-label, title and alt whose whole text the dictionary knows, and every
// string literal of a page script. Markup, ids, classes, hrefs and script code stay as they are.
import type { Language, Translator } from './locales/index.ts';

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', middot: '·',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', copy: '©', hellip: '…',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  });
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Translates one raw HTML text or attribute value, keeping the whitespace around it. */
function translateRaw(raw: string, translate: Translator, escape: (text: string) => string): string {
  const core = decodeEntities(raw).trim();
  if (!core) return raw;
  const translated = translate(core);
  if (translated === undefined) return raw;
  return `${raw.match(/^\s*/)![0]}${escape(translated)}${raw.match(/\s*$/)![0]}`;
}

/** Script and style bodies and comments are left alone; odd parts of the split are these. */
const UNTOUCHED = /(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->)/i;
const TRANSLATED_ATTRIBUTES = /(\s(?:placeholder|aria-label|title|alt)=")([^"]*)(")/g;

export function localizeHtml(html: string, translate: Translator, language: Language): string {
  const body = html
    .split(UNTOUCHED)
    .map((part, index) => index % 2 === 1 ? part : part
      .replace(/<[a-zA-Z][^>]*>/g, (tag) =>
        tag.replace(TRANSLATED_ATTRIBUTES, (_, open: string, value: string, close: string) => open + translateRaw(value, translate, escapeAttribute) + close))
      .replace(/(^|>)([^<]+)/g, (_, before: string, text: string) => before + translateRaw(text, translate, escapeText)))
    .join('');
  return body.replace(/<html lang="en">/, `<html lang="${language.html}"${language.rtl ? ' dir="rtl"' : ''}>`)
    .replace(/(mini_login\.htm\?lang=)en_us/g, `$1${language.locale.toLowerCase()}`);
}

const STRING_LITERAL = /'((?:[^'\\\n]|\\.)*)'/g;

/**
 * Translates the single-quoted strings of a page script: whole UI texts through the dictionary,
 * pieces of composed texts ('Resend in ' + n + 's') through `pieces`. Code strings such as
 * 'click' or 'view-home' are in neither and stay.
 */
export function localizeScript(script: string, translate: Translator, pieces: Record<string, string>): string {
  return script.replace(STRING_LITERAL, (whole, body: string) => {
    const text = body.replace(/\\(.)/g, '$1');
    const wholeText = text === text.trim() && /\p{L}/u.test(text) ? translate(text) : undefined;
    const translated = pieces[text] ?? wholeText;
    return translated === undefined ? whole : `'${translated.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  });
}
