using CsCheck;

namespace NkHandouts.Testing;

/// <summary>Generators of hostile-ish articles: random front matter values and Markdown built from the constructs
/// people really type (and mistype), plus raw random characters.</summary>
public static class MarkdownGen
{
    private static readonly string[] Fragments =
    [
        "# ", "## ", "### ", "- ", "* ", "1. ", "  - ", "> ", "::: myth\n", "::: fact\n", ":::\n", "::: keypoints\n",
        "**", "*", "_", "`", "[link](https://example.org)", "[bad](javascript:alert(1))", "![alt](nothere.png)",
        "<div>", "</div>", "<!-- c -->", "| a | b |\n|---|---|\n| 1 | 2 |\n", "[^1]", "[^1]: note\n", "---\n", "\n", "\n\n",
        "NK cells", "IFN-γ", "—", "…", "\t", "\\", "{", "}", "[", "]", "\"", "'", ":", "é", "😀", "\u00AD", "\r\n",
    ];

    private static readonly Gen<string> Fragment = Gen.OneOf(
        Gen.OneOf(Fragments),
        Gen.String[Gen.Char, 0, 12]);

    public static readonly Gen<string> Body = Fragment.Array[0, 60].Select(parts => string.Concat(parts));

    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.OneOf<string>("T", "en-US", "patients", "2025-12-19", "[a, b]", "{x: 1}", "\"quoted\"", "", "- item", "19/12/2025", "|", ">", "&a", "*a"),
        Gen.String[Gen.Char.AlphaNumeric, 0, 10]);

    private static readonly Gen<string> Key = Gen.OneOf<string>("title", "language", "audience", "date", "reviewBy", "keywords", "source", "templates", "url", "unknown", "titel", " bad key");

    public static readonly Gen<string> FrontMatter =
        Gen.Select(Key, Value).Array[0, 8].Select(pairs => "---\n" + string.Concat(pairs.Select(p => $"{p.Item1}: {p.Item2}\n")) + "---\n");

    public static readonly Gen<string> Article = Gen.Select(FrontMatter, Body, (f, b) => f + "\n" + b);

    /// <summary>Valid front matter, a random body, and a closing sentence every rendering must contain.</summary>
    public static readonly Gen<string> Renderable = Body.Select(b => RenderableHead + b + "\n\n" + Ending + "\n");

    public const string RenderableHead = "---\ntitle: Fuzzed leaflet\nlanguage: en-US\naudience: patients\n---\n\n";

    public const string Ending = "Zebra quartz finale.";
}
