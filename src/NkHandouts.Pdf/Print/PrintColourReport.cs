using NkHandouts.Diagnostics;
using NkHandouts.Templates;

namespace NkHandouts.Pdf.Print;

/// <summary>One warning per colour a print file converted from RGB (the template gave it no print value).</summary>
internal static class PrintColourReport
{
    public static void Add(PrintColours inks, Template template, DiagnosticBag diagnostics)
    {
        foreach (var (rgb, ink) in inks.Converted)
        {
            var screen = new Colour(rgb.R, rgb.G, rgb.B);
            var name = template.Brand.Colours.Named.Where(n => n.Screen == screen).Select(n => n.Name).FirstOrDefault();
            var what = name is null ? $"colour {screen} (from an image, icon or logo)" : $"brand colour '{name}' ({screen})";
            var fix = name is null
                ? $"if it is a brand colour, list it in the template with its print value"
                : $"give it a print value: {name}: {{ screen: \"{screen}\", print: \"{ink}\" }} (or your brand guide's CMYK)";
            diagnostics.Warning(DiagnosticCodes.ColourConverted, SourceLocation.FileOnly(template.FilePath),
                $"{what} has no print value; converted through {inks.Condition.Identifier} to {ink}", fix);
        }
    }
}
