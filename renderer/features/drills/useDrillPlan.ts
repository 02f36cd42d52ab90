import { useEffect, useMemo } from 'react';
import type { DeckQuestion } from '../../../shared/content/challengeDeck';
import { NEW_QUESTIONS_PER_DAY, planDrills, type DrillPlan } from '../../../shared/drills/planDrills';
import type { PracticeState } from '../../../shared/model/challenge';
import { useNow } from '../../platform/useNow';
import { useApp } from '../../store/StoreProvider';
import { useListDeck } from './loadDeck';

export interface DrillData {
  deck: DeckQuestion[];
  plan: DrillPlan;
  practiceById: Map<string, PracticeState>;
  now: number;
}

/** The user's day around `now` (local midnight to midnight). */
export function dayAround(now: number): { dayStart: number; dayEnd: number } {
  const d = new Date(now);
  return {
    dayStart: new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime(),
    dayEnd: new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime(),
  };
}

/** The deck, the user's practice and today's drill plan (with `newPerDay` new questions), read from the database on first use. */
export function useDrillPlan(
  newPerDay = NEW_QUESTIONS_PER_DAY,
): DrillData & { status: 'idle' | 'loading' | 'ready' | 'error'; error: string | null } {
  const ownQuestions = useApp((s) => s.ownQuestions);
  const practice = useApp((s) => s.practice);
  const status = useApp((s) => s.drillStatus);
  const error = useApp((s) => s.drillError);
  const loadDrills = useApp((s) => s.loadDrills);
  const { listDeck, error: deckError } = useListDeck();
  // Re-plan every half minute, so a question coming due shows up without a reload.
  const tick = useNow(30_000);

  useEffect(() => {
    void loadDrills();
  }, [loadDrills]);

  return useMemo(() => {
    const now = tick;
    const deck = listDeck ? listDeck(ownQuestions) : [];
    const plan = planDrills(deck, practice, { now, ...dayAround(now), newPerDay });
    const practiceById = new Map(practice.map((state) => [state.questionId, state]));
    // Ready once both the practice and the deck are in.
    if (deckError !== null) return { deck, plan, practiceById, now, status: 'error' as const, error: deckError };
    return { deck, plan, practiceById, now, status: status === 'ready' && !listDeck ? 'loading' : status, error };
  }, [listDeck, deckError, ownQuestions, practice, tick, status, error, newPerDay]);
}
