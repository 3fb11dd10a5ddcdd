// The instructor's box: paste a student's completion code and see, item by item, what it says.
// A malformed code gets one clear sentence; the student's exercises open from their seed.

import { useId, useState } from 'react';
import { decodeCompletion, type CompletionRecord } from '../../store/exercisesCode';
import { ITEM_LABELS, ITEMS } from '../../store/exercisesProgress';
import { Log10Number } from '../Log10Number';
import { GROWTH_TEXT } from './PredictPart';
import { STATUS_TEXT } from './statusText';

function PredictionCell({ p }: { p: CompletionRecord['prediction'] }) {
  if (p === null) return <>not done</>;
  const said = GROWTH_TEXT[p.said].split(' (')[0];
  return (
    <>
      said {said}{p.decade === null ? '' : <> (about <Log10Number log10={p.decade} />)</>}; {p.saw === null ? 'chart not yet revealed' : <>chart showed <Log10Number log10={p.saw.log10} />: {p.saw.growth === p.said ? 'right' : 'not right'}</>}
    </>
  );
}

export function CheckCode() {
  const id = useId();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<ReturnType<typeof decodeCompletion> | null>(null);
  return (
    <div className="ex-check-code">
      <label htmlFor={id} className="ex-code__label">Check a student’s code</label>
      <textarea id={id} className="ex-code__text num" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" className="button button--small" onClick={() => setOutcome(decodeCompletion(text))}>
        Check the code
      </button>
      {outcome === null ? null : 'error' in outcome ? (
        <p role="alert" className="ex-check-code__error">{outcome.error}</p>
      ) : (
        <div role="status">
          <table className="ex-check-code__table" data-checked-seed={outcome.record.seed}>
            <caption>Exercise set {outcome.record.seed}</caption>
            <thead>
              <tr><th scope="col">Part</th><th scope="col">Result</th></tr>
            </thead>
            <tbody>
              {ITEMS.map((item) => (
                <tr key={item} data-item={item}>
                  <th scope="row">{ITEM_LABELS[item].code}. {ITEM_LABELS[item].title}</th>
                  <td>{item === 'predict' ? <PredictionCell p={outcome.record.prediction} /> : STATUS_TEXT[outcome.record.status[item]]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <a href={`#ex=${outcome.record.seed}`}>Open this student’s exercises</a>
        </div>
      )}
    </div>
  );
}
