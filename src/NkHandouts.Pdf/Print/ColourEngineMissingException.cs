namespace NkHandouts.Pdf.Print;

/// <summary>A print colour needed converting and LittleCMS could not be loaded.</summary>
public sealed class ColourEngineMissingException(string message, Exception inner) : Exception(message, inner);
