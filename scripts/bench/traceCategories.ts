// Main-thread time of the page split into script / style / layout / paint, from a Chromium
// trace (CDP Tracing, devtools.timeline categories). The page marks each result it takes
// with console.timeStamp(RESULT_MARK); the time between one mark and the next is that
// result's cost. Nested events are counted once: each event's own time (its duration less
// its children's) goes to its category, or to its nearest classified ancestor's. Wall time
// and thread (CPU) time are both available: on a busy machine the second is the steadier one.

import type { CDPSession } from 'playwright-core';

export const RESULT_MARK = 'gf:result';
export const CATEGORIES = ['script', 'style', 'layout', 'paint', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Split = Record<Category, number>;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** thread (CPU) time of the event, when the trace has it */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { message?: string } };
}

const BY_NAME: Record<string, Category> = {
  EvaluateScript: 'script', FunctionCall: 'script', EventDispatch: 'script', TimerFire: 'script',
  FireAnimationFrame: 'script', RunMicrotasks: 'script', 'v8.compile': 'script', 'v8.compileModule': 'script',
  'v8.evaluateModule': 'script', V8Execute: 'script', 'V8.Execute': 'script', MinorGC: 'script', MajorGC: 'script',
  'BlinkGC.AtomicPhase': 'script', XHRReadyStateChange: 'script', FireIdleCallback: 'script', ParseHTML: 'script',
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', ParseAuthorStyleSheet: 'style', ScheduleStyleRecalculation: 'style',
  Layout: 'layout', UpdateLayerTree: 'layout', PrePaint: 'layout', IntersectionObserverController: 'layout',
  ComputeIntersections: 'layout', 'IntersectionObserverController::computeIntersections': 'layout',
  Paint: 'paint', PaintImage: 'paint', CompositeLayers: 'paint', Layerize: 'paint', Commit: 'paint',
  UpdateLayer: 'paint', 'Decode Image': 'paint', PaintSetup: 'paint', RasterTask: 'paint',
};

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (d: { value: object[] }) => {
    events.push(...(d.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return events;
}

const emptySplit = (): Split => ({ script: 0, style: 0, layout: 0, paint: 0, other: 0 });

/**
 * Per result: main-thread milliseconds by category between its mark and the next. `clock`
 * 'wall' sums durations; 'cpu' sums the thread's own CPU time (tdur), which a machine shared
 * with other work does not inflate.
 */
export function splitPerResult(events: readonly TraceEvent[], clock: 'wall' | 'cpu' = 'wall'): Split[] {
  const marks = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === RESULT_MARK).sort((a, b) => a.ts - b.ts);
  if (marks.length < 2) return [];
  const { pid, tid } = marks[0];
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const splits = marks.slice(1).map(emptySplit);
  const segment = (ts: number) => {
    // index of the last mark at or before ts; events before the first or after the last mark are not counted
    let lo = 0, hi = marks.length - 1;
    if (ts < marks[0].ts || ts >= marks[hi].ts) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (marks[mid].ts <= ts) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const stack: { end: number; cat: Category; seg: number }[] = [];
  for (const e of main) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const cat = BY_NAME[e.name] ?? parent?.cat ?? 'other';
    const seg = parent ? parent.seg : segment(e.ts);
    const ms = (clock === 'cpu' ? (e.tdur ?? e.dur!) : e.dur!) / 1000;
    if (seg >= 0) {
      splits[seg][cat] += ms;
      if (parent) splits[seg][parent.cat] -= ms;
    }
    stack.push({ end: e.ts + e.dur!, cat, seg });
  }
  return splits;
}

/** Median of each category over the results, and the median of their totals. */
export function medianSplit(splits: readonly Split[]): Split & { total: number; results: number } {
  const med = (xs: number[]) => {
    if (!xs.length) return 0;
    const s = [...xs].sort((a, b) => a - b);
    return Number(s[s.length >> 1].toFixed(2));
  };
  const out = { ...emptySplit(), total: 0, results: splits.length };
  for (const c of CATEGORIES) out[c] = med(splits.map((s) => s[c]));
  out.total = med(splits.map((s) => CATEGORIES.reduce((sum, c) => sum + (c === 'other' ? 0 : s[c]), 0)));
  return out;
}
