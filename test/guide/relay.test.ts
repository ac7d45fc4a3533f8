import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FOCUS_PANEL, FRAME_REPORT } from '@/guide/frameBridge';
import { relayFrameReport } from '@/guide/relay';

describe('relayFrameReport (background)', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('passes a child frame\'s report and its shortcut to the top frame of the same tab, with the frame id', () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    relayFrameReport({ type: FRAME_REPORT, report: null }, { tab: { id: 7 } as never, frameId: 3 });
    relayFrameReport({ type: FOCUS_PANEL }, { tab: { id: 7 } as never, frameId: 3 });
    expect(send.mock.calls).toEqual([
      [7, { type: FRAME_REPORT, report: null, frameId: 3 }, { frameId: 0 }],
      [7, { type: FOCUS_PANEL, frameId: 3 }, { frameId: 0 }],
    ]);
  });

  it('passes nothing from the top frame itself, from no tab, or of another shape', () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    relayFrameReport({ type: FOCUS_PANEL }, { tab: { id: 7 } as never, frameId: 0 });
    relayFrameReport({ type: FOCUS_PANEL }, { frameId: 2 });
    relayFrameReport({ type: 'something-else' }, { tab: { id: 7 } as never, frameId: 2 });
    expect(send).not.toHaveBeenCalled();
  });

  const report = (over: Record<string, unknown> = {}) => ({
    step: 'sign-in', reason: null, targetId: 'password', kind: 'field', label: 'Password', revealing: false,
    href: 'https://passport.aliexpress.com/mini_login.htm', box: { left: 1, top: 2, width: 3, height: 4 }, ...over,
  });
  const sent = (send: { mock: { calls: unknown[][] } }) => send.mock.calls.map((call) => (call[1] as { report: unknown }).report);

  it('passes reports only from the frames AliExpress shows, for the steps they carry, with the address the browser gives', () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const from = (url: string, r: unknown) => relayFrameReport({ type: FRAME_REPORT, report: r }, { tab: { id: 7 } as never, frameId: 3, url });
    from('https://passport.aliexpress.com/mini_login.htm?lang=en', report({ href: 'https://evil.example/' }));
    from('https://passport.aliexpress.com/iv/mini/identity_verify.htm', report({ step: 'verify-email', targetId: 'code-field' }));
    from('https://www.aliexpress.com/_____tmd_____/punish?x5secdata=1', report({ step: 'blocked', reason: 'captcha', targetId: null, kind: null }));
    expect(sent(send)).toEqual([
      report({ href: 'https://passport.aliexpress.com/mini_login.htm?lang=en' }),
      report({ step: 'verify-email', targetId: 'code-field', href: 'https://passport.aliexpress.com/iv/mini/identity_verify.htm' }),
      report({ step: 'blocked', reason: 'captcha', targetId: null, kind: null, href: 'https://www.aliexpress.com/_____tmd_____/punish?x5secdata=1' }),
    ]);
  });

  it.each([
    ['an ad frame on an AliExpress subdomain', 'https://ads.aliexpress.com/banner.html', report({ step: 'blocked', reason: 'captcha' })],
    ['a lookalike host', 'https://passport.aliexpress.com.evil.example/', report()],
    ['a step no frame carries', 'https://passport.aliexpress.com/mini_login.htm', report({ step: 'delete' })],
    ['a blocker other than a captcha', 'https://passport.aliexpress.com/mini_login.htm', report({ step: 'blocked', reason: 'open-orders' })],
    ['a punish page that reports sign-in', 'https://www.aliexpress.com/_____tmd_____/punish', report()],
    ['another shape', 'https://passport.aliexpress.com/mini_login.htm', { ...report(), box: 'x' }],
    ['an unknown step id', 'https://passport.aliexpress.com/mini_login.htm', report({ step: 'done-and-dusted' })],
    ['no address', undefined, report()],
  ])('drops %s', (_, url, r) => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    relayFrameReport({ type: FRAME_REPORT, report: r }, { tab: { id: 7 } as never, frameId: 3, url });
    expect(send).not.toHaveBeenCalled();
  });
});
