namespace NkHandouts.Content;

/// <summary>Inline content of a paragraph, heading, list item or table cell. Format-neutral.</summary>
public abstract record Inline;

public sealed record TextInline(string Text) : Inline;

public sealed record EmphasisInline(IReadOnlyList<Inline> Children) : Inline;

public sealed record StrongInline(IReadOnlyList<Inline> Children) : Inline;

/// <summary>A hyperlink. Only http, https, mailto and tel targets survive loading.</summary>
public sealed record LinkInline(string Url, IReadOnlyList<Inline> Children, string? Title = null) : Inline;

public sealed record CodeInline(string Code) : Inline;

/// <summary>A hard line break (two trailing spaces or a backslash in Markdown).</summary>
public sealed record LineBreakInline : Inline;

/// <summary>A reference to a footnote, numbered in order of first use.</summary>
public sealed record FootnoteReferenceInline(int Number) : Inline;
