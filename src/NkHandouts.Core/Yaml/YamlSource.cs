using NkHandouts.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NkHandouts.Yaml;

/// <summary>
/// A YAML text embedded at some line of a file (front matter starts on line 2), parsed into a mapping with
/// diagnostics mapped back to the file's own lines.
/// </summary>
public sealed class YamlSource
{
    private readonly string _path;
    private readonly int _lineOffset;

    private YamlSource(string path, int lineOffset, DiagnosticBag diagnostics)
    {
        _path = path;
        _lineOffset = lineOffset;
        Diagnostics = diagnostics;
    }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The first line whose '[' or '{' is not closed on it: where a person would look first.</summary>
    private static (int Line, int Column) UnbalancedBracket(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var depth = 0;
            var first = -1;
            for (var c = 0; c < lines[i].Length; c++)
            {
                switch (lines[i][c])
                {
                    case '[' or '{':
                        if (depth++ == 0)
                        {
                            first = c;
                        }

                        break;
                    case ']' or '}':
                        depth--;
                        break;
                }
            }

            if (depth > 0)
            {
                return (i + 1, first + 1);
            }
        }

        return (1, 1);
    }

    public SourceLocation At(YamlNode node) => new(_path, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    private SourceLocation At(Mark mark) => new(_path, (int)mark.Line + _lineOffset, (int)mark.Column);

    /// <summary>Parses <paramref name="yaml"/>; returns the top-level mapping, or null after reporting why not.</summary>
    public static YamlMap? Parse(string yaml, string path, int lineOffset, DiagnosticBag diagnostics, string what)
    {
        var source = new YamlSource(path, lineOffset, diagnostics);
        if (YamlShape.Check(yaml) is { } problem)
        {
            var at = problem.At.Line > 0 ? source.At(problem.At) : new SourceLocation(path, lineOffset + 1, 1);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, at, $"{what} cannot be used: {problem.Message}", problem.Hint);
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            diagnostics.Error(DiagnosticCodes.YamlSyntax, source.At(e.Start), $"{what} is not valid YAML: {message}",
                "check indentation (spaces, not tabs), a space after each ':', and quote values that contain ': ' or start with '@', '`' or '*'");
            return null;
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this on some unclosed flow collections; it carries no position.
            var (line, column) = UnbalancedBracket(yaml);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, line + lineOffset, column), $"{what} is not valid YAML: an unclosed '[' or '{{' ({e.Message})",
                "look for an unclosed '[' or '{' or an unmatched quote");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count > 0 ? source.At(stream.Documents[0].RootNode) : new SourceLocation(path, lineOffset + 1, 1);
            diagnostics.Error(DiagnosticCodes.WrongType, at, $"{what} must be a mapping of 'key: value' lines", "for example: title: My article");
            return null;
        }

        return new YamlMap(root, source);
    }
}
