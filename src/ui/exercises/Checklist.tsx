// The student's progress on the current set, one line per item, in words (and a symbol).

import { ITEM_LABELS, ITEMS, predictionStatus } from '../../store/exercisesProgress';
import { useAppStore } from '../../store/store';
import { STATUS_SYMBOL, STATUS_TEXT } from './statusText';

const PREDICTION_TEXT = { todo: 'not done', predicted: 'predicted, chart not yet revealed', done: 'predicted and revealed' } as const;

export function Checklist() {
  const progress = useAppStore((s) => s.exProgress);
  const openExercise = useAppStore((s) => s.openExercise);
  return (
    <ul className="ex-checklist" aria-label="Your progress">
      {ITEMS.map((item) => {
        const { code, title } = ITEM_LABELS[item];
        const part = Number.parseInt(code, 10);
        const text = item === 'predict' ? PREDICTION_TEXT[predictionStatus(progress.prediction)] : STATUS_TEXT[progress.status[item] ?? 'todo'];
        const symbol = item === 'predict' ? (progress.prediction?.saw ? '✓' : '○') : STATUS_SYMBOL[progress.status[item] ?? 'todo'];
        return (
          <li key={item} className="ex-checklist__item" data-item={item}>
            <span aria-hidden="true" className="ex-checklist__symbol">{symbol}</span>
            <button type="button" className="ex-checklist__jump" onClick={() => openExercise(part)}>
              {code}. {title}
            </button>
            <span className="ex-checklist__status">{text}</span>
          </li>
        );
      })}
    </ul>
  );
}
