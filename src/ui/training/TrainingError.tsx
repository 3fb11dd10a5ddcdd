// Why training stopped when a worker failed or the network cannot be trained here.

import { useAppStore } from '../../store/store';

export function TrainingError() {
  const error = useAppStore((s) => s.trainingError);
  const blocked = useAppStore((s) => s.trainingRun.blocked);
  if (!error && !blocked) return null;
  return (
    <div className="error-banner training-error" role="alert">
      <strong>{blocked ? 'Not trained.' : 'Training stopped.'}</strong> {blocked ?? error}
    </div>
  );
}
