// The completion code of the current set: a readable line to copy and hand in.

import { useId, useState } from 'react';
import { encodeCompletion } from '../../store/exercisesCode';
import { exerciseSeedOf } from '../../store/exercisesSlice';
import { useAppStore } from '../../store/store';
import { copyText } from '../share/copyText';

export function CompletionCode() {
  const id = useId();
  const code = useAppStore((s) => encodeCompletion(exerciseSeedOf(s), s.exProgress));
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => setCopied((await copyText(code)) ? 'copied' : 'failed');
  return (
    <div className="ex-code">
      <label htmlFor={id} className="ex-code__label">Your completion code</label>
      <textarea id={id} className="ex-code__text num" readOnly rows={3} value={code} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className="button button--small" onClick={() => void copy()}>
        Copy the code
      </button>
      <span role="status" className="ex-code__copied">
        {copied === 'copied' ? 'Code copied.' : copied === 'failed' ? 'Copying was refused: select the code and press Ctrl+C.' : ''}
      </span>
    </div>
  );
}
