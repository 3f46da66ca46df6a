using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using Lotse.Search.Lunr;

namespace Lotse.Search.Pipeline;

/// <summary>
/// An ordered list of pipeline functions, run like lunr.Pipeline.prototype.run. Consecutive functions
/// that are <see cref="PipelineFunction.IsContextFree"/> run as one step whose output is remembered per
/// distinct token, so a word that occurs a thousand times is trimmed, split and stemmed once. An instance
/// keeps that memory: use it from one thread at a time (an index builder owns its pipeline); pipelines made
/// the same way may share a <see cref="TokenMemo"/> across threads.
/// </summary>
public sealed class TokenPipeline
{
    private readonly Step[] _steps;

    public TokenPipeline(IReadOnlyList<PipelineFunction> functions, TokenMemo? shared = null)
    {
        Functions = functions;
        var steps = new List<Step>();
        var run = new List<PipelineFunction>();
        foreach (var function in functions)
        {
            if (function.IsContextFree)
            {
                run.Add(function);
                continue;
            }
            if (run.Count > 0)
            {
                steps.Add(new Step([.. run], shared?.ForStep(steps.Count)));
                run.Clear();
            }
            steps.Add(new Step([function], null));
        }
        if (run.Count > 0)
        {
            steps.Add(new Step([.. run], shared?.ForStep(steps.Count)));
        }
        _steps = [.. steps];
    }

    public IReadOnlyList<PipelineFunction> Functions { get; }

    public IReadOnlyList<string> Labels => Functions.Select(f => f.Label).ToArray();

    public List<string> Run(List<string> tokens)
    {
        foreach (var step in _steps)
        {
            tokens = step.Run(tokens);
        }
        return tokens;
    }

    /// <summary>
    /// The same as <c>Run(LunrTokenizer.Tokenize(text))</c>, without making a string of every token the
    /// first step has seen before.
    /// </summary>
    public List<string> RunText(string? text) => RunText(text, turns: null);

    /// <summary>The same, the result in a list the pipeline owns and fills again on the next call (use it before then): a
    /// field's tokens and what each step makes of them take turns in two lists, not a new one per step and field (a
    /// pipeline with synonyms has three steps; the 10k-page corpus with the repository's glossary: 240 MB fewer).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal List<string> RunTextReusing(string? text) => RunText(text, _turns);

    /// <summary>The two lists <see cref="RunTextReusing"/> takes turns in.</summary>
    private readonly List<string>[] _turns = [[], []];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<string> RunText(string? text, List<string>[]? turns)
    {
        if (_steps.Length == 0 || !_steps[0].IsMemoized)
        {
            return Run(LunrTokenizer.Tokenize(text));
        }
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var tokens = turns?[0] ?? new List<string>(text.Length / 6 + 4);
        tokens.Clear();
        var first = _steps[0];
        // Lower-casing is per character except for two letters (see JavaScriptText.ToLowerCase), and
        // separators stay what they are: without those two letters each token can be lower-cased alone,
        // and the first step remembers tokens as written, too.
        var asWritten = text.IndexOf('\u0130') < 0 && text.IndexOf('\u03A3') < 0;
        var lower = asWritten ? text : JavaScriptText.ToLowerCase(text);
        var sliceStart = 0;
        for (var sliceEnd = 0; sliceEnd <= lower.Length; sliceEnd++)
        {
            if (sliceEnd == lower.Length || LunrTokenizer.IsSeparator(lower[sliceEnd]))
            {
                if (sliceEnd > sliceStart)
                {
                    AddAll(tokens, asWritten
                        ? first.OutputsAsWritten(lower, sliceStart, sliceEnd - sliceStart)
                        : first.Outputs(lower, sliceStart, sliceEnd - sliceStart));
                }
                sliceStart = sliceEnd + 1;
            }
        }
        for (var s = 1; s < _steps.Length; s++)
        {
            if (turns is null)
            {
                tokens = _steps[s].Run(tokens);
                continue;
            }
            var output = turns[s % 2];
            output.Clear();
            _steps[s].RunInto(tokens, output);
            tokens = output;
        }
        return tokens;
    }

    /// <summary>Like lunr's Pipeline.runString: the whole string is one token.</summary>
    public List<string> RunString(string text) => Run([text]);

