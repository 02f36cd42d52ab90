import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { editorExtensions } from '../../../renderer/editor/editorExtensions';
import { proseSchema } from '../../../shared/model/proseSchema';

function describeSchema(schema: typeof proseSchema) {
  const nodes = Object.fromEntries(
    Object.entries(schema.nodes).map(([name, type]) => [
      name,
      { content: type.spec.content ?? '', group: type.spec.group ?? '', attrs: Object.keys(type.spec.attrs ?? {}) },
    ]),
  );
  const marks = Object.entries(schema.marks).map(([name, type]) => ({
    name,
    excludes: type.spec.excludes,
    attrs: Object.keys(type.spec.attrs ?? {}),
  }));
  return { nodes, marks };
}

describe('proseSchema', () => {
  it('is the editor’s schema: the same nodes, content rules, attributes and marks in the same order', () => {
    expect(describeSchema(proseSchema)).toEqual(describeSchema(getSchema(editorExtensions())));
  });
});
