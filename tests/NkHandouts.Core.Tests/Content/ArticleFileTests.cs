using NkHandouts.Content;
using NkHandouts.Diagnostics;

namespace NkHandouts.Core.Tests.Content;

/// <summary>Files on disk: encodings, binary input, images and paths that try to leave the project.</summary>
public sealed class ArticleFileTests
{
    private const string Head = "---\ntitle: T\nlanguage: en-US\naudience: patients\n---\n\n";

    [Fact]
    public void Non_utf8_is_refused_with_its_position()
    {
        using var dir = new TempDir();
        var path = dir.Combine("latin1.md");
        File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.GetBytes(Head + "caf"), 0xE9, (byte)'\n']);
        var d = Assert.Single(ArticleLoader.Load(path).Diagnostics);
        Assert.Equal(DiagnosticCodes.NotUtf8, d.Code);
        Assert.Equal(7, d.Location.Line);
        Assert.Equal(4, d.Location.Column);
    }

    [Fact]
    public void Binary_files_are_refused()
    {
        using var dir = new TempDir();
        var path = dir.Combine("image.md");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]);
        Assert.Equal(DiagnosticCodes.NotUtf8, Assert.Single(ArticleLoader.Load(path).Diagnostics).Code);
    }

    [Fact]
    public void Missing_file_is_unreadable()
    {
        Assert.Equal(DiagnosticCodes.FileUnreadable, Assert.Single(ArticleLoader.Load("/nonexistent/a.md").Diagnostics).Code);
    }

    [Fact]
    public void Files_over_the_size_limit_are_refused()
    {
        using var dir = new TempDir();
        var path = dir.File("big.md", Head + new string('a', 5000));
        var result = ArticleLoader.Load(path, new ArticleLoadOptions { MaxBytes = 1000 });
        Assert.Equal(DiagnosticCodes.FileTooLarge, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void An_image_in_the_folder_loads_with_alt_text()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.Combine("pic.png"), [1, 2, 3]);
        var path = dir.File("a.md", Head + "![A nurse](pic.png)\n");
        var image = Assert.Single(ArticleLoader.Load(path).Value!.Blocks.OfType<ImageBlock>());
        Assert.Equal("A nurse", image.AltText);
        Assert.Equal(dir.Combine("pic.png"), image.Path);
    }

    [Theory]
    [InlineData("../../../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("https://example.org/x.png")]
    public void Images_outside_the_project_are_refused(string url)
    {
        using var dir = new TempDir();
        var path = dir.File("a.md", Head + $"![x]({url})\n");
        var d = Assert.Single(ArticleLoader.Load(path).Diagnostics, x => x.Code != DiagnosticCodes.EmptyArticle);
        Assert.Equal(DiagnosticCodes.UnsafePath, d.Code);
        Assert.Equal(7, d.Location.Line);
    }

    [Fact]
    public void A_symbolic_link_pointing_out_is_refused()
    {
        using var dir = new TempDir();
        File.CreateSymbolicLink(dir.Combine("passwd.png"), "/etc/passwd");
        var path = dir.File("a.md", Head + "![x](passwd.png)\n");
        Assert.Equal(DiagnosticCodes.UnsafePath, Assert.Single(ArticleLoader.Load(path).Diagnostics, x => x.Code != DiagnosticCodes.EmptyArticle).Code);
    }

    [Fact]
    public void Missing_image_is_an_error()
    {
        using var dir = new TempDir();
        var path = dir.File("a.md", Head + "![x](nothere.png)\n");
        Assert.Equal(DiagnosticCodes.MissingImage, Assert.Single(ArticleLoader.Load(path).Diagnostics, x => x.Code != DiagnosticCodes.EmptyArticle).Code);
    }
}
