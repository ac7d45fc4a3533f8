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
});
