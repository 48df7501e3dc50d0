namespace NkHandouts.Rendering;

/// <summary>
/// Takes the files that go with an output (page previews) one at a time, as a renderer makes them, so a long
/// document's previews are never all held in memory (63 pages at 600 dpi are about 63 MB of PNG). The build's sink
/// stages each file beside its destination and moves them into place only after the output itself passed its
/// checks; a failed build leaves the previous files as they were.
/// </summary>
public interface IExtraFileSink
{
    /// <param name="fileName">Relative to the output folder, e.g. <c>x.a4.previews/page-1.png</c>.</param>
    /// <param name="content">The file's bytes; the sink copies or writes them before returning.</param>
    void Write(string fileName, ReadOnlySpan<byte> content);
}

/// <summary>A sink that keeps the files (for callers that want them back in <see cref="RenderResult.ExtraFiles"/>).</summary>
public sealed class CollectedExtraFiles : IExtraFileSink
{
    private readonly List<ExtraFile> files = [];

    public IReadOnlyList<ExtraFile> Files => files;

    public void Write(string fileName, ReadOnlySpan<byte> content) => files.Add(new ExtraFile(fileName, content.ToArray()));
}
