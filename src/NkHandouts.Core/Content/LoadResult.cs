using NkHandouts.Diagnostics;

namespace NkHandouts.Content;

/// <summary>The outcome of loading a file: the value when there were no errors, and every diagnostic found.</summary>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics)
    where T : class
{
    public bool Succeeded => Value is not null && !Diagnostics.Any(d => d.IsError);
}
