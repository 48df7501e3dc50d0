using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.Reading;

/// <summary>Reads a number tree (ISO 32000-1 §7.9.7): /Nums pairs in leaves, /Kids in intermediate nodes.</summary>
internal static class NumberTree
{
    public static void Read(PdfInspection pdf, DictionaryToken? node, Dictionary<int, IToken> into, int depth = 0)
    {
        if (node is null || depth > 32)
        {
            return;
        }

        if (pdf.Array(node, "Nums") is { } nums)
        {
            for (var i = 0; i + 1 < nums.Length; i += 2)
            {
                if (pdf.Resolve(nums[i]) is NumericToken key)
                {
                    into[key.Int] = nums[i + 1];
                }
            }
        }

        foreach (var kid in pdf.Array(node, "Kids")?.Data ?? [])
        {
            Read(pdf, pdf.Resolve(kid) as DictionaryToken, into, depth + 1);
        }
    }
}
