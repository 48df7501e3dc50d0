using NkHandouts.Content;

namespace NkHandouts.Core.Tests.Content;

/// <summary>
/// What makes a translation outdated: a change to the words a translator carries over (body, title, summary,
/// keywords, source note …) changes the hash; a change to the keys that govern the file (status, approval, review
/// date, templates, version), to a YAML comment, to a value's YAML layout or to line ends does not.
/// </summary>
public sealed class TranslationHashTests
{
    private const string Source = """
        ---
        # a comment
        title: "NK Cell Therapy: 3 Myths"
        summary: >-
          Three myths
          and the facts.
        keywords: [nk cells, immunotherapy]
        language: en-US
        audience: patients
        status: review
        reviewBy: 2026-12-19
        version: "1.0"
        templates: [trifold-leaflet]
        source:
          title: Debunking 3 Common Myths
          note: A short adaptation.
        ---

        Body text.

        """;

    private static readonly string Hash = TranslationHash.Of(Source);

    [Theory]
    [InlineData("status: review", "status: approved\napprovedBy: Dr. A. Example\napproved: 2026-01-05")]
    [InlineData("reviewBy: 2026-12-19", "reviewBy: 2027-12-19")]
    [InlineData("templates: [trifold-leaflet]", "templates: [trifold-leaflet, patient-web]")]
    [InlineData("version: \"1.0\"", "version: \"1.1\"")]
    [InlineData("# a comment", "# another comment")]
    [InlineData("keywords: [nk cells, immunotherapy]", "keywords:\n  - nk cells\n  - immunotherapy")]
    [InlineData("summary: >-\n  Three myths\n  and the facts.", "summary: Three myths and the facts.")]
    public void Governance_comments_and_layout_leave_the_hash_alone(string from, string to) =>
        Assert.Equal(Hash, TranslationHash.Of(Replace(from, to)));

    [Theory]
    [InlineData("Body text.", "Body text, edited.")]
    [InlineData("3 Myths\"", "Three Myths\"")]
    [InlineData("and the facts.", "and what is true.")]
    [InlineData("immunotherapy]", "immune therapy]")]
    [InlineData("note: A short adaptation.", "note: A short adaptation, checked.")]
    [InlineData("  title: Debunking 3 Common Myths", "  title: Debunking Three Common Myths")]
    public void A_change_to_translatable_text_changes_the_hash(string from, string to) =>
        Assert.NotEqual(Hash, TranslationHash.Of(Replace(from, to)));

    [Fact]
    public void Line_ends_and_a_byte_order_mark_do_not_count() =>
        Assert.Equal(Hash, TranslationHash.Of("\uFEFF" + Source.Replace("\n", "\r\n", StringComparison.Ordinal)));

    [Fact]
    public void Whole_text_hash_of_earlier_versions_still_differs_from_the_new_one() =>
        Assert.NotEqual(Hash, TranslationHash.OfWholeText(Source));

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, Source, StringComparison.Ordinal);
        return Source.Replace(from, to, StringComparison.Ordinal);
    }
}
