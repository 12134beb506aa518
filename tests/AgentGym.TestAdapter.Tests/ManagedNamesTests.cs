using AgentGym.TestAdapter.Discovery;

namespace AgentGym.TestAdapter.Tests;

public sealed class ManagedNamesTests
{
    public sealed class Outer
    {
        public sealed class Inner<T>
        {
            public void Generic<TItem>(TItem item, T value, int[] numbers, List<string> names)
            {
            }
        }
    }

    [Fact]
    public void A_nested_generic_type_is_written_with_plus_and_arity()
    {
        Assert.Equal("AgentGym.TestAdapter.Tests.ManagedNamesTests+Outer+Inner`1", ManagedNames.TypeName(typeof(Outer.Inner<>)));
    }

    [Fact]
    public void A_method_is_written_with_arity_and_encoded_parameter_types()
    {
        var method = typeof(Outer.Inner<>).GetMethod(nameof(Outer.Inner<int>.Generic))!;

        Assert.Equal("Generic`1(!!0,!0,System.Int32[],System.Collections.Generic.List`1<System.String>)", ManagedNames.MethodName(method));
    }

    [Fact]
    public void A_method_without_parameters_has_no_parentheses()
    {
        Assert.Equal(nameof(A_method_without_parameters_has_no_parentheses), ManagedNames.MethodName(typeof(ManagedNamesTests).GetMethod(nameof(A_method_without_parameters_has_no_parentheses))!));
    }
}
