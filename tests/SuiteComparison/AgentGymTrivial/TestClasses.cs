namespace AgentGymTrivial;

// Ten test classes of 200 test cases each: 2,000 test cases.
public sealed class AgentTests01 : AgentTests;
public sealed class AgentTests02 : AgentTests;
public sealed class AgentTests03 : AgentTests;
public sealed class AgentTests04 : AgentTests;
public sealed class AgentTests05 : AgentTests;
public sealed class AgentTests06 : AgentTests;
public sealed class AgentTests07 : AgentTests;
public sealed class AgentTests08 : AgentTests;
public sealed class AgentTests09 : AgentTests;
public sealed class AgentTests10 : AgentTests;
