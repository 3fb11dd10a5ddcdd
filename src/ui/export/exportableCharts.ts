// The charts the export panel offers: where each one is on the page, the plain-text title it
// gets in the file (KaTeX does not travel into a standalone SVG) and the note under it.

export interface ExportableChart {
  /** part of the file name */
  id: string;
  /** what the export panel calls it */
  name: string;
  /** the title written above the exported chart */
  title: string;
  /** finds the chart's <svg> on the page */
  selector: string;
  /** the note after the chart's own sentence; `samples` is the number of inputs */
  note: (samples: number) => string;
}

const BANDS = (samples: number) => `Lines: median over ${samples} inputs; bands: 10th to 90th percentile.`;

export const EXPORTABLE_CHARTS: readonly ExportableChart[] = [
  {
    id: 'gradient',
    name: 'Main chart: gradient norm per layer',
    title: 'Gradient norm ‖∂L/∂Fₖ‖ at each layer k, relative to the top layer L',
    selector: '.main-figure svg.chart-svg[role="img"]',
    note: (samples) => `${BANDS(samples)} Each curve is divided by its median at the top layer L, so 10⁰ means the gradient kept its size.`,
  },
  {
    id: 'signal',
    name: 'Forward signal',
    title: 'Forward signal: activation norm ‖Fₖ‖ at each layer k',
    selector: '.mini-chart svg[aria-label^="Activation norms"]',
    note: BANDS,
  },
  {
    id: 'weight-gradient',
    name: 'Weight gradient',
    title: 'Weight gradient ‖∂L/∂Wₖ‖ (Frobenius norm) at each layer k',
    selector: '.mini-chart svg[aria-label^="Weight-gradient norms"]',
    note: () => 'Gradient of the loss averaged over the batch: what one training step would change at each layer.',
  },
  {
    id: 'slope',
    name: 'Mean activation slope',
    title: 'Mean activation slope, the mean of Dₖ = diag σ′(zₖ), at each layer k',
    selector: '.mini-chart svg[aria-label^="Mean slope"]',
    note: () => 'Averaged over units and inputs; 0 means dead or saturated units.',
  },
];
