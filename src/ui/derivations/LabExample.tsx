// The live example of the Jacobian lab: g(x) = Aσ(Bx + b) with n = 3, seeded and re-rollable,
// σ the page's activation. The reader moves x and watches z, D and both Jacobians follow.

import { useSectionStore } from '../layout/DeferredSection';
import { Log10Number } from '../Log10Number';
import { KinkNotice } from './KinkNotice';
import { LabPointInput } from './LabPointInput';
import { MathTex } from './MathTex';
import { MatrixView } from './MatrixView';
import { subscript } from './numbers';
import { useControlOpen } from './useControlOpen';
import { useLab } from './useLab';
import './lab.css';

export function LabExample() {
  const view = useLab();
  const seed = useSectionStore((s) => s.labSeed);
  const rerollLab = useSectionStore((s) => s.rerollLab);
  const resetLabX = useSectionStore((s) => s.resetLabX);
  const moveLabToKink = useSectionStore((s) => s.moveLabToKink);
  const setParam = useSectionStore((s) => s.setParam);
  const activationOpen = useControlOpen('activation');
  const { example, x, lab, act, kink, reachableKinks } = view;
  const n = x.length;
  const atKink = lab.kinkUnits.length > 0;

  return (
    <div className="lab" role="group" aria-labelledby="lab-heading">
      <h4 id="lab-heading" className="derivations__h4">
        Try it: g(x) = Aσ(Bx + b) with n = {n}
      </h4>
      <div className="lab__bar">
        <p className="lab__meta">
          σ = <strong>{act.label}</strong>, the page’s activation · example {seed}
        </p>
        <button type="button" className="button button--small" onClick={rerollLab}>
          New example
        </button>
        <button type="button" className="button button--small button--quiet" onClick={resetLabX}>
          Reset x
        </button>
      </div>
      <fieldset className="lab__point">
        <legend>Move the point x</legend>
        {Array.from({ length: n }, (_, j) => (
          <LabPointInput key={j} j={j} />
        ))}
      </fieldset>
      <div className="lab__matrices">
        <MatrixView name="A" label="lab.A" caption="A" rows={n} cols={n} data={example.A.data} decimals={1} />
        <MatrixView name="B" label="lab.B" caption="B" rows={n} cols={n} data={example.B.data} decimals={1} />
        <MatrixView name="b" label="lab.b" caption="b" rows={n} cols={1} data={example.b} decimals={1} />
        <MatrixView name="x" label="lab.x" caption="x" rows={n} cols={1} data={x} decimals={3} />
        <span className="lab__arrow" aria-hidden="true">→</span>
        <MatrixView name="z" label="lab.z" caption="z = Bx + b" rows={n} cols={1} data={lab.z} decimals={3} markedRows={lab.kinkUnits} />
        <MatrixView name="D" label="lab.D" caption="D = diag σ′(z), diagonal entries" rows={n} cols={n} data={lab.D} decimals={3} diagonal markedRows={lab.kinkUnits} />
      </div>
      <div className="lab__compare">
        <MatrixView name="ADB" label="lab.ADB" caption="the analytic Jacobian A D B" rows={n} cols={n} data={lab.analytic.data} decimals={4} />
        <span className="lab__vs" aria-hidden="true">
          vs
        </span>
        <MatrixView name="numeric" label="lab.numeric" caption="the central-difference Jacobian, h = 10⁻⁶" rows={n} cols={n} data={lab.numeric.data} decimals={4} />
        <div className={`lab__verdict${atKink ? ' lab__verdict--kink' : ''}`}>
          <MathTex id="lab.diff" decorative />
          <p className="lab__diff num" data-lab-diff={lab.maxAbsDiff}>
            <span className="visually-hidden">largest absolute difference </span>= <Log10Number log10={Math.log10(lab.maxAbsDiff)} />
          </p>
          <p className="lab__verdict-text">
            {atKink ? (
              'They disagree: a unit sits on the kink.'
            ) : (
              <>
                <span className="lab__verdict-mark" aria-hidden="true">
                  ✓
                </span>{' '}
                They agree to well within 10⁻⁶ (h = 10⁻⁶).
              </>
            )}
          </p>
        </div>
      </div>
      <KinkNotice view={view} />
      {kink ? (
        <p className="lab__kinks">
          Put a unit on the kink:{' '}
          {reachableKinks.map((r) => (
            <button key={r} type="button" className="button button--small" onClick={() => moveLabToKink(r)}>
              z{subscript(r + 1)} = 0
            </button>
          ))}
        </p>
      ) : (
        <p className="lab__kinks muted">
          {act.label} is smooth, so the two Jacobians agree at every x.
          {activationOpen ? (
            <>
              {' '}
              <button type="button" className="button button--small button--quiet" onClick={() => setParam('activation', 'relu')}>
                Switch the page to ReLU
              </button>{' '}
              to see a kink.
            </>
          ) : null}
        </p>
      )}
    </div>
  );
}
