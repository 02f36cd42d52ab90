import { outlineTiming } from '../../story/outlineTiming';
import { formatDuration } from '../../time/duration';
import type { Rule } from '../finding';
import { excerpt } from './ruleText';

export const beatOverBudget: Rule = {
  id: 'outline.beatOverBudget',
  section: 'outline',
  severity: 'warning',
  title: 'Beat longer than its budget',
  why: 'A beat that overruns steals time from the ones after it — usually the results and limitations the panel came to hear — or gets cut short by the chair.',
  fix: 'Cut the notes to what fits the budget at your speaking pace, or move time from another beat.',
  check(story, { wordsPerMinute, config }) {
    const timing = outlineTiming(story.outline, wordsPerMinute);
    return story.outline.beats.flatMap((beat, index) => {
      const beatTime = timing.beats[index];
      if (!beatTime || beatTime.words === 0) return [];
      if (beatTime.estimatedMs <= beat.budgetMs + config.beatOverrunToleranceMs) return [];
      const title = beat.title.trim() === '' ? `Beat ${index + 1}` : `“${excerpt(beat.title, 48)}”`;
      return [
        {
          path: ['outline', 'beats', { id: beat.id }, 'notes'],
          message: `${title}: about ${formatDuration(beatTime.estimatedMs)} of notes for a ${formatDuration(beat.budgetMs)} budget.`,
        },
      ];
    });
  },
};

export const talkOverBudget: Rule = {
  id: 'outline.talkOverBudget',
  section: 'outline',
  severity: 'warning',
  title: 'Talk longer than its slot',
  why: 'Running over is the most visible sign of an unrehearsed talk, and the questions you lose are where the grade is made.',
  fix: 'Cut notes beat by beat until the estimate fits the slot, keeping a minute or two for interruptions.',
  check(story, { wordsPerMinute }) {
    const timing = outlineTiming(story.outline, wordsPerMinute);
    if (!timing.isEstimateOver) return [];
    return [
      {
        path: ['outline', 'talkMs'],
        message: `The notes take about ${formatDuration(timing.totalEstimatedMs)} to say; the talk lasts ${formatDuration(timing.talkMs)}.`,
      },
    ];
  },
};

export const budgetsOverTalk: Rule = {
  id: 'outline.budgetsOverTalk',
  section: 'outline',
  severity: 'warning',
  title: 'Beat budgets exceed the talk',
  why: 'If the plan does not fit the slot, the talk will not either, however well each beat is rehearsed.',
  fix: 'Lower some beat budgets, or drop a beat, until they add up to the talk length.',
  check(story, { wordsPerMinute }) {
    const timing = outlineTiming(story.outline, wordsPerMinute);
    if (!timing.isBudgetOver) return [];
    return [
      {
        path: ['outline', 'talkMs'],
        message: `Beat budgets add up to ${formatDuration(timing.totalBudgetMs)} for a ${formatDuration(timing.talkMs)} talk.`,
      },
    ];
  },
};

export const noLimitationsBeat: Rule = {
  id: 'outline.noLimitationsBeat',
  section: 'outline',
  severity: 'warning',
  title: 'No limitations beat',
  why: 'A talk that never says where the work stops leaves the panel to find it, in the questions, on their terms.',
  fix: 'Add a limitations beat before the close: the main failure, with its evidence, in a minute or two.',
  check(story) {
    const { beats } = story.outline;
    if (beats.length === 0 || beats.some((beat) => beat.kind === 'limitations')) return [];
    return [{ path: ['outline', 'beats'], message: 'None of the talk’s beats is about limitations.' }];
  },
};

export const OUTLINE_RULES: readonly Rule[] = [noLimitationsBeat, beatOverBudget, talkOverBudget, budgetsOverTalk];
