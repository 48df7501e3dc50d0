using NkHandouts.Content;

namespace NkHandouts.Html;

/// <summary>
/// The mark before each callout's word label: a cross for a myth, a tick for a fact (drawn as inline SVG, so no
/// font is needed), a character for the rest. Hidden from screen readers, which hear the word label instead.
/// </summary>
internal static class CalloutIcons
{
    private const string Cross = "<svg viewBox=\"0 0 16 16\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M3.5 3.5l9 9M12.5 3.5l-9 9\" stroke=\"currentColor\" stroke-width=\"2.5\" stroke-linecap=\"round\" fill=\"none\"/></svg>";
    private const string Tick = "<svg viewBox=\"0 0 16 16\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M2.5 8.5l3.5 3.5 7.5-8\" stroke=\"currentColor\" stroke-width=\"2.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\" fill=\"none\"/></svg>";

    /// <summary>The icon's markup (constant, never from input).</summary>
    public static string For(CalloutKind kind) => "<span class=\"callout-icon\" aria-hidden=\"true\">" + kind switch
    {
        CalloutKind.Myth => Cross,
        CalloutKind.Fact => Tick,
        CalloutKind.Questions => "?",
        CalloutKind.Warning => "!",
        CalloutKind.LearnMore => "+",
        _ => "i",
    } + "</span>";
}
