using System.Globalization;
using System.Text;
using NkHandouts.Templates;

namespace NkHandouts.Html;

/// <summary>
/// The page's one inline stylesheet, from the template's colours, fonts, body size, line height and print margins.
/// Screen: a single column of about 70 characters that reflows down to a 320 px phone without sideways scrolling;
/// sizes in rem so the reader's own text size setting wins. Print: 12 pt-based text, no skip link or contents list,
/// link addresses written out, callouts and figures kept whole. Myths and facts differ by word label, icon and
/// border style as well as colour.
/// </summary>
internal static class Stylesheet
{
    public static string For(Template template)
    {
        var c = template.Brand.Colours;
        var t = template.Typography;
        var m = template.Page.Margins;
        var link = Readable([c.Primary, c.Heading, c.Text], [c.Background, c.MythBackground, c.FactBackground, c.BoxBackground]);
        var scale = Math.Max(1, t.BodySize.Points / 12);
        var vars = new StringBuilder()
            .Append(":root{")
            .Append(Var("text", c.Text)).Append(Var("bg", c.Background)).Append(Var("primary", c.Primary))
            .Append(Var("on-primary", c.OnPrimary)).Append(Var("accent", c.Accent)).Append(Var("heading", c.Heading))
            .Append(Var("link", link)).Append(Var("myth-bg", c.MythBackground)).Append(Var("fact-bg", c.FactBackground))
            .Append(Var("box-bg", c.BoxBackground))
            .Append("--body-font:").Append(FontStack(t.BodyFont)).Append(';')
            .Append("--heading-font:").Append(FontStack(t.HeadingFont)).Append(';')
            .Append("--line:").Append(Number(t.LineHeight)).Append(';')
            .Append("--scale:").Append(Number(scale)).Append(';')
            .Append("--print-size:").Append(Number(Math.Max(11, t.BodySize.Points))).Append("pt;")
            .Append("}\n");
        var page = $"@page{{margin:{Mm(m.Top.Millimetres)} {Mm(m.Right.Millimetres)} {Mm(m.Bottom.Millimetres)} {Mm(m.Left.Millimetres)}}}\n";
        return vars + Body + page + Print;
    }

    /// <summary>The first candidate with at least 4.5:1 contrast on every background (WCAG AA for text).</summary>
    internal static Colour Readable(IEnumerable<Colour> candidates, IReadOnlyList<Colour> backgrounds)
    {
        var list = candidates.ToList();
        foreach (var colour in list)
        {
            if (backgrounds.All(b => Colour.Contrast(colour, b) >= 4.5))
            {
                return colour;
            }
        }

        return list.MaxBy(colour => backgrounds.Min(b => Colour.Contrast(colour, b)));
    }

