using SkiaSharp;

namespace NkHandouts.Preview;

/// <summary>
/// The page and sheet bitmaps previews hold at once, across every render of a process. A build renders several jobs
/// in parallel (<c>--jobs</c>, default one a core), and each preview render holds one full page or sheet bitmap while
/// it draws and encodes it: a 600 dpi A4 page is 139 MB, so two jobs previewing at 600 dpi would hold two of them
/// plus their PNG encoding and thumbnail mipmaps. The rule: a render takes its bitmap's bytes from this budget before
/// allocating it and waits (in turn, first come first served) while other renders hold too much for it to fit; one
/// bitmap larger than the budget waits until it is the only one. Small previews (60 dpi: 1.4 MB a page) never wait;
/// 600 dpi renders go one at a time. A render that already holds a bitmap never waits for its next (it would wait
/// for itself). Counts what it lends, so tests can see how many bitmaps were held at once.
/// </summary>
public sealed class PreviewMemory(long limitBytes)
{
    /// <summary>150 MiB: one 600 dpi A4, Letter or A4-landscape bitmap (134–139 MB) fits, two do not; two A4 pages up
    /// to about 450 dpi do.</summary>
    public const long DefaultLimitBytes = 150L * 1024 * 1024;

    /// <summary>The budget every preview render of this process shares unless given its own.</summary>
    public static PreviewMemory Shared { get; } = new(DefaultLimitBytes);

    private readonly object gate = new();
    private readonly Dictionary<int, int> holders = []; // thread → bitmaps it holds
    private long nextTurn;
    private long turn;
    private long held;
    private int bitmaps;
    private int waiting;

    public long LimitBytes => limitBytes;

    /// <summary>The most bytes held at once so far.</summary>
    public long PeakBytes { get; private set; }

    /// <summary>The most bitmaps held at once so far.</summary>
    public int PeakBitmaps { get; private set; }

    /// <summary>Bitmaps held now.</summary>
    public int Bitmaps
    {
        get
        {
            lock (gate)
            {
                return bitmaps;
            }
        }
    }

    /// <summary>Renders waiting for room now.</summary>
    public int Waiting
    {
        get
        {
            lock (gate)
            {
                return waiting;
            }
        }
    }

    /// <summary>A white bitmap of <paramref name="width"/> × <paramref name="height"/> pixels, once the budget has
    /// room for it; disposing it frees both.</summary>
    public HeldBitmap Allocate(int width, int height)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var lease = Take(info.BytesSize64);
        try
        {
            var bitmap = new SKBitmap(info);
            bitmap.Erase(SKColors.White);
            return new HeldBitmap(bitmap, lease);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    private Lease Take(long bytes)
    {
        var thread = Environment.CurrentManagedThreadId;
        lock (gate)
        {
            if (!holders.ContainsKey(thread))
            {
                var mine = nextTurn++;
                waiting++;
                while (mine != turn || (held > 0 && held + bytes > limitBytes))
                {
                    Monitor.Wait(gate);
                }

                waiting--;

                turn++;
                Monitor.PulseAll(gate); // the next in line may fit too
            }

            holders[thread] = holders.GetValueOrDefault(thread) + 1;
            held += bytes;
            bitmaps++;
            PeakBytes = Math.Max(PeakBytes, held);
            PeakBitmaps = Math.Max(PeakBitmaps, bitmaps);
        }

        return new Lease(this, bytes, thread);
    }

    private void Give(long bytes, int thread)
    {
        lock (gate)
        {
            held -= bytes;
            bitmaps--;
            if (--holders[thread] == 0)
            {
                holders.Remove(thread);
            }

            Monitor.PulseAll(gate);
        }
    }

    internal sealed class Lease(PreviewMemory memory, long bytes, int thread) : IDisposable
    {
        private int given;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref given, 1) == 0)
            {
                memory.Give(bytes, thread);
            }
        }
    }
}
