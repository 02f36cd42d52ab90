/** A finding's title after a button's word, heard by screen readers only: “Restore “Vague claim””. */
export function TitleForScreenReaders({ title }: { title: string }) {
  return <span className="visually-hidden"> “{title}”</span>;
}
