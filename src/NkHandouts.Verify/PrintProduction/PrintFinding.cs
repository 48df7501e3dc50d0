namespace NkHandouts.Verify.PrintProduction;

/// <summary>One PDF/X-4 condition a file breaks. <paramref name="Page"/> is 1-based, or null for the document.</summary>
public sealed record PrintFinding(string Rule, string Message, int? Page = null)
{
    public override string ToString() => Page is { } p ? $"page {p}: {Message} [{Rule}]" : $"{Message} [{Rule}]";
}
