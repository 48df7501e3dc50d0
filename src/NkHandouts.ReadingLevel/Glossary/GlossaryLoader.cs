using NkHandouts.Diagnostics;
using NkHandouts.IO;
using NkHandouts.Yaml;

namespace NkHandouts.ReadingLevel.Glossary;

/// <summary>
/// Reads content/glossary.yaml: a mapping of term to plain wording, e.g. <c>autologous: from your own body</c>.
/// Problems become located diagnostics (wrong type, empty wording) and the bad entry is skipped.
/// </summary>
public static class GlossaryLoader
{
    public static Glossary Load(string path, DiagnosticBag diagnostics)
    {
        var text = SourceFile.ReadText(path, diagnostics);
        return text is null ? Glossary.Empty : Parse(text, path, diagnostics);
    }

    public static Glossary Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var map = YamlSource.Parse(text, path, lineOffset: 0, diagnostics, "glossary");
        if (map is null)
        {
            return Glossary.Empty;
        }

        var entries = new List<GlossaryEntry>();
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

            entries.Add(new GlossaryEntry(term, plain));
        }

        return new Glossary(entries);
    }
}
