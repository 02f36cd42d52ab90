/*
 * pptxgenjs 4.0.1 declares one slide master per slide in [Content_Types].xml but writes only the
 * first (gitbrent/PptxGenJS#1444); PowerPoint then offers to repair the file. The declarations of
 * parts that are not in the package are dropped here. The file is pptxgenjs's own, never user text.
 */
const OVERRIDE = /<Override\s+PartName="([^"]+)"[^>]*\/>/g;

/** [Content_Types].xml without the Override entries naming parts that `hasPart` does not find. */
export function withoutMissingOverrides(contentTypes: string, hasPart: (path: string) => boolean): string {
  return contentTypes.replace(OVERRIDE, (entry, partName: string) => (hasPart(partName.replace(/^\//, '')) ? entry : ''));
}
