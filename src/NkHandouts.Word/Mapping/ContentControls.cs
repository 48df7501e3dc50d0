using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Content.Identity;
using W15 = DocumentFormat.OpenXml.Office2013.Word;

namespace NkHandouts.Word.Mapping;

/// <summary>
/// Wraps each block written from the article in a block-level content control (<c>w:sdt</c>) carrying its
/// <see cref="BlockKey"/>, so an edited briefing can be mapped back to the Markdown. The key goes in the tag and
/// also in the title (alias), because LibreOffice keeps the title when it resaves a document but drops the tag.
/// Not locked, no placeholder, and drawn without a frame or title tab (<c>w15:appearance hidden</c>), so the reader
/// sees the same page as without it. Control ids count up from 1 for every build.
/// </summary>
internal sealed class ContentControls(BlockIdentities identities)
{
    private int _nextId;

    public BlockIdentities Identities { get; } = identities;

    /// <summary>Appends a control for <paramref name="block"/> to <paramref name="container"/> and returns the element its
    /// content goes in; the container itself when the block has no key.</summary>
    public OpenXmlElement Open(OpenXmlElement container, Block block)
    {
        if (Identities.KeyOf(block) is not { } key)
        {
            return container;
        }

        var content = new SdtContentBlock();
        container.Append(new SdtBlock(Properties(key), content));
        return content;
    }

    /// <summary>Removes controls left empty (a block that wrote nothing, such as an unreadable image): Word
    /// requires content in every block-level control.</summary>
    public static void RemoveEmpty(OpenXmlElement root)
    {
        foreach (var sdt in root.Descendants<SdtBlock>().Reverse().ToList())
        {
            if (sdt.SdtContentBlock is not { HasChildren: true })
            {
                sdt.Remove();
            }
        }
    }

    private SdtProperties Properties(BlockKey key) =>
        new(
            new SdtAlias { Val = key.Tag },
            new Tag { Val = key.Tag },
            new SdtId { Val = ++_nextId },
            new W15.Appearance { Val = W15.SdtAppearance.Hidden });
}
