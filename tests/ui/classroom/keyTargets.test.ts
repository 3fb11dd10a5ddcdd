// Classroom keys never take a key from the control that uses it: arrows stay with sliders,
// radio groups, selects, the chart and scrolling tables; Space stays with buttons; letters
// stay with text fields; Ctrl+P still prints.

import { describe, expect, it } from 'vitest';
import { classroomAction, focusKind, type FocusTarget, type KeyContext } from '../../../src/ui/classroom/keyTargets';

/** A stand-in element: its tag, attributes, and the selectors an ancestor would match. */
function el(tagName: string, attributes: Record<string, string> = {}, insideOf: string[] = []): FocusTarget {
  return {
    tagName,
    getAttribute: (name) => attributes[name] ?? null,
    closest: (selector) => (selector.split(',').some((s) => insideOf.includes(s.trim())) ? {} : null),
  };
}

describe('focusKind', () => {
  it.each([
    ['a range slider', el('INPUT', { type: 'range' }), 'arrows'],
    ['a radio button', el('INPUT', { type: 'radio' }), 'arrows'],
    ['the seed field', el('INPUT', { type: 'number' }), 'text'],
    ['an input without type', el('INPUT'), 'text'],
    ['a checkbox', el('INPUT', { type: 'checkbox' }), 'button'],
    ['a select', el('SELECT'), 'text'],
    ['a textarea', el('TEXTAREA'), 'text'],
    ['the chart', el('svg', {}, ['.chart-svg']), 'arrows'],
    ['a data table', el('DIV', { 'data-owns-arrows': '' }, ['[data-owns-arrows]']), 'arrows'],
    ['a button', el('BUTTON'), 'button'],
    ['a link', el('A'), 'button'],
    ['the page body', el('BODY'), 'none'],
    ['nothing', null, 'none'],
  ] as const)('%s → %s', (_name, target, kind) => {
    expect(focusKind(target)).toBe(kind);
  });

  it('an editable element takes every key', () => {
    expect(focusKind({ ...el('DIV'), isContentEditable: true })).toBe('text');
  });
});

const base: KeyContext = { key: 'ArrowRight', shift: false, modifier: false, focus: 'none', inTour: true, present: false };
const act = (patch: Partial<KeyContext>) => classroomAction({ ...base, ...patch });

describe('classroomAction', () => {
  it('clicker keys step the tour from the page or a button', () => {
    expect([act({ key: 'ArrowRight' }), act({ key: 'PageDown' }), act({ key: ' ' })]).toEqual(['forward', 'forward', 'forward']);
    expect([act({ key: 'ArrowLeft' }), act({ key: 'PageUp' }), act({ key: ' ', shift: true })]).toEqual(['back', 'back', 'back']);
    expect([act({ key: 'ArrowRight', focus: 'button' }), act({ key: 'PageUp', focus: 'button' })]).toEqual(['forward', 'back']);
  });

  it('leaves every stepping key to sliders, radios, the chart and text fields', () => {
    for (const focus of ['arrows', 'text'] as const) {
      for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', ' ']) expect(act({ key, focus })).toBeNull();
    }
  });

  it('leaves Space to a focused button, and every key to the page outside the tour', () => {
    expect(act({ key: ' ', focus: 'button' })).toBeNull();
    for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', ' ']) expect(act({ key, inTour: false })).toBeNull();
  });

  it('P toggles presentation anywhere but in a text field, and not with a modifier (Ctrl+P prints)', () => {
    expect([act({ key: 'p' }), act({ key: 'P', inTour: false }), act({ key: 'p', focus: 'arrows' })]).toEqual(['present', 'present', 'present']);
    expect(act({ key: 'p', focus: 'text' })).toBeNull();
    expect(act({ key: 'p', modifier: true })).toBeNull();
    expect(act({ key: 'ArrowRight', modifier: true })).toBeNull();
  });

  it('Escape leaves presentation mode, unless a control uses it (the chart clears its cursor)', () => {
    expect(act({ key: 'Escape', present: true })).toBe('leave-present');
    expect(act({ key: 'Escape', present: true, focus: 'arrows' })).toBeNull();
    expect(act({ key: 'Escape', present: false })).toBeNull();
  });

  it('S opens the presenter view from the page, not from the presenter view itself', () => {
    expect(act({ key: 's', inTour: false })).toBe('presenter');
    expect(act({ key: 'S', present: true })).toBe('presenter');
    expect(act({ key: 's', focus: 'text' })).toBeNull();
    expect(act({ key: 's', presenterView: true })).toBeNull();
    expect(act({ key: 'p', presenterView: true })).toBeNull();
  });

  it('B (or the clickers\' full stop) blanks and F goes full screen while presenting, in either window', () => {
    for (const context of [{ present: true }, { presenterView: true }]) {
      expect([act({ key: 'b', ...context }), act({ key: '.', ...context }), act({ key: 'F', ...context })]).toEqual(['blank', 'blank', 'fullscreen']);
    }
    expect(act({ key: 'b', present: false, inTour: false })).toBeNull();
    expect(act({ key: 'f', present: false })).toBeNull();
    expect(act({ key: 'b', present: true, focus: 'text' })).toBeNull();
  });

  it('C opens and Escape closes every control in presentation mode, before Escape leaves it', () => {
    expect(act({ key: 'c', present: true })).toBe('more-controls');
    expect(act({ key: 'c', present: false })).toBeNull();
    expect(act({ key: 'Escape', present: true, moreControls: true })).toBe('more-controls');
    expect(act({ key: 'Escape', present: true, moreControls: false })).toBe('leave-present');
  });

  it('the presenter view steps through the tour with the clicker keys too', () => {
    expect(act({ key: 'PageDown', presenterView: true })).toBe('forward');
    expect(act({ key: 'PageUp', presenterView: true })).toBe('back');
  });
});
