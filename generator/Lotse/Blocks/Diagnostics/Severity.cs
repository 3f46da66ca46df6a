namespace Lotse.Blocks.Diagnostics;

public enum Severity { Warning, Error }
