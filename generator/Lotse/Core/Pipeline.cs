namespace Lotse.Core;

/// <summary>A named list of modules per phase. Its constructor declares everything (Statiq's shape).</summary>
public abstract class Pipeline
{
    public string Name => GetType().Name;

    /// <summary>Pipelines whose outputs this one reads; their phases run first.</summary>
    public List<string> Dependencies { get; } = [];

    public List<IModule> Input { get; } = [];
    public List<IModule> Process { get; } = [];
    public List<IModule> PostProcess { get; } = [];
    public List<IModule> Output { get; } = [];

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        _ => Output,
    };
}
