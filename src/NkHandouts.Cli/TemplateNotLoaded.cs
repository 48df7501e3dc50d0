using NkHandouts.Templates;

namespace NkHandouts.Cli;

/// <summary>What a command says when the template it was asked for is not in the catalog: a template folder whose
/// errors kept it from loading is a content error (exit 1) pointing at those errors, not an unknown name.</summary>
internal static class TemplateNotLoaded
{
    public static int Report(CliContext context, TemplateCatalog catalog, string templatesDir, string name)
    {
        if (File.Exists(Path.Combine(templatesDir, name, "template.yaml")))
        {
            context.Error.WriteLine($"nkhandouts: template '{name}' did not load: fix the errors reported above for templates/{name} and run again");
            return ExitCodes.ContentError;
        }

        context.Error.WriteLine($"nkhandouts: unknown template '{name}'; found: {string.Join(", ", catalog.All.Select(t => t.Name))}");
        return ExitCodes.UsageOrIo;
    }
}
