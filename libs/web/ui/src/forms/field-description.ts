/** The ids a field's hint and error get, and the aria-describedby that names them (error first). */
export function fieldDescription(id: string, hint: string | undefined, error: string | null) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return { hintId, errorId, describedBy: describedBy || undefined };
}
