using System.Text;
using NkHandouts.Diagnostics;
using NkHandouts.Yaml;
using YamlDotNet.RepresentationModel;
using NkHandouts.Hashing;

namespace NkHandouts.Content;

/// <summary>
/// The hash a translation records of its source (<c>translationOf.sha256</c>): SHA-256 of the source's
/// <em>translatable text</em> — its body and every front-matter value that holds words a translator carries over
/// (title, subtitle, summary, keywords, author, source title and note …) — and not of the keys that govern the file
/// (<see cref="NotText"/>: status, approval, review date, templates, version, date, url, language, audience) nor of
/// YAML comments. Approving the English, renewing its review date or adding a template therefore leaves its
/// translations current; changing a word of it makes them outdated. Text is read as UTF-8 without a byte-order mark
/// and with LF line ends, so a checkout with CRLF line ends does not look like an edit.
/// </summary>
public static class TranslationHash
{
    /// <summary>Front-matter keys whose values are not text to translate.</summary>
    public static readonly IReadOnlySet<string> NotText = new HashSet<string>(StringComparer.Ordinal)
    {
        "status", "approvedBy", "approved", "reviewBy", "templates", "version", "date", "url", "language", "audience", "translationOf",
    };

    public static string Of(string text)
    {
        var normalised = Normalise(text);
        var yaml = FrontMatter.Extract(normalised, out var endLine);
        var map = yaml is null ? null : YamlSource.Parse(yaml, "(translation source)", 1, new DiagnosticBag(), "front matter");
        if (map is null)
        {
            return Sha(normalised); // no (readable) front matter: the whole text is what a translator works from
        }

        var canonical = new StringBuilder();
        foreach (var key in map.Keys.Where(k => !NotText.Contains(k)).Order(StringComparer.Ordinal))
        {
            canonical.Append(key).Append('\u001F');
            Append(canonical, map.Node(key));
            canonical.Append('\u001E');
        }

        canonical.Append('\u001D').Append(Body(normalised, endLine));
        return Sha(canonical.ToString());
    }

    /// <summary>The hash earlier versions recorded: the whole file. A translation that still records it is current
    /// while its source is byte for byte the same; the freshness warning then gives the new hash to record.</summary>
    public static string OfWholeText(string text) => Sha(Normalise(text));

    public static string OfFile(string path) => Of(File.ReadAllText(path, Encoding.UTF8));

    private static string Normalise(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>The text after the front matter's closing line.</summary>
    private static string Body(string text, int endLine)
    {
        var at = 0;
        for (var line = 1; line <= endLine && at >= 0; line++)
        {
            at = text.IndexOf('\n', at) is var n and >= 0 ? n + 1 : -1;
        }

        return at < 0 ? "" : text[at..];
    }

    /// <summary>A YAML value written one way whatever its layout (folded or quoted scalars, flow or block lists).</summary>
    private static void Append(StringBuilder sb, YamlNode? node)
    {
        switch (node)
        {
            case YamlScalarNode s:
                sb.Append('"').Append(s.Value).Append('"');
                break;
            case YamlSequenceNode seq:
                sb.Append('[');
                foreach (var item in seq.Children)
                {
                    Append(sb, item);
                    sb.Append(',');
                }

                sb.Append(']');
                break;
            case YamlMappingNode m:
                sb.Append('{');
                foreach (var (k, v) in m.Children.Select(kv => (((YamlScalarNode)kv.Key).Value ?? "", kv.Value)).OrderBy(kv => kv.Item1, StringComparer.Ordinal))
                {
                    sb.Append(k).Append(':');
                    Append(sb, v);
                    sb.Append(',');
                }

                sb.Append('}');
                break;
        }
    }

    private static string Sha(string s) => Sha256.Hex(Encoding.UTF8.GetBytes(s));
}
