/**
 * A polite live region that is always there (so assistive technology is listening before the
 * message comes) and shows a success message like "Gespeichert." when there is one.
 */
export function StatusNotice({ message }: { message: string | null }) {
  return (
    <div role="status" className={message ? 'notice' : 'notice notice--empty'}>
      {message}
    </div>
  );
}
