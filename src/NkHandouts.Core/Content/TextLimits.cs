using NkHandouts.Diagnostics;
using NkHandouts.Templates;

namespace NkHandouts.Content;

/// <summary>
/// The template's limits on an article's text, applied to the model once, before any renderer sees it, so PDF, Word
/// and HTML agree: tables too wide are stacked, nesting too deep is set flat past the limit, words no line holds are
/// named; each is refused in patient outputs (<paramref name="refuse"/>) and a warning elsewhere.
/// </summary>
public static class TextLimits
{
    public static Article Apply(Article article, TemplateLimits limits, bool refuse, DiagnosticBag diagnostics)
    {
        // Tables first: a stacked table becomes lists, which count as nesting where they stand.
        var shaped = WideTables.Apply(article, limits.MaxTableColumns, refuse, diagnostics);
        shaped = DeepNesting.Apply(shaped, limits.MaxNestingDepth, refuse, diagnostics);
        LongWords.Check(shaped, limits.MaxWordLength, refuse, diagnostics);
        return shaped;
    }

    /// <summary>The summary line's reason when a limit refused the output: the first refusal's subject.</summary>
    public static string Refusal(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.FirstOrDefault(d => d.IsError)?.Code switch
        {
            DiagnosticCodes.WordTooLong => "a word is too long",
            DiagnosticCodes.NestingPastLimit => "quotes, lists or boxes are nested too deep",
            _ => "a table is too wide",
        } + " for a patient output; the previous output was kept";
}
