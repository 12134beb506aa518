namespace AgentGym.Validation;

/// <summary>How a trajectory step's expected arguments are compared with a call's arguments.</summary>
public enum ArgumentMatch
{
    /// <summary>A JSON subset: every expected argument is there with that value; other arguments may be there too.</summary>
    Subset,

    /// <summary>The same arguments with the same values, and no others (numbers compare by value: <c>1</c> equals <c>1.0</c>).</summary>
    Exact,

    /// <summary>
    /// Like <see cref="Subset"/>, but every expected string is a regular expression that the argument must match (the argument's
    /// text when it is a string, its JSON otherwise): <c>{"order_id":"^A-\\d+$"}</c>.
    /// </summary>
    Regex,
}
