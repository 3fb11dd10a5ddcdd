// "Customise this view": the instructor picks, control by control, what readers may change,
// and takes away the link (or the iframe code) that fixes it. The choices go to the store, so
// this page shows at once what a reader of the link will see.

import { SHARE_CONTROLS } from '../../store/shareSlice';
import { useAppStore } from '../../store/store';
import { AccessRow } from './AccessRow';
import { CopyLinkButton } from './CopyLinkButton';
import { embedLink, iframeSnippet, pageLink } from './shareLinks';

export function CustomisePanel() {
  const link = useAppStore((s) => pageLink(window.location, s));
  const snippet = useAppStore((s) => iframeSnippet(embedLink(window.location, s)));
  const restricted = useAppStore((s) => s.locked.length + s.hidden.length > 0);
  const setAccess = useAppStore((s) => s.setAccess);
  return (
    <div className="customise">
      <p className="share-panel__lead">
        Choose what readers of your link may change. This page follows your choices right away, so you see what they will see.
      </p>
      <div className="customise__rows">
        {SHARE_CONTROLS.map((control) => (
          <AccessRow key={control} control={control} />
        ))}
      </div>
      <button type="button" className="button button--small" disabled={!restricted} onClick={() => setAccess([], [])}>
        Show and unlock every control
      </button>

      <h3 className="share-panel__subtitle">Link to this view</h3>
      <input className="share-field" readOnly value={link} aria-label="Link to this view" onFocus={(e) => e.currentTarget.select()} />
      <CopyLinkButton text={() => link} />

      <h3 className="share-panel__subtitle">Embed in a course page</h3>
      <textarea className="share-field share-field--code" readOnly rows={3} value={snippet} aria-label="Embed code" onFocus={(e) => e.currentTarget.select()} />
      <CopyLinkButton text={() => snippet} label="Copy embed code" done="Embed code copied" />
      <p className="share-panel__note">
        The embedded view shows the main figure and its controls, with a link back to the full page. Links carry the settings,
        the selected layer and these choices; pinned runs stay on this page.
      </p>
    </div>
  );
}
