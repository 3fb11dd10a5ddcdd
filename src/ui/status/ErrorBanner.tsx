// Shows the last computation error; the charts keep showing the last good result meanwhile.

import { useAppStore } from '../../store/store';

export function ErrorBanner() {
  const error = useAppStore((s) => s.error);
  const hasResult = useAppStore((s) => s.result !== null);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <strong>Could not compute this configuration.</strong> {error}
      {hasResult ? ' The charts show the last result that worked.' : ''}
    </div>
  );
}
