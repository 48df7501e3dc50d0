using NkHandouts.Content;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Leaflet;

/// <summary>
/// The files a leaflet template yields per page size: the screen variant (trim size, no marks,
/// <c>&lt;slug&gt;.&lt;template&gt;.&lt;size&gt;.pdf</c>), the print variant (bleed, crop marks, <c>.print.pdf</c>) and,
/// for booklets, the imposed saddle-stitch sheets (<c>.imposed.pdf</c>).
/// </summary>
public static class LeafletPlans
{
    public const string PrintSuffix = ".print";
    public const string ImposedSuffix = ".imposed";

    public static IReadOnlyList<OutputPlan> For(Article article, Template template)
    {
        var plans = new List<OutputPlan>();
        var imposes = LeafletOptions.Of(template).Layout.Imposed;
        foreach (var size in template.Page.Sizes)
        {
            var name = size.Name.ToLowerInvariant();
            var stem = $"{article.Slug}.{template.Name}.{name}";
            plans.Add(new OutputPlan(article, template, stem + ".pdf", name, size, Print: false));
            plans.Add(new OutputPlan(article, template, stem + ".print.pdf", name + PrintSuffix, size, Print: true));
            if (imposes)
            {
                var imposed = template.Page.Sizes.Count == 1 ? $"{article.Slug}.{template.Name}.imposed.pdf" : stem + ".imposed.pdf";
                plans.Add(new OutputPlan(article, template, imposed, name + ImposedSuffix, size, Print: true));
            }
        }

        return plans;
    }

    public static bool IsImposed(OutputPlan plan) => plan.Variant.EndsWith(ImposedSuffix, StringComparison.Ordinal);
}
