// Page variants: the changes real AliExpress pages go through (redesigned markup, late
// rendering, in-page navigation, awkward geometry, hostile pages), applied to the rendered
// fixture pages on the server. Chosen with the demo cookie `eg_variant=<comma list>`; see
// test/fixtures/README.md ("Page variants") for what each one models.
import type { RequestContext } from '../context.ts';
import type { VariantContext } from './markup.ts';
import { agreeInlinePage } from './agreeInline.ts';
import { captchaFramePage } from './captchaFrame.ts';
import { codeFrameAsset, codeFramePage } from './codeFrame.ts';
import { cookie2026Page } from './cookie2026.ts';
import { decoyPage, decoyPlacedPage, decoySignInPage } from './decoy.ts';
import { fixedPage } from './fixed.ts';
import { hashAsset, hashPage } from './hashed.ts';
import { headerCurrentPage } from './headerCurrent.ts';
import { headerLegacy2025Page } from './headerLegacy2025.ts';
import { hostilePage } from './hostile.ts';
import { latePage } from './late.ts';
import { loginModalPage } from './loginModal.ts';
import { modalPage } from './modal.ts';
import { modalLookalikePage } from './modalLookalike.ts';
import { offscreenPage } from './offscreen.ts';
import { rerenderPage } from './rerender.ts';
import { scrollerPage } from './scroller.ts';
import { settingsSpaPage } from './settingsSpa.ts';
import { spaPage } from './spa.ts';
import { stickyPage } from './sticky.ts';
import { swapPage } from './swapped.ts';

interface Variant {
  page(html: string, url: URL, ctx: VariantContext): string;
  asset?(name: string, text: string): string;
}

/**
 * Applied in this order whatever the cookie's order: layout changes first (they name the
 * fixtures' own classes), then the hostile and decoy pages, the renames of `hashed`, the
 * element swaps, the live shapes (markup of the real site, with the real site's own names,
 * which `hashed` leaves alone), and last the variants that restructure the body or add page
 * scripts.
 */
export const VARIANTS = {
  sticky: { page: stickyPage },
  scroller: { page: scrollerPage },
  fixed: { page: fixedPage },
  offscreen: { page: offscreenPage },
  modal: { page: modalPage },
  hostile: { page: hostilePage },
  decoy: { page: decoyPage },
  'decoy-placed': { page: decoyPlacedPage },
  'decoy-sign-in': { page: decoySignInPage },
  hashed: { page: hashPage, asset: hashAsset },
  swapped: { page: swapPage },
  'header-current': { page: headerCurrentPage },
  'header-legacy-2025': { page: headerLegacy2025Page },
  'login-modal': { page: loginModalPage },
  'agree-inline': { page: agreeInlinePage },
  'code-frame': { page: codeFramePage, asset: codeFrameAsset },
  'cookie-2026': { page: cookie2026Page },
  'modal-lookalike': { page: modalLookalikePage },
  'captcha-frame': { page: captchaFramePage },
  'settings-spa': { page: settingsSpaPage },
  spa: { page: spaPage },
  late: { page: latePage },
  rerender: { page: rerenderPage },
} satisfies Record<string, Variant>;

export type VariantName = keyof typeof VARIANTS;
export const VARIANT_NAMES = Object.keys(VARIANTS) as VariantName[];

/** Values of eg_variant that other parts of the fixture server own (the benchmark's pages). */
const OTHER_VALUES = ['heavy', 'heavy-late'];

export function parseVariants(value: string | undefined): string[] {
  return (value ?? '').split(',').map((name) => name.trim()).filter(Boolean);
}

/** Why a value of eg_variant cannot be used, or '' when it can. */
export function variantProblem(value: string): string {
  const unknown = parseVariants(value).filter((name) => !(name in VARIANTS) && !OTHER_VALUES.includes(name));
  return unknown.length ? `Unknown page variant ${unknown.join(', ')}; known: ${VARIANT_NAMES.join(', ')}` : '';
}

export function activeVariants(ctx: Pick<RequestContext, 'cookies'>): VariantName[] {
  const chosen = new Set(parseVariants(ctx.cookies.eg_variant));
  return VARIANT_NAMES.filter((name) => chosen.has(name));
}

/** A rendered page as the chosen variants turn it. */
export function applyPageVariants(ctx: Pick<RequestContext, 'cookies' | 'url'>, html: string): string {
  return activeVariants(ctx).reduce((page, name) => VARIANTS[name].page(page, ctx.url, ctx), html);
}

/** A file from /static/ as the chosen variants serve it. */
export function applyAssetVariants(ctx: Pick<RequestContext, 'cookies'>, name: string, text: string): string {
  return activeVariants(ctx).reduce((asset, variant) => {
    const own: Variant = VARIANTS[variant];
    return own.asset ? own.asset(name, asset) : asset;
  }, text);
}
