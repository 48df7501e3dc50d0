using System.Xml;
using System.Xml.Linq;

namespace NkHandouts.Layout;

/// <summary>
/// Parses untrusted SVG without ever touching anything outside the text: DTDs are prohibited (no entity expansion,
/// so no billion laughs and no XXE), no resolver is set (nothing is fetched), and the document size is capped.
/// <see cref="Findings"/> lists active or external content (scripts, event handlers, foreignObject, external
/// references): the reader never runs or fetches any of it, and the caller warns so the author knows it was dropped.
/// </summary>
public static class SvgSafety
{
    /// <summary>Largest SVG text accepted, in characters.</summary>
    public const long MaxCharacters = 8 * 1024 * 1024;

    /// <summary>Throws <see cref="XmlException"/> (with line and column) for malformed XML or any DTD.</summary>
    public static XDocument Load(string svgText)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(new StringReader(svgText), settings);
        try
        {
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e) when (e.LineNumber == 0 && svgText.IndexOf("<!DOCTYPE", StringComparison.Ordinal) is var at and >= 0)
        {
            // The DTD refusal carries no position of its own: point at the DOCTYPE.
            var line = 1 + svgText.AsSpan(0, at).Count('\n');
            var lineStart = at == 0 ? -1 : svgText.LastIndexOf('\n', at - 1);
            throw new XmlException(e.Message, e, line, at - lineStart);
        }
    }

    /// <summary>Active or external content, one line each ("script at line 3 is never run").</summary>
    public static IReadOnlyList<string> Findings(XDocument doc)
    {
        var found = new List<string>();
        foreach (var e in doc.Descendants())
        {
            var at = e is IXmlLineInfo li && li.HasLineInfo() ? $" at line {li.LineNumber}" : "";
            var name = e.Name.LocalName;
            if (name is "script" or "foreignObject" or "iframe" or "handler")
            {
                found.Add($"<{name}>{at} is never run or drawn");
            }

            foreach (var a in e.Attributes())
            {
                var an = a.Name.LocalName;
                if (an.StartsWith("on", StringComparison.OrdinalIgnoreCase) && an.Length > 2)
                {
                    found.Add($"event handler '{an}'{at} is never run");
                }
                else if (an is "href" or "src" && !a.Value.TrimStart().StartsWith('#'))
                {
                    found.Add($"external reference '{Short(a.Value)}'{at} is never fetched");
                }
                else if (an == "style" && HasExternalUrl(a.Value))
                {
                    found.Add($"external url() in a style{at} is never fetched");
                }
            }

            if (name == "style" && HasExternalUrl(e.Value))
            {
                found.Add($"<style>{at} with an external url() or @import is never fetched");
            }
        }

        return found;
    }

    private static bool HasExternalUrl(string css) =>
        css.Contains("@import", StringComparison.OrdinalIgnoreCase)
        || System.Text.RegularExpressions.Regex.IsMatch(css, @"url\(\s*['""]?\s*[^#\s'"")]", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static string Short(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
