// A .NET startup hook (DOTNET_STARTUP_HOOKS names this assembly, not a test assembly, whose module initializers would
// run in the child): the runtime calls Initialize in the child nkhandouts process before its Main, and the hook writes
// the names of the assemblies the process loaded, at exit, to the file NKH_TEST_LOADED_ASSEMBLIES names. It uses only the base library, so loading it pulls in nothing else.
// The type must be called StartupHook and live outside any namespace (the runtime looks it up by that name).

/// <summary>Records the assemblies a child nkhandouts process loaded (Cli.Tests' <c>LibraryLoadTests</c>).</summary>
public static class StartupHook
{
    public const string FileVariable = "NKH_TEST_LOADED_ASSEMBLIES";

    public static void Initialize()
    {
        if (System.Environment.GetEnvironmentVariable(FileVariable) is not { Length: > 0 } file)
        {
            return;
        }

        System.AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.File.WriteAllLines(file,
            System.AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "").Order(System.StringComparer.Ordinal));
    }
}
