using System.Text;

namespace NkHandouts.Html;

/// <summary>An HTML text being written: every piece of text and every attribute value goes through
/// <see cref="HtmlEscape"/>; only tag names and attribute names chosen by this project are written raw.</summary>
internal sealed class Markup
{
    private readonly StringBuilder _sb = new();

    public Markup Raw(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    public Markup Text(string? text)
    {
        HtmlEscape.Append(_sb, text);
        return this;
    }

    public Markup Line(string markup = "") => Raw(markup).Raw("\n");

    /// <summary>Opens <c>&lt;tag a="v"…&gt;</c>; attributes whose value is null are left out.</summary>
    public Markup Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _sb.Append(' ').Append(name).Append("=\"");
            HtmlEscape.Append(_sb, value);
            _sb.Append('"');
        }

        _sb.Append('>');
        return this;
    }

    public Markup Close(string tag) => Raw("</").Raw(tag).Raw(">");

    /// <summary><c>&lt;tag …&gt;text&lt;/tag&gt;</c>.</summary>
    public Markup Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public override string ToString() => _sb.ToString();
}
