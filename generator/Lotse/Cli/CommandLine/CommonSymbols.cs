using System.CommandLine;

namespace Lotse.Cli.CommandLine;

/// <summary>The arguments and options several commands share, made new for each command (a symbol's description
/// says what it does in that command).</summary>
public static class CommonSymbols
{
    public static Argument<string?> SiteRoot() => Words(new Argument<string?>("ROOT")
    {
        Description = "the site's folder, with lotse.yml and content/ (default: the current folder)",
        Arity = ArgumentArity.ZeroOrOne,
    });

    /// <summary>A word that starts with '-' is a mistyped option, not a folder or a title: the parser would take it as
    /// the argument's value otherwise.</summary>
    public static Argument<T> Words<T>(Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
                result.AddError($"{UsageErrors.UnknownOption} '{token.Value}'");
        });
        return argument;
    }

    public static Option<string?> Output(string description) => new("--output", "-o") { Description = description, HelpName = "DIR" };

    public static Option<bool> Strict() => new("--strict") { Description = "treat warnings as errors" };

    public static Option<DateOnly?> Today() => new("--today")
    {
        Description = "compare review dates with this date instead of the machine's date (reproducible builds)",
        HelpName = "YYYY-MM-DD",
        CustomParser = ValueParsers.Date,
    };

    /// <summary>The site's folder as a full path; the current folder when none was given.</summary>
    public static string FullRoot(string? path) => Path.GetFullPath(string.IsNullOrEmpty(path) ? "." : path);

    /// <summary>The folder or file as a full path (relative to the current folder), or null.</summary>
    public static string? Full(string? path) => string.IsNullOrEmpty(path) ? null : Path.GetFullPath(path);
}
