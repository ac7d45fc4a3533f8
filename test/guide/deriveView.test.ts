import { describe, expect, it } from 'vitest';
import type { Reading } from '@/engine/detect';
import type { StepId } from '@/flows/steps';
import { deriveView } from '@/guide/deriveView';
import type { FrameReport } from '@/guide/frameBridge';

const missingSignIn: Reading<StepId> = {
  step: 'sign-in',
  reason: null,
  target: { spec: { id: 'login-id', kind: 'field', candidates: [] }, element: null, revealing: false, via: null, word: null },
  missing: true,
  notices: [],
  trace: [],
  seen: new Set(),
};
const frame = (report: Partial<FrameReport>): FrameReport => ({
  step: 'sign-in', reason: null, targetId: null, kind: null, label: '', revealing: false, href: 'http://passport.aliexpress.com/mini_login.htm', box: null, ...report,
});

describe('deriveView', () => {
  it('waits for a missing control, then says it is missing', () => {
    expect(deriveView(missingSignIn, [], false, 'end').status).toBe('waiting');
    expect(deriveView(missingSignIn, [], true, 'end').status).toBe('missing');
  });

  it('takes the ring drawn in the sign-in frame as the step target', () => {
    const view = deriveView(missingSignIn, [frame({ targetId: 'password', kind: 'field', label: 'Password' })], true, 'end');
    expect(view).toMatchObject({ step: 'sign-in', status: 'ringed', target: { id: 'password', inFrame: true } });
  });

  it('lets a captcha in a frame block the page', () => {
    const view = deriveView(missingSignIn, [frame({ step: 'blocked', reason: 'captcha' })], false, 'end');
    expect(view).toMatchObject({ step: 'blocked', reason: 'captcha', target: null });
  });

  it('takes the email check shown in a passport frame as the step of a privacy page with nothing to ring', () => {
    const requestRoute: Reading<StepId> = { ...missingSignIn, step: 'request-delete', target: { ...missingSignIn.target!, spec: { id: 'delete-my-account', kind: 'button', candidates: [] } } };
    const code = frame({ step: 'verify-email', targetId: 'code-field', kind: 'field', href: 'http://passport.aliexpress.com/iv/mini/identity_verify.htm' });
    expect(deriveView(requestRoute, [code], false, 'end')).toMatchObject({ step: 'verify-email', status: 'ringed', target: { id: 'code-field', inFrame: true } });
    // A page step with a control of its own keeps it.
    const ringed = { ...requestRoute, missing: false, target: { ...requestRoute.target!, element: document.body } };
    expect(deriveView(ringed, [code], false, 'end').step).toBe('request-delete');
  });

  it('ignores frames that show another step', () => {
    const view = deriveView(missingSignIn, [frame({ step: 'off-path' })], false, 'end');
    expect(view.status).toBe('waiting');
  });
});

describe('frameTargetBox', () => {
  it('places a control ringed in the sign-in frame in page coordinates', async () => {
    const { frameTargetBox } = await import('@/guide/frameGeometry');
    document.body.innerHTML = '<iframe id="alibaba-login-box" src="//passport.aliexpress.com/mini_login.htm?appName=aebuyer"></iframe>';
    const iframe = document.querySelector('iframe')!;
    // happy-dom has no layout: the frame's position is stubbed.
    iframe.getBoundingClientRect = () => ({ left: 800, top: 100, right: 1200, bottom: 500, width: 400, height: 400, x: 800, y: 100, toJSON: () => ({}) });
    const box = frameTargetBox([frame({ href: 'http://passport.aliexpress.com/mini_login.htm?appName=aebuyer&lang=en', box: { left: 20, top: 30, width: 300, height: 40 } })], document);
    expect(box).toEqual({ left: 820, top: 130, right: 1120, bottom: 170 });
  });
});
