// "Export": each chart as SVG (standalone, for editing) or PNG at twice its size (for slides),
// with title, legend and caption in the image; and the numbers as CSV or JSON in the command
// line's format. Everything is made in the page: nothing is uploaded.

import { useState } from 'react';
import type { AppState } from '../../store/store';
import { useAppStore } from '../../store/store';
import { paramsKey } from '../../store/urlCodec';
import { downloadBlob } from './download';
import { resultCsv, resultJson } from './exportData';
import { EXPORTABLE_CHARTS, type ExportableChart } from './exportableCharts';
import { figureFromPage } from './figureFromPage';
import { exportFileName } from './fileName';
import { svgToPng } from './rasterize';
import './export.css';

type ChartFormat = 'svg' | 'png';

/** The result on screen is the final one for the current settings. */
function ready(s: AppState): boolean {
  return s.result !== null && s.resultFinal && !s.computing && s.resultParamsKey === paramsKey(s.params);
}

export function ExportPanel() {
  const isReady = useAppStore(ready);
  const [message, setMessage] = useState('');

  const run = async (task: () => Promise<string>) => {
    try {
      setMessage(`Saved ${await task()}`);
    } catch (error) {
      setMessage(`Could not export: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const exportChart = (chart: ExportableChart, format: ChartFormat) =>
    run(async () => {
      const state = useAppStore.getState();
      const figure = figureFromPage(chart, state);
      if (!figure) throw new Error(`the ${chart.name.toLowerCase()} is not on the page`);
      const name = exportFileName(state.params, chart.id, format);
      const blob =
        format === 'svg' ? new Blob([figure.svg], { type: 'image/svg+xml' }) : await svgToPng(figure.svg, figure.width, figure.height, 2);
      downloadBlob(blob, name);
      return name;
    });

  const exportData = (format: 'csv' | 'json') =>
    run(async () => {
      const state = useAppStore.getState();
      if (!state.result) throw new Error('there is no result yet');
      const text = format === 'csv' ? resultCsv(state.result, state.params) : resultJson(state.result, state.params);
      const name = exportFileName(state.params, 'data', format);
      downloadBlob(new Blob([text], { type: format === 'csv' ? 'text/csv' : 'application/json' }), name);
      return name;
    });

  return (
    <div className="export">
      <p className="share-panel__lead">
        Figures come with their title, legend and caption. PNG is drawn at twice the size on screen, sharp on a projector.
      </p>
      <ul className="export__list">
        {EXPORTABLE_CHARTS.map((chart) => (
          <li key={chart.id} className="export__row">
            <span className="export__name">{chart.name}</span>
            <span className="export__buttons">
              <button type="button" className="button button--small" disabled={!isReady} aria-label={`${chart.name} as SVG`} onClick={() => void exportChart(chart, 'svg')}>
                SVG
              </button>
              <button type="button" className="button button--small" disabled={!isReady} aria-label={`${chart.name} as PNG`} onClick={() => void exportChart(chart, 'png')}>
                PNG 2×
              </button>
            </span>
          </li>
        ))}
        <li className="export__row">
          <span className="export__name">
            Data per layer <span className="muted">(as npm run gradients writes it)</span>
          </span>
          <span className="export__buttons">
            <button type="button" className="button button--small" disabled={!isReady} aria-label="Data as CSV" onClick={() => void exportData('csv')}>
              CSV
            </button>
            <button type="button" className="button button--small" disabled={!isReady} aria-label="Data as JSON" onClick={() => void exportData('json')}>
              JSON
            </button>
          </span>
        </li>
      </ul>
      <p className="export__status" role="status" aria-live="polite">
        {!isReady ? 'Waiting for the result of the current settings…' : message}
      </p>
    </div>
  );
}
