using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace NkHandouts.Import.Reading;

/// <summary>The text each comment is anchored to: everything between its range start and end, in document order.</summary>
internal static class CommentAnchors
{
    public static Dictionary<string, string> Collect(OpenXmlElement? body)
    {
        var open = new Dictionary<string, System.Text.StringBuilder>(StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (body is null)
        {
            return result;
        }

        foreach (var e in body.Descendants())
        {
            switch (e)
            {
                case CommentRangeStart s when s.Id?.Value is { } id:
                    open[id] = new System.Text.StringBuilder();
                    break;
                case CommentRangeEnd end when end.Id?.Value is { } id && open.Remove(id, out var sb):
                    result[id] = Model.Segments.Fold(sb.ToString()).Trim();
                    break;
                case WText t when t.Parent is Run && t.Parent.Parent is not DeletedRun:
                    foreach (var sb in open.Values)
                    {
                        sb.Append(t.Text);
                    }

                    break;
                case Paragraph:
                    foreach (var sb in open.Values)
                    {
                        sb.Append(' ');
                    }

                    break;
            }
        }

        foreach (var (id, sb) in open)
        {
            result[id] = Model.Segments.Fold(sb.ToString()).Trim();
        }

        return result;
    }
}
