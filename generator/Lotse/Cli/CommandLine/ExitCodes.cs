namespace Lotse.Cli.CommandLine;

/// <summary>What lotse's exit code says; <c>lotse --help</c> lists them (<see cref="Table"/>).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int ChromiumMissing = PdfCommand.ChromiumMissing;
    public const int InternalError = 70;

    public static readonly IReadOnlyList<(int Code, string Meaning)> Table =
    [
        (Success, "success"),
        (ContentErrors, "the content has errors (or warnings, with --strict); nothing was written"),
        (UsageError, "the command line is wrong"),
        (ChromiumMissing, "lotse pdf: Chromium is not installed (or printing failed)"),
        (InternalError, "internal error (a bug in Lotse: please report it)"),
    ];
}
