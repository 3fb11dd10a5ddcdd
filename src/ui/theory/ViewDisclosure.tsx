// A heading whose button opens or closes one of the deeper views; its content (and its worker
// job) exists only while open.

import { useId, type ReactNode } from 'react';

interface ViewDisclosureProps {
  title: string;
  /** one line saying what the view shows, visible while closed */
  summary: ReactNode;
  open: boolean;
  onToggle(open: boolean): void;
  children: ReactNode;
}

export function ViewDisclosure({ title, summary, open, onToggle, children }: ViewDisclosureProps) {
  const contentId = useId();
  return (
    <section className="view-disclosure">
      <h3 className="view-disclosure__heading">
        <button type="button" className="view-disclosure__button" aria-expanded={open} aria-controls={contentId} onClick={() => onToggle(!open)}>
          <span className="view-disclosure__chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {title}
        </button>
      </h3>
      <p className="view-disclosure__summary">{summary}</p>
      <div id={contentId} hidden={!open}>
        {open ? children : null}
      </div>
    </section>
  );
}
