// Whether an element is on screen (within `margin` of the viewport), kept current by an
// IntersectionObserver. Sections far down the page use it to follow the results only while
// the reader can see them. Without IntersectionObserver everything counts as on screen.

import { useEffect, useRef, useState, type RefObject } from 'react';

export function useOnScreen<T extends Element>(margin = '200px'): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [onScreen, setOnScreen] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setOnScreen(entries[entries.length - 1].isIntersecting), { rootMargin: margin });
    observer.observe(el);
    return () => observer.disconnect();
  }, [margin]);
  return [ref, onScreen];
}
