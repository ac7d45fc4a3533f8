import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { DEFAULT_PROGRESS, progressItem } from '@/store/progressItem';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
type Apis = Record<'action' | 'browserAction', unknown>;
const apis = fakeBrowser as unknown as Apis;
const { action, browserAction } = apis;

afterEach(() => Object.assign(apis, { action, browserAction }));

describe('background', () => {
  it('opens the first-run page on install, and not on update', async () => {
    const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html'));
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });
    expect(await welcomeTabs()).toHaveLength(0);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect((await welcomeTabs()).map((tab) => tab.url)).toEqual(['chrome-extension://test-extension-id/welcome.html']);
  });

  it('sets the badge from stored progress at start and follows every change', async () => {
    await progressItem.setValue({ ...DEFAULT_PROGRESS, lastStep: 'edit-profile' });
    background.main();
    await settle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('4');
    await progressItem.setValue({ ...DEFAULT_PROGRESS, goal: 'deactivate', lastStep: 'choose-reason' });
    await settle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('7');
    await progressItem.setValue({ ...DEFAULT_PROGRESS, lastStep: 'done' });
    await settle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('✓');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0x14, 0x6c, 0x2e, 255]);
    await progressItem.setValue({ ...DEFAULT_PROGRESS, active: false, lastStep: 'done' });
    await settle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('uses browserAction where there is no action (the Firefox MV2 build)', async () => {
    Object.assign(apis, { action: undefined, browserAction: action });
    await progressItem.setValue({ ...DEFAULT_PROGRESS, lastStep: 'sign-in' });
    background.main();
    await settle();
    expect(await (action as typeof fakeBrowser.action).getBadgeText({})).toBe('1');
  });
});
