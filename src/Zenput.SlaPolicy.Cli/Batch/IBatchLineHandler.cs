using System;

namespace Zenput.Sla.Cli.Batch;

/// <summary>Answers the lines of a JSON-lines batch, one at a time, for <see cref="JsonLinesBatch"/>.</summary>
internal interface IBatchLineHandler
{
    /// <summary>Gets the raw JSON of the id of the line last given to <see cref="Answer"/>, when it could be read (for its error line).</summary>
    byte[]? IdJson { get; }

    /// <summary>
    /// Answers one line (valid UTF-8, not blank, within the length limit): writes the answer, with its line
    /// end, to <paramref name="output"/> and returns null; or writes nothing and returns the one-sentence error.
    /// </summary>
    string? Answer(ReadOnlySpan<byte> line, OutputBuffer output);
}
