using System.CommandLine;

namespace Lotse.Cli.CommandLine;

/// <summary><c>lotse new faq "Frage?" [--thema TOPIC]</c> and <c>lotse new seite BEREICH/name [Titel]</c>, both with
/// <c>[--root ROOT] [--today YYYY-MM-DD]</c>.</summary>
public static class NewSyntax
{
    public static Command Create()
    {
        var root = new Option<string>("--root")
        {
            Description = "the site's folder, with lotse.yml and content/",
            HelpName = "ROOT",
            DefaultValueFactory = _ => ".",
            Recursive = true,
        };
        var today = CommonSymbols.Today();
        today.Description = "the date of the new file's front matter instead of the machine's date";
        today.Recursive = true;

        var question = CommonSymbols.Words(new Argument<string>("QUESTION") { Description = "the question, in quotes: \"Wie beantrage ich …?\"" });
        var topic = new Option<string?>("--thema") { Description = "the FAQ's topic folder (needed when the FAQ has several)", HelpName = "TOPIC" };
        var faq = new LotseCommand("faq", "Create content/faq/TOPIC/question.md with the front matter and skeleton of a FAQ question.")
        {
            Read = r => Options(r, root, today, ["faq", r.GetValue(question)!]) with { Topic = r.GetValue(topic) },
            Run = Run,
        };
        faq.Arguments.Add(question);
        faq.Options.Add(topic);

        var path = CommonSymbols.Words(new Argument<string>("PATH") { Description = "the section and the file name, such as anleitungen/titel" });
        var title = CommonSymbols.Words(new Argument<string?>("TITLE") { Description = "the page's title (default: from the file name)", Arity = ArgumentArity.ZeroOrOne });
        var page = new LotseCommand("seite", "Create content/SECTION/name.md with the front matter and skeleton of the section's pages.")
        {
            Read = r => Options(r, root, today, r.GetValue(title) is { } t ? ["seite", r.GetValue(path)!, t] : ["seite", r.GetValue(path)!]),
            Run = Run,
        };
        page.Arguments.Add(path);
        page.Arguments.Add(title);

        var command = new Command("new", "Create a page or a FAQ question with its front matter; never overwrites a file.");
        command.Options.Add(root);
        command.Options.Add(today);
        command.Subcommands.Add(faq);
        command.Subcommands.Add(page);
        return command;
    }

    private static CliOptions Options(ParseResult r, Option<string> root, Option<DateOnly?> today, IReadOnlyList<string> words) =>
        new("new", Path.GetFullPath(r.GetValue(root) ?? "."), null, false, 8080, false, r.GetValue(today)) { Arguments = words };

    private static Task<int> Run(CliOptions cli, TextWriter output, TextWriter error, CancellationToken _) =>
        Task.FromResult(NewCommand.Run(cli, output, error));
}
