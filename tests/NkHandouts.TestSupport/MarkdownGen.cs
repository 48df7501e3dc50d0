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

    /// <summary>CommonMark autolinks and links whose address every renderer turns into a URI (Word relationship, PDF
    /// annotation, HTML href): hosts that cannot be read, IDN and IPv6 hosts, ports out of range, user info,
    /// percent-escapes, other schemes, bidi overrides inside an address, bare URLs.</summary>
    private static readonly string[] Links =
    [
        "<https://../>", "<https://x..y/>", "<http://[::1]:8080/a>", "<https://[::1>", "<https://-x-.example/>", "<https://a_b.example/>",
        "<https://xn--bcher-kva.example/>", "<https://bücher.example/straße?q=ü#é>", "<https://例え.テスト/>", "<https://пример.рф/>",
        "<https://user:pass@host.example:99999/>", "<https://1.2.3.4.5/>", "<https://%41%42.example/>", "<https://./>", "<http://:80/>",
        "<https:///path>", "<HTTPS://EXAMPLE.ORG/>", "<mailto:someone@example.org>", "<someone@example.org>", "<tel:+1-555-0100>",
        "<ftp://example.org/f>", "<javascript:alert(1)>", "<a:b>",
        "[t](https://../)", "[t](<https://a b.example>)", "[t](https://example.org \"title\")", "[t](//example.org)", "[t](#anchor)",
        "[t](https://example.org/(paren)", "[t][ref]\n\n[ref]: https://../\n", "https://bare.example.org/x", "www.example.org",
        "<https://0x7f.1/>", "<https://[v1.x]/>", "<https://example.org:0/>",
    ];

    /// <summary>Mixed scripts in one text that every output sets: Greek, Cyrillic, Latin with diacritics, combining
    /// marks, joiners, emoji sequences, ligatures, astral letters, odd spaces (fonts lacking some of them: a warning,
    /// never a crash).</summary>
    private static readonly string[] Scripts =
    [
        "Ελληνικά ", "русский текст ", "e\u0301", "\u200D", "👩‍⚕️", "Ǆ", "ﬁ", "\U0001D400", "\uFFFD", "NK-Zellen ", "cellules NK ",
        "İı", "ß", "\u00A0", "\u2003", "\uFEFF", "Ωmega-3 ", "Ünïcödé ",
    ];

    /// <summary>Rare in a case, because each makes an article or a patient leaflet refuse it with a located error:
    /// control characters and bidi overrides (NK118, every output), right-to-left and complex scripts (NK450) and
    /// CJK without a font (NK451) in patient leaflets. One case in ten gets one, so most cases still render.</summary>
    private static readonly string[] Rare =
    [
        "\u0007", "\u001B[31m", "\u0000", "\u0008", "\u007F", "\u0085", "\u2028", "\u000B", "\u000C", "\u001F", "\r",
        "\u202Eabc\u202C", "\u2066x\u2069", "<https://example.org/\u202Eevil>", "<https://exa\u202Emple.org/>", "\u200F",
        "עברית ", "العربية ", "हिन्दी ", "ไทย ", "中文文本", "日本語のテキスト", "한국어 ",
    ];

    private static Gen<string> FragmentOf(Gen<char> noise) => Gen.Frequency(
        (8, Gen.OneOf(Fragments)),
        (4, Gen.String[noise, 0, 12]),
        (2, Gen.OneOf(Links)),
        (2, Gen.OneOf(Scripts)));

    private static Gen<string> BodyOf(Gen<char> noise) => Gen.Select(FragmentOf(noise).Array[0, 60], Gen.Int[0, 9], Gen.OneOf(Rare), Gen.Int[0, 60],
        (parts, roll, rare, at) => roll == 0 ? string.Concat(parts.Take(at)) + rare + string.Concat(parts.Skip(at)) : string.Concat(parts));

    /// <summary>A body whose random runs are any characters at all (for the loader: anything must get an answer).</summary>
    public static readonly Gen<string> Body = BodyOf(Gen.Char);

    /// <summary>A body whose random runs are printable Latin (U+0020–U+007E, U+00A0–U+024F: no C0 or C1 controls, no
    /// DEL), so that refused characters come only from <see cref="Rare"/>, one case in ten: any-character runs hit a
    /// control character, a right-to-left or complex script or CJK in about half the cases, and the renderer fuzzers
    /// then checked too few of them (and failed now and then).</summary>
    private static readonly Gen<string> RenderableBody = BodyOf(Gen.OneOf(Gen.Char[' ', '~'], Gen.Char['\u00A0', '\u024F']));

    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.OneOf<string>("T", "en-US", "patients", "2025-12-19", "[a, b]", "{x: 1}", "\"quoted\"", "", "- item", "19/12/2025", "|", ">", "&a", "*a"),
        Gen.String[Gen.Char.AlphaNumeric, 0, 10]);

    private static readonly Gen<string> Key = Gen.OneOf<string>("title", "language", "audience", "date", "reviewBy", "keywords", "source", "templates", "url", "unknown", "titel", " bad key");

    public static readonly Gen<string> FrontMatter =
        Gen.Select(Key, Value).Array[0, 8].Select(pairs => "---\n" + string.Concat(pairs.Select(p => $"{p.Item1}: {p.Item2}\n")) + "---\n");

    public static readonly Gen<string> Article = Gen.Select(FrontMatter, Body, (f, b) => f + "\n" + b);

    /// <summary>Valid front matter, a random body, and a closing sentence every rendering must contain.</summary>
    public static readonly Gen<string> Renderable = RenderableBody.Select(b => RenderableHead + b + "\n\n" + Ending + "\n");

    public const string RenderableHead = "---\ntitle: Fuzzed leaflet\nlanguage: en-US\naudience: patients\n---\n\n";

    public const string Ending = "Zebra quartz finale.";
}
