using NkHandouts.Yaml;

namespace NkHandouts.Html;

/// <summary>
/// The <c>web:</c> section of an HTML template's template.yaml. Unknown keys are errors, as everywhere in a
/// template: a typo would silently change every page built from it.
/// </summary>
public sealed record HtmlOptions
{
    /// <summary>The template.yaml section these options are read from.</summary>
    public const string Section = "web";

    internal static readonly string[] Keys = ["contents", "questions", "defaultQuestions", "disclaimer", "tagline"];

    /// <summary>An "On this page" list of the article's sections, shown when it has at least three.</summary>
    public bool Contents { get; init; } = true;

    /// <summary>Add the template's questions when the article has no <c>::: questions</c> container.</summary>
    public bool Questions { get; init; } = true;

    public IReadOnlyList<string> DefaultQuestions { get; init; } = [];

    /// <summary>Shown at the end when the article has no <c>::: disclaimer</c> of its own.</summary>
    public string? Disclaimer { get; init; }

    /// <summary>The line under the clinic's name in the page header; default from the audience
    /// ("Patient information").</summary>
    public string? Tagline { get; init; }

    /// <summary>Reads and validates the section (null: all defaults); problems go to the map's diagnostics with
    /// their line and column.</summary>
    public static HtmlOptions Read(YamlMap? section)
    {
        if (section is null)
        {
            return new HtmlOptions();
        }

        section.CheckKeys(Keys, Section, unknownIsError: true);
        var d = new HtmlOptions();
        return new HtmlOptions
        {
            Contents = section.Bool("contents") ?? d.Contents,
            Questions = section.Bool("questions") ?? d.Questions,
            DefaultQuestions = section.StringList("defaultQuestions"),
            Disclaimer = section.String("disclaimer"),
            Tagline = section.String("tagline"),
        };
    }
}
