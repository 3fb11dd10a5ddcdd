// Registers the offline service worker of a built site. It lives next to index.html, so a
// relative URL finds it at any sub-path and its scope is that folder. Development builds have
// none (Vite serves files that change on every edit).

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((error: unknown) => {
      // Offline use is a bonus: the page works without it, so a refusal (private mode, file://) is only logged.
      console.warn('Offline mode is not available:', error instanceof Error ? error.message : String(error));
    });
  };
  // After load, so that caching the build does not compete with the first computation.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
