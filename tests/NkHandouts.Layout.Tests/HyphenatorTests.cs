using NkHandouts.Layout.Hyphenation;

namespace NkHandouts.Layout.Tests;

/// <summary>
/// Hyphenation points against dictionary divisions, never the hyphenator's own output: every break it offers must be a
/// division the source lists (a wrong break misleads a reader; a missed one only costs a shorter line).
/// English: Moby Hyphenator II (Grady Ward, 1993; released to the public domain in 1996, Project Gutenberg etext
/// 3204), entries copied as listed. Spanish: the RAE's Ortografía de la lengua española (2010) §4.1.1 syllable
/// examples, as cited in ReadingLevel.Tests/SpanishSyllableTests, plus words of the Spanish leaflet divided by the
/// same rules (line-end division follows syllables, Ortografía §4.1.1.2).
/// </summary>
public sealed class HyphenatorTests
{
    private static readonly Hyphenator English = Hyphenator.For("en-US")!;
    private static readonly Hyphenator Spanish = Hyphenator.For("es")!;

    [Theory]
    [InlineData("immunotherapy", "im-mu-no-ther-a-py")]
    [InlineData("chemotherapy", "chem-o-ther-a-py")]
    [InlineData("treatment", "treat-ment")]
    [InlineData("instead", "in-stead")]
    [InlineData("leukemia", "leu-ke-mi-a")]
    [InlineData("lymphoma", "lym-pho-ma")]
    [InlineData("infusion", "in-fu-sion")]
    [InlineData("together", "to-geth-er")]
    [InlineData("radiation", "ra-di-a-tion")]
    [InlineData("medicine", "med-i-cine")]
    [InlineData("important", "im-por-tant")]
    [InlineData("information", "in-for-ma-tion")]
    [InlineData("different", "dif-fer-ent")]
    [InlineData("hyphenation", "hy-phen-a-tion")]
    [InlineData("especially", "es-pe-cial-ly")]
    [InlineData("research", "re-search")]
    [InlineData("clinical", "clin-i-cal")]
    [InlineData("effective", "ef-fec-tive")]
    [InlineData("leaflet", "leaf-let")]
    public void English_breaks_are_dictionary_divisions(string word, string dictionary) =>
        AssertSubset(English, word, dictionary);

    [Theory]
    [InlineData("muchacho", "mu-cha-cho")]
    [InlineData("carretera", "ca-rre-te-ra")]
    [InlineData("instituto", "ins-ti-tu-to")]
    [InlineData("obstrucción", "obs-truc-ción")]
    [InlineData("constreñir", "cons-tre-ñir")]
    [InlineData("guitarra", "gui-ta-rra")]
    [InlineData("pingüino", "pin-güi-no")]
    [InlineData("cacahuete", "ca-ca-hue-te")]
    [InlineData("deshielo", "des-hie-lo")]
    [InlineData("tratamiento", "tra-ta-mien-to")]
    [InlineData("inmunitario", "in-mu-ni-ta-rio")]
    [InlineData("enfermedad", "en-fer-me-dad")]
    [InlineData("información", "in-for-ma-ción")]
    [InlineData("medicamentos", "me-di-ca-men-tos")]
    [InlineData("quimioterapia", "qui-mio-te-ra-pia")]
    public void Spanish_breaks_are_syllable_divisions(string word, string rae) =>
        AssertSubset(Spanish, word, rae);

    [Fact]
    public void Long_words_do_get_breaks_and_the_minimums_hold()
    {
        // Whether a break is right is checked above against the dictionaries; here, that long words get some.
        Assert.NotEmpty(English.Points("immunotherapy"));
        Assert.Equal([5], English.Points("treatment"));
        Assert.NotEmpty(Spanish.Points("tratamiento"));
        foreach (var (h, word) in new[] { (English, "immunotherapy"), (English, "radiation"), (Spanish, "medicamentos"), (Spanish, "quimioterapia") })
        {
            Assert.All(h.Points(word), p => Assert.InRange(p, Hyphenator.MinBefore, word.Length - Hyphenator.MinAfter));
        }

        Assert.Empty(English.Points("cells")); // too short for 2 + 3
        Assert.Empty(English.Points("NK-cell")); // not letters only: the caller splits compounds
    }

    [Fact]
    public void The_exception_list_overrides_the_patterns()
    {
        // hyph-en-us.hyp.txt lists "project" with no hyphen (noun/verb ambiguity) and "as-so-ciate".
        Assert.Empty(English.Points("project"));
        Assert.Equal("as-so-ciate", English.Show("associate"));
    }

    [Theory]
    [InlineData("en", "en-us")]
    [InlineData("en-GB", "en-us")]
    [InlineData("es-MX", "es")]
    public void Languages_map_to_the_shipped_patterns(string tag, string set) => Assert.Equal(set, Hyphenator.For(tag)!.Language);

    [Fact]
    public void Languages_without_patterns_never_hyphenate() => Assert.Null(Hyphenator.For("ar"));

    [Fact]
    public void Never_hyphenate_protects_glossary_terms_drugs_and_acronyms()
    {
        var never = new NeverHyphenate(["immunotherapy", "checkpoint inhibitors", "monoclonal antibodies", "interleukin-12"]);
        Assert.True(never.Protects("immunotherapy"));
        Assert.True(never.Protects("Inhibitor")); // a plural term protects its singular
        Assert.True(never.Protects("antibody"));
        Assert.True(never.Protects("interleukin"));
        Assert.True(never.Protects("pembrolizumab")); // USAN stem -mab
        Assert.True(never.Protects("imatinib")); // -ib
        Assert.True(never.Protects("tisagenlecleucel")); // -cel
        Assert.True(never.Protects("NKG")); // capitals inside: an acronym
        Assert.False(never.Protects("treatment"));
        Assert.False(never.Protects("Together")); // a capital first letter alone is a sentence start
    }

    private static void AssertSubset(Hyphenator h, string word, string dictionary)
    {
        var allowed = new HashSet<int>();
        var letters = 0;
        foreach (var c in dictionary)
        {
            if (c == '-')
            {
                allowed.Add(letters);
            }
            else
            {
                letters++;
            }
        }

        var points = h.Points(word);
        Assert.All(points, p => Assert.True(allowed.Contains(p), $"{h.Show(word)}: break after '{word[..p]}' is not a division of {dictionary}"));
    }
}
