import type { UrlRule } from './types';

export interface PageLocation {
  hostname: string;
  pathname: string;
  search: string;
  hash: string;
}

export function urlMatches(rule: UrlRule, loc: PageLocation): boolean {
  return (
    (!rule.host || rule.host.test(loc.hostname)) &&
    (!rule.path || rule.path.test(loc.pathname)) &&
    (!rule.hash || rule.hash.test(loc.hash)) &&
    (!rule.search || rule.search.test(loc.search))
  );
}
