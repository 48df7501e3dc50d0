using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Text;

namespace NkHandouts.Templates;

/// <summary>Every template under a folder, by name; lookups of unknown names suggest the closest one.</summary>
public sealed class TemplateCatalog
{
    private readonly Dictionary<string, Template> _templates;

    private TemplateCatalog(Dictionary<string, Template> templates, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<string> failed)
    {
        _templates = templates;
        Diagnostics = diagnostics;
        Failed = failed;
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Names of template folders that did not load.</summary>
    public IReadOnlyList<string> Failed { get; }

    public IEnumerable<Template> All => _templates.Values.OrderBy(t => t.Name, StringComparer.Ordinal);

    /// <param name="checks">When each template's costly checks run (<see cref="TemplateUseChecks"/>).</param>
    public static TemplateCatalog Load(string root, TemplateOutputs outputs, TemplateUseChecks checks = TemplateUseChecks.AtLoad)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var failed = new List<string>();
        if (!Directory.Exists(root))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.FileUnreadable, SourceLocation.FileOnly(root), "templates folder not found", "run from the project root or pass --templates DIR"));
            return new TemplateCatalog(templates, diagnostics, failed);
        }

        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            if (!File.Exists(Path.Combine(folder, "template.yaml")))
            {
                continue; // shared assets (fonts, schema) live beside the templates
            }

            var result = TemplateLoader.Load(folder, outputs, checks);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Value is not null)
            {
                templates[result.Value.Name] = result.Value;
            }
            else
            {
                failed.Add(Path.GetFileName(folder));
            }
        }

        return new TemplateCatalog(templates, diagnostics, failed);
    }

    public bool TryGet(string name, out Template template) => _templates.TryGetValue(name, out template!);

    /// <summary>The templates an article asks for: its <c>templates:</c> list, else every template serving its audience.</summary>
    public IReadOnlyList<Template> For(Article article, DiagnosticBag diagnostics)
    {
        if (article.Metadata.Templates.Count == 0)
        {
            return All.Where(t => t.Audiences.Contains(article.Metadata.Audience, StringComparer.OrdinalIgnoreCase)).ToList();
        }

        var list = new List<Template>();
        var metadata = article.Metadata;
        for (var i = 0; i < metadata.Templates.Count; i++)
        {
            var name = metadata.Templates[i];
            var at = i < metadata.TemplateLocations.Count ? metadata.TemplateLocations[i] : article.Location with { Line = 1, Column = 1 };
            if (_templates.TryGetValue(name, out var t))
            {
                if (AudienceGuard.Refuses(t, metadata.Audience, out var message, out var hint))
                {
                    diagnostics.Error(DiagnosticCodes.AudienceNotServed, at, message, hint);
                    continue;
                }

                list.Add(t);
            }
            else if (!Failed.Contains(name))
            {
                var closest = KeySuggester.Closest(name, _templates.Keys);
                diagnostics.Error(DiagnosticCodes.UnknownTemplate, at, $"unknown template '{name}'",
                    _templates.Count == 0 && Failed.Count == 0 ? "no templates were found (each is a folder holding a template.yaml): pass --templates DIR for the project's templates folder"
                    : closest is null ? $"templates found: {string.Join(", ", _templates.Keys.Order(StringComparer.Ordinal))}" : $"did you mean '{closest}'?");
            }
        }

        return list;
    }
}
