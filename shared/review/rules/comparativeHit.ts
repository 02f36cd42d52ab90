import type { Path } from '../../story/updateAt';
import type { RuleHit } from '../finding';
import type { ReviewConfig } from '../reviewConfig';
import { findUnconditionalComparatives } from '../text/findComparatives';

/** One hit for a field whose text holds comparatives with no condition, naming each of them once. */
export function comparativeHit(path: Path, text: string, subject: string, config: ReviewConfig): RuleHit[] {
  const claims = findUnconditionalComparatives(text, config);
  if (claims.length === 0) return [];
  const phrases = [...new Set(claims.map((claim) => `“${claim.phrase}”`))].join(', ');
  return [{ path, message: `${subject} says ${phrases} with no condition attached.` }];
}
