using NkHandouts.ReadingLevel.Policy;

namespace NkHandouts.Serve.Pages;

/// <summary>A verdict in words and a symbol, never colour alone: "✔ pass", "▲ warn", "✖ fail", "ℹ report only".</summary>
internal static class Verdicts
{
    public static string Word(Verdict v) => !v.Enforced ? "report only" : v.Name;

    public static string Html(Verdict v)
    {
        var (cls, symbol) = !v.Enforced ? ("report", "ℹ") : v.Outcome switch
        {
            Outcome.Pass => ("pass", "✔"),
            Outcome.Warn => ("warn", "▲"),
            _ => ("fail", "✖"),
        };
        return $"<span class=\"verdict verdict-{cls}\"><span aria-hidden=\"true\">{symbol} </span>{H.E(Word(v))}</span>";
    }
}
