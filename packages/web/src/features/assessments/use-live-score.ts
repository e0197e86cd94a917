import { scoreInstrument, type InstrumentDefinition, type InstrumentFlag, type ScoreView } from '@careloop/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { toPayload, type AnswerMap } from './answers-model.js';
import { useScorePreview } from './assessment-queries.js';

export interface LiveScore {
  /** The server's score, only when it is for exactly the current answers. */
  score: ScoreView | null;
  updating: boolean;
  /** Safety flags to show now: the server's, plus the same engine run locally so an alert never waits for the network. */
  flags: InstrumentFlag[];
  error: unknown;
}

function localFlags(def: InstrumentDefinition, payload: unknown): InstrumentFlag[] {
  try {
    return scoreInstrument(def.id, payload).flags;
  } catch {
    // Invalid input is the server's to report, at the item.
    return [];
  }
}

export function useLiveScore(def: InstrumentDefinition, answers: AnswerMap): LiveScore {
  const payload = useMemo(() => toPayload(def, answers), [def, answers]);
  const key = JSON.stringify(payload);
  const [debounced] = useDebouncedValue(key, 300);
  const preview = useScorePreview(def.id, JSON.parse(debounced) as unknown, true);
  const fresh = debounced === key && !preview.isPlaceholderData && preview.data !== undefined;
  const local = useMemo(() => localFlags(def, payload), [def, payload]);
  const flags = useMemo(() => {
    // Only the current server answer counts: a stale one could keep or drop an alert wrongly.
    const server = fresh && preview.data ? preview.data.flags : [];
    return [...new Set([...local, ...server])];
  }, [local, fresh, preview.data]);
  return {
    score: fresh && preview.data ? preview.data : null,
    updating: !fresh && !preview.error,
    flags,
    error: preview.error,
  };
}
