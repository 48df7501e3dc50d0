namespace NkHandouts.ColourManagement;

/// <summary>A colour needed converting through an ICC profile and LittleCMS could not be loaded.</summary>
public sealed class ColourEngineMissingException(string message, Exception inner) : Exception(message, inner);
