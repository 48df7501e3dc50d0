using System.Text;
using System.Text.RegularExpressions;

namespace NkHandouts.Build;

/// <summary>Shell-style globs over output file names: <c>*</c> any run, <c>?</c> one character.</summary>
public static class Glob
{
    public static Regex ToRegex(string glob)
    {
        var sb = new StringBuilder("^");
        foreach (var c in glob)
        {
            sb.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return new Regex(sb.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}
