// A scene's text as the reader sees it: subscripts as <sub>, live numbers from the result on
// screen with a real superscript exponent (see sceneText.ts for the marks).

import type { ReactNode } from 'react';
import type { Arch } from '../../core/config';
import { useAppStore } from '../../store/store';
import { paramsKey } from '../../store/urlCodec';
import { describeRatio } from '../chart/describe';
import { Log10Number } from '../Log10Number';
import { liveValue, liveVerdict, PENDING, type LiveValue } from './liveRatio';
import { parseSceneText, type SceneToken } from './sceneText';

interface SceneTextProps {
  /** text with the scene marks */
  text: string;
}

function LiveNumber({ value }: { value: LiveValue }) {
  if (value.kind === 'pending') return <>{PENDING}</>;
  const r = value.ratio;
  if (r.kind === 'value') return <Log10Number log10={r.log10} />;
  return <>{describeRatio(r)}</>;
}

function render(tokens: readonly SceneToken[], live: (arch: Arch) => LiveValue): ReactNode[] {
  return tokens.map((t, i) => {
    if (t.kind === 'text') return t.text;
    if (t.kind === 'sub') return <sub key={i}>{render(t.children, live)}</sub>;
    const value = live(t.arch);
    return (
      <strong key={i} className={`scene-live num arch-name--${t.arch}`}>
        {t.what === 'verdict' ? liveVerdict(value) : <LiveNumber value={value} />}
      </strong>
    );
  });
}

export function SceneText({ text }: SceneTextProps) {
  const result = useAppStore((s) => s.result);
  const current = useAppStore((s) => s.resultParamsKey === paramsKey(s.params));
  return <>{render(parseSceneText(text), (arch) => liveValue(result, current, arch))}</>;
}
