// A button that copies a link and says so out loud ("Link copied") and in its own place: for a
// moment the button reads "✓ Copied", so the confirmation covers no other control. Both texts share
// one grid cell, so the button is as wide as the longer and nothing beside it moves. When the
// browser refuses, the link is shown selected so that Ctrl+C copies it by hand.

import { useEffect, useId, useRef, useState } from 'react';
import { copyText } from './copyText';
import { LinkIcon } from './LinkIcon';

interface CopyLinkButtonProps {
  /** the text to copy, read at the moment of the click */
  text: () => string;
  /** visible button text */
  label?: string;
  /** the confirmation announced after a copy (the button itself reads "✓ Copied") */
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

  const copied = state === 'copied';
  return (
    <span className="copy-link">
      <button type="button" className={`button copy-link__button${copied ? ' copy-link__button--done' : ''}`} onClick={() => void copy()}>
        <span className="copy-link__label">
          <LinkIcon />
          {label}
        </span>
        <span className="copy-link__done" aria-hidden="true">
          ✓ Copied
        </span>
      </button>
      <span className={`copy-link__status${copied ? ' visually-hidden' : ''}`} role="status" aria-live="polite">
        {copied ? done : state === 'failed' ? 'Could not copy: press Ctrl+C' : ''}
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
