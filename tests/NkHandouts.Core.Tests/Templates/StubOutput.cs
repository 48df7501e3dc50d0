using NkHandouts.Templates;

namespace NkHandouts.Core.Tests.Templates;

/// <summary>An output Core has never heard of, registered from this test assembly: Core's loader must hand it its
/// own section and page keys without naming it.</summary>
internal sealed class StubOutput(string key = "stub", string section = "stub") : ITemplateOutput
{
    public static readonly TemplateOutputs Outputs = new([new StubOutput()]);

    public string Key => key;

    public string Label => "Stub output";

    public string Section => section;

    public IReadOnlyList<string> SectionKeys => ["colour"];

    public IReadOnlyList<string> PageKeys => ["fold"];

    public object ReadOptions(TemplateSection s) => new StubOptions(s.Options?.String("colour") ?? "none");
}

internal sealed record StubOptions(string Colour);
