using System.CommandLine;
using System.CommandLine.Parsing;
using Lotse.Blocks.Diagnostics;

namespace Lotse.Cli.CommandLine;

/// <summary>A wrong command line as diagnostics in the style of all of Lotse's problems
/// (<c>lotse: error LOT0005: what is wrong. what to do</c>), all at once, for exit code 2.</summary>
public static class UsageErrors
{
    /// <summary>How an argument's validator says that a word is a mistyped option (<see cref="CommonSymbols.Words{T}"/>).</summary>
    public const string UnknownOption = "Unknown option";

    public static IReadOnlyList<Diagnostic> Of(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var help = $"See '{CommandPath(result.CommandResult)} --help'";
        var unmatched = result.UnmatchedTokens;
        var diagnostics = new List<(int Position, Diagnostic Diagnostic)>();
        var words = result.Tokens.Select(t => t.Value).ToList();
        foreach (var error in result.Errors)
        {
            var message = string.Join(' ', error.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
            var unknown = message.StartsWith(UnknownOption, StringComparison.Ordinal)
                ? message[(UnknownOption.Length + 1)..].Trim('\'')
                : unmatched.FirstOrDefault(t => message.Contains($"'{t}'", StringComparison.Ordinal));
            if (unknown is not null)
            {
                var closest = Closest(unknown, command);
                var hint = closest is null ? "" : $"Did you mean '{closest}'? ";
                if (unknown.StartsWith('-')) message = $"{UnknownOption} '{unknown}'";
                diagnostics.Add((words.IndexOf(unknown), Error(DiagnosticCodes.CommandLineUnknown, $"{message}. {hint}{help}")));
            }
            else if (error.SymbolResult is CommandResult { Command: var parent } && parent.Action is null && parent.Subcommands.Count > 0)
            {
                var names = string.Join(", ", parent.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
                if (unmatched.Count == 0) // otherwise the word meant as the command is reported
                    diagnostics.Add((int.MaxValue, Error(DiagnosticCodes.CommandLineUnknown, $"No command given. Give one of: {names}. {help}")));
            }
            else diagnostics.Add((int.MaxValue, Error(DiagnosticCodes.CommandLineValueInvalid, $"{message}. {help}")));
        }
        // In the order of the words on the command line; the value errors (in the order of the options) after them.
        return diagnostics.OrderBy(d => d.Position < 0 ? int.MaxValue : d.Position).Select(d => d.Diagnostic).ToList();
    }

    private static Diagnostic Error(string code, string message) => new(Severity.Error, code, "lotse", 0, 0, message);

    /// <summary>"lotse new faq" for the command the error is in.</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = r.Parent)
            names.Insert(0, c.Command is RootCommand root ? root.HelpName ?? "lotse" : c.Command.Name);
        return string.Join(' ', names);
    }

    /// <summary>The command or option of <paramref name="command"/> nearest to a mistyped word, if one is near.</summary>
    private static string? Closest(string word, Command command)
    {
        var names = command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name))
            .Concat(OptionsOf(command).Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)));
        return names
            .Select(n => (Name: n, Distance: Distance(word, n)))
            .Where(n => n.Name.Length > 2 && n.Distance <= Math.Min(2, n.Name.Length / 2))
            .OrderBy(n => n.Distance).ThenBy(n => n.Name, StringComparer.Ordinal)
            .Select(n => n.Name)
            .FirstOrDefault();
    }

    /// <summary>The command's options and the recursive options of the commands above it.</summary>
    private static IEnumerable<Option> OptionsOf(Command command) =>
        command.Options.Concat(command.Parents.OfType<Command>().SelectMany(OptionsOf).Where(o => o.Recursive));

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
