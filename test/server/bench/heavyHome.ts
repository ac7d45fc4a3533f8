// The benchmark's heavy home page (npm run bench), chosen by the demo cookie eg_variant:
//   heavy       the Account menu (the open-account step's target) is in the page at load
//   heavy-late  it is inserted by the page 1.5 s after DOMContentLoaded
// Over 20,000 elements at load; the page script (fixtures/bench/heavy.js) keeps it churning.
import { readFileSync } from 'node:fs';
import { products } from '../fixtureData.ts';
import { renderFor } from '../render.ts';
import { FIXTURES_DIR, type Scope } from '../template.ts';
import type { RequestContext } from '../context.ts';

export const BENCH_VARIANTS = ['heavy', 'heavy-late'] as const;
export type BenchVariant = (typeof BENCH_VARIANTS)[number];

const CARDS = 1300;
const CATEGORIES = 40;
const SUBCATEGORIES = 30;

export function benchVariant(ctx: RequestContext): BenchVariant | null {
  const value = ctx.cookies.eg_variant;
  return (BENCH_VARIANTS as readonly string[]).includes(value ?? '') ? (value as BenchVariant) : null;
}

function cards(): Scope[] {
  // Pictures are one small shared file: the cost under test is the DOM, not image decoding.
  const base = products().map((p) => ({ ...p, picture: '/static/logo.svg' }));
  return Array.from({ length: CARDS }, (_, i) => base[i % base.length]!);
}

function categories(): Scope[] {
  return Array.from({ length: CATEGORIES }, (_, c) => ({
    name: `Category ${c + 1}`,
    query: `category-${c + 1}`,
    subcategories: Array.from({ length: SUBCATEGORIES }, (_, s) => ({
      subName: `Subcategory ${c + 1}.${s + 1}`,
      subQuery: `category-${c + 1}-${s + 1}`,
    })),
  }));
}

const SLIDES: Scope[] = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({
  hue: (i * 45) % 360,
  kicker: 'SuperDeals · Limited time',
  headline: `Up to ${40 + i * 5}% off`,
  query: `superdeals-${i + 1}`,
}));

/** Answers www.aliexpress.com/ when a bench variant is chosen; false leaves it to the home page. */
export function serveBenchVariant(ctx: RequestContext): boolean {
  const variant = benchVariant(ctx);
  if (!variant) return false;
  // Always signed in: the step under test is open-account (its target: the Account menu).
  const signedIn = { ...ctx, cookies: { ...ctx.cookies, eg_session: '1' } };
  const script = readFileSync(`${FIXTURES_DIR}bench/heavy.js`, 'utf8');
  const html = renderFor(signedIn, '../bench/heavy-home', {
    accountAtLoad: variant === 'heavy',
    slides: SLIDES,
    categories: categories(),
    cards: cards(),
  }).replace('<!--bench-script-->', () => `<script>\n${script}</script>`);
  ctx.res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    // Cross-origin isolation gives performance.now() 5 µs resolution (100 µs without), which
    // the detection-pass timings need. The page loads nothing from other origins.
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  });
  ctx.res.end(html);
  return true;
}
