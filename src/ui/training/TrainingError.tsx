// Why training stopped when a worker failed. (A network too large to train is explained by
// the headline itself.)

import { useAppStore } from '../../store/store';

export function TrainingError() {
  const error = useAppStore((s) => s.trainingError);
  if (!error) return null;
  return (
    <div className="error-banner training-error" role="alert">
      <strong>Training stopped.</strong> {error}
    </div>
  );
}