    /// <summary>A CSS font-family list with the template's font first. Only letters, digits, spaces, hyphens and
    /// underscores of the name are kept, so a name can never close the string or the style element.</summary>
    internal static string FontStack(string family)
    {
        var kept = new string(family.Where(ch => char.IsLetterOrDigit(ch) || ch is ' ' or '-' or '_').ToArray());
        var safe = string.Join(' ', kept.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var first = safe.Length > 0 ? $"\"{safe}\"," : "";
        return first + "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif";
    }

    private static string Var(string name, Colour colour) => $"--{name}:{colour};";

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Mm(double mm) => Number(mm) + "mm";

    private const string Body = """
        *,*::before,*::after{box-sizing:border-box}
        html{font-size:calc(100% * var(--scale));-webkit-text-size-adjust:100%;text-size-adjust:100%;color-scheme:light}
        body{margin:0;background:var(--bg);color:var(--text);font-family:var(--body-font);font-size:1rem;line-height:var(--line);overflow-wrap:break-word}
        .visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
        .skip-link{position:absolute;left:0.5rem;top:-20rem;z-index:10;padding:0.75rem 1rem;background:var(--bg);color:var(--link);font-weight:bold}
        .skip-link:focus{top:0.5rem}
        .draft-mark{margin:0;padding:0.5rem 1rem;border:2px solid #000;background:#fff;color:#000;font-weight:bold;text-align:center}
        a{color:var(--link);text-decoration:underline;text-underline-offset:0.15em}
        a:focus-visible,.skip-link:focus{outline:3px solid var(--text);outline-offset:2px;box-shadow:0 0 0 6px var(--bg)}
        .site-header{background:var(--primary);color:var(--on-primary)}
        .site-header .inner,main,.site-footer .inner{max-width:42rem;margin:0 auto;padding-left:1rem;padding-right:1rem}
        .site-header .inner{display:flex;align-items:center;gap:1rem;padding-top:1rem;padding-bottom:1rem}
        .site-header img{flex:none;width:3.5rem;height:3.5rem}
        .clinic{margin:0;font-size:1.25rem;font-weight:bold;line-height:1.25}
        .tagline{margin:0}
        main{display:block;padding-top:1.5rem;padding-bottom:2rem}
        main:focus{outline:none}
        h1,h2,h3,h4,h5,h6{font-family:var(--heading-font);color:var(--heading);line-height:1.25;margin:1.75rem 0 0.75rem}
        h1{font-size:2rem;margin-top:0}
        h2{font-size:1.5rem}
        h3{font-size:1.25rem}
        h4,h5,h6{font-size:1.125rem}
        .subtitle{font-size:1.25rem;margin:0 0 1rem}
        .summary{font-size:1.125rem;margin:0 0 1.5rem}
        p,ul,ol,table,blockquote,figure{margin:0 0 1rem}
        ul,ol{padding-left:1.75rem}
        li{margin:0.35rem 0}
        li>ul,li>ol{margin:0.35rem 0 0}
        code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:0.95em}
        blockquote{margin-left:0;padding:0.25rem 0 0.25rem 1rem;border-left:0.25rem solid var(--heading)}
        hr{border:0;border-top:2px solid var(--heading);margin:2rem 0}
        .contents{margin:0 0 1.5rem;padding:0.75rem 1rem;border:1px solid var(--heading);border-radius:0.25rem}
        .contents h2{font-size:1.125rem;margin:0 0 0.5rem}
        .contents ol{margin:0}
        .callout{margin:1.25rem 0;padding:1rem 1rem 0.25rem;background:var(--box-bg);border:1px solid var(--heading);border-left-width:0.5rem;border-radius:0.25rem}
        .callout-myth{background:var(--myth-bg);border-style:dashed;border-left-style:dashed}
        .callout-fact{background:var(--fact-bg);border-color:var(--accent);border-left-style:double;border-left-width:0.625rem}
        .callout-label{display:flex;align-items:center;gap:0.5rem;margin:0 0 0.5rem;font-size:1.125rem;color:var(--text)}
        .callout-icon{flex:none;display:inline-flex;align-items:center;justify-content:center;width:1.75rem;height:1.75rem;border-radius:50%;background:var(--text);color:var(--bg);font-size:1rem;font-weight:bold;line-height:1}
        .callout-icon svg{width:1rem;height:1rem}
        .callout-fact .callout-icon{background:var(--accent)}
        table{width:100%;border-collapse:collapse}
        th,td{padding:0.5rem;border:1px solid var(--text);text-align:left;vertical-align:top;overflow-wrap:anywhere}
        thead th{background:var(--box-bg);color:var(--heading)}
        .align-right{text-align:right}
        .align-center{text-align:center}
        figure{margin:1.5rem 0}
        figure img{display:block;max-width:100%;height:auto}
        figcaption{margin-top:0.5rem;font-style:italic}
        sup{line-height:0}
        .footnotes{margin-top:2rem;border-top:1px solid var(--heading)}
        .site-footer{border-top:0.375rem solid var(--primary)}
        .site-footer .inner{padding-top:1rem;padding-bottom:2rem}
        .site-footer p{margin:0 0 0.5rem}
        @media (max-width:30rem){h1{font-size:1.75rem}h2{font-size:1.375rem}.site-header .inner{gap:0.75rem}}

        """;

    private const string Print = """
        @media print{
        html{font-size:var(--print-size)}
        body{background:#fff}
        .skip-link,.contents{display:none}
        .draft-mark{position:fixed;top:0;left:0;right:0}
        .site-header,.callout,thead th,.callout-icon{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        .site-header .inner,main,.site-footer .inner{max-width:none;padding-left:0;padding-right:0}
        main{padding-top:1rem;padding-bottom:1rem}
        h1,h2,h3,h4,h5,h6,.callout-label{break-after:avoid;page-break-after:avoid}
        .callout,figure,tr,blockquote{break-inside:avoid;page-break-inside:avoid}
        p,li{orphans:3;widows:3}
        a{color:var(--text)}
        a[href^="http"]:not(.bare)::after{content:" (" attr(href) ")";overflow-wrap:anywhere}
        .bare{overflow-wrap:anywhere}
        }

        """;
}
