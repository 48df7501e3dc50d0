using NkHandouts.Diagnostics;
using NkHandouts.Templates;

namespace NkHandouts.Word.Styles;

/// <summary>
/// Checks, before a briefing template is used (<see cref="BriefingOutput.CheckBeforeUse"/>), that every text colour its
/// styles can produce passes WCAG 2 AA against the background it is used on (<see cref="StyleContrast"/>): the built-in
/// styles made from the template's colours, or the reference document's styles where it has them. A failure is an error located at the template key the
/// colour comes from (brand.colours.accent…), or at the reference document naming the Word style.
/// </summary>
internal static class ContrastCheck
{
    public static void Run(TemplateSection section, BriefingOptions options, DiagnosticBag diagnostics)
    {
        var template = section.Common;
        // Quietly: a reference document that does not load is reported where it is used, by the writer.
        var reference = options.Reference is { } path ? ReferenceDocument.Load(path, new DiagnosticBag()) : null;
        var styles = StyleSet.Resolve(reference, template, "en-US");
        var fromReference = reference?.Styles.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>()
            .Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];

        foreach (var pair in StyleContrast.Pairs(styles).Where(p => p.Fails))
        {
            var on = pair.OnStyleId is null || pair.OnStyleId == pair.StyleId ? pair.OnWhat : $"{pair.OnWhat} of '{Name(styles, pair.OnStyleId)}'";
            var what = $"'{pair.StyleName}' text {pair.Fore} on {on} {pair.Back} has contrast {StyleContrast.Format(pair.Ratio)}; WCAG AA needs {pair.Required:0.#}:1";
            if (fromReference.Contains(pair.StyleId) || (pair.OnStyleId is { } o && fromReference.Contains(o)))
            {
                diagnostics.Error(DiagnosticCodes.LowContrast, SourceLocation.FileOnly(Shown(section, options.Reference!)), "reference document style " + what,
                    $"in Word, modify the '{pair.StyleName}' style's font colour (or its background), or regenerate the file with 'nkhandouts template reference {template.Name}'");
                continue;
            }

            var foreKey = Key(template, pair.Fore);
            var backKey = pair.Back == Colour.White ? null : Key(template, pair.Back);
            var key = foreKey ?? backKey;
            var location = key is null ? section.Root.Location : Locate(section, key);
            var named = string.Join(" on ", new[] { foreKey, backKey }.OfType<string>().Select(k => "brand.colours." + k));
            diagnostics.Error(DiagnosticCodes.LowContrast, location, what + (named.Length == 0 ? "" : $" ({named})"),
                key is null ? "this colour is built in; choose template colours that give it a lighter background" : $"darken brand.colours.{foreKey ?? "text"} or lighten the background" + (backKey is null ? "" : $" (brand.colours.{backKey})"));
        }
    }

    /// <summary>The reference document's path as the template's own diagnostics show theirs (the templates folder as the
    /// user gave it, not the absolute path the asset was resolved to).</summary>
    private static string Shown(TemplateSection section, string reference) =>
        Path.Combine(Path.GetDirectoryName(section.Root.Location.Path) ?? "", Path.GetRelativePath(section.Common.Folder, reference));

    private static string Name(DocumentFormat.OpenXml.Wordprocessing.Styles styles, string id) =>
        styles.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>().FirstOrDefault(s => s.StyleId?.Value == id)?.StyleName?.Val?.Value ?? id;

    /// <summary>The template colour key with this value (text, heading, accent…), or null for a built-in colour.</summary>
    private static string? Key(Template template, Colour colour) =>
        template.Brand.Colours.Named.Where(n => n.Screen == colour).Select(n => n.Name).FirstOrDefault();

    /// <summary>Where the key's value is written; the colours (or brand, or the file) when the template leaves it to the default.</summary>
    private static SourceLocation Locate(TemplateSection section, string key)
    {
        var brand = section.Root.Map("brand");
        var colours = brand?.Map("colours");
        if (colours is not null && colours.Has(key))
        {
            return colours.LocationOfValue(key);
        }

        return colours?.Location ?? brand?.Location ?? section.Root.Location;
    }
}
