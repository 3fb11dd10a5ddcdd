// The Fullscreen API, wrapped so that a browser without it (or one that refuses, e.g. inside
// an iframe without permission) yields a clear answer instead of an exception.

/** The page can ask for full screen here. */
export function fullscreenAvailable(): boolean {
  return typeof document !== 'undefined' && document.fullscreenEnabled === true;
}

/** Whether the page is full screen now. */
export function isFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenElement !== null && document.fullscreenElement !== undefined;
}

/** Asks for full screen; resolves to an error message when the browser refuses. */
export async function enterFullscreen(): Promise<string | null> {
  if (!fullscreenAvailable()) return 'Full screen is not available in this browser or frame.';
  try {
    await document.documentElement.requestFullscreen();
    return null;
  } catch {
    return 'The browser refused full screen; press F11 instead.';
  }
}

/** Leaves full screen if the page is in it. */
export function leaveFullscreen(): void {
  if (isFullscreen()) void document.exitFullscreen().catch(() => undefined);
}
