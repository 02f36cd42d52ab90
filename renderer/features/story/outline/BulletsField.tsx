import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { OUTLINE_GUIDANCE } from '../../../../shared/content/guidance/outlineGuidance';
import { MAX_BULLETS } from '../../../../shared/model/outline';
import { bulletText, parseBulletLines } from '../../../../shared/story/bulletLines';
import type { Path } from '../../../../shared/story/updateAt';
import { useApp } from '../../../store/StoreProvider';
import { Field } from '../fields/Field';

/**
 * A slide's bullets, typed one a line. The text stays as typed (blank lines included) while the
 * story holds the cleaned list; it follows the story only when the bullets change from elsewhere
 * (a pull, an undo).
 */
export function BulletsField({ bullets, path }: { bullets: string[]; path: Path }) {
  const setField = useApp((s) => s.setField);
  const bulletsPath = [...path, 'bullets'];
  const [text, setText] = useState(() => bulletText(bullets));
  const echoed = useRef(bullets);
  const ref = useRef<HTMLTextAreaElement>(null);
  const overflow = parseBulletLines(text).overflow;

  useEffect(() => {
    if (bullets === echoed.current) return;
    echoed.current = bullets;
    setText(bulletText(bullets));
  }, [bullets]);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [text]);

  return (
    <Field path={bulletsPath} guidance={OUTLINE_GUIDANCE.fields.bullets}>
      {(c) => (
        <>
          <textarea
            ref={ref}
            id={c.id}
            className="textarea beat-bullets"
            rows={3}
            value={text}
            placeholder="One short line per bullet"
            aria-describedby={overflow > 0 ? `${c.describedBy} ${c.id}-overflow` : c.describedBy}
            aria-invalid={overflow > 0}
            onChange={(e) => {
              const next = parseBulletLines(e.target.value).bullets;
              echoed.current = next;
              setText(e.target.value);
              setField(bulletsPath, () => next);
            }}
          />
          {overflow > 0 && (
            <p id={`${c.id}-overflow`} className="field-error" role="alert">
              A slide holds at most {MAX_BULLETS} bullets: the last {overflow === 1 ? 'line is' : `${overflow} lines are`} not
              kept. Move the detail into the notes.
            </p>
          )}
        </>
      )}
    </Field>
  );
}
