/*
 * The sample story's falsifiable bets: two resolved (one confirmed, one refuted, so the
 * calibration view has something to show), one holding and two open. Dates are set relative to
 * the day the sample is created, so open bets are never already overdue when it appears.
 */
import type { Bet } from '../../model/bets';
import { newId } from '../../model/ids';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day `days` after `now` (negative for before), as YYYY-MM-DD. */
function dayFrom(now: number, days: number): string {
  return new Date(now + days * DAY_MS).toISOString().slice(0, 10);
}

function review(date: string, note: string) {
  return { id: newId(), date, note };
}

/** The bets of the sample story, dated around `now`. */
export function sampleBets(now: number): Bet[] {
  return [
    {
      id: newId(),
      statement:
        'Distilling the 120M draft on the 7B target’s own greedy outputs, instead of on raw code, will raise per-token acceptance by at least 5 points on the held-out benchmark.',
      horizon: dayFrom(now, -300),
      confidence: 75,
      evidence:
        'DistillSpec reports gains from on-policy data for drafts; our target’s style (naming, formatting) differs from the raw training code.',
      disconfirming: 'A gain under 5 points, or within the spread of three distillation seeds.',
      status: 'confirmed',
      reviews: [
        review(
          dayFrom(now, -305),
          'Confirmed: acceptance rose from 0.61 to 0.72 (mean of 3 seeds, spread 0.01). The gain is largest on TypeScript (+14 points).',
        ),
      ],
    },
    {
      id: newId(),
      statement:
        'On the M2 Pro laptop, the 350M draft will give at least 10 % more end-to-end speedup than the 120M draft, because it accepts more tokens per pass.',
      horizon: dayFrom(now, -240),
      confidence: 60,
      evidence: 'The 350M draft accepts 3.1 tokens per pass against 2.6 for the 120M draft on the dev split.',
      disconfirming:
        'An end-to-end speedup for the 350M draft that is not at least 10 % above the 120M draft’s on the latency harness.',
      status: 'refuted',
      reviews: [
        review(
          dayFrom(now, -250),
          'Refuted: 1.7× for the 350M draft against 1.9× for the 120M draft. On a shared memory bus its own weight reads cost more than its extra accepted tokens save. This result is what pointed me to lookup drafting, which costs nothing to run.',
        ),
      ],
    },
    {
      id: newId(),
      statement:
        'On the Windows laptop with an 8 GB RTX 4060, hybrid drafting will keep at least a 2.0× end-to-end speedup over the target alone on all five languages of the held-out benchmark.',
      horizon: dayFrom(now, 45),
      confidence: 70,
      evidence: 'The gate’s features do not depend on the device, and the M2 Pro gives 2.4× overall with Rust lowest at 2.0×.',
      disconfirming: 'Any of the five languages below 2.0× at the mean over five timing repetitions.',
      status: 'holding',
      reviews: [
        review(
          dayFrom(now, -20),
          'Holding, narrowly: Python 2.3×, TypeScript 2.1× and Go 2.0× so far (2.1× across the three). Java and Rust still to run after the CUDA port of the rollback fix; Rust is the likeliest to fall short.',
        ),
      ],
    },
    {
      id: newId(),
      statement:
        'With a 15B target in 4 bits on a 32 GB laptop, hybrid drafting will keep at least a 2.0× speedup at the same 120M draft size.',
      horizon: dayFrom(now, 180),
      confidence: 55,
      evidence:
        'A larger target makes each decode step slower while the draft and lookup costs stay the same, so the ratio should not fall; acceptance may drop if the 120M draft imitates a larger model less well.',
      disconfirming: 'Speedup under 2.0× on the held-out benchmark, or acceptance per pass below 2.8 tokens.',
      status: 'open',
      reviews: [],
    },
    {
      id: newId(),
      statement:
        'Within 18 months, at least one of the three most used open-source local inference runtimes will ship per-step switching between lookup and model drafting, switched on by default.',
      horizon: dayFrom(now, 545),
      confidence: 35,
      evidence:
        'Two of them already ship prompt lookup and separate draft models as separate options; combining them is a small change once a gate exists.',
      disconfirming: 'None of the three ships it switched on by default by the horizon, in its release notes.',
      status: 'open',
      reviews: [],
    },
  ];
}
