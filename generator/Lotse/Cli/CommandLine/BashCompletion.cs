namespace Lotse.Cli.CommandLine;

/// <summary>Bash completion through System.CommandLine's <c>[suggest]</c> directive: on Tab, bash asks lotse itself
/// (<c>lotse "[suggest:POSITION]" "LINE"</c>) for the commands and options that fit, so no dotnet-suggest is needed.
/// Without suggestions (a folder or file argument) bash completes file names.</summary>
public static class BashCompletion
{
    public const string Script = """
        # bash completion for lotse; enable it with:  source <(lotse completion bash)
        _lotse_complete() {
            local IFS=$'\n'
            local suggestions
            suggestions=$("${COMP_WORDS[0]}" "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null) || return 0
            COMPREPLY=($(compgen -W "${suggestions}" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _lotse_complete lotse

        """;
}
