// The view slice: what the reader points at and the short notices shown to them. Nothing
// here feeds the computation, so hovering never recomputes the model.

import type { SliceCreator } from './store';

/** Older notices are dropped beyond this many, so a bad link cannot flood the page. */
export const MAX_NOTICES = 6;

export interface ViewSlice {
  /** layer k under the pointer */
  hoverLayer: number | null;
  setHoverLayer(layer: number | null): void;
  /** layer k the reader clicked to pin */
  selectedLayer: number | null;
  setSelectedLayer(layer: number | null): void;
  /** short messages for the reader, oldest first */
  notices: string[];
  /** Adds a notice as the newest; the same text already shown moves there instead of repeating. */
  addNotice(text: string): void;
  dismissNotice(index: number): void;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => ({
  hoverLayer: null,
  setHoverLayer: (layer) => set({ hoverLayer: layer }),
  selectedLayer: null,
  setSelectedLayer: (layer) => set({ selectedLayer: layer }),
  notices: [],
  addNotice: (text) => {
    const { notices } = get();
    if (notices.at(-1) === text) return;
    // Moved, not kept in place: a repeated notice is about the newest link, and the oldest go first.
    set({ notices: [...notices.filter((n) => n !== text), text].slice(-MAX_NOTICES) });
  },
  dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
});
