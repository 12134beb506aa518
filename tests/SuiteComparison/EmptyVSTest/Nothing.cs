namespace EmptyVSTest;

/// <summary>A type, so that the assembly is not empty; it holds no test.</summary>
public static class Nothing;
