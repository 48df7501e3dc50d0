namespace NkHandouts.Diagnostics;

/// <summary>A place in a source file. Line and column are 1-based, as editors and compilers print them.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation FileOnly(string path) => new(path, 0, 0);

    public override string ToString() => Line <= 0 ? Path : $"{Path}:{Line}:{Math.Max(1, Column)}";
}
