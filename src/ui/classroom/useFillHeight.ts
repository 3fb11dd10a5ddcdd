// The height an element is given by its layout, while `active`: in presentation mode the
// stylesheet stretches the chart's host over what is left of the screen, and the chart is
// drawn at that height. 0 while inactive or not yet measured.

import { useLayoutEffect, useState, type RefObject } from 'react';

export function useFillHeight(ref: RefObject<HTMLElement | null>, active: boolean): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!active || !el) return;
    const observer = new ResizeObserver((entries) => setHeight(Math.floor(entries[0].contentRect.height)));
    observer.observe(el);
    return () => {
      observer.disconnect();
      setHeight(0);
    };
  }, [ref, active]);
  return active ? height : 0;
}
