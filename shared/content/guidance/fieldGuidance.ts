/** What the app tells the user about one field: what a panel expects, an example, a weak answer. */
export interface FieldGuidance {
  label: string;
  /** What a panel expects here, in one sentence. */
  expects: string;
  /** A one-line example of a strong answer. */
  example: string;
  /** What a weak answer looks like, so the user can spot it in their own. */
  weak: string;
  /** A faint hint inside the empty field. */
  placeholder?: string;
}

/** The guidance of a section: an introduction and a guidance entry per field. */
export interface SectionGuidance<K extends string> {
  intro: string;
  fields: Record<K, FieldGuidance>;
}
