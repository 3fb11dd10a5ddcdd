// Dismissible notices from the store (e.g. a link parameter that was clamped), announced
// politely to screen readers. The live region stays mounted so additions are announced.

import { useAppStore } from '../../store/store';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((text, i) => (
        <div key={`${i}:${text}`} className="notice">
          <span className="notice__text">{text}</span>
          <button type="button" className="notice__dismiss" aria-label={`Dismiss notice: ${text}`} onClick={() => dismissNotice(i)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
