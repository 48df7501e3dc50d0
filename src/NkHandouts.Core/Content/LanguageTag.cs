namespace NkHandouts.Content;

/// <summary>The shape of a BCP 47 language tag as articles and <c>--language</c> accept it (en, en-US, es-419): the
/// same test wherever a tag comes from, so a tag the front matter refuses is refused on the command line too.</summary>
public static class LanguageTag
{
    public static bool IsWellFormed(string tag) =>
        System.Text.RegularExpressions.Regex.IsMatch(tag, "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
}
