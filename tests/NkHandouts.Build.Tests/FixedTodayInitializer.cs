using System.Runtime.CompilerServices;

namespace NkHandouts.Build.Tests;

/// <summary>Fixes "today" for this assembly's tests (<see cref="Testing.FixedToday"/>).</summary>
internal static class FixedTodayInitializer
{
    [ModuleInitializer]
    internal static void Set() => Testing.FixedToday.Apply();
}
