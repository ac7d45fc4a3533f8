// What the header variants (`header-current`, `header-legacy-2025`) share: the fixture
// header's account block they replace, and where Sign in and Register lead, computed as
// render.ts computes them for the partials (the eg_login=legacy case included).
import { loginPath, type RequestContext } from '../context.ts';
import { hashedName } from './hashed.ts';
import { findElement, type VariantContext } from './markup.ts';

/** The account block of partials/header-signed-{in,out}.html, also under `hashed` (its id renamed). */
const ACCOUNT_BLOCK = new RegExp(`<div\\b[^>]*\\sid="(?:nav-user-account|${hashedName('nav-user-account')})"[^>]*>`);

export function findAccountBlock(html: string): { start: number; end: number } | null {
  return findElement(html, ACCOUNT_BLOCK);
}

export function replaceAccountBlock(html: string, markup: string): string {
  const block = findAccountBlock(html);
  return block ? html.slice(0, block.start) + markup + html.slice(block.end) : html;
}

export const isSignedIn = (ctx: VariantContext) => ctx.cookies.eg_session === '1';

/** The old header's Sign in href: the login page, or the legacy iframe login with eg_login=legacy. */
export function signInHref(ctx: VariantContext): string {
  // loginPath reads nothing but the cookies.
  return `//login.aliexpress.com${loginPath(ctx as RequestContext, ctx.url.href)}`;
}

export function registerHref(ctx: VariantContext): string {
  return `//login.aliexpress.com/?flag=register&return=${encodeURIComponent(ctx.url.href)}`;
}

/** Attribute-safe text (the hrefs carry `&`). */
export const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
