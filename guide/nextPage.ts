import { LINKS, NEXT_PAGE, resolveLink } from '@/flows/links';
import { PATHS, pathFor, type Goal, type StepId } from '@/flows/steps';

/** The links are protocol-relative for the panel; the popup has no page to take a scheme from. */
const SITE = 'https://www.aliexpress.com/';

/**
 * The AliExpress page to open after the last recorded step; null once done. Where the step's
 * own page has no direct link (a form reached only through its link), the page that leads
 * there: the deletion page, or the profile with its "Deactivate Account" link.
 */
export function nextPageUrl(lastStep: StepId | null, goal: Goal): string | null {
  if (lastStep === 'done') return null;
  const step = lastStep ?? PATHS[goal][0]!;
  const direct = NEXT_PAGE[step];
  // Today the profile's link opens the deletion page; deactivation starts again from the profile.
  const link = pathFor(step, goal) === 'deactivate'
    ? (direct && direct !== LINKS.deletePage ? direct : LINKS.profile)
    : (direct ?? LINKS.deletePage);
  return resolveLink(link, SITE);
}
