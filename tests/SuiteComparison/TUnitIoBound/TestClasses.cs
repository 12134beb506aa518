namespace TUnitIoBound;

// Ten test classes of 20 test cases each: 200 test cases.
[InheritsTests]
public sealed class AgentTests01 : AgentTests;
[InheritsTests]
public sealed class AgentTests02 : AgentTests;
[InheritsTests]
public sealed class AgentTests03 : AgentTests;
[InheritsTests]
public sealed class AgentTests04 : AgentTests;
[InheritsTests]
public sealed class AgentTests05 : AgentTests;
[InheritsTests]
public sealed class AgentTests06 : AgentTests;
[InheritsTests]
public sealed class AgentTests07 : AgentTests;
[InheritsTests]
public sealed class AgentTests08 : AgentTests;
[InheritsTests]
public sealed class AgentTests09 : AgentTests;
[InheritsTests]
public sealed class AgentTests10 : AgentTests;
