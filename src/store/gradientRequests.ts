// Between the parameters on screen and the gradient client. Each setting the reader asks for is
// requested, and each reply is shown with the key of the parameters it belongs to. With a
// look-ahead, final results are also kept in a cache, so a setting seen before is shown at
// once; and after each change the workers are given the settings the reader will most likely
// ask for next (the next positions of the slider being dragged), to compute into that cache
// between the reader's own requests. A result computed ahead is shown only if the reader has
// come to its setting.

import type { GradientClient } from '../worker/client';
import type { AheadReply, GradientsReply } from '../worker/protocol';
import { likelyNext, worthLookingAhead } from './lookAhead';
import { configOf, type Params } from './params';
import { ResultCache } from './resultCache';
import type { ShownResult } from './resultsSlice';
import { paramsKey } from './urlCodec';

/** GradientClient or PairedGradientClient: what the requests need of either. */
export type Client = Pick<GradientClient, 'requestGradients' | 'computeAhead' | 'listen'>;

/**
 * Two changes closer than this are one drag. A drag that reaches a setting not yet computed has
 * outrun the workers: they stop computing ahead until it pauses this long.
 */
export const DRAG_GAP_MS = 120;

/** Lists computed ahead whose replies are still taken: the newest and the ones it may have cut short. */
const KEPT_LISTS = 4;

export interface LookAheadOptions {
  /** bytes of final results kept for settings seen before */
  cacheBytes: number;
  /** and at most this many of them */
  cacheEntries: number;
  /** how many slider positions ahead of a move to compute */
  ahead: number;
}

/** Where the requests report to: the store's actions. */
export interface RequestSink {
  show(shown: ShownResult, computing: boolean): void;
  fail(message: string, computing: boolean): void;
  computing(on: boolean): void;
  restart(reason: string): void;
}

/** Applies a change to the store now or at the next frame (the newest one kept). */
export type Commit = (apply: () => void) => void;

export interface GradientRequests {
  /** The reader's parameters changed: show them from the cache, or request them. */
  want(params: Params): void;
  /** Stops listening to the client. */
  dispose(): void;
  /** results held for settings seen before (0 without a look-ahead) */
  readonly cached: number;
}

export function connectRequests(client: Client, sink: RequestSink, commit: Commit, lookAhead?: LookAheadOptions): GradientRequests {
  const cache = lookAhead ? new ResultCache(lookAhead.cacheBytes, lookAhead.cacheEntries) : null;
  // the key of each request not yet finally answered, by id, in the order they were made
  const sent = new Map<number, string>();
  // the keys of the last few lists computed ahead, by id (a newer list only ends an older one
  // between two settings, so the setting under way still arrives), and those still to come
  const lists = new Map<number, string[]>();
  const coming = new Set<string>();
  // the key of the parameters on screen, and whether its final answer (or error) has come
  let wanted = '';
  let wantedDone = false;
  let previous: Params | null = null;
  // when the reader last changed the setting, and the timer that looks ahead once a drag pauses
  let lastWant = -Infinity;
  let resume: ReturnType<typeof setTimeout> | null = null;
  // What the next commit applies, decided as replies arrive and applied at most once a frame:
  // the newest result to show, then a failure that came after it (a newer result clears one).
  let toShow: ShownResult | null = null;
  let failure: string | null = null;
  const flush = () => {
    if (toShow !== null) sink.show(toShow, !wantedDone);
    if (failure !== null) sink.fail(failure, !wantedDone);
    toShow = null;
    failure = null;
  };

  const show = (shown: ShownResult) => {
    toShow = shown;
    failure = null;
    commit(flush);
  };

  /** Requests older than `id` will not be answered now: the client forgets them too. */
  const forgetBefore = (id: number) => {
    for (const older of sent.keys()) {
      if (older >= id) break;
      sent.delete(older);
    }
  };

  const receive = (reply: GradientsReply) => {
    const key = sent.get(reply.id);
    if (key === undefined) return;
    forgetBefore(reply.id);
    if (reply.final) {
      sent.delete(reply.id);
      cache?.set(key, { result: reply.result, ms: reply.ms });
    }
    const shown: ShownResult = { result: reply.result, final: reply.final, ms: reply.ms, paramsKey: key };
    // An older setting of a drag is shown (marked out of date) until the reader's own arrives;
    // the reader's own, once final, is not shown a second time.
    if (!wantedDone) {
      if (key === wanted) wantedDone = reply.final;
      show(shown);
    }
  };

  const receiveAhead = (reply: AheadReply) => {
    const key = lists.get(reply.id)?.[reply.index];
    if (key === undefined) return;
    coming.delete(key);
    cache?.set(key, { result: reply.result, ms: reply.ms });
    if (key === wanted && !wantedDone) {
      wantedDone = true;
      show({ result: reply.result, final: true, ms: reply.ms, paramsKey: key });
    }
  };

  const fail = (message: string, id: number) => {
    const key = sent.get(id);
    if (id === -1) sent.clear();
    else {
      forgetBefore(id);
      sent.delete(id);
    }
    if (id === -1 || key === wanted) wantedDone = true;
    failure = message;
    commit(flush);
  };

  /**
   * Gives the workers the likely next settings not yet cached, unless the list under way already
   * holds them all; after any other change (a choice, a jump) the new list replaces it.
   */
  const lookFurther = (before: Params | null, params: Params) => {
    if (cache === null || lookAhead === undefined || !worthLookingAhead(params)) return;
    const todo = likelyNext(before, params, lookAhead.ahead).filter((p) => !cache.has(paramsKey(p)) && paramsKey(p) !== wanted);
    const keys = todo.map(paramsKey);
    if (keys.every((key) => coming.has(key))) return;
    const id = client.computeAhead(todo.map(configOf), params.arch);
    lists.set(id, keys);
    for (const old of lists.keys()) if (lists.size > KEPT_LISTS) lists.delete(old);
    coming.clear();
    for (const key of keys) coming.add(key);
  };

  /** Ends the list under way (an empty list replaces it). */
  const stopLooking = (params: Params) => {
    if (coming.size === 0) return;
    coming.clear();
    client.computeAhead([], params.arch);
  };

  const restart = (reason: string) => {
    // the list under way died with its worker
    coming.clear();
    sink.restart(reason);
  };

  const stopListening = client.listen({ result: receive, ahead: receiveAhead, error: fail, restart });

  return {
    want(params) {
      const key = paramsKey(params);
      const before = previous;
      previous = params;
      wanted = key;
      const cached = cache?.get(key);
      if (cached !== undefined) {
        wantedDone = true;
        show({ result: cached.result, final: true, ms: cached.ms, paramsKey: key });
      } else {
        wantedDone = false;
        sent.set(client.requestGradients(configOf(params), params.arch), key);
        sink.computing(true);
      }
      const now = Date.now();
      const outrun = cached === undefined && now - lastWant < DRAG_GAP_MS;
      lastWant = now;
      if (resume !== null) clearTimeout(resume);
      resume = null;
      if (!outrun) return lookFurther(before, params);
      // The reader is ahead of the workers: what they compute ahead would only be passed by,
      // and on two cores it would take time from the page. They compute the reader's own
      // settings alone until the drag pauses, then look ahead from where it stopped.
      stopLooking(params);
      resume = setTimeout(() => {
        resume = null;
        lookFurther(before, params);
      }, DRAG_GAP_MS);
    },
    dispose() {
      if (resume !== null) clearTimeout(resume);
      stopListening();
    },
    get cached() {
      return cache?.size ?? 0;
    },
  };
}
