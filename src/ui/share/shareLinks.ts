// The links the share tools hand out, built from the store rather than read from the address
// bar (which is written a moment after each change): the page's own link, the link for an
// iframe, and from inside an iframe the link back to the full page.

import type { AppState } from '../../store/store';
import { urlViewOf } from '../../store/sync';
import { encodeHash, type UrlView } from '../../store/urlCodec';

/** Where the page lives: origin and path, without query or hash. */
export interface PageLocation {
  origin: string;
  pathname: string;
}

/** The view a shared link carries: the current one, without the panel that builds links. */
function sharedView(state: AppState): UrlView {
  const view = urlViewOf(state);
  return view.panel === 'customise' ? { ...view, panel: null } : view;
}

/** This view as a link to the full page. */
export function pageLink(at: PageLocation, state: AppState): string {
  return `${at.origin}${at.pathname}${encodeHash(state.params, { ...sharedView(state), embed: false })}`;
}

/** This view as a link for an iframe: figure and controls only. */
export function embedLink(at: PageLocation, state: AppState): string {
  return `${at.origin}${at.pathname}${encodeHash(state.params, { ...sharedView(state), panel: null, embed: true })}`;
}

/** HTML that embeds `src` in a course page, sized for the figure and its controls. */
export function iframeSnippet(src: string): string {
  const attr = src.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return `<iframe src="${attr}" title="Gradient Flow: vanishing and exploding gradients" width="100%" height="720" style="border:0;max-width:1100px" loading="lazy"></iframe>`;
}
