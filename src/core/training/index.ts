// Public entry of the training lab: train the page's plain or residual network on a small
// 2-D task and watch whether its loss falls and how its layer gradients move.

export { createTrainer, DIVERGENCE_FACTOR, type Evaluation, type StepReport, type Trainer, type TrainerOptions } from './trainer';
export { DEFAULT_SIZES, INPUT_EXTENT, makeTask, TASKS, type Dataset, type Task, type TaskName, type TaskSizes } from './datasets';
export { ADAM_DEFAULTS, DEFAULT_MOMENTUM, clipByGlobalNorm, createOptimizer, type Optimizer, type OptimizerSpec } from './optimizers';
export { createModel, embed, layerGradientNorms, lossAndGradient, type ForwardResult, type Model } from './model';
export { initialParameters, parameterCount, viewParameters, type ParameterShape, type Parameters } from './parameters';
export { TRAINING_PRESETS, type PresetName, type TrainingPreset } from './presets';
