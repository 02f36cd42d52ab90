import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RichTextEditor } from '../../../renderer/editor/RichTextEditor';
import type { RichText } from '../../../shared/model/richText';

/** Text that starts in bold, where an idle editor's selection sits. */
const boldFirst: RichText = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Bold start', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' then plain' },
      ],
    },
  ],
};

function renderTwoEditors() {
  render(
    <>
      <span id="first-label">First</span>
      <RichTextEditor id="first" value={boldFirst} label="First" labelId="first-label" onChange={() => undefined} />
      <span id="second-label">Second</span>
      <RichTextEditor id="second" value={boldFirst} label="Second" labelId="second-label" onChange={() => undefined} />
    </>,
  );
  const toolbar = (label: string) => screen.getByRole('toolbar', { name: `Formatting for ${label}` });
  const bold = (label: string) => toolbar(label).querySelector('[aria-label="Bold"]')!;
  const text = (label: string) =>
    screen.getAllByRole('textbox').find((t) => t.getAttribute('aria-labelledby') === `${label.toLowerCase()}-label`)!;
  return { bold, text };
}

describe('the formatting toolbar', () => {
  it('shows no mark as pressed on an editor that does not hold focus', () => {
    const { bold } = renderTwoEditors();
    expect(bold('First')).toHaveAttribute('aria-pressed', 'false');
    expect(bold('Second')).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows the marks at the selection of the focused editor only, and keeps them while focus is on its toolbar', () => {
    const { bold, text } = renderTwoEditors();
    // The selection of an editor that was never clicked sits at its start, in the bold words.
    act(() => text('First').focus());
    expect(bold('First')).toHaveAttribute('aria-pressed', 'true');
    expect(bold('Second')).toHaveAttribute('aria-pressed', 'false');

    // A keyboard user reaches the toolbar with Shift+Tab: the buttons still describe the selection.
    act(() => (bold('First') as HTMLElement).focus());
    expect(bold('First')).toHaveAttribute('aria-pressed', 'true');

    act(() => text('Second').focus());
    expect(bold('First')).toHaveAttribute('aria-pressed', 'false');
  });
});
