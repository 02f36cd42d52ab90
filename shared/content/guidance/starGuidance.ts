import type { FieldGuidance } from './fieldGuidance';

type StarKey = 'bank' | 'title' | 'situation' | 'task' | 'action' | 'result';

/** What the app says about the STAR stories a behavioural round draws on. */
export const STAR_GUIDANCE: Record<StarKey, FieldGuidance> = {
  bank: {
    label: 'Behavioural stories (STAR)',
    expects:
      'Four to six stories you can tell in three minutes each: a conflict, a failure, a deadline, a time you led. The behavioural rehearsal puts the one you choose on its cue cards.',
    example: 'The evaluation I rebuilt in a week; the collaborator who wanted a bigger model; the result I retracted.',
    weak: 'One story stretched to fit every question, or stories where the team acts and you only watch.',
  },
  title: {
    label: 'Name',
    expects: 'A few words you will recognise when a question calls for this story.',
    example: 'The benchmark that leaked into training.',
    weak: '“Project story.”',
    placeholder: 'e.g. The benchmark that leaked into training',
  },
  situation: {
    label: 'Situation',
    expects: 'Where and when, in one or two sentences: only what the listener needs to follow.',
    example: 'Three weeks before a paper deadline, our headline gain vanished when a colleague reran it on a fresh split.',
    weak: 'Five minutes of background before anything happens.',
  },
  task: {
    label: 'Task',
    expects: 'What you were responsible for, and what was at stake if it went wrong.',
    example: 'I owned the evaluation, and the paper’s main claim rested on it.',
    weak: 'The team’s goal, with no word on your own part.',
  },
  action: {
    label: 'Action',
    expects: 'What you did yourself, in order, with the hard choice and why you made it. Say “I”.',
    example:
      'I traced the gap to 4 % of test questions duplicated in our training crawl, removed them, and told my advisor the same day.',
    weak: '“We worked hard and fixed it.”',
  },
  result: {
    label: 'Result',
    expects: 'The outcome with a number, and what you would do differently.',
    example:
      'The gain shrank from 6 to 2.5 points; the paper went out with the honest number and a contamination check others now reuse.',
    weak: '“It went well”, with nothing measured.',
  },
};
