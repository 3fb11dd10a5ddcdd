// Carries the classroom settings to <html>, where the stylesheets read them:
// data-scheme="light|dark" (the reader's choice, else the system's), data-present in
// presentation mode, data-contrast="more" in presentation mode or when the system asks for
// more contrast, data-veiled while a scene's answer is hidden; while presenting, data-blank
// (B), data-more-controls (C), data-scene-control (the control the scene asks the class to
// move) and data-projected when a presenter view is open, so this screen
// shows the figure alone. The presenter view (`presenterView`) takes the scheme only. Also
// restores and stores the reader's theme choice.

import { useLayoutEffect } from 'react';
import { SCENES } from '../../store/classroomScenes';
import { SCENE_NOTES } from '../../store/sceneNotes';
import { useAppStore } from '../../store/store';
import { browserStorage, readThemePreference, writeThemePreference } from './themePreference';
import { useMediaQuery } from './useMediaQuery';

function setAttribute(name: string, value: string | null) {
  const root = document.documentElement;
  if (value === null) root.removeAttribute(name);
  else root.setAttribute(name, value);
}

export function useDocumentClassroom(presenterView = false): void {
  const theme = useAppStore((s) => s.theme);
  const present = useAppStore((s) => s.present) && !presenterView;
  const blank = useAppStore((s) => s.blank) && present;
  const more = useAppStore((s) => s.moreControls) && present;
  const projected = useAppStore((s) => s.linkedWindows.includes('presenter')) && present;
  const sceneControl = useAppStore((s) => (s.scene === null ? null : (SCENE_NOTES[SCENES[s.scene].id]?.move ?? null)));
  const veiled = useAppStore((s) => s.scene !== null && !s.sceneRevealed);
  const setTheme = useAppStore((s) => s.setTheme);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const moreContrast = useMediaQuery('(prefers-contrast: more)');
  const scheme = theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;

  // Before the first paint, so a stored dark theme never flashes light.
  useLayoutEffect(() => setTheme(readThemePreference(browserStorage())), [setTheme]);
  useLayoutEffect(() => writeThemePreference(browserStorage(), theme), [theme]);

  useLayoutEffect(() => {
    setAttribute('data-scheme', scheme);
    setAttribute('data-present', present ? '' : null);
    setAttribute('data-contrast', present || moreContrast ? 'more' : null);
    setAttribute('data-veiled', veiled ? '' : null);
    setAttribute('data-blank', blank ? '' : null);
    setAttribute('data-more-controls', more ? '' : null);
    setAttribute('data-projected', projected ? '' : null);
    setAttribute('data-scene-control', present ? sceneControl : null);
  }, [scheme, present, moreContrast, veiled, blank, more, projected, sceneControl]);
}
