// A thumbnail of a scene's figure before it is computed: for each architecture the scene
// checks, the gradient norm relative to the top layer drawn as a straight line on the log axis,
// from 10⁰ at layer L to the middle of the range the scene's checks hold the core to at
// layer 0 (tests/store/classroomScenes.test.ts). A sketch of where the curve ends, no more.

import { scaleLinear } from 'd3-scale';
import type { Scene } from '../../store/classroomScenes';
import { sceneParams } from '../../store/classroomScenes';

interface SceneThumbnailProps {
  scene: Scene;
  index: number;
  width?: number;
  height?: number;
}

/** log10 at layer 0 the sketch ends at, per architecture: the middle of its first check's range. */
export function thumbnailEnds(scene: Scene): { arch: 'plain' | 'residual'; log10: number }[] {
  const ends = new Map<'plain' | 'residual', number>();
  for (const check of scene.checks) {
    if (check.with === undefined && !ends.has(check.arch)) ends.set(check.arch, (check.log10[0] + check.log10[1]) / 2);
  }
  return [...ends].map(([arch, log10]) => ({ arch, log10 }));
}

export function SceneThumbnail({ scene, index, width = 240, height = 120 }: SceneThumbnailProps) {
  const ends = thumbnailEnds(scene);
  const depth = sceneParams(index).depth;
  const lows = ends.map((e) => e.log10);
  const lo = Math.floor(Math.min(-1, ...lows));
  const hi = Math.ceil(Math.max(1, ...lows));
  const x = scaleLinear().domain([0, depth]).range([8, width - 8]);
  const y = scaleLinear().domain([lo, hi]).range([height - 8, 8]);
  const label = ends.map((e) => `${e.arch} ends near 10^${Math.round(e.log10)} at layer 0`).join('; ');
  return (
    <svg className="scene-thumbnail" width={width} height={height} role="img" aria-label={`Sketch of the next figure: ${label}`}>
      <rect className="scene-thumbnail__frame" x={0.5} y={0.5} width={width - 1} height={height - 1} />
      <line className="reference-line" x1={x(0)} x2={x(depth)} y1={y(0)} y2={y(0)} />
      {ends.map((e) => (
        <line key={e.arch} className={`series-line series--${e.arch}`} x1={x(0)} y1={y(e.log10)} x2={x(depth)} y2={y(0)} />
      ))}
    </svg>
  );
}
