namespace NkHandouts.Pdf; internal static class Placeholder {}
