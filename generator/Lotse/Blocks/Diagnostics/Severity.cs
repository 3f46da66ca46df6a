namespace Lotse.Blocks.Diagnostics;

/// <summary>How serious a diagnostic is. <see cref="Info"/> is a note for editors (an <c>ungeprueft</c> mark): it is
/// printed, but neither fails a build nor a <c>--strict</c> one.</summary>
public enum Severity { Warning, Error, Info }
