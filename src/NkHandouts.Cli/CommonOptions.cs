using System.CommandLine;

namespace NkHandouts.Cli;

/// <summary>Options shared by several commands, so each is spelt and described once.</summary>
public static class CommonOptions
{
    public static Option<string> Content() => new("--content")
    {
        Description = "Folder of articles (Markdown with YAML front matter)",
        DefaultValueFactory = _ => "content",
    };

    public static Option<string> Templates() => new("--templates")
    {
        Description = "Folder of templates (one folder each, with template.yaml)",
        DefaultValueFactory = _ => "templates",
    };
}
