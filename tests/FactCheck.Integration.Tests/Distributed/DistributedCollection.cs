namespace FactCheck.Integration.Tests.Distributed;

/// <summary>Tests that start role processes and restart servers run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DistributedCollection
{
    public const string Name = "distributed";
}
