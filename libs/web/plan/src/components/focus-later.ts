import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Moves keyboard focus to a control after the next render, when the list it belongs to has been
 * re-ordered or the control has just appeared: controls register under a key, the action names
 * the key that should have focus afterwards.
 */
export function useFocusAfterRender() {
  const elements = useRef(new Map<string, HTMLElement>());
  const [pending, setPending] = useState<{ key: string } | null>(null);

  useEffect(() => {
    if (!pending) return;
    elements.current.get(pending.key)?.focus();
  }, [pending]);

  const register = useCallback(
    (key: string) => (element: HTMLElement | null) => {
      if (element) elements.current.set(key, element);
      else elements.current.delete(key);
    },
    [],
  );
  // A new object each time, so the same key twice in a row focuses again.
  const focusLater = useCallback((key: string) => setPending({ key }), []);
  return { register, focusLater };
}
