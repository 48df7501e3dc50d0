namespace NkHandouts.Readiness.Policy;

/// <summary>How to mend a page that breaks a rule, for the hint under a build's page-check error (the same advice
/// as docs/errors.md gives for each code).</summary>
public static class PageRuleFixes
{
    public static string For(string ruleId) => ruleId switch
    {
        PageRules.BodySize => "raise typography.bodySize in the template, or build the article with a template that has room for larger type",
        PageRules.SmallestSize => "raise the size of footers, notes and labels in the template",
        PageRules.CharsPerLine => "change the margins or the column width, or the body size, in the template",
        PageRules.LineSpacing => "raise typography.lineHeight in the template",
        PageRules.Contrast => "darken the text or lighten the fill under it",
        PageRules.Justified => "set leaflet.justify: false in the template",
        PageRules.CapsRun => "write it in sentence case; use bold for emphasis",
        PageRules.Italic => "set only a few words in italics",
        PageRules.EmptyPage => "shorten the block named, split it (a long box, list or table) or move it, so that it can start on the page; or shorten the text before it",
        PageRules.WordsBetweenHeadings => "add informative headings",
        _ => "see docs/readiness.md for this measure",
    };
}
