using NkHandouts.Diagnostics;
using NkHandouts.IO;
using NkHandouts.Yaml;

namespace NkHandouts.Content;

/// <summary>
/// content/glossary.yaml: a mapping of term to plain wording, e.g. <c>autologous: from your own body</c>. Read here
/// (in Core) so every command that loads the project — validate, build, list, check — reports the same problems at
/// the same lines; the reading-level analyzer builds its glossary from these entries.
/// </summary>
public static class GlossaryFile
{
    public const string Name = "glossary.yaml";

    public static IReadOnlyList<(string Term, string Plain)> Read(string path, DiagnosticBag diagnostics)
    {
        var text = SourceFile.ReadText(path, diagnostics);
        return text is null ? [] : Parse(text, path, diagnostics);
    }

    public static IReadOnlyList<(string Term, string Plain)> Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var map = YamlSource.Parse(text, path, lineOffset: 0, diagnostics, "glossary");
        if (map is null)
        {
            return [];
        }

        var entries = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in map.Keys)
        {
            var term = key.Trim();
            var plain = map.String(key, required: true, hint: $"write the plain wording after '{key}:', e.g. {key}: a simpler word");
            if (plain is null || term.Length == 0)
            {
                continue;
            }

            if (!seen.Add(term))
            {
                diagnostics.Warning(DiagnosticCodes.DuplicateKey, map.LocationOf(key), $"glossary term '{term}' is listed twice (terms ignore case)", "keep one entry");
                continue;
            }

            entries.Add((term, plain));
        }

        return entries;
    }
}
