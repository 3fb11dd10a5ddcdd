// A button that copies a link and says so where it can be seen ("Link copied"), and out loud.
// When the browser refuses, the link is shown selected so that Ctrl+C copies it by hand.

import { useEffect, useId, useRef, useState } from 'react';
import { copyText } from './copyText';
import { LinkIcon } from './LinkIcon';

interface CopyLinkButtonProps {
  /** the text to copy, read at the moment of the click */
  text: () => string;
  /** visible button text */
  label?: string;
  /** the confirmation shown after a copy */
  done?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** How long the confirmation stays. */
const CONFIRM_MS = 2500;

export function CopyLinkButton({ text, label = 'Copy link', done = 'Link copied' }: CopyLinkButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const [manual, setManual] = useState('');
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current !== null) clearTimeout(timer.current);
  }, []);
  useEffect(() => {
    if (state === 'failed') field.current?.select();
  }, [state]);

  const copy = async () => {
    const value = text();
    const ok = await copyText(value);
    setManual(ok ? '' : value);
    setState(ok ? 'copied' : 'failed');
    if (timer.current !== null) clearTimeout(timer.current);
    if (ok) timer.current = setTimeout(() => setState('idle'), CONFIRM_MS);
  };

  return (
    <span className="copy-link">
      <button type="button" className="button copy-link__button" onClick={() => void copy()}>
        <LinkIcon />
        {label}
      </button>
      <span className={`copy-link__status${state === 'copied' ? ' copy-link__status--done' : ''}`} role="status" aria-live="polite">
        {state === 'copied' ? `✓ ${done}` : state === 'failed' ? 'Could not copy: press Ctrl+C' : ''}
      </span>
      {state === 'failed' ? (
        <input
          ref={field}
          id={fieldId}
          className="copy-link__manual"
          readOnly
          value={manual}
          aria-label="Link to copy"
          onBlur={() => setState('idle')}
        />
      ) : null}
    </span>
  );
}
