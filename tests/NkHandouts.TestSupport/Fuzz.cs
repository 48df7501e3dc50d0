namespace NkHandouts.Testing;

/// <summary>Fuzzing budgets: small in the test suite, raised by NKH_FUZZ_ITER (tests/fuzz/run.sh).</summary>
public static class Fuzz
{
    /// <summary>Cases per property: NKH_FUZZ_ITER × share when set, else the CI budget.</summary>
    public static long Iterations(long ciBudget, double share = 1) =>
        long.TryParse(Environment.GetEnvironmentVariable("NKH_FUZZ_ITER"), out var n) ? Math.Max(1, (long)(n * share)) : ciBudget;
}
