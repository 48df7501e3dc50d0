using System.Text.Json;
using NkHandouts.Cli;
using NkHandouts.Leaflet;
using NkHandouts.Templates;

namespace NkHandouts.Cli.Tests;

/// <summary>The outputs the CLI registers, against the shipped templates and template.schema.json: the schema is
/// checked per renderer (its section's keys and page keys), so a new output cannot forget to describe itself.</summary>
public sealed class RendererRegistryTests
{
    private static readonly JsonElement Schema =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Templates, "template.schema.json"))).RootElement;

    private static List<string> PropertyNames(JsonElement e) =>
        [.. e.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_shipped_templates_load_cleanly_through_the_registered_outputs()
    {
        var catalog = TemplateCatalog.Load(Repo.Templates, Renderers.Outputs);
        Assert.Empty(catalog.Diagnostics);
        Assert.Empty(catalog.Failed);
        var leaflet = Assert.Single(catalog.All, t => t.Name == "patient-leaflet");
        Assert.Equal("pdf-leaflet", leaflet.Output);
        Assert.Equal(["A4", "Letter"], leaflet.Page.Sizes.Select(s => s.Name));
        Assert.Equal(8, leaflet.PolicyFor("patients").MaxGrade);
        Assert.All(catalog.All, t => Assert.Single(Renderers.All(), r => r.CanRender(t)));
    }

    [Fact]
    public void Every_registered_output_has_a_unique_key_section_and_label()
    {
        var outputs = Renderers.All().Select(r => r.Output).ToList();
        Assert.Equal(outputs.Count, outputs.Select(o => o.Key).Distinct().Count());
        Assert.Equal(outputs.Count, outputs.Select(o => o.Section).Distinct().Count());
        Assert.Equal(outputs.Count, outputs.Select(o => o.Label).Distinct().Count());
    }

    [Fact]
    public void Schema_output_enum_lists_every_registered_output()
    {
        var keys = Schema.GetProperty("properties").GetProperty("output").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(Renderers.Outputs.Keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public void Schema_top_level_keys_are_the_common_ones_and_each_outputs_section()
    {
        Assert.Equal([.. TemplateLoader.CommonKeys.Concat(Renderers.Outputs.All.Select(o => o.Section)).Order(StringComparer.Ordinal)], PropertyNames(Schema));
    }

    [Fact]
    public void Schema_section_of_each_output_lists_exactly_the_keys_its_renderer_reads()
    {
        foreach (var output in Renderers.Outputs.All)
        {
            var section = Schema.GetProperty("properties").GetProperty(output.Section);
            Assert.Equal([.. output.SectionKeys.Order(StringComparer.Ordinal)], PropertyNames(section));
            Assert.False(section.GetProperty("additionalProperties").GetBoolean(), output.Section);
        }
    }

    [Fact]
    public void Schema_page_keys_and_layout_names_match_the_registrations()
    {
        var page = Schema.GetProperty("properties").GetProperty("page");
        var expected = TemplateLoader.CommonPageKeys.Concat(Renderers.Outputs.All.SelectMany(o => o.PageKeys)).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, PropertyNames(page));
        var layouts = page.GetProperty("properties").GetProperty("layout").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(LeafletLayouts.All.Select(l => l.Name).Order(StringComparer.Ordinal), layouts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_schema_key_is_documented_in_docs_templates()
    {
        var doc = File.ReadAllText(Repo.Path_("docs", "templates.md"));
        var missing = new List<string>();
        foreach (var top in Schema.GetProperty("properties").EnumerateObject())
        {
            if (!doc.Contains($"`{top.Name}`", StringComparison.Ordinal))
            {
                missing.Add(top.Name);
            }

            var section = top.Value.TryGetProperty("$ref", out var r) ? Schema.GetProperty("$defs").GetProperty(r.GetString()!.Split('/')[^1]) : top.Value;
            if (section.TryGetProperty("properties", out var keys))
            {
                missing.AddRange(keys.EnumerateObject().Where(k => !doc.Contains($"`{k.Name}`", StringComparison.Ordinal)).Select(k => $"{top.Name}.{k.Name}"));
            }
        }

        Assert.True(missing.Count == 0, "document these template keys in docs/templates.md: " + string.Join(", ", missing));
    }
}
