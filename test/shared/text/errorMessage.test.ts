import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/text/errorMessage';

describe('errorMessage', () => {
  it('gives an error’s message, and anything else thrown as text', () => {
    expect(errorMessage(new TypeError('The disk is full.'))).toBe('The disk is full.');
    expect(errorMessage('quota exceeded')).toBe('quota exceeded');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});
