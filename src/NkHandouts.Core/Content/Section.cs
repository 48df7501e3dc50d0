namespace NkHandouts.Content;

/// <summary>A heading and the blocks up to the next heading of the same or a higher level (level 1 or 2).</summary>
public sealed record Section(HeadingBlock? Heading, IReadOnlyList<Block> Blocks)
{
    public string Title => Heading?.PlainText ?? "Introduction";

    public static IReadOnlyList<Section> Split(IReadOnlyList<Block> blocks)
    {
        var sections = new List<Section>();
        HeadingBlock? heading = null;
        var current = new List<Block>();
        foreach (var block in blocks)
        {
            if (block is HeadingBlock { Level: <= 2 } h)
            {
                if (heading is not null || current.Count > 0)
                {
                    sections.Add(new Section(heading, current));
                }

                heading = h;
                current = [];
            }
            else
            {
                current.Add(block);
            }
        }

        if (heading is not null || current.Count > 0)
        {
            sections.Add(new Section(heading, current));
        }

        return sections;
    }
}
