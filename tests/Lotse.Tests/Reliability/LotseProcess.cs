using System.Diagnostics;

namespace Lotse.Tests.Reliability;

/// <summary>Runs the real command line (<c>dotnet lotse.dll …</c>, built next to the tests) as a child process.</summary>
public static class LotseProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "lotse.dll");

    /// <summary>Starts lotse; <paramref name="asUser"/> (uid:gid) runs it through setpriv as another user;
    /// <paramref name="copy"/> runs a copy of the program without the libraries that ship next to it (node_modules).</summary>
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? asUser = null, bool copy = false)
    {
        var info = asUser is null ? new ProcessStartInfo("dotnet") : new ProcessStartInfo("setpriv");
        if (asUser is not null)
        {
            var (uid, gid) = (asUser.Split(':')[0], asUser.Split(':')[1]);
            foreach (var a in new[] { $"--reuid={uid}", $"--regid={gid}", "--clear-groups", "dotnet" }) info.ArgumentList.Add(a);
            info.Environment["HOME"] = Path.GetTempPath();
        }
        info.ArgumentList.Add(asUser is null && !copy ? Dll : ReadableCopy());
        foreach (var a in args) info.ArgumentList.Add(a);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.WorkingDirectory = Path.GetTempPath();
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        return Process.Start(info)!;
    }

    /// <summary>The checkout may lie in a folder the other user cannot enter (e.g. below /root): run a copy of
    /// the built program from a temporary folder that every user can read.</summary>
    private static string ReadableCopy()
    {
        if (OperatingSystem.IsWindows()) return Dll;
        var folder = Directory.CreateTempSubdirectory("lotse-app-").FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101); // 755
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory))
        {
            var target = Path.Combine(folder, Path.GetFileName(file));
            File.Copy(file, target);
            File.SetUnixFileMode(target, (UnixFileMode)0b110_100_100); // 644
        }
        return Path.Combine(folder, "lotse.dll");
    }

    public static async Task<(int Exit, string Output, string Error)> RunAsync(IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? environment = null, string? asUser = null, bool copy = false)
    {
        using var process = Start(args, environment, asUser, copy);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
