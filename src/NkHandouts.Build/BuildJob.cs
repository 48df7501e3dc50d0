using NkHandouts.Rendering;

namespace NkHandouts.Build;

/// <summary>One output to make, with the fingerprints of everything it is made from.</summary>
public sealed record BuildJob(OutputPlan Plan, IRenderer Renderer, IReadOnlyDictionary<string, string> Inputs)
{
    /// <summary>One hash over all inputs: equal keys mean the output would come out the same.</summary>
    public string Key { get; } = InputHasher.Combine(Inputs);

    public string FileName => Plan.FileName;

    /// <summary>Draw this output's previews (<see cref="BuildOptions.Previews"/> and <see cref="BuildOptions.PreviewsFor"/>).</summary>
    public bool Previews { get; init; }
}
