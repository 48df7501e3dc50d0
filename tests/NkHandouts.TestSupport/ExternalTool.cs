using System.Diagnostics;
using Xunit;

namespace NkHandouts.Testing;

/// <summary>
/// External checkers (pdftoppm, qpdf, soffice …). On a bare machine a test that needs one skips with a reason;
/// where NKH_REQUIRE_TOOLS=1 (set by .ci/run) a missing tool fails the test instead, so CI cannot go green by skipping.
/// </summary>
public static class ExternalTool
{
    public static bool Required => Environment.GetEnvironmentVariable("NKH_REQUIRE_TOOLS") == "1";

    public static string? Find(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A shared library the code loads itself (P/Invoke), e.g. LittleCMS: skips (fails under
    /// NKH_REQUIRE_TOOLS=1) naming the Debian package when it cannot be loaded.</summary>
    public static void RequireLibrary(string soName, string debianPackage, string what)
    {
        if (System.Runtime.InteropServices.NativeLibrary.TryLoad(soName, out var handle))
        {
            System.Runtime.InteropServices.NativeLibrary.Free(handle);
            return;
        }

        var reason = $"{what} is not installed (apt-get install {debianPackage})";
        if (Required)
        {
            Assert.Fail(reason + "; NKH_REQUIRE_TOOLS=1 makes this test mandatory");
        }

        Assert.Skip(reason);
    }

    /// <summary>Returns the tool's path, or skips (fails under NKH_REQUIRE_TOOLS=1) naming the Debian package to install.</summary>
    public static string Require(string name, string debianPackage)
    {
        var path = Find(name);
        if (path is not null)
        {
            return path;
        }

        var reason = $"'{name}' is not installed (apt-get install {debianPackage})";
        if (Required)
        {
            Assert.Fail(reason + "; NKH_REQUIRE_TOOLS=1 makes this test mandatory");
        }

        Assert.Skip(reason);
        return "";
    }

    public static ToolResult Run(string file, params string[] args) => RunIn(null, file, args);

    public static ToolResult RunIn(string? workingDirectory, string file, params string[] args) => RunWith(workingDirectory, null, file, args);

    /// <summary>Runs a tool with extra environment variables (e.g. FONTCONFIG_FILE for a private font set).</summary>
    public static ToolResult RunWith(string? workingDirectory, IReadOnlyDictionary<string, string>? environment, string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            psi.Environment[name] = value;
        }
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 3 minutes");
        }

        return new ToolResult(p.ExitCode, stdout.Result, stderr.Result);
    }
}

public sealed record ToolResult(int ExitCode, string Stdout, string Stderr);
