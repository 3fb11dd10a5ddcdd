// Bytes of a WebAssembly memory handed out by offset. A typed-array view of the memory is
// detached whenever the memory grows, so whatever lives there (cached weight matrices, the
// products' scratch) is named by its byte offset, which growth leaves valid, and views are made
// only for the moment they are used. First fit over a sorted free list; a freed block merges
// with its free neighbours, and one at the end of the used bytes lowers that end, so a cache
// that evicts and refills reuses its memory instead of growing it.

const PAGE = 65536;
const ALIGN = 16;
/** 64 MiB in pages: the largest step the memory grows by beyond what an allocation needs */
const GROWTH_PAGES = 1024;

export class Arena {
  /** free blocks, sorted by start, never adjacent (adjacent ones are merged) */
  private readonly freeStart: number[] = [];
  private readonly freeSize: number[] = [];
  /** the end of the bytes ever handed out and not returned at the end */
  private top: number;

  /** `base`: bytes below it are not the arena's. */
  constructor(private readonly memory: WebAssembly.Memory, base = 0) {
    this.top = Math.ceil(base / ALIGN) * ALIGN;
  }

  /** Byte offset of `bytes` free bytes (16-aligned), or null when the memory cannot grow that far. */
  alloc(bytes: number): number | null {
    const size = Math.max(ALIGN, Math.ceil(bytes / ALIGN) * ALIGN);
    for (let i = 0; i < this.freeStart.length; i++) {
      if (this.freeSize[i] < size) continue;
      const offset = this.freeStart[i];
      if (this.freeSize[i] === size) {
        this.freeStart.splice(i, 1);
        this.freeSize.splice(i, 1);
      } else {
        this.freeStart[i] += size;
        this.freeSize[i] -= size;
      }
      return offset;
    }
    const end = this.top + size;
    const have = this.memory.buffer.byteLength;
    if (end > have) {
      // Growing is costly (the engine may collect garbage, and every view must be made again),
      // so it goes in steps of at least the memory's size up to 64 MiB: a 1 GiB cache grows about
      // twenty times, not once per matrix. Untouched pages cost no physical memory.
      const needed = Math.ceil((end - have) / PAGE);
      const step = Math.max(needed, Math.min(have / PAGE, GROWTH_PAGES));
      if (!this.tryGrow(step) && !this.tryGrow(needed)) return null;
    }
    const offset = this.top;
    this.top = end;
    return offset;
  }

  private tryGrow(pages: number): boolean {
    try {
      this.memory.grow(pages);
      return true;
    } catch {
      return false; // past the engine's or the device's limit: the caller keeps its data elsewhere
    }
  }

  /** Returns the block at `offset` of `bytes` bytes (as passed to alloc). */
  free(offset: number, bytes: number): void {
    let start = offset;
    let size = Math.max(ALIGN, Math.ceil(bytes / ALIGN) * ALIGN);
    // index of the first free block after this one
    let i = 0;
    while (i < this.freeStart.length && this.freeStart[i] < start) i++;
    if (i < this.freeStart.length && this.freeStart[i] === start + size) {
      size += this.freeSize[i];
      this.freeStart.splice(i, 1);
      this.freeSize.splice(i, 1);
    }
    if (i > 0 && this.freeStart[i - 1] + this.freeSize[i - 1] === start) {
      i--;
      start = this.freeStart[i];
      size += this.freeSize[i];
      this.freeStart.splice(i, 1);
      this.freeSize.splice(i, 1);
    }
    if (start + size === this.top) this.top = start;
    else {
      this.freeStart.splice(i, 0, start);
      this.freeSize.splice(i, 0, size);
    }
  }

  /** Bytes in use (handed out and not returned). */
  get used(): number {
    let free = 0;
    for (const s of this.freeSize) free += s;
    return this.top - free;
  }

  /** The end of the bytes the arena spans: what the memory must hold. */
  get end(): number {
    return this.top;
  }
}
