import { browser } from '#imports';
import type { StepId } from '@/flows/steps';

/**
 * Frames (the legacy sign-in box) ring their own controls; the top frame's panel needs to
 * know. Reports travel child frame → background → top frame, never through the page.
 */
export interface FrameReport {
  step: StepId;
  reason: string | null;
  targetId: string | null;
  kind: 'field' | 'choice' | 'button' | 'link' | null;
  label: string;
  revealing: boolean;
  /** The frame's own address and the ringed box in its viewport: the top frame keeps its panel clear of it. */
  href: string;
  box: { left: number; top: number; width: number; height: number } | null;
}

export const FRAME_REPORT = 'exit-guide:frame-report';

export interface FrameMessage {
  type: typeof FRAME_REPORT;
  report: FrameReport | null;
  frameId?: number;
}

export function isFrameMessage(message: unknown): message is FrameMessage {
  return typeof message === 'object' && message !== null && (message as FrameMessage).type === FRAME_REPORT;
}

/** Cut off by an update of the extension, runtime calls throw until this copy stands down (orphaned.ts). */
function whileConnected(call: () => void): void {
  try {
    call();
  } catch {
    // The new copy takes over at the page's next load.
  }
}

export function sendFrameReport(report: FrameReport | null): void {
  const message: FrameMessage = { type: FRAME_REPORT, report };
  whileConnected(() => void browser.runtime.sendMessage(message).catch(() => undefined));
}

export const FOCUS_PANEL = 'exit-guide:focus-panel';

export function isFocusRequest(message: unknown): message is { type: typeof FOCUS_PANEL; frameId?: number } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === FOCUS_PANEL;
}

/** Child frame: the person pressed the panel shortcut here. */
export function requestPanelFocus(): void {
  whileConnected(() => void browser.runtime.sendMessage({ type: FOCUS_PANEL }).catch(() => undefined));
}

/** Top frame: a child frame asks for the panel (its shortcut was pressed there). */
export function listenFocusRequests(signal: AbortSignal, onRequest: () => void): void {
  const listener = (message: unknown) => {
    if (isFocusRequest(message) && message.frameId !== undefined) onRequest();
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => whileConnected(() => browser.runtime.onMessage.removeListener(listener)));
}

/** Whether this page holds a frame at that address's origin (a report of a frame gone is stale). */
function hasFrameAt(href: string): boolean {
  let origin: string;
  try {
    origin = new URL(href).origin;
  } catch {
    return false;
  }
  return Array.from(document.getElementsByTagName('iframe')).some((frame) => {
    try {
      return new URL(frame.src, location.href).origin === origin;
    } catch {
      return false;
    }
  });
}

/** Top frame: keeps the latest report of each child frame. */
export function listenFrameReports(signal: AbortSignal, onChange: (reports: Map<number, FrameReport>) => void): void {
  const reports = new Map<number, FrameReport>();
  const listener = (message: unknown) => {
    if (!isFrameMessage(message) || message.frameId === undefined) return;
    // The background checked the frame; a report still goes only with a frame of this page at its address.
    if (message.report && !hasFrameAt(message.report.href)) return;
    if (message.report) reports.set(message.frameId, message.report);
    else reports.delete(message.frameId);
    onChange(reports);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => whileConnected(() => browser.runtime.onMessage.removeListener(listener)));
}
