namespace XunitOne;

public sealed class OneTest
{
    [Fact]
    public void Echoes() => Assert.Equal("hello", string.Concat("hel", "lo"));
}
