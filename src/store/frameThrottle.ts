// At most one store commit per animation frame, however many worker replies arrive: the
// first reply of a frame is applied at once (no added latency), later ones wait for the next
// frame and only the newest of them is applied then.

/** Schedules a callback for the next frame (requestAnimationFrame in the page). */
export type FrameScheduler = (callback: () => void) => void;

/** Returns `commit(apply)`: runs `apply` now if nothing was applied this frame, else keeps it as the one to run next frame. */
export function frameThrottle(nextFrame: FrameScheduler): (apply: () => void) => void {
  let inFrame = false;
  let pending: (() => void) | null = null;
  const endFrame = () => {
    inFrame = false;
    const next = pending;
    pending = null;
    if (next) run(next);
  };
  const run = (apply: () => void) => {
    inFrame = true;
    apply();
    nextFrame(endFrame);
  };
  return (apply) => {
    if (inFrame) pending = apply;
    else run(apply);
  };
}
