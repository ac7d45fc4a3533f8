import { browser, type Browser } from '#imports';
import { isFocusRequest, isFrameMessage } from './frameBridge';

/** Background: passes a child frame's report (or its shortcut) to the top frame of the same tab. */
export function relayFrameReport(message: unknown, sender: Browser.runtime.MessageSender): void {
  const tabId = sender.tab?.id;
  if (!(isFrameMessage(message) || isFocusRequest(message)) || tabId === undefined || !sender.frameId) return;
  browser.tabs
    .sendMessage(tabId, { ...message, frameId: sender.frameId }, { frameId: 0 })
    .catch(() => undefined);
}
