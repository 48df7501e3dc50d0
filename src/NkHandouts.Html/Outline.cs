using System.Text;

namespace NkHandouts.Html;

/// <summary>
/// Heading levels and element ids for one page. The title is the only <c>h1</c>; body headings start at <c>h2</c>
/// and never skip a level going down (a <c>####</c> straight after a <c>##</c> becomes an <c>h3</c>), so the outline a
/// screen reader lists has no holes. Ids are ASCII slugs of the text, unique on the page.
/// </summary>
internal sealed class Outline
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public Outline(IEnumerable<string> reserved)
    {
        foreach (var id in reserved)
        {
            _ids.Add(id);
        }
    }

    /// <summary>The level of the last heading written (1: the title).</summary>
    public int Current { get; private set; } = 1;

    /// <summary>The level to write a Markdown heading of <paramref name="markdownLevel"/> at; becomes current.</summary>
    public int Heading(int markdownLevel)
    {
        Current = Math.Clamp(markdownLevel, 2, Math.Min(6, Current + 1));
        return Current;
    }

    /// <summary>A heading one below the current one (a callout's label), without changing the current level for
    /// what follows the callout.</summary>
    public int Child => Math.Min(6, Current + 1);

    /// <summary>Runs <paramref name="write"/> as if the current level were <paramref name="level"/> (blocks inside a
    /// callout sit below its label), then restores it.</summary>
    public void Within(int level, Action write)
    {
        var saved = Current;
        Current = level;
        try
        {
            write();
        }
        finally
        {
            Current = saved;
        }
    }

    /// <summary>A unique id from <paramref name="text"/>: lower-case ASCII letters and digits joined by hyphens.</summary>
    public string Id(string text, string fallback)
    {
        var slug = Slug(text);
        if (slug.Length == 0 || !char.IsAsciiLetter(slug[0]))
        {
            slug = slug.Length == 0 ? fallback : fallback + "-" + slug;
        }

        var id = slug;
        for (var n = 2; !_ids.Add(id); n++)
        {
            id = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id;
    }

    private static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue; // é → e
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }

            if (sb.Length >= 60)
            {
                break;
            }
        }

        return sb.ToString().Trim('-');
    }
}
