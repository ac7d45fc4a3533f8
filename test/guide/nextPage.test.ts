import { describe, expect, it } from 'vitest';
import { nextPageUrl } from '@/guide/nextPage';
import { PATHS } from '@/flows/steps';

const DELETE_PAGE = 'https://privacy.aliexpress.com/home#/request/delete';
const PROFILE = 'https://accounts.aliexpress.com/user/organization/manage_person_profile.htm';

describe('nextPageUrl', () => {
  it('starts at the sign-in page for either goal', () => {
    expect(nextPageUrl(null, 'delete')).toBe('https://login.aliexpress.com/');
    expect(nextPageUrl(null, 'deactivate')).toBe('https://login.aliexpress.com/');
  });

  it('follows the deletion path to the deletion page', () => {
    expect(PATHS.delete.map((step) => nextPageUrl(step, 'delete'))).toEqual([
      'https://login.aliexpress.com/',
      'https://www.aliexpress.com/p/account/index.html',
      PROFILE, PROFILE,
      DELETE_PAGE, DELETE_PAGE, DELETE_PAGE, DELETE_PAGE, DELETE_PAGE,
    ]);
  });

  it('keeps deactivation on the profile, whose link leads to the legacy form', () => {
    expect(nextPageUrl('deactivate-link', 'deactivate')).toBe(PROFILE);
    expect(nextPageUrl('choose-reason', 'delete')).toBe(PROFILE);
    expect(nextPageUrl('open-account', 'deactivate')).toBe('https://www.aliexpress.com/p/account/index.html');
  });

  it('opens only https pages, and nothing once done', () => {
    for (const goal of ['delete', 'deactivate'] as const) {
      for (const step of PATHS[goal]) expect(nextPageUrl(step, goal)).toMatch(/^https:\/\/[\w.]+\.aliexpress\.com\//);
    }
    expect(nextPageUrl('done', 'delete')).toBeNull();
  });
});
