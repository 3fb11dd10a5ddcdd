// Whether the page is full screen, kept current by the browser's fullscreenchange event.

import { useSyncExternalStore } from 'react';
import { isFullscreen } from './fullscreen';

export function useFullscreenState(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      document.addEventListener('fullscreenchange', onChange);
      return () => document.removeEventListener('fullscreenchange', onChange);
    },
    isFullscreen,
    () => false,
  );
}
