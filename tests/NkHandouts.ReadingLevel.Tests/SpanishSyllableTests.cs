using NkHandouts.ReadingLevel.Syllables.Spanish;

namespace NkHandouts.ReadingLevel.Tests;

/// <summary>
/// The Spanish syllabifier on the rule examples of the Real Academia Española, <i>Ortografía de la lengua española</i>
/// (2010), §4.1 (syllable division), and on the cases the issue names. Written from the rules, not from EDFU.
/// </summary>
public class SpanishSyllableTests
{
    [Theory]
    // Single consonant between vowels opens the next syllable; ch, ll, rr are one consonant.
    [InlineData("casa", "ca-sa")]
    [InlineData("muchacho", "mu-cha-cho")]
    [InlineData("calle", "ca-lle")]
    [InlineData("perro", "pe-rro")]
    [InlineData("carretera", "ca-rre-te-ra")]
    // Inseparable clusters (pr, bl, tr, cl, gr, fl, dr) open a syllable together; other pairs split.
    [InlineData("hombre", "hom-bre")]
    [InlineData("cabra", "ca-bra")]
    [InlineData("ciclo", "ci-clo")]
    [InlineData("madre", "ma-dre")]
    [InlineData("alto", "al-to")]
    [InlineData("carta", "car-ta")]
    [InlineData("instituto", "ins-ti-tu-to")]
    [InlineData("obstrucción", "obs-truc-ción")]
    [InlineData("constreñir", "cons-tre-ñir")]
    [InlineData("atleta", "at-le-ta")]
    // Diphthongs and triphthongs; hiatus of two open vowels; an accented close vowel makes a hiatus.
    [InlineData("cuidado", "cui-da-do")]
    [InlineData("ciudad", "ciu-dad")]
    [InlineData("aire", "ai-re")]
    [InlineData("buey", "buey")]
    [InlineData("averiguáis", "a-ve-ri-guáis")]
    [InlineData("aéreo", "a-é-re-o")]
    [InlineData("poeta", "po-e-ta")]
    [InlineData("río", "rí-o")]
    [InlineData("baúl", "ba-úl")]
    [InlineData("país", "pa-ís")]
    [InlineData("leer", "le-er")]
    [InlineData("chiita", "chi-i-ta")]
    // Orthographic diphthongs (RAE 2010: guion, truhan are monosyllables in writing); ui/iu even with an accent.
    [InlineData("guion", "guion")]
    [InlineData("construí", "cons-truí")]
    // qu and gu before e/i: the u is silent; ü is sounded.
    [InlineData("queso", "que-so")]
    [InlineData("guitarra", "gui-ta-rra")]
    [InlineData("pingüino", "pin-güi-no")]
    [InlineData("agua", "a-gua")]
    // y: a vowel at the end of a word or alone, a consonant before a vowel.
    [InlineData("hoy", "hoy")]
    [InlineData("muy", "muy")]
    [InlineData("rey", "rey")]
    [InlineData("reyes", "re-yes")]
    [InlineData("mayo", "ma-yo")]
    [InlineData("y", "y")]
    // h between vowels does not stop a diphthong; it opens a syllable in hiatus and before ue/ua/ie.
    [InlineData("prohibir", "prohi-bir")]
    [InlineData("ahumar", "ahu-mar")]
    [InlineData("búho", "bú-ho")]
    [InlineData("ahí", "a-hí")]
    [InlineData("alcohol", "al-co-hol")]
    [InlineData("cacahuete", "ca-ca-hue-te")]
    [InlineData("deshielo", "des-hie-lo")]
    // Prefixes: sub- keeps its b before r or l (sub-ra-yar), but su-bli-me is not a prefix.
    [InlineData("subrayar", "sub-ra-yar")]
    [InlineData("sublunar", "sub-lu-nar")]
    [InlineData("sublime", "su-bli-me")]
    // Medical words from the article.
    [InlineData("inmunoterapia", "in-mu-no-te-ra-pia")]
    [InlineData("células", "cé-lu-las")]
    [InlineData("quimioterapia", "qui-mio-te-ra-pia")]
    [InlineData("linfocitos", "lin-fo-ci-tos")]
    public void DividesByTheRules(string word, string expected)
    {
        Assert.Equal(expected, string.Join('-', SpanishSyllabifier.Syllabify(word)));
        Assert.Equal(expected.Split('-').Length, SpanishSyllabifier.Count(word));
    }

    [Fact]
    public void CapitalsAreDividedLikeLowerCase() =>
        Assert.Equal("cé-lu-las", string.Join('-', SpanishSyllabifier.Syllabify("CÉLULAS")));

    [Fact]
    public void AWordWithoutVowelsHasNoSyllables() => Assert.Equal(0, SpanishSyllabifier.Count("nk"));

    [Theory]
    [InlineData("NK", 3)] // e-ne-ka
    [InlineData("VIH", 5)] // u-ve-i-ha-che
    [InlineData("ONU", 2)] // read as a word? 3 letters are spelt: o-e-ne-u = 4 — see below
    [InlineData("IL-12", 5)] // i-e-le + do-ce
    [InlineData("2025", 6)] // dos mil vein-ti-cin-co
    [InlineData("2,5", 5)] // dos co-ma cin-co
    [InlineData("1.000", 1)] // mil
    [InlineData("21.000", 3)] // vein-tiún mil
    [InlineData("100", 1)] // cien
    [InlineData("γ", 2)] // gam-ma
    [InlineData("NO", 1)] // a word shouted, not an acronym
    [InlineData("célula-madre", 5)]
    public void TokensAreReadAsASpanishReaderSaysThem(string token, int expected)
    {
        if (token == "ONU")
        {
            expected = 4; // three capitals are spelt, as HIV is in English (the rule is the same in both languages)
        }

        Assert.Equal(expected, SpanishTokenSyllables.Count(token));
    }

    [Theory]
    [InlineData(2025, "dos mil veinticinco")]
    [InlineData(21, "veintiuno")]
    [InlineData(21000, "veintiún mil")]
    [InlineData(101, "ciento uno")]
    [InlineData(1_000_000, "un millón")]
    [InlineData(2_500_000, "dos millones quinientos mil")]
    [InlineData(45, "cuarenta y cinco")]
    public void NumbersAreSpelledOut(long value, string words) => Assert.Equal(words, SpanishNumbers.Spell(value));

    [Theory]
    [InlineData("2,5", "dos coma cinco")]
    [InlineData("0,05", "cero coma cero cinco")]
    [InlineData("1.234,5", "mil doscientos treinta y cuatro coma cinco")]
    [InlineData("1.000.000", "un millón")]
    public void SeparatorsAreReadAsDecimalsOrThousands(string number, string words) => Assert.Equal(words, SpanishNumbers.Read(number));
}
