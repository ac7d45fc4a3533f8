import { badgeFor } from '@/guide/badge';
import { relayFrameReport } from '@/guide/relay';
import { progressItem, sanitizeProgress } from '@/store/progressItem';

/** MV3 has `action`; the Firefox MV2 build has only `browserAction`, with the same badge calls. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

async function showBadge(value: unknown): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  const badge = badgeFor(sanitizeProgress(value).progress);
  await action.setBadgeBackgroundColor({ color: badge.color });
  await action.setBadgeText({ text: badge.text });
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    relayFrameReport(message, sender);
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  // The badge is browser state: set it again whenever the worker starts, then on every change.
  progressItem.getValue().then(showBadge).catch(() => undefined);
  progressItem.watch((value) => {
    showBadge(value).catch(() => undefined);
  });
});
