using YamlDotNet.RepresentationModel;

namespace NkHandouts.Import.Writing;

/// <summary>The top-level scalar values of an article's front matter, as YAML reads them.</summary>
internal static class FrontMatterValues
{
    public static Dictionary<string, string> Read(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return values;
        }

        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0)
        {
            return values;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text[4..(close + 1)]));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                foreach (var (k, v) in map.Children)
                {
                    if (k is YamlScalarNode { Value: { } key } && v is YamlScalarNode { Value: { } value })
                    {
                        values[key] = value;
                    }
                }
            }
        }
        catch (YamlDotNet.Core.YamlException)
        {
            // The loader reported it already; no front matter edits then.
        }

        return values;
    }
}
