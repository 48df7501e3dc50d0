using PdfSharp.Pdf;

namespace NkHandouts.Pdf.Print;

/// <summary>
/// Solid black type overprints in a print file: with <c>/OP</c> and <c>/op</c> on and overprint mode 1, a
/// DeviceCMYK colour's zero inks leave the plates below untouched, so 100 % K letters on a tinted box print over the
/// tint instead of knocking a letter-shaped hole in the cyan, magenta and yellow plates (any misregistration would
/// show as a white halo round every letter). Only pure K text does: a coloured object that overprinted would mix
/// with what lies under it. A RIP that overprints black by default gives the same result; this makes it explicit.
/// </summary>
internal static class BlackOverprint
{
    public const string On = "/NkOverprint";
    public const string Off = "/NkKnockout";

    /// <summary>Adds both states to the page's resources (the same two objects on every page).</summary>
    public static void AddTo(PdfDocument document, PdfPage page, ref (PdfItem On, PdfItem Off)? states)
    {
        states ??= (State(document, true), State(document, false));
        var resources = page.Resources.Elements;
        if (resources.GetDictionary("/ExtGState") is not { } table)
        {
            table = new PdfDictionary(document);
            resources["/ExtGState"] = table;
        }

        table.Elements[On] = states.Value.On;
        table.Elements[Off] = states.Value.Off;
    }

    private static PdfItem State(PdfDocument document, bool overprint)
    {
        var state = new PdfDictionary(document);
        state.Elements.SetName("/Type", "/ExtGState");
        state.Elements["/OP"] = new PdfBoolean(overprint);
        state.Elements["/op"] = new PdfBoolean(overprint);
        state.Elements["/OPM"] = new PdfInteger(overprint ? 1 : 0);
        document.Internals.AddObject(state);
        return state.Reference!;
    }
}
