// The reader's theme choice survives a reload in localStorage. Storage can be missing or
// refuse (private windows, sandboxed frames): the page then simply follows the system.

import { THEMES, type ThemeChoice } from '../../store/classroomSlice';

const KEY = 'gradient-flow.theme';

export function readThemePreference(storage: Pick<Storage, 'getItem'> | null): ThemeChoice {
  try {
    const value = storage?.getItem(KEY);
    return THEMES.find((t) => t === value) ?? 'system';
  } catch {
    return 'system';
  }
}

export function writeThemePreference(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, theme: ThemeChoice): void {
  try {
    if (theme === 'system') storage?.removeItem(KEY);
    else storage?.setItem(KEY, theme);
  } catch {
    // Not stored: the choice still holds until the page is closed.
  }
}

/** window.localStorage, or null where reading it throws. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
