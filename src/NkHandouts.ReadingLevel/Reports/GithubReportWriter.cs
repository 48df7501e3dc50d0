using System.Text;

namespace NkHandouts.ReadingLevel.Reports;

/// <summary>
/// GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,title=…::message</c>, one line per finding, with
/// the escaping the runner expects (% CR LF in messages; also : and , in properties).
/// </summary>
public static class GithubReportWriter
{
    public static string Write(IReadOnlyList<CheckResult> results)
    {
        var sb = new StringBuilder();
        foreach (var result in results)
        {
            foreach (var f in Finding.For(result))
            {
                var command = f.Level switch { FindingLevel.Error => "error", FindingLevel.Warning => "warning", _ => "notice" };
                sb.Append("::").Append(command)
                    .Append(" file=").Append(Property(f.Location.Path.Replace('\\', '/')))
                    .Append(",line=").Append(Math.Max(1, f.Location.Line))
                    .Append(",col=").Append(Math.Max(1, f.Location.Column))
                    .Append(",title=").Append(Property(f.RuleId))
                    .Append("::").Append(Data(f.Message)).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
}
