/*
 * Test support: .pptx packages built by hand with JSZip, part by part, to hold what decks made
 * outside Viva hold — shapes without placeholders, tables, groups, pictures, charts, hidden
 * slides, transitions with advance times, notes pages with fields, bullets and hyperlinks.
 */
import JSZip from 'jszip';

const P =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface HandSlide {
  /** The shapes of p:spTree, as XML. */
  shapes: string;
  /** Attributes of p:sld (e.g. show="0"). */
  attributes?: string;
  /** XML after p:cSld (a transition). */
  after?: string;
  /** The notes body's paragraphs, as XML; none for no notes page. */
  notes?: string;
  /** Relationships of the notes page: id → external URL. */
  notesLinks?: Record<string, string>;
}

export const placeholder = (type: string, paragraphs: string, id = 2) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="ph ${type}"/><p:cNvSpPr/><p:nvPr><p:ph type="${type}"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>${paragraphs}</p:txBody></p:sp>`;
export const textBox = (paragraphs: string, id = 5) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="TextBox"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>${paragraphs}</p:txBody></p:sp>`;
export const para = (...runs: string[]) =>
  `<a:p>${runs.map((run) => (run.startsWith('<') ? run : `<a:r><a:t>${run}</a:t></a:r>`)).join('')}</a:p>`;
/** A paragraph with paragraph properties: `attributes` of a:pPr and its children (a bullet, a numbering). */
export const paraWith = (attributes: string, children: string, ...runs: string[]) =>
  para(`<a:pPr ${attributes}>${children}</a:pPr>`, ...runs);
export const group = (...shapes: string[]) =>
  `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="9" name="Group"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${shapes.join('')}</p:grpSp>`;
export const picture =
  '<p:pic><p:nvPicPr><p:cNvPr id="7" name="Picture"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill/><p:spPr/></p:pic>';
export const chart =
  '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="8" name="Chart"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"/></a:graphic></p:graphicFrame>';
export const table = (rows: string[][]) =>
  `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="6" name="Table"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>${rows
    .map(
      (row) => `<a:tr h="1">${row.map((cell) => `<a:tc><a:txBody><a:bodyPr/>${para(cell)}</a:txBody></a:tc>`).join('')}</a:tr>`,
    )
    .join('')}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`;
export const slideNumberField = (n: number) =>
  `<a:fld id="{F7021451-1387-4CA6-816F-3879F97B5CBC}" type="slidenum"><a:t>${n}</a:t></a:fld>`;

/** A .pptx with these slides; `order` lists slide numbers in presentation order (default 1..n). */
export async function handBuiltPptx(slides: readonly HandSlide[], order?: readonly number[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const shown = order ?? slides.map((_, i) => i + 1);
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>',
  );
  zip.file(
    'ppt/presentation.xml',
    `<?xml version="1.0" encoding="UTF-8"?><p:presentation ${P}><p:sldIdLst>${shown.map((n, i) => `<p:sldId id="${256 + i}" r:id="rIdS${n}"/>`).join('')}</p:sldIdLst></p:presentation>`,
  );
  zip.file(
    'ppt/_rels/presentation.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${slides
      .map((_, i) => `<Relationship Id="rIdS${i + 1}" Type="${REL}/slide" Target="slides/slide${i + 1}.xml"/>`)
      .join('')}</Relationships>`,
  );
  slides.forEach((slide, i) => {
    const n = i + 1;
    zip.file(
      `ppt/slides/slide${n}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><p:sld ${P} ${slide.attributes ?? ''}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${slide.shapes}</p:spTree></p:cSld>${slide.after ?? ''}</p:sld>`,
    );
    if (slide.notes === undefined) return;
    zip.file(
      `ppt/slides/_rels/slide${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdN" Type="${REL}/notesSlide" Target="../notesSlides/notesSlide${n}.xml"/></Relationships>`,
    );
    zip.file(
      `ppt/notesSlides/notesSlide${n}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><p:notes ${P}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${placeholder('sldImg', '', 2).replace(/<p:txBody>.*<\/p:txBody>/, '')}${placeholder('body', slide.notes, 3)}${placeholder('sldNum', para(slideNumberField(n)), 4)}</p:spTree></p:cSld></p:notes>`,
    );
    const links = Object.entries(slide.notesLinks ?? {});
    zip.file(
      `ppt/notesSlides/_rels/notesSlide${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${links
        .map(([id, url]) => `<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${url}" TargetMode="External"/>`)
        .join('')}</Relationships>`,
    );
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
