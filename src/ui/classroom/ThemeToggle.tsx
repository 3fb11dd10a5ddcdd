// Light, dark or the system's choice, as a segmented radio group. The choice is the reader's
// own: it is kept in this browser, not in shared links.

import { useId } from 'react';
import { THEMES, type ThemeChoice } from '../../store/classroomSlice';
import { useAppStore } from '../../store/store';

const LABELS: Record<ThemeChoice, string> = { system: 'Auto', light: 'Light', dark: 'Dark' };

export function ThemeToggle() {
  const name = useId();
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <fieldset className="theme-toggle">
      <legend className="theme-toggle__legend">Theme</legend>
      {THEMES.map((t) => (
        <label key={t} className="theme-toggle__option" title={t === 'system' ? 'Follow the system setting' : undefined}>
          <input type="radio" name={name} value={t} checked={theme === t} onChange={() => setTheme(t)} />
          <span>{LABELS[t]}</span>
        </label>
      ))}
    </fieldset>
  );
}
