// Demo data shared by the pages: one signed-in buyer, her orders, addresses and a product
// catalogue. Product cards are expanded from 20 base items so the grids can be long (noise).
import { readFileSync } from 'node:fs';
import { FIXTURES_DIR, type Scope } from './template.ts';

interface BaseProduct { title: string; price: string; was: string; sold: string; rating: string; store: string; hue: number }

function readData<T>(name: string): T {
  return JSON.parse(readFileSync(`${FIXTURES_DIR}data/${name}.json`, 'utf8')) as T;
}

export const FIRST_PRODUCT_ID = 1005001234567890;

/** A flat product picture; no network, so images are inline SVG. */
function picture(hue: number, index: number): string {
  const shape = index % 3 === 0
    ? `<circle cx='100' cy='100' r='55' fill='hsl(${hue},55%,55%)'/>`
    : index % 3 === 1
      ? `<rect x='45' y='45' width='110' height='110' rx='18' fill='hsl(${hue},55%,55%)'/>`
      : `<path d='M100 35 L165 160 L35 160 Z' fill='hsl(${hue},55%,55%)'/>`;
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 200'><rect width='200' height='200' fill='hsl(${hue},60%,90%)'/>${shape}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

export function products(): Scope[] {
  const base = readData<BaseProduct[]>('products');
  return Array.from({ length: 60 }, (_, i) => {
    const item = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    const id = String(FIRST_PRODUCT_ID + i * 7919);
    return {
      ...item,
      productId: id,
      title: round === 0 ? item.title : `${item.title} ${round === 1 ? '2025 New' : 'Upgraded Version'}`,
      picture: picture(item.hue + round * 25, i),
      choice: i % 4 === 0,
      freeShipping: i % 3 !== 1,
    };
  });
}

export function productById(id: string): Scope | undefined {
  return products().find((p) => p.productId === id);
}

export function wishlist(): Scope[] {
  return products().filter((_, i) => i % 7 === 3).slice(0, 6);
}

export function orders(): Scope[] {
  return readData<Scope[]>('orders').map((order, i) => ({
    ...order,
    picture: picture(30 + i * 60, i),
    awaitingDelivery: order.status === 'Awaiting delivery',
  }));
}

export const addresses = () => readData<Scope[]>('addresses');
export const messages = () => readData<Scope[]>('messages');

export const BUYER = {
  userName: 'Priya',
  fullName: 'Priya Sharma',
  userEmail: 'p***@gmail.com',
  memberId: 'cn1234567890abc',
  country: 'United Kingdom',
} as const;
