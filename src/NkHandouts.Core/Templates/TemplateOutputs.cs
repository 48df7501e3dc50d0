namespace NkHandouts.Templates;

/// <summary>The outputs a run knows, by <c>output:</c> key: what <see cref="TemplateLoader"/> accepts and whose
/// sections it hands on. The CLI builds it from its renderers; tests can register their own.</summary>
public sealed class TemplateOutputs
{
    private readonly Dictionary<string, ITemplateOutput> _byKey = new(StringComparer.Ordinal);

    public TemplateOutputs(IEnumerable<ITemplateOutput> outputs)
    {
        foreach (var output in outputs)
        {
            if (!_byKey.TryAdd(output.Key, output))
            {
                throw new ArgumentException($"two outputs are registered for '{output.Key}'", nameof(outputs));
            }

            if (TemplateLoader.CommonKeys.Contains(output.Section) || _byKey.Values.Count(o => o.Section == output.Section) > 1)
            {
                throw new ArgumentException($"output '{output.Key}' claims the section '{output.Section}', which is taken", nameof(outputs));
            }
        }
    }

    public IEnumerable<ITemplateOutput> All => _byKey.Values.OrderBy(o => o.Key, StringComparer.Ordinal);

    public IEnumerable<string> Keys => All.Select(o => o.Key);

    public ITemplateOutput? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The output whose options live under <paramref name="section"/>, if any.</summary>
    public ITemplateOutput? BySection(string section) => _byKey.Values.FirstOrDefault(o => o.Section == section);

    /// <summary>"PDF leaflet" for <c>pdf-leaflet</c>; the key itself for an output no renderer here makes.</summary>
    public string LabelOf(string key) => Find(key)?.Label ?? key;
}
