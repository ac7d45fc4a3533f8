// Variant `swapped`: controls a framework renders without their native elements. Every
// <button> becomes <div role="button" tabindex="0">, and the links of the way out (My
// AliExpress, Account Settings, Edit Member Profile, Deactivate Account, the privacy centre's
// delete card) become buttons that set location.href. static/variant-swapped.js gives them
// their behaviour with real listeners: submit buttons call form.requestSubmit(), `disabled`
// writes land in aria-disabled, and navigation buttons go to their page.
import { atHeadStart, editStartTags, scriptTag, shortHash, textOf } from './markup.ts';

/** Page-internal class of the swapped submit buttons (a name in the site's CSS-module style). */
export const SUBMIT_CLASS = 'es--action--9fKq2Wd';

/** Links by visible text (any tag inside) or by href: the steps' own links. */
export const SWAPPED_LINK_TEXTS = ['My AliExpress', 'Account Settings', 'Edit Member Profile', 'Deactivate Account'];
export const SWAPPED_LINK_HREFS = ['#/request/delete'];

export const navClass = (url: string) => `es--go--${shortHash(url)}`;

const STYLE = `<style>
:where(div[role="button"]) { display: inline-block; cursor: pointer; user-select: none; }
div[role="button"][aria-disabled="true"] { opacity: .45; cursor: not-allowed; }
</style>`;

function swapButtons(html: string): string {
  return html.replace(/<button\b([^>]*)>([\s\S]*?)<\/button>/g, (_, attributeText: string, content: string) => {
    let submit = true;
    const tag = editStartTags(`<div${attributeText}>`, (__, attributes) => {
      const kept: [string, string | null][] = [['role', 'button'], ['tabindex', '0']];
      let classes = '';
      for (const [name, value] of attributes) {
        if (name === 'type') submit = value === 'submit';
        else if (name === 'disabled') kept.push(['aria-disabled', 'true']);
        else if (name === 'class') classes = value ?? '';
        else kept.push([name, value]);
      }
      const allClasses = [classes, submit ? SUBMIT_CLASS : ''].filter(Boolean).join(' ');
      return allClasses ? [['class', allClasses], ...kept] : kept;
    });
    return `${tag}${content}</div>`;
  });
}

function swapLinks(html: string, targets: Record<string, string>): string {
  return html.replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/g, (whole, attributeText: string, content: string) => {
    const href = attributeText.match(/\shref="([^"]*)"/)?.[1];
    if (!href || !(SWAPPED_LINK_TEXTS.includes(textOf(content)) || SWAPPED_LINK_HREFS.includes(href))) return whole;
    const go = navClass(href);
    targets[go] = href;
    const tag = editStartTags(`<div${attributeText}>`, (__, attributes) => {
      const kept: [string, string | null][] = [['role', 'button'], ['tabindex', '0']];
      let classes = go;
      for (const [name, value] of attributes) {
        if (name === 'class') classes = `${value} ${go}`;
        else if (!['href', 'rel', 'target'].includes(name)) kept.push([name, value]);
      }
      return [['class', classes], ...kept];
    });
    return `${tag}${content}</div>`;
  });
}

export function swapPage(html: string): string {
  const targets: Record<string, string> = {};
  const swapped = swapLinks(swapButtons(html), targets);
  // Where each navigation button goes, kept in the page's script state, not in the markup.
  const state = `<script>window.__aeNavTargets = ${JSON.stringify(targets)};</script>`;
  return atHeadStart(swapped, `${state}\n${scriptTag('variant-swapped.js', { 'data-submit-class': SUBMIT_CLASS })}\n${STYLE}`);
}
