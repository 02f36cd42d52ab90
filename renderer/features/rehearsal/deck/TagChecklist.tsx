import { CHALLENGE_TAG_LABELS, TAG_GROUPS } from '../../../../shared/content/challengeTags';
import type { ChallengeTag } from '../../../../shared/model/challenge';

/** The challenge tags as checkboxes, grouped as the forms list them. */
export function TagChecklist({ tags, onChange }: { tags: readonly ChallengeTag[]; onChange(tags: ChallengeTag[]): void }) {
  return (
    <div className="tag-checklist">
      {TAG_GROUPS.map((group) => (
        <fieldset key={group.label} className="tag-group">
          <legend>{group.label}</legend>
          {group.tags.map((tag) => (
            <label key={tag} className="check-row">
              <input
                type="checkbox"
                checked={tags.includes(tag)}
                onChange={(e) => onChange(e.target.checked ? [...tags, tag] : tags.filter((t) => t !== tag))}
              />
              {CHALLENGE_TAG_LABELS[tag]}
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
