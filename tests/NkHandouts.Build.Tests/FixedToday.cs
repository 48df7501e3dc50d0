using System.Runtime.CompilerServices;

namespace NkHandouts.Build.Tests;

/// <summary>Review dates are judged against "today"; tests fix it (NKH_TODAY, inherited by child processes) so they
/// pass on any day: 2026-06-01 is more than 60 days before the samples' reviewBy. Governance tests set their own.</summary>
internal static class FixedToday
{
    public const string Day = "2026-06-01";

    [ModuleInitializer]
    internal static void Set()
    {
        if (Environment.GetEnvironmentVariable("NKH_TODAY") is null)
        {
            Environment.SetEnvironmentVariable("NKH_TODAY", Day);
        }
    }
}
