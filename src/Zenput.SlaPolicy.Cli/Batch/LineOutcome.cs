namespace Zenput.Sla.Cli.Batch;

/// <summary>What became of one input line of a batch.</summary>
internal enum LineOutcome
{
    /// <summary>The line was blank: not answered, not counted.</summary>
    Blank,

    /// <summary>The line was answered.</summary>
    Answered,

    /// <summary>The line failed; an error stands in for its answer.</summary>
    Failed,
}
