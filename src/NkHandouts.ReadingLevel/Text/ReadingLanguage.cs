namespace NkHandouts.ReadingLevel.Text;

/// <summary>The languages whose words, sentences and syllables the check knows how to count and score.</summary>
public enum ReadingLanguage
{
    /// <summary>A language without counting rules or formulas here: counts only, never English scores.</summary>
    Unsupported,
    English,
    Spanish,
}

public static class ReadingLanguages
{
    /// <summary>The language of a BCP 47 tag by its primary subtag: en-US, en-GB → English; es, es-419, es-US → Spanish.</summary>
    public static ReadingLanguage FromTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return ReadingLanguage.English;
        }

        var primary = tag.Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "en" => ReadingLanguage.English,
            "es" => ReadingLanguage.Spanish,
            _ => ReadingLanguage.Unsupported,
        };
    }

    /// <summary>The name the report shows: "English", "Spanish".</summary>
    public static string Name(ReadingLanguage language) => language switch
    {
        ReadingLanguage.English => "English",
        ReadingLanguage.Spanish => "Spanish",
        _ => "unsupported",
    };
}
