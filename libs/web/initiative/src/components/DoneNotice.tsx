import { useEffect, useRef } from 'react';

/**
 * The polite status line under an action that takes focus when its message comes ("Der Meilenstein
 * ist angelegt."), so keyboard and screen reader users learn the outcome where they are. Always
 * there, empty until then, so assistive technology is listening before the message comes.
 */
export function DoneNotice({ message }: { message: string | null }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) notice.current?.focus();
  }, [message]);
  return (
    <p ref={notice} tabIndex={-1} role="status" className={message ? 'notice' : 'notice notice--empty'}>
      {message}
    </p>
  );
}
