import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { errorWithCode } from '@pakt/web-data';
import {
  changedFields,
  changesOf,
  contentOf,
  currentVersionOf,
  type ContentValues,
  type CurrentVersion,
  type Recommendation,
} from '../content';
import { UpdateRecommendationMutation } from '../graphql/mutations';

/** How long after the last keystroke a save starts. */
export const AUTOSAVE_DELAY_MS = 1500;
/** Saves one run may chain while the person keeps typing; the debounce timer takes over after. */
const MAX_ROUNDS = 5;

export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: Date }
  | { readonly kind: 'invalid'; readonly fields: Readonly<Record<string, string>> }
  | { readonly kind: 'failed' }
  | { readonly kind: 'conflict'; readonly current: CurrentVersion };

interface Base {
  readonly version: number;
  readonly values: ContentValues;
}

interface Stored {
  readonly version: number;
  readonly values: ContentValues;
}

function storageKey(id: string): string {
  return `pakt.recommendation.${id}`;
}

function readStored(id: string): Stored | null {
  try {
    const raw = sessionStorage.getItem(storageKey(id));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Stored;
    return typeof parsed.version === 'number' && typeof parsed.values === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

function writeStored(id: string, stored: Stored | null): void {
  try {
    if (stored) sessionStorage.setItem(storageKey(id), JSON.stringify(stored));
    else sessionStorage.removeItem(storageKey(id));
  } catch {
    // Storage full or switched off: the input stays on the page, it just does not outlive a reload.
  }
}

export interface Autosave {
  readonly values: ContentValues;
  readonly status: SaveStatus;
  /** Whether unsaved input from an earlier visit in this window was put back. */
  readonly restored: boolean;
  /** The version every next write is based on (the last the server confirmed). */
  readonly version: () => number;
  /** The content the server last confirmed. */
  readonly baseValues: ContentValues;
  readonly change: (patch: Partial<ContentValues>) => void;
  /** Saves now (on blur, or before a workflow step); true when everything typed is saved. */
  readonly flush: () => Promise<boolean>;
  /** After a conflict: `chosen` becomes the input, saved on top of the current version. */
  readonly resolve: (chosen: ContentValues, current: CurrentVersion) => void;
}

/**
 * Saves as the person types: ~1.5 s after the last keystroke and on leaving a field, one save at
 * a time (changes made meanwhile follow in the next), always on the last version the server
 * confirmed and with only the fields that changed. A stale version stops it with the current
 * version for the conflict view; everything unsaved is also kept in sessionStorage until saved.
 */
export function useAutosave(recommendation: Recommendation): Autosave {
  const id = recommendation.id;
  const [, update] = useMutation(UpdateRecommendationMutation);
  const server = contentOf(recommendation);
  const initial = useRef<{ base: Base; values: ContentValues; restored: boolean } | null>(null);
  if (initial.current === null) {
    const stored = readStored(id);
    const base = { version: recommendation.version, values: server };
    const restored = stored !== null && (stored.version !== base.version || changedFields(server, stored.values).length > 0);
    initial.current = {
      base: restored ? { version: stored.version, values: server } : base,
      values: restored ? stored.values : server,
      restored,
    };
    if (!restored) writeStored(id, null);
  }
  const base = useRef<Base>(initial.current.base);
  const values = useRef<ContentValues>(initial.current.values);
  const [shown, setShown] = useState<ContentValues>(initial.current.values);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const statusRef = useRef<SaveStatus>(status);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const scheduleRef = useRef<() => void>(() => undefined);
  const savedAt = useRef<Date | null>(null);

  const show = useCallback((next: SaveStatus) => {
    statusRef.current = next;
    setStatus(next);
  }, []);

  const settle = useCallback(() => {
    if (differs(base.current, values.current)) {
      writeStored(id, { version: base.current.version, values: values.current });
    } else {
      writeStored(id, null);
      show(savedAt.current ? { kind: 'saved', at: savedAt.current } : { kind: 'idle' });
    }
  }, [id, show]);

  const saveOnce = useCallback(async (): Promise<void> => {
    if (!differs(base.current, values.current) || statusRef.current.kind === 'conflict') return;
    const sent = values.current;
    show({ kind: 'saving' });
    const result = await update({ input: { id, version: base.current.version, ...changesOf(base.current.values, sent) } });
    const saved = result.data?.updateRecommendation;
    if (saved) {
      // The same version back means the api found nothing to change: what was sent is what it holds.
      const unchanged = saved.version === base.current.version;
      base.current = { version: saved.version, values: unchanged ? sent : contentOf(saved) };
      savedAt.current = new Date();
      if (differs(base.current, values.current)) {
        writeStored(id, { version: base.current.version, values: values.current });
        show({ kind: 'pending' });
      } else {
        settle();
      }
      return;
    }
    show(problemOf(result.error, base.current.values.actionFieldId));
  }, [id, update, settle, show]);

  /** Runs saves one after another until nothing is left (or something stops them). */
  const run = useCallback((): Promise<void> => {
    if (inFlight.current) return inFlight.current;
    const chain = (async () => {
      // Bounded, so that nothing can turn this into a loop against the server.
      for (let round = 0; round < MAX_ROUNDS && differs(base.current, values.current) && statusRef.current.kind !== 'conflict'; round++) {
        const before = values.current;
        await saveOnce();
        const kind: SaveStatus['kind'] = statusRef.current.kind as SaveStatus['kind'];
        if (kind === 'invalid' || kind === 'failed' || kind === 'conflict') break;
        // Typed during the save: the debounce timer owns the next one, unless it already ran.
        if (values.current !== before && timer.current !== null) break;
      }
    })();
    inFlight.current = chain.finally(() => {
      inFlight.current = null;
      // Still something left and nothing waiting for it: the next round after the usual pause.
      const kind = statusRef.current.kind;
      if (differs(base.current, values.current) && timer.current === null && (kind === 'pending' || kind === 'saving')) {
        scheduleRef.current();
      }
    });
    return inFlight.current;
  }, [saveOnce]);

  const schedule = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void run();
    }, AUTOSAVE_DELAY_MS);
  }, [run]);
  scheduleRef.current = schedule;

  const change = useCallback(
    (patch: Partial<ContentValues>) => {
      values.current = { ...values.current, ...patch };
      setShown(values.current);
      writeStored(id, { version: base.current.version, values: values.current });
      if (statusRef.current.kind === 'conflict') return;
      if (statusRef.current.kind !== 'saving') show({ kind: 'pending' });
      schedule();
    },
    [id, schedule, show],
  );

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (inFlight.current) await inFlight.current;
    if (statusRef.current.kind === 'failed' || statusRef.current.kind === 'invalid') show({ kind: 'pending' });
    await run();
    return !differs(base.current, values.current) && statusRef.current.kind !== 'conflict';
  }, [run, show]);

  const resolve = useCallback(
    (chosen: ContentValues, current: CurrentVersion) => {
      base.current = { version: current.version, values: current.values };
      values.current = chosen;
      setShown(chosen);
      show(differs(base.current, values.current) ? { kind: 'pending' } : { kind: 'idle' });
      settle();
      void run();
    },
    [run, settle, show],
  );

  // A newer version from the server (after a workflow step, or a reload): taken over when
  // nothing typed is waiting; otherwise the next save finds out whether it conflicts.
  useEffect(() => {
    if (recommendation.version <= base.current.version) return;
    const wasDirty = differs(base.current, values.current);
    base.current = { version: recommendation.version, values: contentOf(recommendation) };
    if (!wasDirty && !inFlight.current) {
      values.current = base.current.values;
      setShown(values.current);
    }
  }, [recommendation]);

  // What was restored from an earlier visit is saved (or found to conflict) right away; what is
  // still waiting for its debounce when the page goes is sent on the way out.
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    if (initial.current?.restored) void runRef.current();
    return () => {
      if (timer.current === null) return;
      clearTimeout(timer.current);
      timer.current = null;
      void runRef.current();
    };
  }, []);

  return {
    values: shown,
    status,
    restored: initial.current.restored,
    version: () => base.current.version,
    baseValues: base.current.values,
    change,
    flush,
    resolve,
  };
}

function differs(base: Base, values: ContentValues): boolean {
  return changedFields(base.values, values).length > 0;
}

function problemOf(error: CombinedError | undefined, actionFieldId: string): SaveStatus {
  const conflict = errorWithCode(error, 'CONFLICT');
  if (conflict) {
    const current = currentVersionOf(conflict.extensions, actionFieldId);
    if (current) return { kind: 'conflict', current };
  }
  const invalid = errorWithCode(error, 'BAD_USER_INPUT');
  if (invalid) {
    const fields = invalid.extensions['fields'];
    const named =
      typeof fields === 'object' && fields !== null
        ? Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, String(message)]))
        : {};
    return { kind: 'invalid', fields: named };
  }
  return { kind: 'failed' };
}
