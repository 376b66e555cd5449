namespace Zenput.Sla.Tests.Cli.Hostile;

/// <summary>The process-level tests run one at a time: each starts a whole tool, and the machine is small.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCollection
{
    public const string Name = "zenput-sla processes";
}
