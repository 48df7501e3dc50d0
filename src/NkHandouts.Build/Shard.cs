using System.Globalization;
using System.Text;
using NkHandouts.Hashing;

namespace NkHandouts.Build;

/// <summary>
/// Splits jobs across CI runners: shard i of n takes the jobs whose file name hashes to i-1 modulo n. Hashing the
/// name (not the job's position) keeps a job on the same runner when other articles are added.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static readonly Shard All = new(1, 1);

    public bool Contains(string fileName)
    {
        if (Count <= 1)
        {
            return true;
        }

        var hash = Sha256.HashData(Encoding.UTF8.GetBytes(fileName));
        var value = BitConverter.ToUInt32(hash, 0);
        return (int)(value % (uint)Count) == Index - 1;
    }

    /// <summary>Parses "i/n" with 1 ≤ i ≤ n.</summary>
    public static bool TryParse(string text, out Shard shard)
    {
        shard = All;
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && i >= 1 && i <= n)
        {
            shard = new Shard(i, n);
            return true;
        }

        return false;
    }

    public override string ToString() => $"{Index}/{Count}";
}
