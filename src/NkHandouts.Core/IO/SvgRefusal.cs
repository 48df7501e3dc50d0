using System.Xml;
using NkHandouts.Diagnostics;

namespace NkHandouts.IO;

/// <summary>
/// The one message for an SVG image the XML reader refuses, whichever output embeds it (leaflet, web page): a DTD is
/// never processed (entity expansion, external files), and anything else not well-formed is located at the reader's
/// line and column.
/// </summary>
public static class SvgRefusal
{
    public static void Report(XmlException e, string path, string name, DiagnosticBag diagnostics)
    {
        var dtd = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);
        diagnostics.Error(DiagnosticCodes.ImageRefused, new SourceLocation(path, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition)),
            $"'{name}' is refused: " + (dtd ? "it has a DTD (<!DOCTYPE>/<!ENTITY>), which is never processed" : "it is not well-formed SVG: " + e.Message),
            dtd ? "delete the <!DOCTYPE …> block; plain SVG needs none" : "re-export the SVG from your drawing program");
    }
}
