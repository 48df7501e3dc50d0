using NkHandouts.Diagnostics;

namespace NkHandouts.Readiness.Items;

public enum Rating
{
    Agree,
    Disagree,

    /// <summary>The item does not apply (no numbers, no tables…).</summary>
    NotApplicable,

    /// <summary>A program cannot judge it: a person must (the evidence helps).</summary>
    ToReview,
}

/// <summary>One item of PEMAT-P or the CDC Clear Communication Index, with what was found and where.</summary>
public sealed record ItemResult(string Instrument, string Id, string Part, string Question, Rating Rating, string Evidence, IReadOnlyList<SourceLocation> Locations);

/// <summary>The items of both instruments for one article, and the scores over the items a program judged.</summary>
public sealed record ItemReport(string File, IReadOnlyList<ItemResult> Items)
{
    public double? Understandability => Score("PEMAT-P", "Understandability");
    public double? Actionability => Score("PEMAT-P", "Actionability");
    public double? ClearCommunication => Score("CDC CCI", null);

    public IReadOnlyList<ItemResult> ToReview => Items.Where(i => i.Rating == Rating.ToReview).ToList();

    /// <summary>Agree ÷ (agree + disagree) × 100 over judged items, as both instruments score; null when none was judged.</summary>
    private double? Score(string instrument, string? part)
    {
        var judged = Items.Where(i => i.Instrument == instrument && (part is null || i.Part == part) && i.Rating is Rating.Agree or Rating.Disagree).ToList();
        return judged.Count == 0 ? null : Math.Round(100.0 * judged.Count(i => i.Rating == Rating.Agree) / judged.Count, 0);
    }
}
