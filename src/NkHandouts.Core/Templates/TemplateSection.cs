using NkHandouts.Diagnostics;
using NkHandouts.Yaml;

namespace NkHandouts.Templates;

/// <summary>What an output reads its options from: its own section (null when the template has none), the
/// <c>page:</c> mapping (for the page keys it declared), and the template's common part, already read.</summary>
public sealed record TemplateSection(YamlMap? Options, YamlMap? Page, YamlMap Root, Template Common)
{
    public DiagnosticBag Diagnostics => Root.Diagnostics;

    /// <summary>A file named by <paramref name="key"/>, resolved inside the template folder; null (after an error
    /// located at the value) when it is outside the folder or missing.</summary>
    public string? Asset(YamlMap map, string key, bool required = false) => TemplateAssets.Resolve(map, key, Common.Folder, required);
}
