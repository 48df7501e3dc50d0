namespace NkHandouts.Testing;

/// <summary>Review dates are judged against "today"; tests fix it (NKH_TODAY, inherited by child processes) so they
/// pass on any day: 2026-06-01 is more than 60 days before the samples' reviewBy. Governance tests set their own.
/// Each test assembly that builds sample content calls <see cref="Apply"/> from a module initializer (one per
/// assembly, so it runs before any of its tests).</summary>
public static class FixedToday
{
    public const string Day = "2026-06-01";

    public static void Apply()
    {
        if (Environment.GetEnvironmentVariable("NKH_TODAY") is null)
        {
            Environment.SetEnvironmentVariable("NKH_TODAY", Day);
        }
    }
}
