// Renders document text as paragraphs. React escapes the text; nothing here is raw HTML.
export function DocumentText({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <div className="max-w-prose space-y-4 font-serif text-[1.05rem] leading-relaxed text-stone-800" data-testid="document-text">
      {paragraphs.map((p, i) => (
        <p key={i} className="whitespace-pre-line break-words">
          {p}
        </p>
      ))}
    </div>
  );
}
