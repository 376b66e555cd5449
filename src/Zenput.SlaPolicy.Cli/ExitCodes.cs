namespace Zenput.Sla.Cli;

/// <summary>The tool's exit codes. They are a contract: scripts depend on them.</summary>
internal static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Success = 0;

    /// <summary>The policy (from <c>--policy</c> or given to <c>validate</c>) is invalid.</summary>
    public const int InvalidPolicy = 1;

    /// <summary>The command line is wrong: an unknown option, a missing or malformed value.</summary>
    public const int UsageError = 2;

    /// <summary>A batch ran to the end but some lines failed; each has an error line in the output.</summary>
    public const int SomeLinesFailed = 3;

    /// <summary>Reading the input or writing the output failed (for example a missing input file), or a native library the command needs cannot be loaded.</summary>
    public const int IoError = 4;

    /// <summary>An unexpected internal error (a bug): the message says what, <c>--verbose</c> shows the stack trace.</summary>
    public const int InternalError = 5;
}
