using System.Globalization;
using System.Text;
using NkHandouts.Content;
using NkHandouts.Diagnostics;

namespace NkHandouts.Leaflet;

/// <summary>
/// What the leaflet layout cannot print correctly yet. It lays text out left to right, one glyph per character, with
/// no bidirectional reordering (UAX #9) and no shaping: Arabic or Hebrew would come out in the wrong order with
/// unjoined letters and left-aligned lines, and Indic, Thai, Khmer or Myanmar text without its conjuncts and vowel
/// placement. For patient outputs that is refused (NK450) instead of written silently wrong; CJK text with no font
/// that has it (empty boxes) is refused too (NK451), where other audiences get the NK401 warning.
/// </summary>
public static class ScriptSupport
{
    /// <summary>Right-to-left scripts and scripts that need shaping, by Unicode block.</summary>
    private static readonly (int From, int To, string Script, bool RightToLeft)[] Unsupported =
    [
        (0x0590, 0x05FF, "Hebrew", true),
        (0x0600, 0x06FF, "Arabic", true),
        (0x0700, 0x074F, "Syriac", true),
        (0x0750, 0x077F, "Arabic", true),
        (0x0780, 0x07BF, "Thaana", true),
        (0x07C0, 0x07FF, "N'Ko", true),
        (0x0800, 0x08FF, "Arabic", true),
        (0x0900, 0x0DFF, "Indic (Devanagari, Bengali, Tamil…)", false),
        (0x0E00, 0x0EFF, "Thai/Lao", false),
        (0x0F00, 0x0FFF, "Tibetan", false),
        (0x1000, 0x109F, "Myanmar", false),
        (0x1780, 0x17FF, "Khmer", false),
        (0xFB1D, 0xFB4F, "Hebrew", true),
        (0xFB50, 0xFDFF, "Arabic", true),
        (0xFE70, 0xFEFF, "Arabic", true),
        (0x10800, 0x10FFF, "right-to-left", true),
        (0x1E800, 0x1EFFF, "right-to-left", true),
    ];

    /// <summary>Languages written right to left whatever the characters (a romanised Arabic article is still ar).</summary>
    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", "syr",
    };

    /// <summary>Leaflets for patients and the public: the audiences whose default policy is the patient one.</summary>
    public static bool IsPatientOutput(Article article) =>
        article.Metadata.Audience.ToLowerInvariant() is "patients" or "patient" or "public" or "caregivers" or "carers";

    /// <summary>Reports NK450 at the first character (or the language line) the layout cannot print; true if so.</summary>
    public static bool RefuseUnsupported(Article article, DiagnosticBag diagnostics)
    {
        var text = article.SourceText ?? ReadSource(article.Path);
        for (var i = 0; i < text.Length; i++)
        {
            var cp = char.ConvertToUtf32OrReplacement(text, i);
            foreach (var (from, to, script, rtl) in Unsupported)
            {
                if (cp >= from && cp <= to)
                {
                    diagnostics.Error(DiagnosticCodes.ScriptNotSupported, At(article, text, i),
                        $"{script} text (U+{cp.ToString("X4", CultureInfo.InvariantCulture)}) is not supported in patient leaflets yet: " +
                        (rtl ? "the layout has no right-to-left (bidi) reordering or shaping, so words would print in the wrong order"
                             : "the layout has no shaping for this script, so letters would print wrongly"),
                        "publish this article as a web page (patient-web) or a Word briefing, or give the leaflet as a PDF made by a tool that supports the script");
                    return true;
                }
            }

            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }

        var primary = article.Metadata.Language.Split('-')[0];
        if (RightToLeftLanguages.Contains(primary))
        {
            diagnostics.Error(DiagnosticCodes.ScriptNotSupported, Furniture(article),
                $"language '{article.Metadata.Language}' is written right to left, which patient leaflets do not support yet",
                "publish this article as a web page (patient-web), or correct the language tag");
            return true;
        }

        return false;
    }

    /// <summary>Turns missing-glyph CJK characters into NK451 for a patient output; returns the ones it reported.</summary>
    public static bool RefuseCjkWithoutFont(Article article, IReadOnlySet<int> missing, DiagnosticBag diagnostics)
    {
        var cjk = missing.Where(IsCjk).ToList();
        if (cjk.Count == 0)
        {
            return false;
        }

        var list = string.Join(", ", cjk.Take(5).Select(cp => $"'{char.ConvertFromUtf32(cp)}' (U+{cp.ToString("X4", CultureInfo.InvariantCulture)})"));
        diagnostics.Error(DiagnosticCodes.CjkFontMissing, SourceSearch.FirstOf(article, cjk),
            $"no font in the template has the Chinese, Japanese or Korean characters {list}; a patient leaflet would print empty boxes",
            "add a CJK font (for example Noto Sans CJK) to the template's typography.fonts");
        return true;
    }

    public static bool IsCjk(int cp) =>
        cp is (>= 0x1100 and <= 0x11FF) or (>= 0x2E80 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x3FFFF);

    private static SourceLocation At(Article article, string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? -1 : text.LastIndexOf('\n', index - 1);
        return new SourceLocation(article.Path, line, index - lineStart);
    }

    private static SourceLocation Furniture(Article article) => Localization.FurnitureCatalog.LanguageLocation(article);

    private static string ReadSource(string path)
    {
        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}

internal static class CharExtensions
{
    extension(char)
    {
        /// <summary>The code point at <paramref name="i"/>; a lone surrogate gives U+FFFD instead of throwing.</summary>
        public static int ConvertToUtf32OrReplacement(string s, int i) =>
            char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? char.ConvertToUtf32(s[i], s[i + 1])
            : char.IsSurrogate(s[i]) ? 0xFFFD : s[i];
    }
}
