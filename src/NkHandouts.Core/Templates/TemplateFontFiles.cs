using NkHandouts.Diagnostics;

namespace NkHandouts.Templates;

/// <summary>
/// Every font file a template lists must be one its output can draw with. Core parses no fonts, so each output that
/// uses them passes its own reader here from <see cref="ITemplateOutput.CheckBeforeUse"/>: validate and list then
/// report a damaged file at its template.yaml <c>file:</c> line, as a build does, and a build refuses the template's
/// jobs once at planning instead of failing each one while it renders.
/// </summary>
public static class TemplateFontFiles
{
    /// <param name="whyUnusable">The output's font reader: null for a file it can use, else the reason it cannot.</param>
    public static void Check(Template template, Func<string, string?> whyUnusable, DiagnosticBag diagnostics)
    {
        foreach (var font in template.Typography.Fonts)
        {
            if (whyUnusable(font.Path) is { } reason)
            {
                diagnostics.Add(TemplateFontDiagnostic.Unreadable(template, font.Path, reason));
            }
        }
    }
}
