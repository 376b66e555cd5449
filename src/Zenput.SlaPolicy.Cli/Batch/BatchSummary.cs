namespace Zenput.Sla.Cli.Batch;

/// <summary>The outcome of a batch: lines answered (blank lines excluded) and how many of them were errors.</summary>
/// <param name="Lines">Non-blank input lines, each answered by one output line.</param>
/// <param name="Failed">Lines answered with an error.</param>
internal readonly record struct BatchSummary(long Lines, long Failed);
