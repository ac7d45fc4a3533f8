/** V8 CPU samples from a Chromium trace (category disabled-by-default-v8.cpu_profiler). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { url?: string } }[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

export interface Sample {
  /** Trace clock, µs. */
  ts: number;
  /** Time until the next sample, µs: what this sample stands for. */
  span: number;
  /** The content script is on the stack. */
  extension: boolean;
}

/** Samples of the profile running on one thread, each marked by whether a frame of `url` is on its stack. */
export function samplesOf(events: TraceEvent[], pid: number, tid: number, url: string): Sample[] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id).sort((a, b) => a.ts - b.ts);
  const parent = new Map<number, number | undefined>();
  const own = new Map<number, boolean>();
  const times: number[] = [];
  const nodes: number[] = [];
  let time = profile.args?.data?.startTime ?? profile.ts;
  for (const chunk of chunks) {
    const data = chunk.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) {
      parent.set(node.id, node.parent);
      own.set(node.id, node.callFrame.url === url);
    }
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((node, i) => {
      time += deltas[i] ?? 0;
      times.push(time);
      nodes.push(node);
    });
  }
  const onStack = new Map<number, boolean>();
  const inExtension = (node: number | undefined): boolean => {
    if (node === undefined) return false;
    const known = onStack.get(node);
    if (known !== undefined) return known;
    const result = own.get(node) === true || inExtension(parent.get(node));
    onStack.set(node, result);
    return result;
  };
  return nodes.map((node, i) => ({
    ts: times[i]!,
    span: Math.min(1000, (times[i + 1] ?? times[i]!) - times[i]!),
    extension: inExtension(node),
  }));
}

/** Content-script time within [from, to), µs. */
export function extensionTime(samples: Sample[], from: number, to: number): number {
  let total = 0;
  for (const s of samples) if (s.extension && s.ts >= from && s.ts < to) total += s.span;
  return total;
}

/** The longest run of consecutive samples with the content script on the stack, µs. */
export function longestRun(samples: Sample[]): number {
  let longest = 0;
  let run = 0;
  for (const s of samples) {
    run = s.extension ? run + s.span : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}
