using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lotse.Search.Tests;

/// <summary>Runs a script of node/ with a JSON request (written to a file) and parses its JSON output.</summary>
internal static class NodeRunner
{
    public static JsonNode Run(string script, JsonObject request)
    {
        request["lunr"] = RepositoryPaths.Vendor("lunr.min.js");
        request["stemmerSupport"] = RepositoryPaths.Vendor("lunr.stemmer.support.js");
        request["german"] = RepositoryPaths.Vendor("lunr.de.js");
        request["lotse"] = RepositoryPaths.LunrLotseScript;
        var requestFile = Path.GetTempFileName();
        try
        {
            File.WriteAllText(requestFile, request.ToJsonString());
            var start = new ProcessStartInfo("node")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = RepositoryPaths.Root,
            };
            start.ArgumentList.Add(RepositoryPaths.NodeScript(script));
            start.ArgumentList.Add(requestFile);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            var errorTask = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var error = errorTask.Result;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {error}");
            }
            return JsonNode.Parse(output) ?? throw new InvalidOperationException($"node {script} printed no JSON");
        }
        finally
        {
            File.Delete(requestFile);
        }
    }

    public static JsonArray ToJson(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public static List<string> Strings(JsonNode? node) => node!.AsArray().Select(n => n!.GetValue<string>()).ToList();

    public static JsonNode Parse(string json) => JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 })!;
}
