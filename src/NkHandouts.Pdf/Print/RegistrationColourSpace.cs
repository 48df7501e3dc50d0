using PdfSharp.Pdf;

namespace NkHandouts.Pdf.Print;

/// <summary>
/// The <c>/All</c> separation colour space: a RIP puts a tint of it on every plate, which is what crop and fold
/// marks need to show on each separated film or plate. Its alternate (for proofing) is the four-colour mix.
/// </summary>
internal static class RegistrationColourSpace
{
    public const string Name = "/NkAll";

    public static PdfItem Create(PdfDocument document)
    {
        var tint = new PdfDictionary(document);
        tint.Elements["/FunctionType"] = new PdfInteger(2);
        tint.Elements["/Domain"] = new PdfLiteral("[0 1]");
        tint.Elements["/C0"] = new PdfLiteral("[0 0 0 0]");
        tint.Elements["/C1"] = new PdfLiteral("[1 1 1 1]");
        tint.Elements["/N"] = new PdfInteger(1);
        var space = new PdfArray(document, new PdfName("/Separation"), new PdfName("/All"), new PdfName("/DeviceCMYK"), tint);
        document.Internals.AddObject(space);
        return space.Reference!;
    }
}
