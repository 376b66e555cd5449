namespace Zenput.Sla.Cli.Batch;

/// <summary>
/// A line handler whose answers are not (only) bytes: after each line it answered, it leaves a result that
/// <see cref="ParallelJsonLinesBatch"/> hands, in input order, to the one consumer on the calling thread
/// (a report counts its tickets there, so that the count never depends on which thread evaluated what).
/// </summary>
internal interface IBatchResultProducer : IBatchLineHandler
{
    /// <summary>Takes the result of the line last answered successfully (null when it left none); called right after <see cref="IBatchLineHandler.Answer"/>.</summary>
    /// <returns>The result, or null.</returns>
    object? TakeResult();
}
