using NkHandouts.Diagnostics;
using NkHandouts.IO;
using NkHandouts.Yaml;

namespace NkHandouts.Templates;

/// <summary>Files a template names (logo, fonts, reference documents): resolved inside the template folder only,
/// and checked to exist, with errors located at the value that names them.</summary>
public static class TemplateAssets
{
    public static string? Resolve(YamlMap map, string key, string folder, bool required)
    {
        var relative = map.String(key, required);
        if (relative is null)
        {
            return null;
        }

        var full = ProjectPath.Resolve(folder, relative, out var reason);
        if (full is null)
        {
            map.Diagnostics.Error(DiagnosticCodes.UnsafePath, map.LocationOfValue(key), $"'{relative}' is refused: {reason}", "keep template assets inside the template folder");
            return null;
        }

        if (!File.Exists(full))
        {
            map.Diagnostics.Error(DiagnosticCodes.TemplateFileMissing, map.LocationOfValue(key), $"'{relative}' not found in the template folder", $"add the file to {folder} or fix the name (names are case-sensitive)");
            return null;
        }

        return full;
    }
}
