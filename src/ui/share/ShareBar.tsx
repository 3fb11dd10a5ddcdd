// The share toolbar in the page header: copy this view's link, and open one of two panels,
// customise (lock or hide controls for an exercise) or export (figures and data). Which panel
// is open lives in the store, so it is part of the URL like everything else on screen.

import { useRef } from 'react';
import type { PanelName } from '../../store/shareSlice';
import { useAppStore } from '../../store/store';
import { ExportPanel } from '../export/ExportPanel';
import { CopyLinkButton } from './CopyLinkButton';
import { CustomisePanel } from './CustomisePanel';
import { SharePanel } from './SharePanel';
import { pageLink } from './shareLinks';
import './share.css';

const PANEL_TITLES: Record<PanelName, string> = { customise: 'Customise this view', export: 'Export' };

/** The toggle's text: the words after the first are dropped visually (not from the name) on narrower screens. */
function ToggleText({ title }: { title: string }) {
  const [first, ...rest] = title.split(' ');
  return (
    <>
      {first}
      {rest.length > 0 ? <span className="app-header__wide-text"> {rest.join(' ')}</span> : null}
    </>
  );
}

export function ShareBar() {
  const panel = useAppStore((s) => s.panel);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const setPanel = useAppStore((s) => s.setPanel);
  const toggles = useRef<Partial<Record<PanelName, HTMLButtonElement | null>>>({});

  const close = (name: PanelName) => {
    setPanel(null);
    toggles.current[name]?.focus();
  };
  const toggle = (name: PanelName) => (
    <button
      ref={(el) => {
        toggles.current[name] = el;
      }}
      type="button"
      className="button share-bar__toggle"
      aria-expanded={panel === name}
      aria-controls={panel === name ? `${name}-panel` : undefined}
      onClick={() => togglePanel(name)}
    >
      <ToggleText title={PANEL_TITLES[name]} />
      <span className="share-bar__caret" aria-hidden="true">
        ▾
      </span>
    </button>
  );

  return (
    <div className="share-bar">
      <div className="share-bar__buttons">
        <CopyLinkButton text={() => pageLink(window.location, useAppStore.getState())} />
        {toggle('customise')}
        {toggle('export')}
      </div>
      {panel !== null ? (
        <SharePanel id={`${panel}-panel`} title={PANEL_TITLES[panel]} onClose={() => close(panel)}>
          {panel === 'customise' ? <CustomisePanel /> : <ExportPanel />}
        </SharePanel>
      ) : null}
    </div>
  );
}
