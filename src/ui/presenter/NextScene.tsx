// What comes next in the tour: the next scene's title and a sketch of its figure, or the end.

import { SCENES } from '../../store/classroomScenes';
import { useAppStore } from '../../store/store';
import { SceneThumbnail } from './SceneThumbnail';

export function NextScene() {
  const scene = useAppStore((s) => s.scene);
  const next = scene === null ? 0 : scene + 1;
  return (
    <section className="presenter-next" aria-labelledby="presenter-next-title">
      <h2 id="presenter-next-title" className="presenter-next__label">
        Next
      </h2>
      {next < SCENES.length ? (
        <>
          <p className="presenter-next__title">
            Scene <span className="num">{next + 1}</span>: {SCENES[next].title}
          </p>
          <SceneThumbnail scene={SCENES[next]} index={next} />
        </>
      ) : (
        <p className="presenter-next__title">End of the tour.</p>
      )}
    </section>
  );
}
