// What a shared link fixes besides the network: which toolbar panel is open, which controls
// the reader may change (locked ones are shown but disabled) or see (hidden ones are not
// rendered), and whether the page is embedded in another one. An instructor builds a focused
// exercise from these; the URL carries them through urlCodec like any parameter.

import type { ParamKey } from './params';
import type { SliceCreator } from './store';

/** Controls a link can lock or hide, in the order the controls panel shows them. */
export const SHARE_CONTROLS = ['depth', 'sigmaW', 'activation', 'arch', 'branchScale', 'norm', 'tied', 'width', 'sigmaB', 'init', 'seed'] as const satisfies readonly ParamKey[];
export type ShareControl = (typeof SHARE_CONTROLS)[number];

/** How a link lets the reader use one control. */
export type ControlAccess = 'open' | 'locked' | 'hidden';

/** Panels of the share toolbar; at most one is open. */
export const PANELS = ['customise', 'export'] as const;
export type PanelName = (typeof PANELS)[number];

export interface ShareSlice {
  /** the open toolbar panel, or null */
  panel: PanelName | null;
  setPanel(panel: PanelName | null): void;
  /** Opens `panel`, or closes it when it is already open. */
  togglePanel(panel: PanelName): void;
  /** controls shown disabled, in SHARE_CONTROLS order */
  locked: readonly ShareControl[];
  /** controls not rendered, in SHARE_CONTROLS order; never also in `locked` */
  hidden: readonly ShareControl[];
  /** Sets one control's access, keeping both lists canonical. */
  setControlAccess(control: ShareControl, access: ControlAccess): void;
  /** Replaces both lists (from a link); a control in both is hidden. */
  setAccess(locked: readonly ShareControl[], hidden: readonly ShareControl[]): void;
  /** the page is inside another page's iframe: figure and controls only */
  embed: boolean;
  setEmbed(embed: boolean): void;
}

/** A control's access under the given lists. */
export function accessOf(control: ShareControl, locked: readonly ShareControl[], hidden: readonly ShareControl[]): ControlAccess {
  if (hidden.includes(control)) return 'hidden';
  return locked.includes(control) ? 'locked' : 'open';
}

/** The members of `list` in SHARE_CONTROLS order, without repeats or strangers. */
export function canonicalControls(list: readonly string[]): ShareControl[] {
  return SHARE_CONTROLS.filter((c) => list.includes(c));
}

/** Same members in the same order: lets an unchanged list keep its array, so nothing re-renders. */
function sameList(a: readonly ShareControl[], b: readonly ShareControl[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

export const createShareSlice: SliceCreator<ShareSlice> = (set, get) => ({
  panel: null,
  setPanel: (panel) => set({ panel }),
  togglePanel: (panel) => set({ panel: get().panel === panel ? null : panel }),
  locked: [],
  hidden: [],
  setControlAccess: (control, access) => {
    const { locked, hidden } = get();
    const without = (list: readonly ShareControl[]) => list.filter((c) => c !== control);
    get().setAccess(access === 'locked' ? [...locked, control] : without(locked), access === 'hidden' ? [...hidden, control] : without(hidden));
  },
  setAccess: (locked, hidden) => {
    const nextHidden = canonicalControls(hidden);
    const nextLocked = canonicalControls(locked).filter((c) => !nextHidden.includes(c));
    const current = get();
    set({
      locked: sameList(nextLocked, current.locked) ? current.locked : nextLocked,
      hidden: sameList(nextHidden, current.hidden) ? current.hidden : nextHidden,
    });
  },
  embed: false,
  setEmbed: (embed) => set({ embed }),
});
