using System.Text.RegularExpressions;
using Lotse.Blocks.Data;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Deployment;

/// <summary>Issue 24, point 4: the ready pipelines in deploy/ (what cannot run here: GitLab CI, GitHub Actions, a
/// container engine) parse, run the build command the README documents and publish the folder they build into; the
/// deployment guide shows each file as it is (the nginx files are run by tests/Lotse.BrowserTests/Deployment).</summary>
public sealed partial class PipelineFilesTests
{
    private static readonly string Root = TestSite.RepositoryRoot;

    /// <summary>The build command as the README documents it.</summary>
    private const string DocumentedBuild = "dotnet run --project generator/Lotse -- build";

    public static TheoryData<string> DeployFiles => new()
    {
        "deploy/nginx/lotse.conf", "deploy/nginx/lotse-headers.conf", "deploy/Containerfile",
        "deploy/gitlab-pages.gitlab-ci.yml", "deploy/github-pages.yml",
    };

    [Fact]
    public void The_readme_documents_the_build_command() =>
        File.ReadAllText(Path.Combine(Root, "README.md")).ShouldContain(DocumentedBuild);

    [Theory]
    [MemberData(nameof(DeployFiles))]
    public void The_deployment_guide_shows_each_file_as_it_is(string file)
    {
        var guide = File.ReadAllText(Path.Combine(Root, "docs", "deployment.md")).ReplaceLineEndings("\n");
        var text = File.ReadAllText(Path.Combine(Root, file)).ReplaceLineEndings("\n").TrimEnd('\n');
        guide.ShouldContain("\n" + text + "\n```", customMessage: $"docs/deployment.md must show {file} unchanged in a code block");
    }

    [Fact]
    public void The_gitlab_pages_job_builds_into_public_and_publishes_it()
    {
        var ci = Yaml("deploy/gitlab-pages.gitlab-ci.yml");
        var assets = Map(ci["assets"]);
        Strings(assets["script"]).ShouldBe(["npm ci --no-audit --no-fund"]);
        Strings(Map(assets["artifacts"])["paths"]).ShouldBe(["node_modules"]);
        var pages = Map(ci["pages"]);
        Strings(pages["needs"]).ShouldBe(["assets"]);
        var build = Strings(pages["script"]).ShouldHaveSingleItem();
        OutputOf(build).ShouldBe("public"); // GitLab Pages publishes the folder public/
        Strings(Map(pages["artifacts"])["paths"]).ShouldBe(["public"]);
        ((string)Map(pages)["image"]!).ShouldStartWith("mcr.microsoft.com/dotnet/sdk:10.0");
    }

    [Fact]
    public void The_github_pages_workflow_builds_and_uploads_the_same_folder()
    {
        var workflow = Yaml("deploy/github-pages.yml");
        var permissions = Map(workflow["permissions"]);
        permissions["pages"].ShouldBe("write");
        permissions["id-token"].ShouldBe("write");
        var jobs = Map(workflow["jobs"]);
        var steps = ((List<object?>)Map(jobs["build"])["steps"]!).Select(Map).ToList();
        var runs = steps.Where(s => s.ContainsKey("run")).Select(s => (string)s["run"]!).ToList();
        runs.ShouldBe(["npm ci --no-audit --no-fund", runs[^1]]);
        var output = OutputOf(runs[^1]);
        var upload = steps.Single(s => s.GetValueOrDefault("uses") is string u && u.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Map(upload["with"])["path"].ShouldBe(output);
        ((List<object?>)Map(jobs["deploy"])["steps"]!).Select(Map).ShouldContain(s => (string?)s.GetValueOrDefault("uses") == "actions/deploy-pages@v4");
    }

    [Fact]
    public void The_containerfile_builds_with_the_sdk_and_serves_the_tested_nginx_files()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "deploy", "Containerfile")).Where(l => !l.StartsWith('#') && l.Trim().Length > 0).ToList();
        var froms = lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        froms.Count.ShouldBe(3);
        froms[1].ShouldStartWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build");
        var build = lines.Single(l => l.StartsWith("RUN dotnet run", StringComparison.Ordinal))["RUN ".Length..];
        OutputOf(build).ShouldBe("/out");
        lines.ShouldContain("COPY --from=build /out /var/www/lotse");
        // The tested files, where the tested configuration includes them from (root as in deploy/nginx/lotse.conf).
        lines.ShouldContain("COPY deploy/nginx/lotse-headers.conf /etc/nginx/snippets/lotse-headers.conf");
        lines.ShouldContain("COPY deploy/nginx/lotse.conf /etc/nginx/conf.d/lotse.conf");
        var config = File.ReadAllText(Path.Combine(Root, "deploy", "nginx", "lotse.conf"));
        config.ShouldContain("root /var/www/lotse;");
        config.ShouldContain("include snippets/lotse-headers.conf;");
        config.ShouldContain("listen 8080;");
        lines.ShouldContain("EXPOSE 8080");
        lines.ShouldContain("USER www-data");
        lines.ShouldContain("RUN nginx -t");
    }

    /// <summary>Each recipe runs the documented build (in Release, strict) and names the folder it writes.</summary>
    private static string OutputOf(string command)
    {
        var match = Build().Match(command);
        match.Success.ShouldBeTrue($"'{command}' is not the documented build '{DocumentedBuild} . --strict -o DIR' (with -c Release)");
        return match.Groups["out"].Value;
    }

    [GeneratedRegex(@"^dotnet run --project generator/Lotse -c Release -- build \. --strict -o (?<out>\S+)$")]
    private static partial Regex Build();

    private static Dictionary<string, object?> Yaml(string file)
    {
        var parsed = YamlReader.Parse(File.ReadAllText(Path.Combine(Root, file)), out var error);
        error.ShouldBeNull();
        return Map(parsed);
    }

    private static Dictionary<string, object?> Map(object? value) => value.ShouldBeOfType<Dictionary<string, object?>>();

    private static List<string> Strings(object? value) => value.ShouldBeOfType<List<object?>>().Select(v => v.ShouldBeOfType<string>()).ToList();
}
