// A button under a chart that shows or hides its numbers as a table. The table is built only
// while it is shown; the button says what it controls, for a screen reader among several.

import { useId, useState, type ReactNode } from 'react';

interface DataTableToggleProps {
  /** what the chart shows, completing "Show … as a table" */
  subject: string;
  /** the table, rendered while open */
  renderTable: () => ReactNode;
}

export function DataTableToggle({ subject, renderTable }: DataTableToggleProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="data-table-toggle">
      <button type="button" className="button button--small" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'Hide' : 'Show'} the numbers<span className="visually-hidden"> of {subject}</span> as a table
      </button>
      <div id={id}>{open ? renderTable() : null}</div>
    </div>
  );
}
