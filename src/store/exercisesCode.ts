// The completion code a student copies and an instructor pastes back: one readable line with
// the exercise seed and each item's result, e.g.
//   GF-EX1 seed=4711 1=right 2=shown 3=todo 4=tried 5=right 5b=wrong 6=said:vanish@-5,saw:vanish@-4.87
// It is a summary, not a certificate: nothing is signed. Reading it back accepts any text and
// names the first thing wrong with it.

import { ITEM_LABELS, ITEMS, isGrowth, isStatus, type ItemId, type ItemStatus, type Prediction, type Progress } from './exercisesProgress';

export const CODE_PREFIX = 'GF-EX1';
/** Codes longer than this are not ours; the cap keeps reading linear. */
const MAX_CODE_LENGTH = 400;
const MAX_SEED = 0xffffffff;

/** What a completion code holds. */
export interface CompletionRecord {
  seed: number;
  status: Record<Exclude<ItemId, 'predict'>, ItemStatus>;
  /** part 6; the scene is not in the code (the seed fixes it) */
  prediction: Omit<Prediction, 'scene'> | null;
}

const formatLog10 = (v: number) => String(Math.round(v * 100) / 100 || 0);

function formatPrediction(p: Progress['prediction']): string {
  if (p === null) return 'todo';
  const said = `said:${p.said}${p.decade === null ? '' : `@${p.decade}`}`;
  const saw = p.saw === null ? 'saw:pending' : `saw:${p.saw.growth}@${formatLog10(p.saw.log10)}`;
  return `${said},${saw}`;
}

/** The code for `progress` on exercise set `seed`. */
export function encodeCompletion(seed: number, progress: Progress): string {
  const parts = ITEMS.map((item) => {
    const value = item === 'predict' ? formatPrediction(progress.prediction) : (progress.status[item] ?? 'todo');
    return `${ITEM_LABELS[item].code}=${value}`;
  });
  return [CODE_PREFIX, `seed=${seed}`, ...parts].join(' ');
}

const PREDICTION = /^said:(\w+)(?:@(-?\d{1,4}))?,saw:(?:pending|(\w+)@(-?\d{1,4}(?:\.\d{1,4})?))$/;

function parsePrediction(text: string): CompletionRecord['prediction'] | string {
  if (text === 'todo') return null;
  const m = PREDICTION.exec(text);
  if (!m) return 'part 6 should read like said:vanish@-5,saw:vanish@-4.87';
  const [, said, decade, saw, log10] = m;
  if (!isGrowth(said) || (saw !== undefined && !isGrowth(saw))) return 'part 6 names a result other than vanish, keep or explode';
  return {
    said,
    decade: decade === undefined ? null : Number(decade),
    saw: saw === undefined ? null : { growth: saw, log10: Number(log10) },
  };
}

/** The record in a pasted code, or a message saying what is wrong with it. */
export function decodeCompletion(text: string): { record: CompletionRecord } | { error: string } {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed === '') return { error: 'Paste a completion code first.' };
  if (trimmed.length > MAX_CODE_LENGTH) return { error: 'This is longer than any completion code.' };
  const words = trimmed.split(/\s+/);
  if (words[0] !== CODE_PREFIX) return { error: `A completion code starts with ${CODE_PREFIX}.` };
  const seedMatch = /^seed=(\d{1,10})$/.exec(words[1] ?? '');
  if (!seedMatch || Number(seedMatch[1]) > MAX_SEED) return { error: 'The code has no valid seed=… after its first word.' };
  const values = new Map<string, string>();
  for (const word of words.slice(2)) {
    const eq = word.indexOf('=');
    if (eq < 1) return { error: `"${word.slice(0, 24)}" is not of the form part=result.` };
    const key = word.slice(0, eq);
    if (values.has(key)) return { error: `Part ${key.slice(0, 4)} appears twice.` };
    values.set(key, word.slice(eq + 1));
  }
  const status = {} as CompletionRecord['status'];
  let prediction: CompletionRecord['prediction'] = null;
  for (const item of ITEMS) {
    const { code } = ITEM_LABELS[item];
    const value = values.get(code);
    if (value === undefined) return { error: `Part ${code} is missing from the code.` };
    values.delete(code);
    if (item === 'predict') {
      const parsed = parsePrediction(value);
      if (typeof parsed === 'string') return { error: `The code is damaged: ${parsed}.` };
      prediction = parsed;
    } else if (isStatus(value)) status[item] = value;
    else return { error: `Part ${code} has the unknown result "${value.slice(0, 24)}".` };
  }
  const extra = values.keys().next();
  if (!extra.done) return { error: `The code has an unknown part "${extra.value.slice(0, 8)}".` };
  return { record: { seed: Number(seedMatch[1]), status, prediction } };
}
