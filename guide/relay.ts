import { browser, type Browser } from '#imports';
import { isFocusRequest, isFrameMessage, type FrameMessage } from './frameBridge';
import { trustedFrameReport } from './frameTrust';

/**
 * Background: passes a child frame's report (or its shortcut) to the top frame of the same
 * tab. A report passes only from a frame AliExpress really shows, for a step such a frame
 * carries, in the shape of a report, with the frame's address as the browser gives it.
 */
export function relayFrameReport(message: unknown, sender: Browser.runtime.MessageSender): void {
  const tabId = sender.tab?.id;
  if (!(isFrameMessage(message) || isFocusRequest(message)) || tabId === undefined || !sender.frameId) return;
  let relayed: unknown = { type: (message as { type: string }).type, frameId: sender.frameId };
  if (isFrameMessage(message)) {
    const report = message.report === null ? null : trustedFrameReport(message.report, sender.url);
    if (message.report !== null && report === null) return;
    relayed = { type: message.type, report, frameId: sender.frameId } satisfies FrameMessage;
  }
  browser.tabs.sendMessage(tabId, relayed, { frameId: 0 }).catch(() => undefined);
}
