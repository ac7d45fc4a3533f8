import { browser } from '#imports';

/** Opens a page in a new tab; tabs.create needs no permission. A failure leaves the popup as it is. */
export function openTab(url: string): void {
  browser.tabs.create({ url }).catch(() => undefined);
}
