// The links the share tools hand out: the page link keeps the view but never the customise
// panel, the embed link adds embed=1 and drops panels, and the iframe code escapes the URL.

import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/store';
import { encodeHash } from '../../../src/store/urlCodec';
import { embedLink, iframeSnippet, pageLink } from '../../../src/ui/share/shareLinks';

const at = { origin: 'https://example.edu', pathname: '/course/gradient-flow/' };

function state() {
  const store = createAppStore();
  const s = store.getState();
  s.setParam('depth', 20);
  s.setAccess(['depth'], ['init']);
  s.setSelectedLayer(3);
  return store;
}

describe('share links', () => {
  it('the page link holds parameters, layer, lock and hide, and no embed', () => {
    const store = state();
    store.getState().setEmbed(true);
    const params = store.getState().params;
    expect(pageLink(at, store.getState())).toBe(`https://example.edu/course/gradient-flow/${encodeHash(params)}&layer=3&lock=depth&hide=init`);
  });

  it('keeps the export panel open but not the customise panel it was made from', () => {
    const store = state();
    store.getState().setPanel('customise');
    expect(pageLink(at, store.getState())).not.toContain('panel=');
    store.getState().setPanel('export');
    expect(pageLink(at, store.getState())).toContain('&panel=export&');
  });

  it('the embed link adds embed=1 and opens no panel', () => {
    const store = state();
    store.getState().setPanel('export');
    const link = embedLink(at, store.getState());
    expect(link).toMatch(/&layer=3&lock=depth&hide=init&embed=1$/);
    expect(link).not.toContain('panel=');
  });

  it('the iframe code is one element with the URL escaped for an attribute', () => {
    const snippet = iframeSnippet('https://x.test/#a=1&b="2"');
    expect(snippet).toMatch(/^<iframe src="https:\/\/x\.test\/#a=1&amp;b=&quot;2&quot;" title="[^"]+" width="100%" height="\d+"/);
    expect(snippet.endsWith('></iframe>')).toBe(true);
  });
});
