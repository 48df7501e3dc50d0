namespace NkHandouts.Pdf;

/// <summary>
/// Where PDFsharp saves a document: the bytes kept in 64 KB pieces, written forward only. A <see cref="MemoryStream"/>
/// doubles its array as it grows, so saving a 1,000-page leaflet (5.7 MB) left an 8 MB array and the 4 MB one it
/// replaced in memory beside PDFsharp's whole document, at the build's memory peak (issue 19); pieces cost the bytes
/// written and nothing more. The finisher then takes one exact copy, after the document has been collected.
/// </summary>
internal sealed class PiecewiseBuffer : Stream
{
    // Below the large-object threshold (85,000 bytes), so pieces are compacted like any small object.
    private const int PieceSize = 64 * 1024;
    private readonly List<byte[]> pieces = [];
    private long length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => length;

    /// <summary>The end: PDFsharp asks where it is to record each object's offset, and only ever writes forward.</summary>
    public override long Position
    {
        get => length;
        set => throw new NotSupportedException("the saved PDF is written forward only");
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var used = (int)(length % PieceSize);
            if (used == 0)
            {
                pieces.Add(new byte[PieceSize]);
            }

            var n = Math.Min(PieceSize - used, buffer.Length);
            buffer[..n].CopyTo(pieces[^1].AsSpan(used));
            buffer = buffer[n..];
            length += n;
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
    }

    /// <summary>The bytes as one exact-length array; the pieces are let go.</summary>
    public byte[] Detach()
    {
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)length));
        for (var i = 0; i < pieces.Count; i++)
        {
            var start = (long)i * PieceSize;
            pieces[i].AsSpan(0, (int)Math.Min(PieceSize, length - start)).CopyTo(bytes.AsSpan((int)start));
        }

        pieces.Clear();
        pieces.TrimExcess();
        length = 0;
        return bytes;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("the saved PDF is written forward only");

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("the saved PDF is written forward only");

    public override void SetLength(long value) => throw new NotSupportedException("the saved PDF is written forward only");
}
