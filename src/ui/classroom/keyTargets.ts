// Which keys the classroom may take: the tour's clicker keys (arrows, PageUp/PageDown, Space),
// P for presentation, S for the presenter view, and while presenting B (or the clickers' '.')
// to blank the screen, F for full screen and C for every control; only when the focused
// element does not use that key itself.
// Sliders, radio groups, selects and the chart use the arrows; buttons use Space and Enter;
// text fields use every letter.

/** What the focused element does with keys. */
export type FocusKind = 'text' | 'arrows' | 'button' | 'none';

/** The part of an Element this needs (tests pass a stub). */
export interface FocusTarget {
  tagName: string;
  closest(selector: string): unknown;
  getAttribute(name: string): string | null;
  isContentEditable?: boolean;
}

const ARROW_OWNERS = '.chart-svg, [role="slider"], [role="radiogroup"], [role="listbox"], [role="menu"], [role="tablist"], [role="grid"], [data-owns-arrows]';
const BUTTON_TYPES = new Set(['button', 'submit', 'reset', 'checkbox', 'color', 'file', 'image']);

export function focusKind(target: FocusTarget | null): FocusKind {
  if (!target || typeof target.tagName !== 'string') return 'none';
  const tag = target.tagName.toLowerCase();
  if (target.isContentEditable || tag === 'textarea' || tag === 'select') return 'text';
  if (tag === 'input') {
    const type = (target.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'range' || type === 'radio') return 'arrows';
    return BUTTON_TYPES.has(type) ? 'button' : 'text';
  }
  if (target.closest(ARROW_OWNERS)) return 'arrows';
  if (tag === 'button' || tag === 'a' || tag === 'summary' || target.getAttribute('role') === 'button') return 'button';
  return 'none';
}

export type ClassroomAction = 'forward' | 'back' | 'present' | 'leave-present' | 'presenter' | 'blank' | 'fullscreen' | 'more-controls';

export interface KeyContext {
  key: string;
  shift: boolean;
  /** Ctrl, Alt or Meta held: the key belongs to the browser (Ctrl+P prints) */
  modifier: boolean;
  focus: FocusKind;
  inTour: boolean;
  present: boolean;
  /** this window is the presenter view (it has no presentation mode of its own) */
  presenterView?: boolean;
  /** presentation mode shows every control (C) */
  moreControls?: boolean;
}

const letter = (key: string, l: string) => key === l || key === l.toUpperCase();

/** What a key press does in the classroom, or null to leave it to the page. */
export function classroomAction(context: KeyContext): ClassroomAction | null {
  const { key, shift, modifier, focus, inTour, present, presenterView = false, moreControls = false } = context;
  if (modifier) return null;
  const presenting = present || presenterView;
  if (focus !== 'text') {
    if (letter(key, 'p') && !presenterView) return 'present';
    if (letter(key, 's') && !presenterView) return 'presenter';
    if ((letter(key, 'b') || key === '.') && presenting) return 'blank';
    if (letter(key, 'f') && presenting) return 'fullscreen';
    if (letter(key, 'c') && present && !presenterView) return 'more-controls';
  }
  if (key === 'Escape' && present && moreControls && focus !== 'text') return 'more-controls';
  if (key === 'Escape' && present && (focus === 'none' || focus === 'button')) return 'leave-present';
  if (!inTour || focus === 'text' || focus === 'arrows') return null;
  if (key === 'ArrowRight' || key === 'PageDown') return 'forward';
  if (key === 'ArrowLeft' || key === 'PageUp') return 'back';
  if (key === ' ' && focus !== 'button') return shift ? 'back' : 'forward';
  return null;
}
