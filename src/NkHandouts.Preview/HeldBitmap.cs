using SkiaSharp;

namespace NkHandouts.Preview;

/// <summary>A page or sheet bitmap lent by <see cref="PreviewMemory"/>; disposing it frees the pixels and the budget.</summary>
public sealed class HeldBitmap : IDisposable
{
    private readonly IDisposable lease;

    internal HeldBitmap(SKBitmap bitmap, IDisposable lease)
    {
        Bitmap = bitmap;
        this.lease = lease;
    }

    public SKBitmap Bitmap { get; }

    public void Dispose()
    {
        Bitmap.Dispose();
        lease.Dispose();
    }
}
