import { describe, expect, it } from 'vitest';
import { fieldTargetIds, focusableIn } from '../../../../renderer/features/readiness/fieldTargets';

describe('fieldTargetIds', () => {
  it('tries the field, then the record it sits in, then the list it belongs to', () => {
    expect(fieldTargetIds(['families', 'items', { id: 'f1' }, 'failsWhere'])).toEqual([
      'field-families-items-f1-failsWhere',
      'field-families-items-f1-failsWhere-add',
      'record-f1-toggle',
      'record-f1',
      'field-families-items',
      'field-families-items-add',
      'field-families',
      'field-families-add',
    ]);
  });

  it('offers a list’s “Add” button for a finding about an empty list', () => {
    expect(fieldTargetIds(['fieldMap', 'evidence']).slice(0, 2)).toEqual([
      'field-fieldMap-evidence',
      'field-fieldMap-evidence-add',
    ]);
  });
});

describe('focusableIn', () => {
  it('returns a control itself, the editable inside an editor’s wrapper, or the first control of a group', () => {
    document.body.innerHTML = `
      <textarea id="plain"></textarea>
      <div id="rich" class="rich-text"><div contenteditable="true" id="editable"></div></div>
      <div id="drawing" class="rich-text"><button id="toolbar">B</button></div>
      <div id="group" role="radiogroup"><input type="radio" id="first" /></div>
      <div id="empty"></div>`;
    const byId = (id: string) => document.getElementById(id)!;
    expect(focusableIn(byId('plain'))).toBe(byId('plain'));
    expect(focusableIn(byId('rich'))).toBe(byId('editable'));
    expect(focusableIn(byId('group'))).toBe(byId('first'));
    // An editor still drawing: wait for its editable rather than land on its toolbar.
    expect(focusableIn(byId('drawing'))).toBeNull();
    expect(focusableIn(byId('empty'))).toBeNull();
  });
});
