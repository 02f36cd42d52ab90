import { describe, expect, it } from 'vitest';
import { withNotesPageSize } from '../../../../shared/export/pptx/withNotesPageSize';
import { withoutMissingOverrides } from '../../../../shared/export/pptx/withoutMissingOverrides';

const MASTER = 'application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml';

describe('withoutMissingOverrides', () => {
  it('drops the content types of parts the package does not hold, and keeps the rest', () => {
    const types =
      '<Types><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="${MASTER}"/>` +
      `<Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="${MASTER}"/></Types>`;
    const has = (path: string) => path === 'ppt/slideMasters/slideMaster1.xml';
    expect(withoutMissingOverrides(types, has)).toBe(
      `<Types><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="${MASTER}"/></Types>`,
    );
  });
});

describe('withNotesPageSize', () => {
  it('gives the notes page PowerPoint’s usual 7.5 × 10 in', () => {
    expect(withNotesPageSize('<p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="12192000"/>')).toBe(
      '<p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/>',
    );
  });
});
