using NkHandouts.Testing;
using Xunit;

namespace NkHandouts.Core.Tests.Hashing;

/// <summary>Fingerprints go through <see cref="NkHandouts.Hashing.Sha256"/>: one use of the system's cryptography
/// anywhere in a build loads OpenSSL again, about 5 MB of every run's peak (docs/performance.md, round 9).</summary>
public sealed class OneHashTests
{
    [Fact]
    public void No_source_file_uses_the_system_cryptography_library()
    {
        var users = Directory.EnumerateFiles(Repo.Path_("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("System.Security.Cryptography", StringComparison.Ordinal)
                && !f.EndsWith("Sha256.cs", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repo.Root, f))
            .ToList();

        Assert.True(users.Count == 0, "use NkHandouts.Hashing.Sha256 instead of System.Security.Cryptography in: " + string.Join(", ", users));
    }
}
