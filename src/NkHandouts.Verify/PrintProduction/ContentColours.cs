using System.Globalization;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.PrintProduction;

/// <summary>
/// Walks a page's content (and the forms, patterns and images it paints) with a small graphics-state machine and
/// reports, against PDF/X-4 for a CMYK output intent: colour set or painted in DeviceRGB/DeviceGray (including the
/// initial DeviceGray black of a state nothing set), images without an ICC basis, transfer functions, and black
/// type under 24 pt that is not black ink only.
/// </summary>
internal sealed class ContentColours(PdfObjects pdf, int page, Action<PrintFinding> report)
{
    /// <summary>Type at least this large may be rich black; smaller black type must be K only.</summary>
    public const double RichBlackMinimumSize = 24;

    private readonly HashSet<string> reported = [];

    public int ColourUses { get; private set; }

    public int TextRuns { get; private set; }

    private sealed class State
    {
        public ColourSpaceKind? FillSpace; // null: the initial DeviceGray black, never set
        public ColourSpaceKind? StrokeSpace;
        public double[] Fill = [];
        public double[] Ctm = [1, 0, 0, 1, 0, 0];
        public double FontSize;
        public int RenderMode;

        public State Clone() => (State)MemberwiseClone();
    }

    public void Walk(byte[] content, DictionaryToken? resources, int depth = 0) => Walk(content, resources, new State(), depth);

    private void Walk(byte[] content, DictionaryToken? resources, State state, int depth)
    {
        if (depth > 12)
        {
            Report(PrintRules.DeviceColour, "forms nested more than 12 deep; not checked further");
            return;
        }

        var stack = new Stack<State>();
        double[] tm = [1, 0, 0, 1, 0, 0];
        foreach (var op in ContentTokenizer.Read(content))
        {
            var o = op.Operands;
            switch (op.Operator)
            {
                case "q":
                    stack.Push(state.Clone());
                    break;
                case "Q":
                    if (stack.Count > 0)
                    {
                        state = stack.Pop();
                    }

                    break;
                case "cm" when o.Count == 6:
                    state.Ctm = Multiply([.. Enumerable.Range(0, 6).Select(op.Number)], state.Ctm);
                    break;
                case "rg" or "RG":
                    Use(ColourSpaceKind.DeviceRgb, $"colour set with '{op.Operator}' (DeviceRGB)");
                    SetDevice(state, op.Operator == "rg", ColourSpaceKind.DeviceRgb, op);
                    break;
                case "g" or "G":
                    Use(ColourSpaceKind.DeviceGray, $"colour set with '{op.Operator}' (DeviceGray)");
                    SetDevice(state, op.Operator == "g", ColourSpaceKind.DeviceGray, op);
                    break;
                case "k" or "K":
                    Use(ColourSpaceKind.DeviceCmyk, "");
                    SetDevice(state, op.Operator == "k", ColourSpaceKind.DeviceCmyk, op);
                    break;
                case "cs" or "CS" when o.Count == 1:
                    var kind = ColourSpaces.Classify(NameToken.Create(o[0].TrimStart('/')), resources, pdf);
                    Use(kind, $"colour space {o[0]} is {kind.Label}");
                    if (op.Operator == "cs")
                    {
                        state.FillSpace = kind;
                        state.Fill = new double[kind.Components];
                    }
                    else
                    {
                        state.StrokeSpace = kind;
                    }

                    break;
                case "sc" or "scn":
                    state.Fill = o.Where(IsNumber).Select(Parse).ToArray();
                    if (o.Count > 0 && o[^1].StartsWith('/'))
                    {
                        CheckPattern(o[^1], resources, state, depth);
                    }

                    break;
                case "SCN" when o.Count > 0 && o[^1].StartsWith('/'):
                    CheckPattern(o[^1], resources, state, depth);
                    break;
                case "gs" when o.Count == 1:
                    CheckExtGState(o[0], resources);
                    break;
                case "f" or "F" or "f*":
                    Paint(state, fill: true, stroke: false);
                    break;
                case "S" or "s":
                    Paint(state, fill: false, stroke: true);
                    break;
                case "B" or "B*" or "b" or "b*":
                    Paint(state, fill: true, stroke: true);
                    break;
                case "sh" when o.Count == 1:
                    var shading = pdf.Dict(pdf.Dict(resources, "Shading"), o[0].TrimStart('/'));
                    var shadingSpace = ColourSpaces.Classify(PdfObjects.Get(shading, "ColorSpace"), resources, pdf);
                    Use(shadingSpace, $"shading {o[0]} is in {shadingSpace.Label}");
                    break;
                case "BT":
                    tm = [1, 0, 0, 1, 0, 0];
                    break;
                case "Tm" when o.Count == 6:
                    tm = [.. Enumerable.Range(0, 6).Select(op.Number)];
                    break;
                case "Tf" when o.Count == 2:
                    state.FontSize = op.Number(1);
                    break;
                case "Tr" when o.Count == 1:
                    state.RenderMode = (int)op.Number(0);
                    break;
                case "Tj" or "TJ" or "'" or "\"":
                    Text(state, tm);
                    break;
                case "Do" when o.Count == 1:
                    XObject(o[0].TrimStart('/'), resources, state, depth);
                    break;
                case "BI":
                    InlineImage(o, resources);
                    break;
            }
        }
    }

