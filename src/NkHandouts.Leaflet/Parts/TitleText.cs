using System.Text.RegularExpressions;

namespace NkHandouts.Leaflet.Parts;

/// <summary>Title text as it is set: a small number stays on the line of the word it counts ("3 Myths", never
/// "3 / Myths"), by a no-break space.</summary>
internal static partial class TitleText
{
    public static string Bind(string title) => NumberThenWord().Replace(title, "$1\u00A0");

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(\p{N}{1,3}) (?=\p{L})")]
    private static partial Regex NumberThenWord();
}
