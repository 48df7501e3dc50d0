namespace NkHandouts.Rendering;

/// <summary>
/// A renderer whose outputs people edit in place (the Word briefing). The build does not overwrite such a file when
/// its bytes differ from what the build last wrote: the edits would be lost. A capability, so the build never needs
/// to know which output it is.
/// </summary>
public interface IEditableOutput
{
    /// <summary>True when users may edit this planned output and the build must keep their edits.</summary>
    bool IsEditable(OutputPlan plan);

    /// <summary>How to bring the edits of <paramref name="path"/> back into the source, for the build's message.</summary>
    string HowToKeepEdits(string path);
}
