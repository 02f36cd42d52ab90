/** A place on a long section page that a jump can reach. */
export interface JumpTarget {
  /** DOM id of the element to scroll to and focus (it needs tabIndex={-1}). */
  id: string;
  label: string;
}

/**
 * Buttons that jump to the parts of a long section. Buttons rather than #anchors, because the
 * address hash holds the app's route.
 */
export function SectionJumps({ targets, label }: { targets: readonly JumpTarget[]; label: string }) {
  const jump = (id: string) => {
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  };
  return (
    <nav className="section-jumps" aria-label={label}>
      <span className="section-jumps-lead" aria-hidden="true">
        Jump to
      </span>
      {targets.map((target) => (
        <button key={target.id} type="button" className="button button-quiet button-small" onClick={() => jump(target.id)}>
          {target.label}
        </button>
      ))}
    </nav>
  );
}
