using System.Text;
using NkHandouts.Hashing;
using Xunit;

namespace NkHandouts.Core.Tests.Hashing;

/// <summary>The managed SHA-256 gives FIPS 180-4's digests and the system implementation's for every length and
/// every way of splitting the input, so identities already written into briefings keep their values.</summary>
public sealed class Sha256Tests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    [InlineData("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")]
    public void Gives_the_published_test_vectors(string message, string digest) =>
        Assert.Equal(digest, Sha256.Hex(Encoding.ASCII.GetBytes(message)));

    [Fact]
    public void Gives_the_published_digest_of_a_million_a_appended_in_uneven_pieces()
    {
        var sha = new Sha256();
        var a = Encoding.ASCII.GetBytes(new string('a', 1000));
        for (var sent = 0; sent < 1_000_000;)
        {
            var n = Math.Min(1_000_000 - sent, 1 + (sent % 997));
            sha.Append(a.AsSpan(0, n));
            sent += n;
        }

        Assert.Equal("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Convert.ToHexStringLower(sha.Finish()));
    }

    [Fact]
    public void Agrees_with_the_system_implementation_at_every_length_around_the_block_and_padding_boundaries()
    {
        var random = new Random(19);
        for (var length = 0; length <= 300; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            var expected = System.Security.Cryptography.SHA256.HashData(data);
            Assert.Equal(expected, Sha256.HashData(data));

            var split = new Sha256();
            var cut = length == 0 ? 0 : random.Next(length);
            split.Append(data.AsSpan(0, cut));
            split.Append(data.AsSpan(cut));
            Assert.Equal(expected, split.Finish());
        }
    }

    [Fact]
    public void Starts_afresh_after_finishing()
    {
        var sha = new Sha256();
        sha.Append("first"u8);
        sha.Finish();
        sha.Append("abc"u8);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(sha.Finish()));
    }
}
