using NkHandouts.Content;
using NkHandouts.Diagnostics;

namespace NkHandouts.ReadingLevel.Glossary;

/// <summary>
/// Reads content/glossary.yaml (see <see cref="GlossaryFile"/>, which every command shares): problems become located
/// diagnostics (wrong type, empty wording, a term twice) and the bad entry is skipped.
/// </summary>
public static class GlossaryLoader
{
    public static Glossary Load(string path, DiagnosticBag diagnostics) => From(GlossaryFile.Read(path, diagnostics));

    public static Glossary Parse(string text, string path, DiagnosticBag diagnostics) => From(GlossaryFile.Parse(text, path, diagnostics));

    private static Glossary From(IReadOnlyList<(string Term, string Plain)> entries) =>
        new([.. entries.Select(e => new GlossaryEntry(e.Term, e.Plain))]);
}
