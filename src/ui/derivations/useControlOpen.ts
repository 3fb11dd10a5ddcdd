// Whether the reader may change a page parameter here: a shared link can lock or hide a
// control, and the derivations' shortcuts (steppers, "switch to ReLU") respect that too.

import { accessOf, type ShareControl } from '../../store/shareSlice';
import { useSectionStore } from '../layout/DeferredSection';

export function useControlOpen(control: ShareControl): boolean {
  return useSectionStore((s) => accessOf(control, s.locked, s.hidden) === 'open');
}
