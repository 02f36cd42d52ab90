import type { FieldGuidance } from '../../../../shared/content/guidance/fieldGuidance';
import type { RichText } from '../../../../shared/model/richText';
import type { Path } from '../../../../shared/story/updateAt';
import { RichTextEditor } from '../../../editor/RichTextEditor';
import { useDocumentWriter } from './documentWriter';
import { Field } from './Field';
import { LineArea } from './LineArea';
import { TextArea } from './TextArea';

interface Props<T> {
  path: Path;
  value: T;
  guidance: FieldGuidance;
}

/** A one-line field of the story, with its guidance; a long value wraps so it can be read whole. */
export function LineField({ path, value, guidance }: Props<string>) {
  return (
    <Field path={path} guidance={guidance}>
      {(c) => <LineArea path={path} value={value} id={c.id} aria-describedby={c.describedBy} placeholder={c.placeholder} />}
    </Field>
  );
}

/** A multi-line plain-text field of the story, with its guidance. */
export function TextField({ path, value, guidance, rows = 2 }: Props<string> & { rows?: number }) {
  return (
    <Field path={path} guidance={guidance}>
      {(c) => (
        <TextArea path={path} value={value} id={c.id} rows={rows} aria-describedby={c.describedBy} placeholder={c.placeholder} />
      )}
    </Field>
  );
}

/** A rich-text field of the story, with its guidance. */
export function ProseField({ path, value, guidance, isCompact }: Props<RichText> & { isCompact?: boolean }) {
  const { setField } = useDocumentWriter();
  return (
    <Field path={path} guidance={guidance}>
      {(c) => (
        <RichTextEditor
          id={c.id}
          value={value}
          label={guidance.label}
          labelId={c.labelId}
          describedBy={c.describedBy}
          placeholder={c.placeholder}
          isCompact={isCompact ?? false}
          onChange={(read) => setField(path, read)}
        />
      )}
    </Field>
  );
}
