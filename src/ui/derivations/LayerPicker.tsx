// Which layer k fills the equations: the layer selected on the chart (click, or Enter on the
// focused chart), or one picked here. Both write the store's selectedLayer.

import { useId, useState } from 'react';
import { useSectionStore } from '../layout/DeferredSection';
import { useDerivationLayer } from './useLayerNumbers';

export function LayerPicker() {
  const id = useId();
  const k = useDerivationLayer();
  const depth = useSectionStore((s) => s.params.depth);
  const picked = useSectionStore((s) => s.selectedLayer !== null && s.selectedLayer >= 1);
  const setSelectedLayer = useSectionStore((s) => s.setSelectedLayer);
  const [draft, setDraft] = useState<string | null>(null);
  const typed = draft === null ? k : Number(draft.trim());
  const valid = draft === null || (draft.trim() !== '' && Number.isInteger(typed) && typed >= 1 && typed <= depth);

  const choose = (layer: number) => {
    setDraft(null);
    setSelectedLayer(Math.min(depth, Math.max(1, layer)));
  };
  const type = (text: string) => {
    setDraft(text);
    const v = Number(text.trim());
    if (text.trim() !== '' && Number.isInteger(v) && v >= 1 && v <= depth) setSelectedLayer(v);
  };

  return (
    <div className="layer-picker" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} className="layer-picker__label" htmlFor={id}>
        Numbers at layer k =
      </label>
      <button type="button" className="button button--small" aria-label="Previous layer" onClick={() => choose(k - 1)}>
        −
      </button>
      <input
        id={id}
        className="layer-picker__input num"
        type="text"
        inputMode="numeric"
        value={draft ?? String(k)}
        aria-invalid={!valid}
        aria-describedby={`${id}-hint`}
        onChange={(e) => type(e.currentTarget.value)}
        onBlur={() => setDraft(null)}
      />
      <button type="button" className="button button--small" aria-label="Next layer" onClick={() => choose(k + 1)}>
        +
      </button>
      <span className="layer-picker__of">of {depth}</span>
      <span id={`${id}-hint`} className={valid ? 'layer-picker__hint' : 'layer-picker__hint layer-picker__hint--bad'} role={valid ? undefined : 'alert'}>
        {valid
          ? picked
            ? 'Pick another on the chart above, or here.'
            : 'Click a layer on the chart above (or type one) to fill the equations with its numbers.'
          : `The layer must be a whole number from 1 to ${depth}; showing layer ${k}.`}
      </span>
    </div>
  );
}
