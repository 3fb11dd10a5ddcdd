// Both architectures on the two cores: the plain network on one compute worker, the residual
// network on another, each behind its own GradientClient (latest-wins, deadlines, restarts).
// A request for both is split in two and answered as one: a reply goes out once each half has
// answered (a preview half and a final half make a preview), so the chart never mixes two
// settings; a request's last reply is the one where both halves are final. Replies never go
// back in time: once a request has been answered, older ones are forgotten. A request for one
// architecture releases the other half: its waiting request is dropped, and a job too long to
// wait for is stopped with its worker. A list of settings computed ahead goes to both halves
// too; each setting is answered once both of its halves are in.

import type { Arch, ArchChoice, GradientResult, NetworkConfig } from '../core';
import { GradientClient, type ClientListener, type ClientOptions, type WorkerLike } from './client';
import type { AheadReply, CrashMode, GradientsReply } from './protocol';

const HALVES: readonly Arch[] = ['plain', 'residual'];

interface Part {
  /** the id the half's client gave the request */
  halfId: number;
  reply: GradientsReply | null;
}

/** A list computed ahead on both halves: each setting's two halves, merged once both are in. */
interface Ahead {
  id: number;
  /** the id each half's client gave the list */
  halfIds: Map<Arch, number>;
  parts: Map<number, Partial<Record<Arch, AheadReply>>>;
}

interface Pending {
  id: number;
  parts: Map<Arch, Part>;
}

export class PairedGradientClient {
  private readonly halves: Record<Arch, GradientClient>;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<ClientListener>();
  private nextId = 1;
  /** the last few lists computed ahead (a newer list ends an older one only between two settings) */
  private readonly aheadLists: Ahead[] = [];
  /** the newest request's id (lists computed ahead take ids from the same count) */
  private latestRequestId = 0;
  /** the newest request answered so far; older ones are forgotten */
  private answered = 0;

  constructor(createWorker: () => WorkerLike, options: ClientOptions = {}) {
    this.halves = {
      plain: new GradientClient(createWorker, options),
      residual: new GradientClient(createWorker, options),
    };
    for (const arch of HALVES) {
      this.halves[arch].listen({
        result: (reply) => this.receive(arch, reply),
        error: (message, halfId) => this.fail(arch, message, halfId),
        restart: (reason) => {
          for (const listener of [...this.listeners]) listener.restart?.(reason);
        },
        ahead: (reply) => this.receiveAhead(arch, reply),
      });
    }
  }

  /** Asks for the gradients of one configuration; 'both' runs the two halves side by side. */
  requestGradients(config: NetworkConfig, arch: ArchChoice, samples?: number): number {
    const archs = arch === 'both' ? HALVES : [arch];
    // the other half's work for earlier requests is wanted no more
    for (const half of HALVES) if (!archs.includes(half)) this.halves[half].release();
    return this.track(archs, (half) => this.halves[half].requestGradients(config, half, samples));
  }

  /** Computes settings ahead of the reader, each half on its worker; a setting is answered once both halves are in. */
  computeAhead(configs: NetworkConfig[], arch: ArchChoice): number {
    const id = this.nextId++;
    const halfIds = new Map<Arch, number>();
    for (const half of arch === 'both' ? HALVES : [arch]) halfIds.set(half, this.halves[half].computeAhead(configs, half));
    this.aheadLists.push({ id, halfIds, parts: new Map() });
    if (this.aheadLists.length > 4) this.aheadLists.shift();
    return id;
  }

  /** Makes the plain half's worker throw, close itself or hang (browser tests of recovery). */
  crashTest(mode: CrashMode): number {
    return this.track(['plain'], (half) => this.halves[half].crashTest(mode));
  }

  setDeadlineMs(ms: number): void {
    for (const arch of HALVES) this.halves[arch].setDeadlineMs(ms);
  }

  listen(listener: ClientListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The id of the newest request or list computed ahead. */
  get latestId(): number {
    return this.nextId - 1;
  }

  /** True while the newest request has not had its last reply (a half still finishing older work does not count). */
  get busy(): boolean {
    return this.pending.has(this.latestRequestId);
  }

  dispose(): void {
    for (const arch of HALVES) this.halves[arch].dispose();
    this.pending.clear();
    this.listeners.clear();
  }

  private track(archs: readonly Arch[], send: (half: Arch) => number): number {
    const id = this.nextId++;
    this.latestRequestId = id;
    const parts = new Map<Arch, Part>();
    for (const arch of archs) parts.set(arch, { halfId: send(arch), reply: null });
    this.pending.set(id, { id, parts });
    return id;
  }

  /** The pending request whose `arch` half was given `halfId`. */
  private find(arch: Arch, halfId: number): Pending | null {
    for (const pending of this.pending.values()) if (pending.parts.get(arch)?.halfId === halfId) return pending;
    return null;
  }

  private receive(arch: Arch, reply: GradientsReply): void {
    const pending = this.find(arch, reply.id);
    if (!pending) return;
    pending.parts.get(arch)!.reply = reply;
    const replies = [...pending.parts.values()].map((part) => part.reply);
    if (replies.some((r) => r === null)) return;
    const done = replies as GradientsReply[];
    const result: GradientResult = {
      config: done[0].result.config,
      plain: pending.parts.get('plain')?.reply?.result.plain ?? null,
      residual: pending.parts.get('residual')?.reply?.result.residual ?? null,
    };
    const final = done.every((r) => r.final);
    this.forgetBefore(pending.id);
    if (final) this.pending.delete(pending.id);
    const combined: GradientsReply = { type: 'gradients-result', id: pending.id, result, final, ms: Math.max(...done.map((r) => r.ms)) };
    for (const listener of [...this.listeners]) listener.result?.(combined);
  }

  private receiveAhead(arch: Arch, reply: AheadReply): void {
    const ahead = this.aheadLists.find((list) => list.halfIds.get(arch) === reply.id);
    if (ahead === undefined) return;
    const part = { ...ahead.parts.get(reply.index), [arch]: reply };
    if ([...ahead.halfIds.keys()].some((half) => part[half] === undefined)) {
      ahead.parts.set(reply.index, part);
      return;
    }
    ahead.parts.delete(reply.index);
    const done = Object.values(part) as AheadReply[];
    const result: GradientResult = { config: reply.result.config, plain: part.plain?.result.plain ?? null, residual: part.residual?.result.residual ?? null };
    const combined: AheadReply = { type: 'gradients-ahead-result', id: ahead.id, index: reply.index, result, ms: Math.max(...done.map((r) => r.ms)) };
    for (const listener of [...this.listeners]) listener.ahead?.(combined);
  }

  private fail(arch: Arch, message: string, halfId: number): void {
    const pending = halfId === -1 ? null : this.find(arch, halfId);
    if (pending) {
      this.forgetBefore(pending.id);
      this.pending.delete(pending.id);
    }
    for (const listener of [...this.listeners]) listener.error?.(message, pending ? pending.id : -1);
  }

  /** Requests older than `id` will not be answered now: drop them. */
  private forgetBefore(id: number): void {
    this.answered = Math.max(this.answered, id);
    for (const older of this.pending.keys()) if (older < this.answered) this.pending.delete(older);
  }
}
