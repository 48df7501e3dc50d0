using System.Globalization;
using NkHandouts.Readiness.Items;
using Spectre.Console;

namespace NkHandouts.Cli.Commands;

/// <summary>The text view of <c>check --items</c>: the estimates, then one row per PEMAT-P and CDC item.</summary>
internal static class ItemCheckView
{
    public static void Render(CliContext context, ItemReport r)
    {
        var title = $"{Markup.Escape(r.File)} — PEMAT-P understandability {S(r.Understandability)}, actionability {S(r.Actionability)}; "
            + $"CDC Clear Communication Index {S(r.ClearCommunication)} (items a program judged; {r.ToReview.Count} to review)";
        var table = new ReportTable(title, "Item", "Rating", "Question", "Evidence (where)");
        foreach (var i in r.Items)
        {
            var colour = i.Rating switch { Rating.Agree => "green", Rating.Disagree => "red", Rating.ToReview => "yellow", _ => "grey" };
            table.Row(
                Markup.Escape($"{(i.Instrument == "PEMAT-P" ? "P" : "CDC ")}{i.Id}"),
                $"[{colour}]{ItemJsonWriter.Name(i.Rating)}[/]",
                Markup.Escape(i.Question),
                Markup.Escape(i.Evidence));
        }

        table.Write(context);
    }

    private static string S(double? score) => score is { } s ? s.ToString("0", CultureInfo.InvariantCulture) + "%" : "—";
}
