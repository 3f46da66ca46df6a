
namespace Lotse.Kernel;

/// <summary>The four phases of every pipeline, in Statiq's order.</summary>
public enum Phase { Input, Process, PostProcess, Output }
