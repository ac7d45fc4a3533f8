import { relayFrameReport } from '@/guide/relay';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    relayFrameReport(message, sender);
  });
});
