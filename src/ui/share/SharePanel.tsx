// The frame of a share-toolbar panel: a titled region under the toolbar with a close button;
// Escape closes it too, and focus goes back to the button that opened it.

import { useId, type KeyboardEvent, type ReactNode } from 'react';

interface SharePanelProps {
  /** element id, referenced by the toggle's aria-controls */
  id: string;
  title: string;
  /** closes the panel and returns focus to its toggle */
  onClose: () => void;
  children: ReactNode;
}

export function SharePanel({ id, title, onClose, children }: SharePanelProps) {
  const titleId = useId();
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onClose();
  };
  return (
    <section id={id} className="share-panel" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <div className="share-panel__head">
        <h2 id={titleId} className="share-panel__title">
          {title}
        </h2>
        <button type="button" className="share-panel__close" aria-label={`Close ${title.toLowerCase()}`} onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </section>
  );
}
