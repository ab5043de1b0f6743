/** Plain text as paragraphs: blank lines separate them, single line breaks stay. */
export function Paragraphs({ text, empty }: { text: string; empty: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
  if (paragraphs.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="plan-text">
          {paragraph}
        </p>
      ))}
    </>
  );
}
