using System.Globalization;

namespace NkHandouts.Rendering;

/// <summary>
/// SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970-01-01 UTC. Read in one place so every
/// command accepts and refuses the same values; a value that is set but wrong is a usage error, never ignored.
/// </summary>
public static class SourceDate
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    /// <summary>9999-12-31T23:59:59Z, the last second a date in an output can show.</summary>
    public const long MaxSeconds = 253_402_300_799;

    /// <param name="raw">The value; null reads the environment variable.</param>
    /// <param name="value">The date, or null when the variable is unset or empty.</param>
    public static bool TryRead(string? raw, out DateTimeOffset? value, out string? error)
    {
        raw ??= Environment.GetEnvironmentVariable(Variable);
        value = null;
        error = null;
        if (string.IsNullOrEmpty(raw))
        {
            return true;
        }

        if (!long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > MaxSeconds)
        {
            error = $"{Variable} must be whole seconds since 1970-01-01 UTC, from 0 to {MaxSeconds.ToString(CultureInfo.InvariantCulture)} (9999-12-31), " +
                    $"not '{Diagnostics.Printable.Escape(raw)}'; for example {Variable}=$(git log -1 --format=%ct), or unset it";
            return false;
        }

        value = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    /// <summary>Sets the day review dates are judged against (YYYY-MM-DD): what-if checks ("what expires by March?")
    /// and tests, which must not depend on the day they run.</summary>
    public const string TodayVariable = "NKH_TODAY";

    /// <summary>Today for date checks (review dates): NKH_TODAY when set, else SOURCE_DATE_EPOCH's day, else the UTC
    /// clock's. Never written into an output.</summary>
    public static DateOnly Today(string? raw = null)
    {
        if (DateOnly.TryParseExact(Environment.GetEnvironmentVariable(TodayVariable), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fixedDay))
        {
            return fixedDay;
        }

        return TryRead(raw, out var value, out _) && value is { } v ? DateOnly.FromDateTime(v.UtcDateTime) : DateOnly.FromDateTime(DateTime.UtcNow);
    }
}
