using AgentGym.Sdk;

namespace AgentGym.Tests.Execution;

public sealed class TestShardTests
{
    private static readonly string[] Ids = [.. Enumerable.Range(0, 300).Select(i => $"Suite.Class.Test{i}[agent=a]")];

    [Fact]
    public void Every_test_is_in_exactly_one_shard()
    {
        var shards = Enumerable.Range(1, 3).Select(i => new TestShard(i, 3)).ToList();

        Assert.All(Ids, id => Assert.Single(shards, s => s.Includes(id)));
    }

    [Fact]
    public void Shards_split_a_suite_roughly_evenly() =>
        Assert.All(Enumerable.Range(1, 3), i => Assert.InRange(Ids.Count(new TestShard(i, 3).Includes), 70, 130));

    [Fact]
    public void The_split_is_the_same_every_time()
    {
        var shard = new TestShard(2, 4);

        Assert.Equal(Ids.Where(shard.Includes), Ids.Where(new TestShard(2, 4).Includes));
        Assert.True(new TestShard(1, 4).Includes("Suite.Class.Test0[agent=a]") == new TestShard(1, 4).Includes("Suite.Class.Test0[agent=a]"));
    }

    [Theory]
    [InlineData("2/3", true)]
    [InlineData("0/3", false)]
    [InlineData("4/3", false)]
    [InlineData("1of3", false)]
    [InlineData("", false)]
    public void Shards_are_read_as_i_of_n(string text, bool valid) => Assert.Equal(valid, TestShard.TryParse(text, out _));
}
