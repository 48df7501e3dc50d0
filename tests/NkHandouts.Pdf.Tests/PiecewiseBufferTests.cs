namespace NkHandouts.Pdf.Tests;

/// <summary>PDFsharp's save goes into 64 KB pieces; the finisher gets exactly the bytes written, in order.</summary>
public sealed class PiecewiseBufferTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65535)]
    [InlineData(65536)]
    [InlineData(65537)]
    [InlineData(300_001)]
    public void Detach_returns_every_byte_written_in_order(int size)
    {
        var expected = new byte[size];
        new Random(size).NextBytes(expected);
        var buffer = new PiecewiseBuffer();
        var random = new Random(size + 1);
        for (var at = 0; at < size;)
        {
            // Writes of every shape PDFsharp makes: single bytes, arrays with an offset, spans across piece ends.
            var n = Math.Min(size - at, random.Next(0, 3) switch { 0 => 1, 1 => random.Next(1, 100), _ => random.Next(1, 150_000) });
            if (n == 1)
            {
                buffer.WriteByte(expected[at]);
            }
            else
            {
                buffer.Write(expected, at, n);
            }

            at += n;
            Assert.Equal(at, buffer.Position);
        }

        Assert.Equal(size, buffer.Length);
        Assert.Equal(expected, buffer.Detach());
    }

    [Fact]
    public void It_refuses_to_seek_or_read_rather_than_write_a_wrong_file()
    {
        var buffer = new PiecewiseBuffer();
        buffer.Write([1, 2, 3]);
        Assert.Throws<NotSupportedException>(() => buffer.Position = 0);
        Assert.Throws<NotSupportedException>(() => buffer.Seek(0, SeekOrigin.Begin));
        Assert.Throws<NotSupportedException>(() => buffer.ReadByte());
    }
}
