using NkHandouts.Diagnostics;

namespace NkHandouts.Templates;

/// <summary>NK208 for a font file that exists but cannot be used, at the template.yaml line that names it (or at the
/// template, for a system font): the renderers that read fonts say the same thing the same way.</summary>
public static class TemplateFontDiagnostic
{
    public static Diagnostic Unreadable(Template template, string path, string reason)
    {
        var full = Path.GetFullPath(path);
        var listed = template.Typography.Fonts.FirstOrDefault(f => Path.GetFullPath(f.Path) == full);
        var shown = listed is null ? path : Path.GetRelativePath(template.Folder, full).Replace('\\', '/');
        return new Diagnostic(Severity.Error, DiagnosticCodes.FontNotFound, listed?.At ?? SourceLocation.FileOnly(template.FilePath),
            $"font file '{shown}' cannot be used: {reason}",
            "replace it with the font's .ttf or .otf file (font collections and WOFF are not supported), or remove it from typography.fonts");
    }
}
