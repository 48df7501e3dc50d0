using NkHandouts.Text;

namespace NkHandouts.Core.Tests.Text;

/// <summary>Typographic quotes (the loader's) and their exact inverse (the Word import's), so a round trip through
/// the briefing gives back the author's straight quotes.</summary>
public sealed class SmartQuotesTests
{
    [Theory]
    [InlineData("It's \"crucial\" to separate 'science' from the hype.", '\0')]
    [InlineData("the cells' quality, rock 'n' roll in the '90s", '\0')]
    [InlineData("\"quoted\" after bold", 'x')]
    [InlineData("(\"nested 'inner' quote\")", ' ')]
    [InlineData("no quotes at all", '\0')]
    public void Plain_gives_back_the_straight_text_apply_educated(string source, char before)
    {
        var printed = SmartQuotes.Apply(source, before);
        Assert.DoesNotContain('"', printed);
        Assert.DoesNotContain('\'', printed);
        Assert.Equal(source, SmartQuotes.Plain(printed, before));
        Assert.Equal(printed, SmartQuotes.Apply(SmartQuotes.Plain(printed, before), before));
    }

    [Fact]
    public void A_curly_quote_apply_would_not_make_there_stays_curly()
    {
        // A closing quote typed at the start of a word (Apply would open it there) is kept as typed; the one after
        // "hi" is what Apply makes there, so it goes back to straight.
        Assert.Equal("say \u201Dhi\"", SmartQuotes.Plain("say \u201Dhi\u201D"));
        Assert.Equal("say \u201Dhi\u201D", SmartQuotes.Apply(SmartQuotes.Plain("say \u201Dhi\u201D")));
    }
}
