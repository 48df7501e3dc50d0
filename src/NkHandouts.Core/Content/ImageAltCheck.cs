using NkHandouts.Diagnostics;
using NkHandouts.Templates;

namespace NkHandouts.Content;

/// <summary>
/// An article image without alt text (<c>![](file.png)</c>) leaves screen-reader users with a file name or nothing.
/// For a template made for patients (or the public, caregivers) it is an error at the image, and that template's
/// outputs are not built; for others a warning. Images inside callouts and lists count too.
/// </summary>
public static class ImageAltCheck
{
    public static void Check(Article article, Template template, DiagnosticBag diagnostics)
    {
        var forPatients = template.Audiences.Any(a => ReadingPolicy.DefaultFor(a) == ReadingPolicy.Patients);
        foreach (var image in Images(article.Blocks).Where(i => string.IsNullOrWhiteSpace(i.AltText)))
        {
            var message = $"image '{Path.GetFileName(image.Path)}' has no alt text" + (forPatients
                ? $"; template '{template.Name}' is for patients, so its outputs are not built"
                : $" (template '{template.Name}'); screen readers get no description of it");
            const string hint = "describe what the picture shows and why it is there: ![A diagram of an NK cell binding a tumour cell](file.png)";
            if (forPatients)
            {
                diagnostics.Error(DiagnosticCodes.ImageWithoutAlt, image.Source, message, hint);
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.ImageWithoutAlt, image.Source, message, hint);
            }
        }
    }

    private static IEnumerable<ImageBlock> Images(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ImageBlock image:
                    yield return image;
                    break;
                case CalloutBlock c:
                    foreach (var inner in Images(c.Blocks))
                    {
                        yield return inner;
                    }

                    break;
                case QuoteBlock q:
                    foreach (var inner in Images(q.Blocks))
                    {
                        yield return inner;
                    }

                    break;
                case ListBlock l:
                    foreach (var inner in Images(l.Items.SelectMany(item => item.Blocks)))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }
}
