using System.Globalization;
using NkHandouts.Diagnostics;
using NkHandouts.Text;
using YamlDotNet.RepresentationModel;

namespace NkHandouts.Yaml;

/// <summary>
/// Typed, located reads from a YAML mapping. Every wrong type or unknown key becomes a diagnostic at the node's own
/// line and column, so front matter and template.yaml report problems the same way.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly YamlSource _source;

    public YamlMap(YamlMappingNode node, YamlSource source)
    {
        _node = node;
        _source = source;
    }

    public DiagnosticBag Diagnostics => _source.Diagnostics;

    public SourceLocation Location => _source.At(_node);

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public bool Has(string key) => Find(key) is not null;

    public SourceLocation LocationOf(string key) => Find(key) is { } n ? _source.At(n) : Location;

    /// <summary>Reports keys that are not in <paramref name="known"/>, with the closest known key as a hint.</summary>
    public void CheckKeys(IReadOnlyCollection<string> known, string what, bool unknownIsError)
    {
        foreach (var keyNode in _node.Children.Keys)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (known.Contains(key))
            {
                continue;
            }

            var closest = KeySuggester.Closest(key, known);
            var hint = closest is null
                ? $"known keys: {string.Join(", ", known)}"
                : $"did you mean '{closest}'?";
            var message = $"unknown {what} key '{key}'";
            if (unknownIsError)
            {
                Diagnostics.Error(DiagnosticCodes.UnknownKey, _source.At(keyNode), message, hint);
            }
            else
            {
                Diagnostics.Warning(DiagnosticCodes.UnknownKey, _source.At(keyNode), message, hint);
            }
        }
    }

    public string? String(string key, bool required = false, string? hint = null)
    {
        var node = Value(key, required, hint);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            var value = scalar.Value?.Trim();
            if (required && string.IsNullOrEmpty(value))
            {
                Diagnostics.Error(DiagnosticCodes.MissingKey, _source.At(node), $"'{key}' is empty", hint ?? $"give '{key}' a value");
                return null;
            }

            return string.IsNullOrEmpty(value) ? null : value;
        }

        WrongType(key, node, "a text value");
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Diagnostics.Error(DiagnosticCodes.WrongType, LocationOfValue(key), $"'{key}' must be a date written YYYY-MM-DD, not '{text}'", $"for example {key}: 2025-12-19");
        return null;
    }

    public double? Number(string key, double min = double.MinValue, double max = double.MaxValue)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            Diagnostics.Error(DiagnosticCodes.WrongType, LocationOfValue(key), $"'{key}' must be a number, not '{text}'", "write digits with a '.' for decimals, e.g. 1.4");
            return null;
        }

        if (value < min || value > max)
        {
            Diagnostics.Error(DiagnosticCodes.InvalidValue, LocationOfValue(key), $"'{key}' is {value.ToString(CultureInfo.InvariantCulture)}; it must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}", "use a value in that range");
            return null;
        }

        return value;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
            default:
                Diagnostics.Error(DiagnosticCodes.WrongType, LocationOfValue(key), $"'{key}' must be true or false, not '{text}'");
                return null;
        }
    }

    /// <summary>A list of strings; a single scalar counts as a list of one, and a comma-separated scalar is split.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        var node = Value(key, false, null);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return (scalar.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            case YamlSequenceNode seq:
                var list = new List<string>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value))
                    {
                        list.Add(s.Value.Trim());
                    }
                    else
                    {
                        Diagnostics.Error(DiagnosticCodes.WrongType, _source.At(item), $"every item of '{key}' must be a text value");
                    }
                }

                return list;
            default:
                WrongType(key, node, "a list of text values");
                return [];
        }
    }

    /// <summary>Where each item of a list (or the scalar) stands, in the order <see cref="StringList"/> returns them.</summary>
    public IReadOnlyList<SourceLocation> StringListLocations(string key)
    {
        return Value(key, false, null) switch
        {
            YamlSequenceNode seq => seq.Children.Where(i => i is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)).Select(i => _source.At(i)).ToList(),
            YamlScalarNode scalar => (scalar.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(_ => _source.At(scalar)).ToList(),
            _ => [],
        };
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var node = Value(key, required, null);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode map)
        {
            return new YamlMap(map, _source);
        }

        WrongType(key, node, "a mapping (indented 'key: value' lines)");
        return null;
    }

    /// <summary>A list of mappings (e.g. font files); other items are reported.</summary>
    public IReadOnlyList<YamlMap> MapList(string key)
    {
        var node = Value(key, false, null);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode seq)
        {
            WrongType(key, node, "a list of mappings");
            return [];
        }

        var maps = new List<YamlMap>();
        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode m)
            {
                maps.Add(new YamlMap(m, _source));
            }
            else
            {
                Diagnostics.Error(DiagnosticCodes.WrongType, _source.At(item), $"every item of '{key}' must be a mapping");
            }
        }

        return maps;
    }

    /// <summary>The raw node, for values that may take several shapes (e.g. margins as one length or four).</summary>
    public YamlNode? Node(string key) => Find(key) is { } k ? _node.Children[k] : null;

    public SourceLocation LocationOfValue(string key) => Node(key) is { } v ? _source.At(v) : LocationOf(key);

    private YamlNode? Value(string key, bool required, string? hint)
    {
        var k = Find(key);
        if (k is null)
        {
            if (required)
            {
                Diagnostics.Error(DiagnosticCodes.MissingKey, Location, $"required key '{key}' is missing", hint ?? $"add a line '{key}: …'");
            }

            return null;
        }

        var value = _node.Children[k];
        if (value is YamlScalarNode { Value: null or "" } && !required)
        {
            return null;
        }

        return value;
    }

    private YamlScalarNode? Find(string key) =>
        _node.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == key);

    private void WrongType(string key, YamlNode node, string expected) =>
        Diagnostics.Error(DiagnosticCodes.WrongType, _source.At(node), $"'{key}' must be {expected}, not a {Describe(node)}", $"see the README for the shape of '{key}'");

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "text value",
    };
}
