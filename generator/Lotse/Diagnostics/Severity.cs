namespace Lotse.Diagnostics;

public enum Severity { Warning, Error }
