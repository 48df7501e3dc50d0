using DocumentFormat.OpenXml.Packaging;
using NkHandouts.Word.Packaging;

namespace NkHandouts.Word.Mapping;

/// <summary>
/// External hyperlink relationships of one part, with explicit ids (<c>rIdLink1</c>, <c>rIdLink2</c>…) so two builds
/// give identical bytes. A URL used twice shares one relationship.
/// </summary>
internal sealed class HyperlinkRegistry(OpenXmlPart part, string prefix = "rIdLink")
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public string IdFor(string url)
    {
        if (_ids.TryGetValue(url, out var id))
        {
            return id;
        }

        id = prefix + Units.Text(_ids.Count + 1);
        part.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), isExternal: true, id);
        _ids[url] = id;
        return id;
    }
}
