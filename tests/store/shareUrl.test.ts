// The view fields of the URL (panel, layer, lock, hide, embed): written only when set, read
// back exactly, and any bad value turned into a sane view with a short notice.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../src/store/params';
import { PANELS, SHARE_CONTROLS } from '../../src/store/shareSlice';
import { decodeHash, DEFAULT_VIEW, encodeHash, queryView, type UrlView } from '../../src/store/urlCodec';

const validView: fc.Arbitrary<UrlView> = fc.record({
  panel: fc.constantFrom(null, ...PANELS),
  layer: fc.option(fc.integer({ min: 0, max: DEFAULT_PARAMS.depth }), { nil: null }),
  lock: fc.subarray([...SHARE_CONTROLS]),
  hide: fc.subarray([...SHARE_CONTROLS]),
  embed: fc.boolean(),
});

describe('encodeHash with a view', () => {
  it('adds nothing for the default view, so existing links keep their form', () => {
    expect(encodeHash(DEFAULT_PARAMS, DEFAULT_VIEW)).toBe(encodeHash(DEFAULT_PARAMS));
    expect(encodeHash(DEFAULT_PARAMS)).not.toMatch(/panel|layer|lock|hide|embed/);
  });

  it('writes set fields after the parameters, controls by their URL keys', () => {
    const hash = encodeHash(DEFAULT_PARAMS, { panel: 'export', layer: 7, lock: ['depth', 'activation'], hide: ['init'], embed: true });
    expect(hash).toBe(`${encodeHash(DEFAULT_PARAMS)}&panel=export&layer=7&lock=depth%2Cact&hide=init&embed=1`);
  });

  it('any valid view round-trips exactly, without notices', () => {
    fc.assert(
      fc.property(validView, (view) => {
        const decoded = decodeHash(encodeHash(DEFAULT_PARAMS, view));
        expect(decoded.view).toEqual(view);
        expect(decoded.params).toEqual(DEFAULT_PARAMS);
        expect(decoded.notices).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeHash view fields', () => {
  const cases: [string, Partial<UrlView>, string[]][] = [
    ['#lock=depth,act&hide=init', { lock: ['depth', 'activation'], hide: ['init'] }, []],
    ['#lock=act+DEPTH,sigmaW,act', { lock: ['depth', 'sigmaW', 'activation'] }, []],
    ['#lock=', {}, []],
    ['#lock=depth,foo,bar', { lock: ['depth'] }, ['lock=depth,foo,bar names no control "foo" and 1 more (controls: depth, sw, act, arch, alpha, norm, tied, width, sb, init, seed); using depth']],
    ['#hide=<b>', {}, ['hide=<b> names no control "<b>" (controls: depth, sw, act, arch, alpha, norm, tied, width, sb, init, seed); using none']],
    ['#hide=loss', {}, ['hide=loss names no control "loss" (controls: depth, sw, act, arch, alpha, norm, tied, width, sb, init, seed); using none']],
    ['#panel=export', { panel: 'export' }, []],
    ['#panel=settings', {}, ['panel=settings is not one of customise, export; using none']],
    ['#layer=12', { layer: 12 }, []],
    ['#layer=-1', {}, ['layer=-1 is not a layer number; using none']],
    ['#layer=80', { layer: 50 }, ['layer=80 is beyond depth 50; using 50']],
    ['#depth=100&layer=80', { layer: 80 }, []],
    ['#layer=9999999', {}, ['layer=9999999 is not a layer number; using none']],
    ['#embed=1', { embed: true }, []],
    ['#embed', { embed: true }, []],
    ['#embed=0', {}, []],
    ['#embed=maybe', {}, ['embed=maybe is not 1 or 0; using 0']],
  ];
  it.each(cases)('%j', (hash, changes, notices) => {
    const decoded = decodeHash(hash);
    expect(decoded.view).toEqual({ ...DEFAULT_VIEW, ...changes });
    expect(decoded.notices).toEqual(notices);
  });

  it('a hostile list gives a short notice and only known controls', () => {
    const { view, notices } = decodeHash(`#lock=${'x'.repeat(50)},${'y,'.repeat(5000)}depth`);
    expect(view.lock).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0].length).toBeLessThan(200);
  });

  it('any string decodes to a valid view', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('panel', 'layer', 'lock', 'hide', 'embed'), (value, key) => {
        const { view, notices } = decodeHash(`#${key}=${encodeURIComponent(value)}`);
        expect(view.panel === null || PANELS.includes(view.panel)).toBe(true);
        expect(view.layer === null || (Number.isInteger(view.layer) && view.layer >= 0 && view.layer <= DEFAULT_PARAMS.depth)).toBe(true);
        for (const c of [...view.lock, ...view.hide]) expect(SHARE_CONTROLS).toContain(c);
        expect(typeof view.embed).toBe('boolean');
        for (const n of notices) expect(n.length).toBeLessThan(200);
      }),
      { numRuns: 500 },
    );
  });
});

describe('queryView', () => {
  it.each([
    ['?embed=1', { embed: true }],
    ['?embed', { embed: true }],
    ['?x=2&embed=true', { embed: true }],
    ['?embed=0', {}],
    ['', {}],
    ['?embedded=1', {}],
  ])('%j', (search, view) => {
    expect(queryView(search)).toEqual(view);
  });
});
