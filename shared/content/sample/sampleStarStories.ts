/* The sample's behavioural (STAR) stories: the PhD student's own, each ending on a number. */
import { newId } from '../../model/ids';
import type { StarStory } from '../../model/starStory';

export function sampleStarStories(): StarStory[] {
  return [
    {
      id: newId(),
      title: 'The rollback bug that broke losslessness',
      situation:
        'Two months before a workshop deadline, 0.3 % of our speculative completions differed from plain greedy decoding, which a lossless method must never do.',
      task: 'The decoding loop was mine, and the paper’s central claim was that it changes nothing in the output.',
      action:
        'I wrote a replay tool that diffed every step against greedy decoding, bisected over draft types, and found that a KV-cache rollback kept one rejected token when a lookup draft and a model draft were both rejected in one step. I fixed it, added the replay as a test on every commit, and told my co-authors the first numbers were void.',
      result:
        'Mismatches went from 0.3 % to none in 2.1 million steps; we missed the workshop and submitted to the main conference instead, where the paper was accepted.',
    },
    {
      id: newId(),
      title: 'Arguing for a smaller draft model',
      situation:
        'My co-author wanted to scale the draft model to 1B parameters, expecting higher acceptance to outweigh its cost.',
      task: 'I had to decide the draft size for the whole evaluation, with four weeks of GPU time left.',
      action:
        'Rather than argue, I proposed a two-day experiment: 60M, 120M and 350M drafts on 500 completion points, timed on the laptop rather than the server. I shared the plan and the stopping rule with him before running it.',
      result:
        'The 120M draft gave a 2.4× speedup against 1.7× for 350M on the laptop; he agreed, and we spent the saved 10 days on the cross-language study.',
    },
  ];
}
