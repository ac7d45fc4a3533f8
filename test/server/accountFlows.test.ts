// @vitest-environment node
// Server side of the two closing flows: legacy deactivation (form POST) and the deletion API
// behind the privacy app.
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixtureServer.ts';
import { fetchFixture, type FixtureRequest } from './httpClient.ts';

let server: FixtureServer;
const window = new Window();
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
  await window.happyDOM.close();
});

const LEGACY = 'eg_session=1; eg_era=legacy';
const call = (options: FixtureRequest) => fetchFixture(server.port, options);
const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('path to the legacy deactivation form', () => {
  it('settings -> Edit Member Profile -> Deactivate Account', async () => {
    const settings = parse((await call({ url: 'http://accounts.aliexpress.com/user/account_settings.htm', cookie: LEGACY })).body);
    const panel = [...settings.querySelectorAll('#setting-panel a')].map((a) => a.textContent);
    expect(panel).toEqual(expect.arrayContaining(['Upload My Photo', 'Edit Member Profile', 'Change Email Address', 'Change Password', 'Email Notifications']));
    const profile = parse((await call({ url: 'http://accounts.aliexpress.com/user/organization/manage_person_profile.htm?spm=a2g0o.home.0.0', cookie: LEGACY })).body);
    const link = [...profile.querySelectorAll('a')].find((a) => a.textContent === 'Deactivate Account');
    expect(link?.getAttribute('href')).toBe('//accounts.aliexpress.com/user/organization/deactive_account.htm');
    expect(profile.body.textContent).toContain('cn1234567890abc');
  });

  it('edit mode shows inputs', async () => {
    const edit = parse((await call({ url: 'http://accounts.aliexpress.com/user/organization/manage_person_profile.htm?isEdit=true', cookie: LEGACY })).body);
    expect(edit.querySelector('#profile-form input[name=name]')).not.toBeNull();
  });
});

describe('deactivation form', () => {
  const submitUrl = 'http://accounts.aliexpress.com/user/organization/deactive_account_submit.htm';
  const valid = { memberId: 'cn1234567890abc', confirmWords: 'Deactivate my account', reason: '3' };

  it('offers nine reasons, none chosen, and posts to the submit URL', async () => {
    const doc = parse((await call({ url: 'http://accounts.aliexpress.com/user/organization/deactive_account.htm', cookie: LEGACY })).body);
    const form = doc.querySelector('form#deactivate-form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe('/user/organization/deactive_account_submit.htm');
    expect(doc.querySelectorAll('input[type=radio][name=reason]')).toHaveLength(9);
    expect(doc.querySelectorAll('input[name=reason][checked]')).toHaveLength(0);
    expect(doc.querySelector('fieldset legend')?.textContent).toBe('Why are you deactivating your account?');
    expect(doc.body.textContent).toContain('Release my account at the same time');
    expect(doc.querySelector('#deactivate-form button[type=submit]')?.textContent).toBe('Deactivate My Account');
  });

  it.each([
    [{ ...valid, confirmWords: 'deactivate account' }, 'Please type the words exactly as shown.'],
    [{ ...valid, reason: '' }, 'Please choose a reason.'],
    [{ ...valid, memberId: ' ' }, 'Please enter your member ID or email address.'],
  ])('re-renders with an error: %o', async (form, message) => {
    const res = await call({ url: submitUrl, cookie: LEGACY, form });
    expect(res.status).toBe(200);
    expect(res.cookies).toEqual([]);
    const doc = parse(res.body);
    expect(doc.querySelector('[role=alert]')?.textContent).toBe(message);
    expect(doc.querySelectorAll('input[name=reason][checked]')).toHaveLength(0);
  });

  it('accepts the words in any case and spacing, then signs out', async () => {
    const res = await call({ url: submitUrl, cookie: LEGACY, form: { ...valid, confirmWords: '  DEACTIVATE   my Account ' } });
    expect(res.body).toContain('Your account has been deactivated.');
    expect(res.body).toContain('reactivate');
    expect(res.cookies[0]).toMatch(/^eg_session=; Domain=\.aliexpress\.com; Path=\/; Max-Age=0/);
    expect(parse(res.body).querySelector('span.account-unsigned')).not.toBeNull();
  });

  it('sends the POST to deletion in the current era', async () => {
    const res = await call({ url: submitUrl, cookie: 'eg_session=1', form: valid });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('http://privacy.aliexpress.com/home#/request/delete');
  });
});

describe('deletion app', () => {
  const api = (action: string, cookie: string, form: Record<string, string> = {}) =>
    call({ url: `http://privacy.aliexpress.com/api/delete/${action}`, cookie, method: 'POST', form });
  const json = async (p: ReturnType<typeof api>) => JSON.parse((await p).body) as { success: boolean; code?: string };

  it('renders views only from templates, so the app starts empty', async () => {
    const doc = parse((await call({ url: 'http://privacy.aliexpress.com/home', cookie: 'eg_session=1' })).body);
    expect(doc.querySelector('#app')?.children).toHaveLength(0);
    for (const id of ['view-home', 'view-delete', 'dialog-agree', 'dialog-blocked', 'view-verify', 'view-confirm', 'view-done']) {
      expect(doc.querySelector(`template#${id}`), id).not.toBeNull();
    }
  });

  it('precheck refuses while orders are open', async () => {
    expect(await json(api('precheck', 'eg_session=1'))).toEqual({ success: true });
    expect(await json(api('precheck', 'eg_session=1; eg_open_orders=1'))).toEqual({ success: false, code: 'UNFINISHED_ORDERS' });
  });

  it('verifies only the demo code', async () => {
    expect((await json(api('verify', 'eg_session=1', { code: '123456' }))).success).toBe(true);
    expect((await json(api('verify', 'eg_session=1', { code: '654321' }))).success).toBe(false);
  });

  it('submit clears the session; signed-out calls get 401', async () => {
    const res = await api('submit', 'eg_session=1');
    expect(res.cookies[0]).toMatch(/^eg_session=;/);
    expect((await api('submit', '')).status).toBe(401);
  });
});