    private void Text(State state, double[] tm)
    {
        TextRuns++;
        if (state.RenderMode is 3 or 7)
        {
            return; // invisible text (OCR layers): no ink
        }

        Paint(state, fill: state.RenderMode is 0 or 2 or 4 or 6, stroke: state.RenderMode is 1 or 2 or 5 or 6);
        if (state.FillSpace is not { Cmyk: true } || state.Fill.Length != 4)
        {
            return;
        }

        var size = state.FontSize * Scale(Multiply(tm, state.Ctm));
        var (c, m, y, k) = (state.Fill[0], state.Fill[1], state.Fill[2], state.Fill[3]);
        var black = k >= 0.85 || (k >= 0.5 && c >= 0.5 && m >= 0.5 && y >= 0.5);
        if (black && size < RichBlackMinimumSize && (c > 0 || m > 0 || y > 0))
        {
            Report(PrintRules.BlackText, string.Create(CultureInfo.InvariantCulture,
                $"black type at {size:0.#} pt is printed with C {c:0.##} M {m:0.##} Y {y:0.##} K {k:0.##}; black type under {RichBlackMinimumSize} pt must be black ink only"));
        }
    }

    private void Paint(State state, bool fill, bool stroke)
    {
        if ((fill && state.FillSpace is null) || (stroke && state.StrokeSpace is null))
        {
            Report(PrintRules.ImplicitGray, "paints before setting a colour, so in the initial DeviceGray black; set a CMYK colour first");
        }
    }

    private void XObject(string name, DictionaryToken? resources, State state, int depth)
    {
        var stream = pdf.Stream(pdf.Dict(resources, "XObject"), name);
        if (stream is null)
        {
            return;
        }

        var d = stream.StreamDictionary;
        switch (pdf.Name(d, "Subtype"))
        {
            case "Image":
                ImageSpace(d, resources, $"image /{name}");
                break;
            case "Form":
                var matrix = pdf.Array(d, "Matrix")?.Data.Select(t => (pdf.Resolve(t) as NumericToken)?.Double ?? 0).ToArray();
                var inner = state.Clone();
                if (matrix is { Length: 6 })
                {
                    inner.Ctm = Multiply(matrix, state.Ctm);
                }

                Walk(pdf.Decode(stream), pdf.Dict(d, "Resources") ?? resources, inner, depth + 1);
                break;
        }
    }

    private void ImageSpace(DictionaryToken image, DictionaryToken? resources, string what)
    {
        if (pdf.Resolve(PdfObjects.Get(image, "ImageMask")) is BooleanToken { Data: true })
        {
            return; // a stencil painted in the fill colour, checked where that was set
        }

        if (PdfObjects.Get(image, "ColorSpace") is null && pdf.Name(image, "Filter") == "JPXDecode")
        {
            return; // JPEG 2000 with its own colour specification
        }

        var kind = ColourSpaces.Classify(PdfObjects.Get(image, "ColorSpace"), resources, pdf);
        Use(kind, $"{what} is in {kind.Label}");
    }

    private void InlineImage(IReadOnlyList<string> operands, DictionaryToken? resources)
    {
        for (var i = 0; i + 1 < operands.Count; i++)
        {
            if (operands[i] is "/CS" or "/ColorSpace")
            {
                var kind = ColourSpaces.Classify(NameToken.Create(operands[i + 1].TrimStart('/')), resources, pdf);
                Use(kind, $"inline image is in {kind.Label}");
            }
        }
    }

    private void CheckPattern(string name, DictionaryToken? resources, State state, int depth)
    {
        var pattern = pdf.Resolve(PdfObjects.Get(pdf.Dict(resources, "Pattern"), name.TrimStart('/')));
        switch (pattern)
        {
            case StreamToken tiling:
                Walk(pdf.Decode(tiling), pdf.Dict(tiling.StreamDictionary, "Resources") ?? resources, state.Clone(), depth + 1);
                break;
            case DictionaryToken shadingPattern:
                var space = ColourSpaces.Classify(PdfObjects.Get(pdf.Dict(shadingPattern, "Shading"), "ColorSpace"), resources, pdf);
                Use(space, $"shading pattern {name} is in {space.Label}");
                break;
        }
    }

    private void CheckExtGState(string name, DictionaryToken? resources)
    {
        var gs = pdf.Dict(pdf.Dict(resources, "ExtGState"), name.TrimStart('/'));
        foreach (var key in new[] { "TR", "TR2" })
        {
            if (PdfObjects.Get(gs, key) is { } tr && !(pdf.Resolve(tr) is NameToken { Data: "Default" }))
            {
                Report(PrintRules.TransferFunctions, $"graphics state {name} has a transfer function (/{key}); PDF/X forbids them");
            }
        }
    }

    private void Use(ColourSpaceKind kind, string problem)
    {
        ColourUses++;
        if (!kind.Allowed)
        {
            Report(PrintRules.DeviceColour, problem + "; print files use CMYK or ICC-based colour");
        }
    }

    private static void SetDevice(State state, bool fill, ColourSpaceKind kind, ContentOp op)
    {
        if (fill)
        {
            state.FillSpace = kind;
            state.Fill = op.Operands.Where(IsNumber).Select(Parse).ToArray();
        }
        else
        {
            state.StrokeSpace = kind;
        }
    }

    private void Report(string rule, string message)
    {
        if (reported.Add(rule + message))
        {
            report(new PrintFinding(rule, message, page));
        }
    }

    private static bool IsNumber(string s) => s.Length > 0 && (char.IsAsciiDigit(s[0]) || s[0] is '-' or '+' or '.');

    private static double Parse(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double Scale(double[] m) => Math.Sqrt(Math.Abs(m[0] * m[3] - m[1] * m[2]));

    /// <summary>a × b for PDF's row-vector matrices [a b c d e f].</summary>
    private static double[] Multiply(double[] a, double[] b) =>
    [
        a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5],
    ];
}
