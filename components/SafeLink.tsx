import type { MouseEvent, ReactNode } from 'react';

/**
 * A panel link to one of our own constant addresses. The panel lives in an open shadow root,
 * so a page script can rewrite an href between two renders: at the person's press the address
 * is checked and put back before the browser follows it (its default action reads it after).
 */
export function SafeLink({ href, className, children }: { href: string; className: string; children: ReactNode }) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    const link = event.currentTarget;
    if (link.getAttribute('href') !== href) link.setAttribute('href', href);
  }
  return (
    <a className={className} href={href} onClick={onClick}>
      {children}
    </a>
  );
}
