// The one-sentence takeaway above the chart, with the live numbers: how big the gradient at
// layer 0 is compared with the top, per architecture, and what that means.

import type { ArchResult } from '../../core/result';
import { Log10Number } from '../Log10Number';
import { bottomToTopRatio, verdict } from './describe';

interface TakeawayProps {
  /** drawn architecture results */
  archs: readonly ArchResult[];
}

function ArchSentence({ arch, first }: { arch: ArchResult; first: boolean }) {
  const r = bottomToTopRatio(arch);
  const name = <span className={`arch-name arch-name--${arch.arch}`}>{arch.arch}</span>;
  switch (r.kind) {
    case 'value':
      return first ? (
        <>
          In the {name} network the gradient at layer 0 is <strong className="num"><Log10Number log10={r.log10} /></strong>
          {r.log10 < 0 ? ' of' : ' times'} its size at the top: it <em>{verdict(r.log10)}</em>.{' '}
        </>
      ) : (
        <>
          In the {name} network that ratio is <strong className="num"><Log10Number log10={r.log10} /></strong>: it{' '}
          <em>{verdict(r.log10)}</em>.{' '}
        </>
      );
    case 'zero':
      return <>In the {name} network the gradient at layer 0 is <strong>exactly zero</strong>: no path of active units reaches it. </>;
    case 'overflow':
      return <>In the {name} network the forward pass <strong>overflowed at layer {r.layer}</strong>, so there is no gradient to show. </>;
    case 'missing':
      return null;
  }
}

export function Takeaway({ archs }: TakeawayProps) {
  return (
    <p className="takeaway">
      {archs.length === 0 ? 'Waiting for the first result…' : archs.map((a, i) => <ArchSentence key={a.arch} arch={a} first={i === 0} />)}
    </p>
  );
}
