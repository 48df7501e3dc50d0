using NkHandouts.IO;

namespace NkHandouts.Core.Tests.IO;

/// <summary>Where a DTD starts in an XML part's prolog, found without an XML parser (SafeArchive names the part).</summary>
public sealed class XmlPrologTests
{
    [Theory]
    [InlineData("<!DOCTYPE w:document>\n<w:document/>", 1, 1)]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x/>", 1, 22)]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- a comment -- -->\n  <!DOCTYPE x><x/>", 3, 3)]
    [InlineData("\uFEFF<?xml version=\"1.0\"?>\r\n<?pi data?>\r\n<!DOCTYPE x><x/>", 3, 1)]
    public void A_doctype_in_the_prolog_is_found_at_its_line_and_column(string xml, int line, int column) =>
        Assert.Equal((line, column), XmlProlog.Doctype(new StringReader(xml)));

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><w:document><w:t>&lt;!DOCTYPE</w:t></w:document>")]
    [InlineData("<x/><!DOCTYPE x>")] // after the root element it is not a prolog (and not well-formed: the parser says so)
    [InlineData("<!-- <!DOCTYPE x> inside a comment --><x/>")]
    [InlineData("\x89PNG\r\n\x1a\n")] // a picture part: not XML, nothing to find
    [InlineData("")]
    [InlineData("<?xml version=\"1.0\"?><!-- never closed")]
    public void Anything_else_has_none(string xml) => Assert.Null(XmlProlog.Doctype(new StringReader(xml)));
}
