using NkHandouts.Templates;

namespace NkHandouts.Html;

/// <summary><c>output: html-page</c>: one web page per article, options in the <c>web:</c> section.</summary>
public sealed class HtmlOutput : ITemplateOutput
{
    public const string OutputKey = "html-page";

    public string Key => OutputKey;

    public string Label => "Web page (HTML)";

    public string Section => HtmlOptions.Section;

    public IReadOnlyList<string> SectionKeys => HtmlOptions.Keys;

    public object ReadOptions(TemplateSection section) => HtmlOptions.Read(section.Options);
}
