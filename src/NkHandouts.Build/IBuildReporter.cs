namespace NkHandouts.Build;

/// <summary>Hears about jobs as they run (a progress display on a terminal, log lines in CI). Called from several
/// threads at once.</summary>
public interface IBuildReporter
{
    void Planned(int jobs);

    void Finished(JobResult result);
}

public sealed class NullBuildReporter : IBuildReporter
{
    public static readonly NullBuildReporter Instance = new();

    public void Planned(int jobs)
    {
    }

    public void Finished(JobResult result)
    {
    }
}
