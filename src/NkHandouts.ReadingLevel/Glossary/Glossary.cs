namespace NkHandouts.ReadingLevel.Glossary;

/// <summary>A jargon term and the plain-language wording a patient text should use instead.</summary>
public sealed record GlossaryEntry(string Term, string Plain);

/// <summary>The project's glossary (content/glossary.yaml): terms in file order.</summary>
public sealed record Glossary(IReadOnlyList<GlossaryEntry> Entries)
{
    public static readonly Glossary Empty = new([]);
}
