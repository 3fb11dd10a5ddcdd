// Matrices that live in the kernels' WebAssembly memory, so a product uses them where they are
// instead of copying n² numbers in per call. A ResidentMatrix is a byte offset into that
// memory, which stays valid when the memory grows; a Float64Array view of it is made only for
// the moment it is read (any later allocation may grow the memory and detach the view).
import { kernelMemory } from './simdKernels';

export class ResidentMatrix {
  private released = false;

  constructor(
    /** byte offset in the kernels' memory (16-aligned) */
    readonly byteOffset: number,
    /** number of float64 entries */
    readonly length: number,
  ) {}

  /** The entries as a view of the memory: valid until the next allocation there. */
  view(): Float64Array {
    if (this.released) throw new Error('a released matrix was read');
    return new Float64Array(kernelMemory()!.memory.buffer, this.byteOffset, this.length);
  }

  /** A copy the caller owns. */
  toArray(): Float64Array {
    return this.view().slice();
  }

  /** Gives the bytes back to the arena; the matrix must not be used afterwards. */
  release(): void {
    if (this.released) return;
    this.released = true;
    kernelMemory()!.arena.free(this.byteOffset, this.length * 8);
  }
}

/** What the products take: an ordinary array, or a matrix resident in the kernels' memory. */
export type MatrixOperand = Float64Array | ResidentMatrix;

/** Room for `length` entries in the kernels' memory, or null where there is no such memory or no room. */
export function allocResident(length: number): ResidentMatrix | null {
  const km = kernelMemory();
  if (!km) return null;
  const at = km.arena.alloc(length * 8);
  return at === null ? null : new ResidentMatrix(at, length);
}

/** `values` copied into the kernels' memory, or null where there is no such memory or no room. */
export function makeResident(values: Float64Array): ResidentMatrix | null {
  const m = allocResident(values.length);
  m?.view().set(values);
  return m;
}

/** The entries of an operand as an array: itself, or a view valid until the next allocation. */
export function entriesOf(M: MatrixOperand): Float64Array {
  return M instanceof Float64Array ? M : M.view();
}