    /// <summary>List.AddRange costs more than the one or two tokens a step usually emits.</summary>
    private static void AddAll(List<string> tokens, string[] outputs)
    {
        foreach (var output in outputs)
        {
            tokens.Add(output);
        }
    }

    /// <summary>One function that sees the whole token list, or a run of context-free functions with a memory.</summary>
    private sealed class Step
    {
        private readonly PipelineFunction[] _functions;
        private readonly Dictionary<string, string[]>? _memo;
        private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _memoBySpan;
        private readonly Dictionary<string, string[]>? _memoAsWritten;
        private readonly ConcurrentDictionary<string, string[]>? _shared;
        private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _memoAsWrittenBySpan;

        public Step(PipelineFunction[] functions, ConcurrentDictionary<string, string[]>? shared)
        {
            _functions = functions;
            _shared = shared;
            if (functions.All(f => f.IsContextFree))
            {
                _memo = new Dictionary<string, string[]>(StringComparer.Ordinal);
                _memoBySpan = _memo.GetAlternateLookup<ReadOnlySpan<char>>();
                _memoAsWritten = new Dictionary<string, string[]>(StringComparer.Ordinal);
                _memoAsWrittenBySpan = _memoAsWritten.GetAlternateLookup<ReadOnlySpan<char>>();
            }
        }

        public bool IsMemoized => _memo is not null;

        public List<string> Run(List<string> tokens)
        {
            var output = new List<string>(tokens.Count);
            RunInto(tokens, output);
            return output;
        }

        /// <summary>Appends the step's outputs for <paramref name="tokens"/> to <paramref name="output"/> (another list).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void RunInto(List<string> tokens, List<string> output)
        {
            if (_memo is null)
            {
                // The list of tokens may be one it saw before, refilled.
                _functions[0].ForgetTokens();
                for (var i = 0; i < tokens.Count; i++)
                {
                    _functions[0].Apply(tokens, i, output);
                }
                return;
            }
            foreach (var token in tokens)
            {
                if (!_memo.TryGetValue(token, out var outputs))
                {
                    outputs = ComputeOrShare(token);
                    _memo.Add(token, outputs);
                }
                AddAll(output, outputs);
            }
        }

        /// <summary>The outputs for the token text[start..start+length].</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public string[] Outputs(string text, int start, int length)
        {
            if (_memoBySpan.TryGetValue(text.AsSpan(start, length), out var outputs))
            {
                return outputs;
            }
            var token = text.Substring(start, length);
            outputs = ComputeOrShare(token);
            _memo!.Add(token, outputs);
            return outputs;
        }

        /// <summary>
        /// The outputs for the token text[start..start+length] before lower-casing (it contains neither
        /// U+0130 nor U+03A3, whose lower case depends on more than the letter).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public string[] OutputsAsWritten(string text, int start, int length)
        {
            if (_memoAsWrittenBySpan.TryGetValue(text.AsSpan(start, length), out var outputs))
            {
                return outputs;
            }
            var token = text.Substring(start, length);
            var lower = token.ToLowerInvariant();
            outputs = Outputs(lower, 0, lower.Length);
            _memoAsWritten!.Add(token, outputs);
            return outputs;
        }

        private string[] ComputeOrShare(string token)
        {
            if (_shared is null)
            {
                return Compute(token);
            }
            if (!_shared.TryGetValue(token, out var outputs))
            {
                outputs = _shared.GetOrAdd(token, Compute(token));
            }
            return outputs;
        }

        private string[] Compute(string token)
        {
            // two lists that take turns as input and output (a step runs on one thread)
            var tokens = _scratchA;
            var output = _scratchB;
            tokens.Clear();
            tokens.Add(token);
            foreach (var function in _functions)
            {
                output.Clear();
                for (var i = 0; i < tokens.Count; i++)
                {
                    function.Apply(tokens, i, output);
                }
                (tokens, output) = (output, tokens);
            }
            if (tokens.Count == 1)
            {
                return [tokens[0]];
            }
            var result = new string[tokens.Count];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = tokens[i];
            }
            return result;
        }

        private readonly List<string> _scratchA = [];
        private readonly List<string> _scratchB = [];
    }
}
