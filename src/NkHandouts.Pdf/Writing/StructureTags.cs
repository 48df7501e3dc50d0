using NkHandouts.Layout;
using PdfSharp.UniversalAccessibility;

namespace NkHandouts.Pdf;

/// <summary>Opens a layout structure tag with PDFsharp's structure builder.</summary>
internal static class StructureTags
{
    public static void Begin(StructureBuilder sb, StructureNode node, PdfSharp.Drawing.XRect bounds)
    {
        switch (node.Tag)
        {
            case StructureTag.Sect: sb.BeginElement(PdfGroupingElementTag.Section); break;
            case StructureTag.Div: sb.BeginElement(PdfGroupingElementTag.Division); break;
            case StructureTag.H1: sb.BeginElement(PdfBlockLevelElementTag.Heading1); break;
            case StructureTag.H2: sb.BeginElement(PdfBlockLevelElementTag.Heading2); break;
            case StructureTag.H3: sb.BeginElement(PdfBlockLevelElementTag.Heading3); break;
            case StructureTag.P: sb.BeginElement(PdfBlockLevelElementTag.Paragraph); break;
            case StructureTag.L: sb.BeginElement(PdfBlockLevelElementTag.List); break;
            case StructureTag.LI: sb.BeginElement(PdfBlockLevelElementTag.ListItem); break;
            case StructureTag.Lbl: sb.BeginElement(PdfBlockLevelElementTag.Label); break;
            case StructureTag.LBody: sb.BeginElement(PdfBlockLevelElementTag.ListBody); break;
            case StructureTag.Table: sb.BeginElement(PdfBlockLevelElementTag.Table); break;
            case StructureTag.TR: sb.BeginElement(PdfBlockLevelElementTag.TableRow); break;
            case StructureTag.THead: sb.BeginGroupingElement("THead"); break;
            case StructureTag.TBody: sb.BeginGroupingElement("TBody"); break;
            case StructureTag.TH:
                sb.BeginElement(PdfBlockLevelElementTag.TableHeaderCell);
                if (node.Scope is { } scope)
                {
                    // PDF/UA 7.5: a TH says which cells it heads (Matterhorn 15-003).
                    sb.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/" + scope);
                }

                break;
            case StructureTag.TD: sb.BeginElement(PdfBlockLevelElementTag.TableDataCell); break;
            case StructureTag.Figure: sb.BeginElement(PdfIllustrationElementTag.Figure, node.AltText ?? "", bounds); break;
            default: throw new ArgumentOutOfRangeException(nameof(node), node.Tag, "no PDF structure type");
        }
    }
}
