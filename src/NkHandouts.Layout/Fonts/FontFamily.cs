namespace NkHandouts.Layout;

/// <summary>The faces of one family. A missing style falls back to the nearest one present (bold italic → bold → regular).</summary>
public sealed class FontFamily
{
    private readonly Dictionary<FontStyle, FontFace> faces;

    public FontFamily(string name, IReadOnlyDictionary<FontStyle, FontFace> faces)
    {
        if (faces.Count == 0)
        {
            throw new ArgumentException("a family needs at least one face", nameof(faces));
        }

        Name = name;
        this.faces = new Dictionary<FontStyle, FontFace>(faces);
    }

    public string Name { get; }

    public FontFace Face(FontStyle style)
    {
        if (faces.TryGetValue(style, out var f))
        {
            return f;
        }

        FontStyle[] order = style switch
        {
            FontStyle.BoldItalic => [FontStyle.Bold, FontStyle.Italic, FontStyle.Regular],
            FontStyle.Bold => [FontStyle.Regular],
            FontStyle.Italic => [FontStyle.Regular],
            _ => [FontStyle.Bold, FontStyle.Italic, FontStyle.BoldItalic],
        };
        foreach (var s in order)
        {
            if (faces.TryGetValue(s, out f))
            {
                return f;
            }
        }

        return faces.Values.First();
    }

    public IEnumerable<FontFace> Faces => faces.Values;
}
