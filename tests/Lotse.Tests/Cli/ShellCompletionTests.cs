using System.Diagnostics;
using Lotse.Tests.Reliability;

namespace Lotse.Tests.Cli;

/// <summary>Issue 20, point 10: shell completion of commands and options, through System.CommandLine's <c>[suggest]</c>
/// directive and the bash script of <c>lotse completion bash</c>.</summary>
public sealed class ShellCompletionTests
{
    private static async Task<string[]> SuggestAsync(string line)
    {
        var (exit, output, error) = await LotseCli.RunAsync($"[suggest:{line.Length}]", line);
        (exit, error).ShouldBe((0, ""));
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task Commands_are_completed()
    {
        (await SuggestAsync("lotse bu")).ShouldBe(["build"]);
        (await SuggestAsync("lotse s")).Where(s => s.StartsWith('s')).ShouldBe(["schema", "serve"]);
        new[] { "build", "check", "completion", "init", "new", "pdf", "schema", "serve", "--help", "--version" }.ShouldBeSubsetOf(await SuggestAsync("lotse "));
        (await SuggestAsync("lotse ")).ShouldNotContain("help", "the older words help and version are not offered");
        new[] { "faq", "seite", "--root", "--today" }.ShouldBeSubsetOf(await SuggestAsync("lotse new "));
    }

    [Fact]
    public async Task Options_of_the_command_are_completed()
    {
        (await SuggestAsync("lotse serve --p")).ShouldBe(["--port", "--production"]);
        new[] { "--chromium", "--timeout", "--output", "--strict", "--today", "--help" }.ShouldBeSubsetOf(await SuggestAsync("lotse pdf --"));
        (await SuggestAsync("lotse check --")).ShouldNotContain("--port");
        (await SuggestAsync("lotse completion ")).ShouldContain("bash");
    }

    [Fact]
    public async Task The_bash_script_completes_with_the_real_program()
    {
        var (exit, script, _) = await LotseCli.RunAsync("completion", "bash");
        exit.ShouldBe(0);
        script.ShouldContain("complete -o default -F _lotse_complete lotse");

        // A 'lotse' on the PATH that runs the built program, as 'dotnet tool install' gives one.
        var bin = Directory.CreateTempSubdirectory("lotse-bin-").FullName;
        try
        {
            var lotse = Path.Combine(bin, "lotse");
            await File.WriteAllTextAsync(lotse, $"#!/bin/sh\nexec dotnet '{LotseProcess.Dll}' \"$@\"\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(lotse, (UnixFileMode)0b111_101_101);
            await File.WriteAllTextAsync(Path.Combine(bin, "completion.bash"), script);
            (await CompleteInBashAsync(bin, "lotse serve --p")).ShouldBe("--port\n--production\n");
            (await CompleteInBashAsync(bin, "lotse ch")).ShouldBe("check\n");
        }
        finally
        {
            Directory.Delete(bin, recursive: true);
        }
    }

    /// <summary>What bash offers on Tab at the end of <paramref name="line"/>, one per line.</summary>
    private static async Task<string> CompleteInBashAsync(string bin, string line)
    {
        var words = line.Split(' ');
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("--norc");
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"""
            source completion.bash
            COMP_LINE='{line}'; COMP_POINT=${"{"}#COMP_LINE{"}"}; COMP_WORDS=({string.Join(' ', words.Select(w => $"'{w}'"))}); COMP_CWORD={words.Length - 1}
            _lotse_complete
            printf '%s\n' "${"{"}COMPREPLY[@]{"}"}"
            """);
        info.WorkingDirectory = bin;
        info.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var bash = Process.Start(info)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var error = bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync();
        bash.ExitCode.ShouldBe(0, await error);
        return await output;
    }
}
