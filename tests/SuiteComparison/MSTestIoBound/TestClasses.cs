namespace MSTestIoBound;

// Ten test classes of 20 test cases each: 200 test cases.
[TestClass]
public sealed class AgentTests01 : AgentTests;
[TestClass]
public sealed class AgentTests02 : AgentTests;
[TestClass]
public sealed class AgentTests03 : AgentTests;
[TestClass]
public sealed class AgentTests04 : AgentTests;
[TestClass]
public sealed class AgentTests05 : AgentTests;
[TestClass]
public sealed class AgentTests06 : AgentTests;
[TestClass]
public sealed class AgentTests07 : AgentTests;
[TestClass]
public sealed class AgentTests08 : AgentTests;
[TestClass]
public sealed class AgentTests09 : AgentTests;
[TestClass]
public sealed class AgentTests10 : AgentTests;
