namespace Lotse.Kernel;

/// <summary>A named list of modules per phase. Its constructor declares everything (Statiq's shape).</summary>
public abstract class Pipeline<TContext>
{
    public string Name => GetType().Name;

    /// <summary>Pipelines whose outputs this one reads; their phases run first.</summary>
    public List<string> Dependencies { get; } = [];

    public List<IModule<TContext>> Input { get; } = [];
    public List<IModule<TContext>> Process { get; } = [];
    public List<IModule<TContext>> PostProcess { get; } = [];
    public List<IModule<TContext>> Output { get; } = [];

    public IReadOnlyList<IModule<TContext>> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        _ => Output,
    };
}
