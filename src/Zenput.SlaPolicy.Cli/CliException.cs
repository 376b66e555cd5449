using System;

namespace Zenput.Sla.Cli;

/// <summary>A failure the tool reports as one sentence on standard error, with its exit code.</summary>
internal sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="exitCode">The exit code, from <see cref="ExitCodes"/>.</param>
    /// <param name="message">One clear sentence.</param>
    /// <param name="innerException">The cause, shown with <c>--verbose</c>.</param>
    public CliException(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    /// <summary>Creates a usage error.</summary>
    public CliException()
        : this(ExitCodes.UsageError, "Usage error.")
    {
    }

    /// <summary>Creates a usage error.</summary>
    /// <param name="message">One clear sentence.</param>
    public CliException(string message)
        : this(ExitCodes.UsageError, message)
    {
    }

    /// <summary>Creates a usage error with a cause.</summary>
    /// <param name="message">One clear sentence.</param>
    /// <param name="innerException">The cause.</param>
    public CliException(string message, Exception innerException)
        : this(ExitCodes.UsageError, message, innerException)
    {
    }

    /// <summary>Gets the exit code.</summary>
    public int ExitCode { get; }
}
