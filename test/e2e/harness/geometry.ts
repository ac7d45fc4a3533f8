/** The contract: the ring's box encloses the control's, at most this far outside each edge. */
export const RING_SLACK = 16;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Why a ring does not meet the contract for a target, or '' when it does. */
export function ringProblem(rings: Box[], target: Box | null, viewport: { width: number; height: number } | null): string {
  if (rings.length !== 1) return `${rings.length} visible rings`;
  const ring = rings[0]!;
  if (!target) return 'the target has no box';
  const outside = [target.x - ring.x, target.y - ring.y, ring.x + ring.width - (target.x + target.width), ring.y + ring.height - (target.y + target.height)];
  if (outside.some((gap) => gap < -0.5 || gap > RING_SLACK)) return `ring ${JSON.stringify(ring)} vs target ${JSON.stringify(target)}`;
  if (viewport && (target.y < 0 || target.y + target.height > viewport.height || target.x < 0 || target.x + target.width > viewport.width)) {
    return `target out of view: ${JSON.stringify(target)}`;
  }
  return '';
}

export async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout: number): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** The panel must never cover the ringed control. */
export function coverProblem(panel: Box | null, target: Box | null): string {
  if (!panel || !target) return '';
  const apart = target.x >= panel.x + panel.width || panel.x >= target.x + target.width || target.y >= panel.y + panel.height || panel.y >= target.y + target.height;
  return apart ? '' : `the panel ${JSON.stringify(panel)} covers the target ${JSON.stringify(target)}`;
}
