// Calls `onSeen` once, the first time the element comes near the viewport, so work for a
// section far down the page waits until the reader gets there.

import { useEffect, useRef, type RefObject } from 'react';

export function useSeenOnce<T extends Element>(onSeen: () => void, margin = '200px'): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof IntersectionObserver === 'undefined') {
      onSeen();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        onSeen();
      },
      { rootMargin: margin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [onSeen, margin]);
  return ref;
}
